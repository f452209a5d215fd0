<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>App</name>
    <message>
        <source>My workspace</source>
        <translation>Mon espace de travail</translation>
    </message>
    <message>
        <source>No workspace yet</source>
        <translation>Pas encore d’espace de travail</translation>
    </message>
    <message>
        <source>GhostDesk could not create your first workspace at {0} ({1}). Use File → New workspace to create one in a folder you can write to.</source>
        <translation>GhostDesk n’a pas pu créer votre premier espace de travail à l’emplacement {0} ({1}). Utilisez Fichier → Nouvel espace de travail pour en créer un dans un dossier où vous pouvez écrire.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>GhostDesk hit an unexpected problem</source>
        <translation>GhostDesk a rencontré un problème inattendu</translation>
    </message>
    <message>
        <source>(the crash file could not be written)</source>
        <translation>(le rapport d’incident n’a pas pu être écrit)</translation>
    </message>
    <message>
        <source>Something went wrong that GhostDesk did not expect. Your saved work is safe in the workspace file, and nothing was sent anywhere. If it happens again, copy the details below and send them to whoever supports GhostDesk for you (API keys are left out of them).

Crash file: {0}
Log: {1}</source>
        <translation>Un incident imprévu s’est produit. Votre travail enregistré est en sécurité dans le fichier de l’espace de travail, et rien n’a été envoyé nulle part. Si cela se reproduit, copiez les détails ci-dessous et transmettez-les à la personne qui assure le support de GhostDesk pour vous (les clés d’API n’y figurent pas).

Rapport d’incident&#xa0;: {0}
Journal&#xa0;: {1}</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copier les détails</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>[read-only]</source>
        <translation>[lecture seule]</translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation>Aucun espace de travail ouvert</translation>
    </message>
    <message>
        <source>No backup yet</source>
        <translation>Pas encore de sauvegarde</translation>
    </message>
    <message>
        <source>Last backup: {0}</source>
        <translation>Dernière sauvegarde : {0}</translation>
    </message>
    <message>
        <source>File missing: save a copy</source>
        <translation>Fichier introuvable : enregistrez une copie</translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation>Aucun espace de travail récent</translation>
    </message>
    <message>
        <source>About GhostDesk</source>
        <translation>À propos de GhostDesk</translation>
    </message>
    <message>
        <source>GhostDesk {0}

Write in an executive&apos;s voice, adapt each post for every market, plan the ambassadors&apos; waves and send each one a personal share kit. Everything stays in one local file.</source>
        <translation>GhostDesk {0}

Écrivez avec la voix d’un dirigeant, adaptez chaque publication à chaque marché, planifiez les vagues des ambassadeurs et envoyez à chacun un kit de partage personnel. Tout reste dans un seul fichier local.</translation>
    </message>
    <message>
        <source>Settings: {0}
Logs and crash reports: {1}</source>
        <translation>Paramètres&#xa0;: {0}
