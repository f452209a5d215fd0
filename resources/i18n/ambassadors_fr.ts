<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AmbassadorEditor</name>
    <message>
        <source>Edit ambassador</source>
        <translation>Modifier l&apos;ambassadeur</translation>
    </message>
    <message>
        <source>Add an ambassador</source>
        <translation>Ajouter un ambassadeur</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Marché</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Sujets</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <source>Max shares per week</source>
        <translation>Partages max. par semaine</translation>
    </message>
    <message>
        <source>Quiet hours (from, to)</source>
        <translation>Heures calmes (de, à)</translation>
    </message>
    <message>
        <source>Leaderboard</source>
        <translation>Classement</translation>
    </message>
    <message>
        <source>Networks (profile, followers)</source>
        <translation>Réseaux (profil, abonnés)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Separate topics with commas</source>
        <translation>Séparez les sujets par des virgules</translation>
    </message>
    <message>
        <source>e.g. Inner circle, Paris sales</source>
        <translation>p. ex. Premier cercle, Ventes Paris</translation>
    </message>
</context>
<context>
    <name>AmbassadorImport</name>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Marché</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Mise à jour</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangé</translation>
    </message>
</context>
<context>
    <name>AmbassadorImportWizard</name>
    <message>
        <source>Import ambassadors from {0}</source>
        <translation>Importer des ambassadeurs depuis {0}</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
</context>
<context>
    <name>AmbassadorMappingPage</name>
    <message>
        <source>a name (full, or first and last)</source>
        <translation>un nom (complet, ou prénom et nom)</translation>
    </message>
    <message>
        <source>Choose a column for: {0}.</source>
        <translation>Choisissez une colonne pour : {0}.</translation>
    </message>
    <message>
        <source>Match the columns</source>
        <translation>Associer les colonnes</translation>
    </message>
    <message>
        <source>GhostDesk guessed what each column holds. Correct any wrong guess.</source>
        <translation>GhostDesk a deviné le contenu de chaque colonne. Corrigez les erreurs éventuelles.</translation>
    </message>
</context>
<context>
    <name>AmbassadorPreviewPage</name>
    <message>
        <source>Checking every row…</source>
        <translation>Vérification de chaque ligne…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <source>New: {0} · Updated: {1} · Unchanged: {2}.</source>
        <translation>Nouveaux : {0} · Mis à jour : {1} · Inchangés : {2}.</translation>
    </message>
    <message>
        <source>Rows with problems: {0}. They cannot be imported as they are.</source>
        <translation>Lignes en erreur : {0}. Elles ne peuvent pas être importées en l&apos;état.</translation>
    </message>
    <message>
        <source>Every row is fine.</source>
        <translation>Toutes les lignes sont correctes.</translation>
    </message>
    <message>
        <source>Check and import</source>
        <translation>Vérifier et importer</translation>
    </message>
    <message>
        <source>Nothing is written until you press Import; then all rows are written, or none.</source>
        <translation>Rien n&apos;est enregistré avant que vous cliquiez sur Importer ; ensuite, toutes les lignes sont enregistrées, ou aucune.</translation>
    </message>
    <message>
        <source>Skip the rows with problems and import the others</source>
        <translation>Ignorer les lignes en erreur et importer les autres</translation>
    </message>
