<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Trash</name>
    <message>
        <source>Post</source>
        <translation>Publication</translation>
    </message>
    <message>
        <source>Market variant</source>
        <translation>Variante par marché</translation>
    </message>
    <message>
        <source>Voice profile</source>
        <translation>Profil de voix</translation>
    </message>
    <message>
        <source>Voice sample</source>
        <translation>Exemple de voix</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Marché</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>“{0}” belongs to the post “{1}”, which is in the trash too. Restore the post first.</source>
        <translation>« {0} » appartient à la publication « {1} », qui est aussi dans la corbeille. Restaurez d’abord la publication.</translation>
    </message>
    <message>
        <source>“{0}” belongs to the voice profile “{1}”, which is in the trash too. Restore the voice profile first.</source>
        <translation>« {0} » appartient au profil de voix « {1} », qui est aussi dans la corbeille. Restaurez d’abord le profil de voix.</translation>
    </message>
    <message>
        <source>“{0}” cannot be restored: its post was deleted permanently.</source>
        <translation>Impossible de restaurer « {0} » : sa publication a été supprimée définitivement.</translation>
    </message>
    <message>
        <source>“{0}” cannot be restored: its voice profile was deleted permanently.</source>
        <translation>Impossible de restaurer « {0} » : son profil de voix a été supprimé définitivement.</translation>
    </message>
    <message>
        <source>“{0}” cannot be restored: “{1}” is taken by another record now. Rename or remove that one first.</source>
        <translation>Impossible de restaurer « {0} » : « {1} » est désormais utilisé par un autre élément. Renommez ou supprimez d’abord celui-ci.</translation>
    </message>
    <message>
        <source>GhostDesk cannot restore this kind of record ({0}).</source>
        <translation>GhostDesk ne sait pas restaurer ce type d’élément ({0}).</translation>
    </message>
    <message>
        <source>Delete permanently</source>
        <translation>Supprimer définitivement</translation>
    </message>
    <message>
        <source>Delete “{0}” permanently? It cannot be restored afterwards.</source>
        <translation>Supprimer « {0} » définitivement ? Vous ne pourrez plus le restaurer.</translation>
    </message>
    <message>
        <source>Empty the trash</source>
        <translation>Vider la corbeille</translation>
    </message>
    <message>
        <source>Delete all {0} item(s) in the trash permanently? They cannot be restored afterwards.</source>
        <translation>Supprimer définitivement les {0} élément(s) de la corbeille ? Vous ne pourrez plus les restaurer.</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>Restauration impossible</translation>
    </message>
    <message>
        <source>{0} (with {1} market variant(s))</source>
        <translation>{0} (avec {1} variante(s) par marché)</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimé le</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
</context>
<context>
    <name>TrashAction</name>
    <message>
        <source>&amp;Trash…</source>
        <translation>Cor&amp;beille…</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <source>This workspace is open read-only: you can look at the trash, not change it.</source>
        <translation>Cet espace de travail est ouvert en lecture seule : vous pouvez consulter la corbeille, mais pas la modifier.</translation>
    </message>
    <message>
        <source>Deleted records wait here until you restore them or delete them permanently.</source>
        <translation>Les éléments supprimés restent ici jusqu’à ce que vous les restauriez ou les supprimiez définitivement.</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Corbeille</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>&amp;Delete permanently…</source>
        <translation>&amp;Supprimer définitivement…</translation>
    </message>
    <message>
        <source>&amp;Empty trash…</source>
        <translation>&amp;Vider la corbeille…</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>La corbeille est vide.</translation>
    </message>
</context>
</TS>