Journaux et rapports d’incident&#xa0;: {1}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation>&amp;Nouvel espace de travail…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open the &amp;demo workspace</source>
        <translation>Ouvrir l’espace de &amp;démonstration</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>Enregistrer une &amp;copie…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>C&amp;heck workspace</source>
        <translation>&amp;Vérifier l’espace de travail</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;About GhostDesk</source>
        <translation>À &amp;propos de GhostDesk</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Workspace not found</source>
        <translation>Espace de travail introuvable</translation>
    </message>
    <message>
        <source>Not a GhostDesk workspace</source>
        <translation>Ce n’est pas un espace de travail GhostDesk</translation>
    </message>
    <message>
        <source>The workspace is damaged</source>
        <translation>L’espace de travail est endommagé</translation>
    </message>
    <message>
        <source>Made by a newer GhostDesk</source>
        <translation>Créé par une version plus récente de GhostDesk</translation>
    </message>
    <message>
        <source>Workspace already open</source>
        <translation>Espace de travail déjà ouvert</translation>
    </message>
    <message>
        <source>The file already exists</source>
        <translation>Le fichier existe déjà</translation>
    </message>
    <message>
        <source>The workspace cannot be written</source>
        <translation>Impossible d’écrire dans l’espace de travail</translation>
    </message>
    <message>
        <source>The disk is full</source>
        <translation>Le disque est plein</translation>
    </message>
    <message>
        <source>The backup failed</source>
        <translation>La sauvegarde a échoué</translation>
    </message>
    <message>
        <source>GhostDesk could not do that</source>
        <translation>GhostDesk n’a pas pu effectuer cette action</translation>
    </message>
    <message>
        <source>There is no workspace at {path}. It may have been moved or deleted.</source>
        <translation>Il n’y a pas d’espace de travail à l’emplacement {path}. Il a peut-être été déplacé ou supprimé.</translation>
    </message>
    <message>
        <source>{path} is not a GhostDesk workspace. Choose a .ghostdesk file made by GhostDesk. The file was not changed.</source>
        <translation>{path} n’est pas un espace de travail GhostDesk. Choisissez un fichier .ghostdesk créé par GhostDesk. Le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <source>{path} is damaged and cannot be opened safely. The file was not changed. You can restore the newest good backup into a new file.</source>
        <translation>{path} est endommagé et ne peut pas être ouvert sans risque. Le fichier n’a pas été modifié. Vous pouvez restaurer la sauvegarde saine la plus récente dans un nouveau fichier.</translation>
    </message>
    <message>
        <source>{path} was saved by a newer version of GhostDesk. Update GhostDesk to open it. The file was not changed.</source>
        <translation>{path} a été enregistré par une version plus récente de GhostDesk. Mettez GhostDesk à jour pour l’ouvrir. Le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <source>{path} is open in another GhostDesk window (process {pid} on {host}). You can open it read-only, or close the other window first.</source>
        <translation>{path} est ouvert dans une autre fenêtre GhostDesk (processus {pid} sur {host}). Vous pouvez l’ouvrir en lecture seule, ou fermer d’abord l’autre fenêtre.</translation>
    </message>
    <message>
        <source>{path} already exists. GhostDesk never overwrites a file: choose a new name.</source>
        <translation>{path} existe déjà. GhostDesk n’écrase jamais un fichier : choisissez un autre nom.</translation>
    </message>
    <message>
        <source>{path} cannot be written (read-only file or folder). Your work is safe; save a copy elsewhere.</source>
        <translation>Impossible d’écrire dans {path} (fichier ou dossier en lecture seule). Votre travail est en sécurité ; enregistrez une copie ailleurs.</translation>
    </message>
    <message>
        <source>The disk holding {path} is full. Nothing was half-written; free some space and retry.</source>
        <translation>Le disque qui contient {path} est plein. Rien n’a été écrit à moitié ; libérez de l’espace puis réessayez.</translation>
    </message>
    <message>
        <source>The backup could not be made: {message}</source>
        <translation>La sauvegarde n’a pas pu être effectuée : {message}</translation>
    </message>
    <message>
        <source>{path} is damaged and cannot be opened safely. The file was not changed. No backup of it was found: open a copy you keep elsewhere, or create a new workspace (File → New workspace).</source>
        <translation>{path} est endommagé et ne peut pas être ouvert sans risque. Le fichier n’a pas été modifié. Aucune sauvegarde de ce fichier n’a été trouvée : ouvrez une copie que vous conservez ailleurs, ou créez un nouvel espace de travail (Fichier → Nouvel espace de travail).</translation>
    </message>
    <message>
        <source>{path} is open read-only in this window, so it cannot be written here. Nothing was changed. To change it, close any other GhostDesk that has it open, then open it again here (not read-only).</source>
        <translation>{path} est ouvert en lecture seule dans cette fenêtre&#xa0;: impossible d’y écrire ici. Rien n’a été modifié. Pour le modifier, fermez tout autre GhostDesk qui l’a ouvert, puis rouvrez-le ici (pas en lecture seule).</translation>
    </message>
    <message>
        <source>{path} is empty (0 bytes): a copy that did not finish, or a file your sync service has not downloaded yet. The file was not changed.</source>
        <translation>{path} est vide (0&#xa0;octet)&#xa0;: une copie qui n’a pas abouti, ou un fichier que votre service de synchronisation n’a pas encore téléchargé. Le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <source>You can restore the newest good backup into a new file.</source>
        <translation>Vous pouvez restaurer la sauvegarde saine la plus récente dans un nouveau fichier.</translation>
    </message>
    <message>
        <source>No backup of it was found: open a copy you keep elsewhere.</source>
        <translation>Aucune sauvegarde de ce fichier n’a été trouvée&#xa0;: ouvrez une copie que vous conservez ailleurs.</translation>
    </message>
    <message>
        <source>The disk holding {path} is full or cannot be written right now (a disk error, or a network drive that went away). Nothing was half-written; check the disk, then retry.</source>
        <translation>Le disque qui contient {path} est plein ou ne peut pas être écrit pour le moment (erreur de disque, ou lecteur réseau déconnecté). Rien n’a été écrit à moitié ; vérifiez le disque, puis réessayez.</translation>
    </message>
    <message>
        <source>{path} is busy: another program is writing to it. Nothing was changed; try again in a moment.</source>
        <translation>{path} est occupé : un autre programme est en train d’y écrire. Rien n’a été modifié ; réessayez dans un instant.</translation>
    </message>
</context>
<context>
    <name>Numbers</name>
    <message>
        <source>{0}%</source>
        <translation>{0}&#x202f;%</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Voices</source>
        <translation>Voix</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Publications</translation>
    </message>
    <message>
        <source>Markets</source>
        <translation>Marchés</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>Variantes</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Ambassadors</source>
        <translation>Ambassadeurs</translation>
    </message>
    <message>
        <source>Share kits</source>
        <translation>Kits de partage</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>GhostDesk workspaces (*.ghostdesk)</source>
        <translation>Espaces de travail GhostDesk (*.ghostdesk)</translation>
    </message>
    <message>
        <source>made when the workspace was opened</source>
        <translation>faite à l’ouverture de l’espace de travail</translation>
    </message>
    <message>
        <source>made with Back up now</source>
        <translation>faite avec «&#xa0;Sauvegarder maintenant&#xa0;»</translation>
    </message>
    <message>
        <source>made before an upgrade</source>
        <translation>faite avant une mise à niveau</translation>
    </message>
    <message>
        <source>Newest good backup: {0}, {1}.
File: {2}</source>
        <translation>Sauvegarde saine la plus récente&#xa0;: {0}, {1}.
Fichier&#xa0;: {2}</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Ouvrir un espace de travail</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Nouvel espace de travail</translation>
    </message>
    <message>
        <source>Save a copy of the workspace</source>
        <translation>Enregistrer une copie de l’espace de travail</translation>
    </message>
    <message>
        <source>Choose a backup to restore</source>
        <translation>Choisir une sauvegarde à restaurer</translation>
    </message>
    <message>
        <source>Restore the backup into a new workspace</source>
        <translation>Restaurer la sauvegarde dans un nouvel espace de travail</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Ouvrir en lecture seule</translation>
    </message>
    <message>
        <source>Newest good backup: {0}</source>
        <translation>Sauvegarde saine la plus récente : {0}</translation>
    </message>
    <message>
        <source>Restore into a new file…</source>
        <translation>Restaurer dans un nouveau fichier…</translation>
    </message>
    <message>
        <source>The workspace file has disappeared</source>
        <translation>Le fichier de l’espace de travail a disparu</translation>
    </message>
    <message>
        <source>{0} was moved, deleted, or its drive was removed while open. Everything you did is still held in memory: save a copy now so that nothing is lost.</source>
        <translation>{0} a été déplacé, supprimé, ou son disque a été retiré pendant qu’il était ouvert. Tout ce que vous avez fait est encore en mémoire : enregistrez une copie maintenant pour ne rien perdre.</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Sauvegarde restaurée</translation>
    </message>
    <message>
        <source>The backup was restored into {0}. Open it now?</source>
        <translation>La sauvegarde a été restaurée dans {0}. L’ouvrir maintenant ?</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Ghostwriter</source>
        <translation>Plume (ghostwriter)</translation>
    </message>
    <message>
        <source>Communications manager</source>
        <translation>Responsable communication</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>A backup is made when you open a workspace whose newest backup is more than {0} hours old, and before an upgrade; File → Back up now makes one at any time. They are kept in a “backups” folder beside the workspace. File → Restore from backup puts one back, always into a new file.</source>
        <translation>Une sauvegarde est faite quand vous ouvrez un espace de travail dont la sauvegarde la plus récente date de plus de {0}&#xa0;heures, ainsi qu’avant une mise à niveau&#xa0;; Fichier → Sauvegarder maintenant en fait une à tout moment. Elles sont conservées dans un dossier «&#xa0;backups&#xa0;» à côté de l’espace de travail. Fichier → Restaurer une sauvegarde en remet une en place, toujours dans un nouveau fichier.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Votre &amp;nom :</translation>
    </message>
    <message>
        <source>Shown in approvals and the audit log</source>
        <translation>Affiché dans les approbations et le journal d’audit</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle :</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;Langue de l’interface :</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème :</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>&amp;Keep this many backups:</source>
        <translation>&amp;Nombre de sauvegardes à conserver :</translation>
    </message>
</context>
<context>
    <name>WorkspaceController</name>
    <message>
        <source>{0} cannot be written (the file is read-only), so GhostDesk opened it read-only: you can read and export everything, but not change it. To work on it, save a copy elsewhere (File → Save a copy).</source>
        <translation>Impossible d’écrire dans {0} (le fichier est en lecture seule) : GhostDesk l’a donc ouvert en lecture seule. Vous pouvez tout consulter et exporter, mais rien modifier. Pour y travailler, enregistrez-en une copie ailleurs (Fichier → Enregistrer une copie).</translation>
    </message>
    <message>
        <source>The folder holding {0} cannot be written (a read-only disk, share or folder), so GhostDesk opened it read-only: you can read and export everything, but not change it. To work on it, save a copy elsewhere (File → Save a copy).</source>
        <translation>Impossible d’écrire dans le dossier qui contient {0} (disque, partage ou dossier en lecture seule) : GhostDesk l’a donc ouvert en lecture seule. Vous pouvez tout consulter et exporter, mais rien modifier. Pour y travailler, enregistrez-en une copie ailleurs (Fichier → Enregistrer une copie).</translation>
    </message>
    <message>
        <source>Read-only: the file cannot be written</source>
        <translation>Lecture seule : impossible d’écrire dans le fichier</translation>
    </message>
    <message>
        <source>Read-only: the folder cannot be written</source>
        <translation>Lecture seule : impossible d’écrire dans le dossier</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <source>Opened read-only</source>
        <translation>Ouvert en lecture seule</translation>
    </message>
    <message>
        <source>Preparing the demo workspace…</source>
        <translation>Préparation de l’espace de démonstration…</translation>
    </message>
    <message>
        <source>Copy saved</source>
        <translation>Copie enregistrée</translation>
    </message>
    <message>
        <source>A full copy of the workspace was saved to {0}.</source>
        <translation>Une copie complète de l’espace de travail a été enregistrée dans {0}.</translation>
    </message>
    <message>
        <source>Saving a copy…</source>
        <translation>Enregistrement d’une copie…</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Sauvegarde en cours…</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Sauvegarde effectuée</translation>
    </message>
    <message>
        <source>The workspace was backed up to {0}.</source>
        <translation>L’espace de travail a été sauvegardé dans {0}.</translation>
    </message>
    <message>
        <source>Checking the workspace…</source>
        <translation>Vérification de l’espace de travail…</translation>
    </message>
    <message>
        <source>No problems found. The workspace was made by an older GhostDesk; it is brought up to date, after a backup, the next time it is opened for writing. Backups kept: {0}.</source>
        <translation>Aucun problème détecté. Cet espace de travail vient d’une version antérieure de GhostDesk ; il sera mis à jour, après une sauvegarde, la prochaine fois qu’il sera ouvert en écriture. Sauvegardes conservées : {0}.</translation>
    </message>
    <message>
        <source>No problems found, and the workspace is up to date. Backups kept: {0}.</source>
        <translation>Aucun problème détecté, et l’espace de travail est à jour. Sauvegardes conservées : {0}.</translation>
    </message>
    <message>
        <source>GhostDesk found problems in this workspace. Nothing was changed. Restore a backup into a new file (File → Restore from backup; backups kept: {0}) and work on that; keep this file and the details for whoever supports you.</source>
        <translation>GhostDesk a trouvé des problèmes dans cet espace de travail. Rien n’a été modifié. Restaurez une sauvegarde dans un nouveau fichier (Fichier → Restaurer une sauvegarde&#xa0;; sauvegardes conservées&#xa0;: {0}) et travaillez sur celui-ci&#xa0;; gardez ce fichier et les détails pour la personne qui vous assiste.</translation>
    </message>
    <message>
        <source>Workspace check</source>
        <translation>Vérification de l’espace de travail</translation>
    </message>
</context>
</TS>