</context>
<context>
    <name>AmbassadorPrompts</name>
    <message>
        <source>Import ambassadors</source>
        <translation>Importer des ambassadeurs</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.txt *.tsv *.xlsx);;All files (*)</source>
        <translation>Tableurs (*.csv *.txt *.tsv *.xlsx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export the roster</source>
        <translation>Exporter la liste</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export everything about this person</source>
        <translation>Exporter toutes les données de cette personne</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Erase {0}?</source>
        <translation>Effacer {0} ?</translation>
    </message>
    <message>
        <source>Their name, e-mail, networks, notes and groups will be removed for good. Their past results stay, anonymised, and the dates of their consent are kept as proof. This cannot be undone.</source>
        <translation>Son nom, son e-mail, ses réseaux, ses notes et ses groupes seront supprimés définitivement. Ses résultats passés sont conservés de façon anonyme, et les dates de son consentement restent comme preuve. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Add to a group</source>
        <translation>Ajouter à un groupe</translation>
    </message>
    <message>
        <source>Group (choose one or type a new name):</source>
        <translation>Groupe (choisissez-en un ou saisissez un nouveau nom) :</translation>
    </message>
</context>
<context>
    <name>AmbassadorSourcePage</name>
    <message>
        <source>Reading the file…</source>
        <translation>Lecture du fichier…</translation>
    </message>
    <message>
        <source>Excel workbook, first sheet: {0} row.</source>
        <translation>Classeur Excel, première feuille : {0} ligne.</translation>
    </message>
    <message>
        <source>Excel workbook, first sheet: {0} rows.</source>
        <translation>Classeur Excel, première feuille : {0} lignes.</translation>
    </message>
    <message>
        <source>Read as {1}, columns separated by “{2}”: {0} row.</source>
        <translation>Lu en {1}, colonnes séparées par « {2} » : {0} ligne.</translation>
    </message>
    <message>
        <source>Read as {1}, columns separated by “{2}”: {0} rows.</source>
        <translation>Lu en {1}, colonnes séparées par « {2} » : {0} lignes.</translation>
    </message>
    <message>
        <source>Read the file</source>
        <translation>Lire le fichier</translation>
    </message>
    <message>
        <source>Check that names and accents look right; if not, choose another encoding.</source>
        <translation>Vérifiez que les noms et les accents s&apos;affichent correctement ; sinon, choisissez un autre encodage.</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Encodage</translation>
    </message>
    <message>
        <source>Columns separated by</source>
        <translation>Colonnes séparées par</translation>
    </message>
    <message>
        <source>Market for rows without one</source>
        <translation>Marché des lignes qui n&apos;en indiquent pas</translation>
    </message>
    <message>
        <source>Detected ({0})</source>
        <translation>Détecté ({0})</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Détecté</translation>
    </message>
    <message>
        <source>None (the file says)</source>
        <translation>Aucun (selon le fichier)</translation>
    </message>
</context>
<context>
    <name>AmbassadorTable</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Marché</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Since {0}</source>
        <translation>Depuis le {0}</translation>
    </message>
</context>
<context>
    <name>Ambassadors</name>
    <message>
        <source>Not asked yet</source>
        <translation>Pas encore sollicité</translation>
    </message>
    <message>
        <source>Opted in</source>
        <translation>Inscrit</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>Désinscrit</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>Effacé</translation>
    </message>
    <message>
        <source>Named</source>
        <translation>Nominatif</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonyme</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Masqué</translation>
    </message>
    <message>
        <source>(ignore this column)</source>
        <translation>(ignorer cette colonne)</translation>
    </message>
    <message>
        <source>{0} profile address</source>
        <translation>Adresse du profil {0}</translation>
    </message>
    <message>
        <source>{0} followers</source>
        <translation>Abonnés {0}</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Marché</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Sujets</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <source>Max shares per week</source>
        <translation>Partages max. par semaine</translation>
    </message>
    <message>
        <source>Quiet hours</source>
        <translation>Heures calmes</translation>
    </message>
    <message>
        <source>Quiet hours start</source>
        <translation>Début des heures calmes</translation>
    </message>
    <message>
        <source>Quiet hours end</source>
        <translation>Fin des heures calmes</translation>
    </message>
    <message>
        <source>Leaderboard visibility</source>
        <translation>Visibilité dans le classement</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Network size</source>
        <translation>Taille du réseau</translation>
    </message>
    <message>
        <source>Not an e-mail address</source>
        <translation>Adresse e-mail invalide</translation>
    </message>
    <message>
        <source>E-mail missing</source>
        <translation>E-mail manquant</translation>
    </message>
    <message>
        <source>Name not usable</source>
        <translation>Nom inutilisable</translation>
    </message>
    <message>
        <source>Name missing</source>
        <translation>Nom manquant</translation>
    </message>
    <message>
        <source>Unknown market</source>
        <translation>Marché inconnu</translation>
    </message>
    <message>
        <source>Market missing</source>
        <translation>Marché manquant</translation>
    </message>
    <message>
        <source>Not a time zone</source>
        <translation>Fuseau horaire invalide</translation>
    </message>
    <message>
        <source>Not a language</source>
        <translation>Langue invalide</translation>
    </message>
    <message>
        <source>Not a valid number</source>
        <translation>Nombre invalide</translation>
    </message>
    <message>
        <source>Unknown leaderboard visibility</source>
        <translation>Visibilité de classement inconnue</translation>
    </message>
    <message>
        <source>Quiet hours not understood</source>
        <translation>Heures calmes incompréhensibles</translation>
    </message>
    <message>
        <source>Not a web address</source>
        <translation>Adresse web invalide</translation>
    </message>
    <message>
        <source>Same e-mail as an earlier row</source>
        <translation>Même e-mail qu&apos;une ligne précédente</translation>
    </message>
    <message>
        <source>Wrong number of cells</source>
        <translation>Nombre de cellules incorrect</translation>
    </message>
    <message>
        <source>Broken quotes: the row cannot be read</source>
        <translation>Guillemets mal fermés : la ligne est illisible</translation>
    </message>
    <message>
        <source>Value not usable</source>
        <translation>Valeur inutilisable</translation>
    </message>
    <message>
        <source>The file cannot be read</source>
        <translation>Le fichier est illisible</translation>
    </message>
    <message>
        <source>The file is too large</source>
        <translation>Le fichier est trop volumineux</translation>
    </message>
    <message>
        <source>The file has too many rows</source>
        <translation>Le fichier contient trop de lignes</translation>
    </message>
    <message>
        <source>The file is empty</source>
        <translation>Le fichier est vide</translation>
    </message>
    <message>
        <source>Required columns are missing</source>
        <translation>Des colonnes obligatoires manquent</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>This e-mail is already on the roster</source>
        <translation>Cet e-mail figure déjà dans la liste</translation>
    </message>
    <message>
        <source>This person was erased</source>
        <translation>Cette personne a été effacée</translation>
    </message>
    <message>
        <source>Not opted in</source>
        <translation>Pas inscrit</translation>
    </message>
    <message>
        <source>Please check this value</source>
        <translation>Veuillez vérifier cette valeur</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>This is an old Excel (.xls) file. Save it as .xlsx or CSV and import again.</source>
        <translation>Il s&apos;agit d&apos;un ancien fichier Excel (.xls). Enregistrez-le au format .xlsx ou CSV, puis importez-le de nouveau.</translation>
    </message>
    <message>
        <source>The file is not written in {0}. Choose another encoding.</source>
        <translation>Le fichier n&apos;est pas encodé en {0}. Choisissez un autre encodage.</translation>
    </message>
    <message>
        <source>This is not a CSV or .xlsx file GhostDesk can read. Nothing was imported.</source>
        <translation>Ce n&apos;est pas un fichier CSV ou .xlsx lisible par GhostDesk. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>The file is larger than {0} MB. Split it into smaller files.</source>
        <translation>Le fichier dépasse {0} Mo. Découpez-le en fichiers plus petits.</translation>
    </message>
    <message>
        <source>The file has more than {0} rows. Split it into smaller files.</source>
        <translation>Le fichier contient plus de {0} lignes. Découpez-le en fichiers plus petits.</translation>
    </message>
    <message>
        <source>The file holds no rows to import.</source>
        <translation>Le fichier ne contient aucune ligne à importer.</translation>
    </message>
    <message>
        <source>Choose a column for: {0}.</source>
        <translation>Choisissez une colonne pour : {0}.</translation>
    </message>
    <message>
        <source>{0} row is invalid. Fix it, or choose to skip invalid rows.</source>
        <translation>{0} ligne est invalide. Corrigez-la, ou choisissez d’ignorer les lignes invalides.</translation>
    </message>
    <message>
        <source>{0} rows are invalid. Fix them, or choose to skip invalid rows.</source>
        <translation>{0} lignes sont invalides. Corrigez-les, ou choisissez d&apos;ignorer les lignes invalides.</translation>
    </message>
    <message>
        <source>{0} is already on the roster.</source>
        <translation>{0} figure déjà dans la liste.</translation>
    </message>
    <message>
        <source>{0}: this value cannot be used.</source>
        <translation>{0} : cette valeur est inutilisable.</translation>
    </message>
    <message>
        <source>Unknown market: {0}</source>
        <translation>Marché inconnu : {0}</translation>
    </message>
</context>
<context>
    <name>AmbassadorsPage</name>
    <message>
        <source>All markets</source>
        <translation>Tous les marchés</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Toutes les équipes</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>Tous les sujets</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Tous les groupes</translation>
    </message>
    <message>
        <source>Any consent</source>
        <translation>Tout consentement</translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation>Aucun espace de travail ouvert</translation>
    </message>
    <message>
        <source>No one on the roster yet.</source>
        <translation>Personne dans la liste pour l’instant.</translation>
    </message>
    <message>
        <source>{0} · {1} · {2} · {3} · {4}</source>
        <translation>{0} · {1} · {2} · {3} · {4}</translation>
    </message>
    <message>
        <source>{0} person</source>
        <translation>{0} personne</translation>
    </message>
    <message>
        <source>{0} people</source>
        <translation>{0} personnes</translation>
    </message>
    <message>
        <source>{0} opted in</source>
        <comment>one person</comment>
        <translation>{0} inscrite</translation>
    </message>
    <message>
        <source>{0} opted in</source>
        <comment>people</comment>
        <translation>{0} inscrites</translation>
    </message>
    <message>
        <source>{0} opted out</source>
        <comment>one person</comment>
        <translation>{0} désinscrite</translation>
    </message>
    <message>
        <source>{0} opted out</source>
        <comment>people</comment>
        <translation>{0} désinscrites</translation>
    </message>
    <message>
        <source>{0} not asked yet</source>
        <comment>one person</comment>
        <translation>{0} pas encore sollicitée</translation>
    </message>
    <message>
        <source>{0} not asked yet</source>
        <comment>people</comment>
        <translation>{0} pas encore sollicitées</translation>
    </message>
    <message>
        <source>showing {0}</source>
        <comment>one person</comment>
        <translation>{0} affichée</translation>
    </message>
    <message>
        <source>showing {0}</source>
        <comment>people</comment>
        <translation>{0} affichées</translation>
    </message>
    <message>
        <source>{0} people selected</source>
        <translation>{0} personnes sélectionnées</translation>
    </message>
    <message>
        <source>Add people one by one with Add…, or bring in a spreadsheet (CSV or Excel) with Import…. Nobody is asked to share until they opt in.</source>
        <translation>Ajoutez des personnes une à une avec Ajouter…, ou importez un tableur (CSV ou Excel) avec Importer…. Personne n’est sollicité pour partager avant de s’être inscrit.</translation>
    </message>
    <message>
        <source>Select a person to see their details and consent history.</source>
        <translation>Sélectionnez une personne pour voir sa fiche et l&apos;historique de son consentement.</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Marché</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Sujets</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <source>Max shares per week</source>
        <translation>Partages max. par semaine</translation>
    </message>
    <message>
        <source>Quiet hours</source>
        <translation>Heures calmes</translation>
    </message>
    <message>
        <source>Leaderboard</source>
        <translation>Classement</translation>
    </message>
    <message>
        <source>{0} followers</source>
        <translation>{0} abonnés</translation>
    </message>
    <message>
        <source>{0} follower</source>
        <translation>{0} abonné</translation>
    </message>
    <message>
        <source>Consent: {0}</source>
        <translation>Consentement : {0}</translation>
    </message>
    <message>
        <source>Opted in (participation text {0}, version {1})</source>
        <translation>Inscription (texte de participation {0}, version {1})</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>Désinscription</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>L&apos;export a échoué</translation>
    </message>
    <message>
        <source>Ambassadors</source>
        <translation>Ambassadeurs</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Participation texts…</source>
        <translation>Textes de participation…</translation>
    </message>
    <message>
        <source>Search name, e-mail or team</source>
        <translation>Rechercher un nom, un e-mail ou une équipe</translation>
    </message>
    <message>
        <source>Opt in</source>
        <translation>Inscrire</translation>
    </message>
    <message>
        <source>Opt out</source>
        <translation>Désinscrire</translation>
    </message>
    <message>
        <source>Add to group…</source>
        <translation>Ajouter à un groupe…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Export their data (JSON)…</source>
        <translation>Exporter ses données (JSON)…</translation>
    </message>
    <message>
        <source>Erase personal data…</source>
        <translation>Effacer les données personnelles…</translation>
    </message>
    <message>
        <source>Record that they agreed to the participation text, dated now</source>
        <translation>Enregistrer son accord au texte de participation, daté de maintenant</translation>
    </message>
    <message>
        <source>Record that they stopped; they leave all future plans</source>
        <translation>Enregistrer son retrait ; la personne sort de tous les plans à venir</translation>
    </message>
</context>
<context>
    <name>ParticipationTextDialog</name>
    <message>
        <source>Version {0}. Saving makes a new version; people keep the version they accepted.</source>
        <translation>Version {0}. Enregistrer crée une nouvelle version ; chacun conserve la version qu&apos;il a acceptée.</translation>
    </message>
    <message>
        <source>Suggested text, not saved yet. Adapt it to your programme.</source>
        <translation>Texte suggéré, pas encore enregistré. Adaptez-le à votre programme.</translation>
    </message>
    <message>
        <source>Participation texts</source>
        <translation>Textes de participation</translation>
    </message>
</context>
</TS>
