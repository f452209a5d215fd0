<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>KitsPage</name>
    <message>
        <source>Folder for the share kits</source>
        <translation>Dossier des kits de partage</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Marché</translation>
    </message>
    <message>
        <source>Kit</source>
        <translation>Kit</translation>
    </message>
    <message>
        <source>No kit: not opted in</source>
        <translation>Pas de kit : pas d’adhésion</translation>
    </message>
    <message>
        <source>No kit: no planned share</source>
        <translation>Pas de kit : aucun partage prévu</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>En attente d’approbation</translation>
    </message>
    <message>
        <source>Yes ({0})</source>
        <translation>Oui ({0})</translation>
    </message>
    <message>
        <source>Planned shares in the kit: {0}</source>
        <translation>Partages prévus dans le kit : {0}</translation>
    </message>
    <message>
        <source>not approved</source>
        <translation>non approuvé</translation>
    </message>
    <message>
        <source>changed since approval</source>
        <translation>modifié depuis l’approbation</translation>
    </message>
    <message>
        <source>variant not approved yet (Variants page)</source>
        <translation>variante pas encore approuvée (page Variantes)</translation>
    </message>
    <message>
        <source>Share kits</source>
        <translation>Kits de partage</translation>
    </message>
    <message>
        <source>&amp;Campaign:</source>
        <translation>&amp;Campagne :</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Read the campaign again (after approving on the Calendar)</source>
        <translation>Relire la campagne (après une approbation dans le Calendrier)</translation>
    </message>
    <message>
        <source>Needs approval first</source>
        <translation>À approuver d’abord</translation>
    </message>
    <message>
        <source>Approve on the Calendar…</source>
        <translation>Approuver dans le Calendrier…</translation>
    </message>
    <message>
        <source>Approve the variants…</source>
        <translation>Approuver les variantes…</translation>
    </message>
    <message>
        <source>Nearly identical share texts</source>
        <translation>Textes de partage presque identiques</translation>
    </message>
    <message>
        <source>People in the same wave would post almost the same words. Change one text of each pair:</source>
        <translation>Des personnes de la même vague publieraient presque les mêmes mots. Modifiez un texte de chaque paire :</translation>
    </message>
    <message>
        <source>Accept these pairs anyway</source>
        <translation>Accepter ces paires malgré tout</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier :</translation>
    </message>
    <message>
        <source>Choose where the kits go</source>
        <translation>Choisissez où enregistrer les kits</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Also make a &amp;zip</source>
        <translation>Créer aussi un fichier &amp;zip</translation>
    </message>
    <message>
        <source>&amp;Export kits</source>
        <translation>&amp;Exporter les kits</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Reading the campaign…</source>
        <translation>Lecture de la campagne…</translation>
    </message>
    <message>
        <source>This campaign cannot be read: {0}</source>
        <translation>Impossible de lire cette campagne : {0}</translation>
    </message>
    <message>
        <source>Open a workspace to make share kits.</source>
        <translation>Ouvrez un espace de travail pour créer des kits de partage.</translation>
    </message>
    <message>
        <source>No campaign yet: create one on the Calendar page.</source>
        <translation>Aucune campagne pour l’instant : créez-en une dans la page Calendrier.</translation>
    </message>
    <message>
        <source>People getting a kit: {0}.</source>
        <translation>Personnes qui recevront un kit : {0}.</translation>
    </message>
    <message>
        <source>Without a kit: {0} (see why in the list).</source>
        <translation>Sans kit : {0} (la liste indique pourquoi).</translation>
    </message>
    <message>
        <source>people waiting: {0}</source>
        <translation>personnes en attente : {0}</translation>
    </message>
    <message>
        <source>{0}: {1} ({2})</source>
        <translation>{0} : {1} ({2})</translation>
    </message>
    <message>
        <source>{0} and {1}: {2} alike</source>
        <translation>{0} et {1} : {2} de ressemblance</translation>
    </message>
    <message>
        <source>Choose a campaign first.</source>
        <translation>Choisissez d’abord une campagne.</translation>
    </message>
    <message>
        <source>Nobody gets a kit from this campaign yet; the list says why.</source>
        <translation>Personne ne reçoit encore de kit pour cette campagne ; la liste indique pourquoi.</translation>
    </message>
    <message>
        <source>Some shares need approval first: see “Needs approval first”.</source>
        <translation>Certains partages doivent d’abord être approuvés : voyez « À approuver d’abord ».</translation>
    </message>
    <message>
        <source>Some share texts are nearly identical: change them, or tick “Accept these pairs anyway”.</source>
        <translation>Certains textes de partage sont presque identiques : modifiez-les, ou cochez « Accepter ces paires malgré tout ».</translation>
    </message>
    <message>
        <source>The folder {0} is not there any more (moved, deleted, or on a drive that is not connected). Nothing was written. Choose a folder again.</source>
        <translation>Le dossier {0} n’existe plus (déplacé, supprimé, ou sur un disque qui n’est pas branché). Rien n’a été écrit. Choisissez à nouveau un dossier.</translation>
    </message>
    <message>
        <source>Cancelled. Whole kits kept: {0}, in {1}; no manifest was written.</source>
        <translation>Annulé. Kits complets conservés : {0}, dans {1} ; aucun manifeste n’a été écrit.</translation>
    </message>
    <message>
        <source>Kits written: {0}, in {1}, with manifest.csv for a mail merge.</source>
        <translation>Kits écrits : {0}, dans {1}, avec manifest.csv pour un publipostage.</translation>
    </message>
    <message>
        <source>Warnings: {0}; see the manifest and the kits.</source>
        <translation>Avertissements : {0} ; consultez le manifeste et les kits.</translation>
    </message>
    <message>
        <source>Removed from the earlier export (no longer in this one): {0}</source>
        <translation>Retirés de l’export précédent (ils ne font plus partie de celui-ci) : {0}</translation>
    </message>
    <message>
        <source>the disk holding {0} is full. No half-written kit was left; free some space and export again.</source>
        <translation>le disque qui contient {0} est plein. Aucun kit à moitié écrit n’a été laissé ; libérez de l’espace et relancez l’export.</translation>
    </message>
    <message>
        <source>{0} is read-only. Nothing was half-written; choose another folder.</source>
        <translation>{0} est en lecture seule. Rien n’a été écrit à moitié ; choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>{0} is not there any more. Nothing was half-written; choose a folder again.</source>
        <translation>{0} n’existe plus. Rien n’a été écrit à moitié ; choisissez à nouveau un dossier.</translation>
    </message>
    <message>
        <source>{0} cannot be written (is a file of that name in the way?). Nothing was half-written; choose another folder.</source>
        <translation>{0} ne peut pas être écrit (un fichier du même nom est-il présent ?). Rien n’a été écrit à moitié ; choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>a kit&apos;s file name would leave the chosen folder; nothing was written.</source>
        <translation>le nom de fichier d’un kit sortirait du dossier choisi ; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>Only approved content goes into kits: each post&apos;s variant (Variants page) and its place in the campaign (Calendar page). These shares are not approved, or changed since:</source>
        <translation>Seul un contenu approuvé entre dans les kits : la variante de chaque publication (page Variantes) et sa place dans la campagne (page Calendrier). Ces partages ne sont pas approuvés, ou ont changé depuis :</translation>
    </message>
    <message>
        <source>Cancelling… the kits being written are finished first.</source>
        <translation>Annulation… les kits en cours d’écriture sont d’abord terminés.</translation>
    </message>
    <message>
        <source>Writing the kits…</source>
        <translation>Écriture des kits…</translation>
    </message>
    <message>
        <source>The kits were not written: {0}</source>
        <translation>Les kits n’ont pas été écrits : {0}</translation>
    </message>
    <message>
        <source>Could not write: {0}</source>
        <translation>Écriture impossible : {0}</translation>
    </message>
    <message>
        <source>Zip: {0}</source>
        <translation>Zip : {0}</translation>
    </message>
</context>
</TS>
