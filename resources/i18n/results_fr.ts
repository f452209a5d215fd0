<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ResultBoardModel</name>
    <message>
        <source>First share</source>
        <translation>Premier partage</translation>
    </message>
    <message>
        <source>Regular</source>
        <translation>Habitué</translation>
    </message>
    <message>
        <source>Conversation starter</source>
        <translation>Lanceur de conversation</translation>
    </message>
    <message>
        <source>Traffic maker</source>
        <translation>Générateur de trafic</translation>
    </message>
    <message>
        <source>Deal maker</source>
        <translation>Apporteur d’affaires</translation>
    </message>
    <message>
        <source>Ambassador #{0}</source>
        <translation>Ambassadeur n° {0}</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Ambassador</source>
        <translation>Ambassadeur</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>Partages</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Clics</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>Badges</translation>
    </message>
</context>
<context>
    <name>ResultEntryGrid</name>
    <message>
        <source>Nothing was saved: {0}</source>
        <translation>Rien n’a été enregistré : {0}</translation>
    </message>
    <message>
        <source>Row {0} — {1}</source>
        <translation>Ligne {0} — {1}</translation>
    </message>
    <message>
        <source>Rows saved: {0}.</source>
        <translation>Lignes enregistrées : {0}.</translation>
    </message>
    <message>
        <source>(cells to fix: {0})</source>
        <translation>(cellules à corriger : {0})</translation>
    </message>
    <message>
        <source>Rows changed, not saved yet: {0}.</source>
        <translation>Lignes modifiées, pas encore enregistrées : {0}.</translation>
    </message>
    <message>
        <source>This campaign has no planned shares or executive posts yet.</source>
        <translation>Cette campagne n’a encore ni partage planifié ni publication de dirigeant.</translation>
    </message>
    <message>
        <source>Type what each share reached, as read on the network; the executives&apos; own posts are the rows in bold at the top. Saving a row again replaces its reading: nothing is counted twice.</source>
        <translation>Saisissez les résultats de chaque partage, tels que lus sur le réseau ; les publications des dirigeants sont les lignes en gras en haut. Enregistrer à nouveau une ligne remplace sa lecture : rien n’est compté deux fois.</translation>
    </message>
    <message>
        <source>Save figures</source>
        <translation>Enregistrer les chiffres</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Annuler les modifications</translation>
    </message>
</context>
<context>
    <name>ResultEntryModel</name>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévu le</translation>
    </message>
    <message>
        <source>Impressions</source>
        <translation>Impressions</translation>
    </message>
    <message>
        <source>Reactions</source>
        <translation>Réactions</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <source>Reposts</source>
        <translation>Republications</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Clics</translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation>Conversions</translation>
    </message>
    <message>
        <source>Read on</source>
        <translation>Lu le</translation>
    </message>
    <message>
        <source>Impr.</source>
        <comment>short for Impressions (a column header)</comment>
        <translation>Impr.</translation>
    </message>
    <message>
        <source>React.</source>
        <comment>short for Reactions (a column header)</comment>
        <translation>Réact.</translation>
    </message>
    <message>
        <source>Comm.</source>
        <comment>short for Comments (a column header)</comment>
        <translation>Comm.</translation>
    </message>
    <message>
        <source>Rep.</source>
        <comment>short for Reposts (a column header)</comment>
        <translation>Repub.</translation>
    </message>
    <message>
        <source>Conv.</source>
        <comment>short for Conversions (a column header)</comment>
        <translation>Conv.</translation>
    </message>
    <message>
        <source>Executive</source>
        <translation>Dirigeant</translation>
    </message>
    <message>
        <source>Erased ambassador</source>
        <translation>Ambassadeur effacé</translation>
    </message>
    <message>
        <source>The executive&apos;s own post: {0}</source>
        <translation>Publication du dirigeant : {0}</translation>
    </message>
    <message>
        <source>{0}: “{1}” is not a whole number (0 or more).</source>
        <translation>{0} : « {1} » n’est pas un nombre entier (0 ou plus).</translation>
    </message>
    <message>
        <source>{0}: “{1}” is not a date — type it as 2026-03-12.</source>
        <translation>{0} : « {1} » n’est pas une date — saisissez-la sous la forme 2026-03-12.</translation>
    </message>
</context>
<context>
    <name>ResultRewardModels</name>
    <message>
        <source>Shares</source>
        <translation>Partages</translation>
    </message>
    <message>
        <source>Impressions</source>
        <translation>Impressions</translation>
    </message>
    <message>
        <source>Reactions</source>
        <translation>Réactions</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <source>Reposts</source>
        <translation>Republications</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Clics</translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation>Conversions</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Badge</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Earned from</source>
        <translation>Obtenu à partir de</translation>
    </message>
    <message>
        <source>not decided ({0} to win)</source>
        <translation>non attribué ({0} à désigner)</translation>
    </message>
    <message>
        <source>nobody eligible</source>
        <translation>personne d’éligible</translation>
    </message>
    <message>
        <source>Contest</source>
        <translation>Concours</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Prize</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Winners</source>
        <translation>Gagnants</translation>
    </message>
</context>
<context>
    <name>ResultRewardPrompts</name>
    <message>
        <source>New badge</source>
        <translation>Nouveau badge</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Earned for:</source>
        <translation>Obtenu pour :</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>À partir de :</translation>
    </message>
    <message>
        <source>New contest</source>
        <translation>Nouveau concours</translation>
    </message>
    <message>
        <source>Every campaign in the period</source>
        <translation>Toutes les campagnes de la période</translation>
    </message>
    <message>
        <source>How points are earned, who may take part …</source>
        <translation>Comment gagner des points, qui peut participer…</translation>
    </message>
    <message>
        <source>Campaign:</source>
        <translation>Campagne :</translation>
    </message>
    <message>
        <source>Starts:</source>
        <translation>Début :</translation>
    </message>
    <message>
        <source>Ends:</source>
        <translation>Fin :</translation>
    </message>
    <message>
        <source>Rules:</source>
        <translation>Règlement :</translation>
    </message>
    <message>
        <source>Prize:</source>
        <translation>Prix :</translation>
    </message>
    <message>
        <source>Winners:</source>
        <translation>Gagnants :</translation>
    </message>
</context>
<context>
    <name>ResultRewards</name>
    <message>
        <source>Per share:</source>
        <translation>Par partage :</translation>
    </message>
    <message>
        <source>Per impression:</source>
        <translation>Par impression :</translation>
    </message>
    <message>
        <source>Per reaction:</source>
        <translation>Par réaction :</translation>
    </message>
    <message>
        <source>Per comment:</source>
        <translation>Par commentaire :</translation>
    </message>
    <message>
        <source>Per repost:</source>
        <translation>Par republication :</translation>
    </message>
    <message>
        <source>Per click:</source>
        <translation>Par clic :</translation>
    </message>
    <message>
        <source>Per conversion:</source>
        <translation>Par conversion :</translation>
    </message>
    <message>
        <source>Counted per (followers):</source>
        <translation>Base de calcul (abonnés) :</translation>
    </message>
    <message>
        <source>Smallest network counted as:</source>
        <translation>Plus petit réseau compté comme :</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>Reach</source>
        <translation>Portée</translation>
    </message>
    <message>
        <source>Impressions</source>
        <translation>Impressions</translation>
    </message>
    <message>
        <source>Reactions</source>
        <translation>Réactions</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <source>Reposts</source>
        <translation>Republications</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Clics</translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation>Conversions</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>Partages</translation>
    </message>
    <message>
        <source>Import results</source>
        <translation>Importer des résultats</translation>
    </message>
    <message>
        <source>Analytics exports (*.csv *.xlsx)</source>
        <translation>Exports d’analyse (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>Web analytics (UTM campaigns)</source>
        <translation>Analyse web (campagnes UTM)</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>What kind of file is this?</source>
        <translation>De quel type de fichier s’agit-il ?</translation>
    </message>
    <message>
        <source>Map a column</source>
        <translation>Associer une colonne</translation>
    </message>
    <message>
        <source>Which column holds “{0}”?</source>
        <translation>Quelle colonne contient « {0} » ?</translation>
    </message>
    <message>
        <source>Executives (their own board)</source>
        <translation>Direction (tableau distinct)</translation>
    </message>
    <message>
        <source>(no wave)</source>
        <translation>(sans vague)</translation>
    </message>
    <message>
        <source>No content figures yet.</source>
        <translation>Aucun chiffre par contenu pour le moment.</translation>
    </message>
    <message>
        <source>Per-person ranking is off for this workspace (works-council mode): only group totals are shown.</source>
        <translation>Le classement individuel est désactivé pour cet espace de travail (mode comité d’entreprise) : seuls les totaux du groupe sont affichés.</translation>
    </message>
    <message>
        <source>Points weigh what each share did against the size of its network. Names appear only for people who chose it.</source>
        <translation>Les points rapportent l’effet de chaque partage à la taille du réseau concerné. Seules les personnes qui l’ont choisi apparaissent sous leur nom.</translation>
    </message>
    <message>
        <source>People taking part who chose not to appear: {0}.</source>
        <translation>Participants ayant choisi de ne pas apparaître : {0}.</translation>
    </message>
    <message>
        <source>Line {0}: {1} ({2})</source>
        <translation>Ligne {0} : {1} ({2})</translation>
    </message>
    <message>
        <source>Nothing was imported. Fix these rows and import again:</source>
        <translation>Rien n’a été importé. Corrigez ces lignes, puis importez à nouveau :</translation>
    </message>
    <message>
        <source>The file could not be imported: {0}</source>
        <translation>Le fichier n’a pas pu être importé : {0}</translation>
    </message>
    <message>
        <source>This file was imported before; nothing was counted twice.</source>
        <translation>Ce fichier a déjà été importé ; rien n’a été compté deux fois.</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Unsaved figures</source>
        <translation>Chiffres non enregistrés</translation>
    </message>
    <message>
        <source>Figures typed and not saved yet (rows: {0}). Discard them?</source>
        <translation>Des chiffres saisis ne sont pas encore enregistrés (lignes : {0}). Les abandonner ?</translation>
    </message>
    <message>
        <source>The results could not be read: {0}</source>
        <translation>Les résultats n’ont pas pu être lus : {0}</translation>
    </message>
    <message>
        <source>Reading the campaign&apos;s results…</source>
        <translation>Lecture des résultats de la campagne…</translation>
    </message>
    <message>
        <source>{0}: {1} on their own posts; ambassadors reached ×{2} that.</source>
        <translation>{0} : {1} sur ses propres publications ; les ambassadeurs ont atteint ×{2}.</translation>
    </message>
    <message>
        <source>{0} impression</source>
        <translation>{0} impression</translation>
    </message>
    <message>
        <source>{0} impressions</source>
        <translation>{0} impressions</translation>
    </message>
    <message>
        <source>{0} reach · {1}</source>
        <translation>portée {0} · {1}</translation>
    </message>
    <message>
        <source>{0} click</source>
        <translation>{0} clic</translation>
    </message>
    <message>
        <source>{0} clicks</source>
        <translation>{0} clics</translation>
    </message>
    <message>
        <source>max {0}</source>
        <translation>max. {0}</translation>
    </message>
    <message>
        <source>{0}. {1} — {2}</source>
        <translation>{0}. {1} — {2}</translation>
    </message>
    <message>
        <source>{0} engagement</source>
        <translation>{0} interaction</translation>
    </message>
    <message>
        <source>{0} engagements</source>
        <translation>{0} interactions</translation>
    </message>
    <message>
        <source>{0}, {1}, {2}.</source>
        <translation>{0}, {1}, {2}.</translation>
    </message>
    <message>
        <source>{0} added</source>
        <comment>one row</comment>
        <translation>{0} ajouté</translation>
    </message>
    <message>
        <source>{0} added</source>
        <comment>rows</comment>
        <translation>{0} ajoutés</translation>
    </message>
    <message>
        <source>{0} updated</source>
        <comment>one row</comment>
        <translation>{0} mis à jour</translation>
    </message>
    <message>
        <source>{0} updated</source>
        <comment>rows</comment>
        <translation>{0} mis à jour</translation>
    </message>
    <message>
        <source>{0} ignored</source>
        <comment>one row</comment>
        <translation>{0} ignoré</translation>
    </message>
    <message>
        <source>{0} ignored</source>
        <comment>rows</comment>
        <translation>{0} ignorés</translation>
    </message>
    <message>
        <source>… and {0} more rows.</source>
        <translation>… et {0}&#xa0;autres lignes.</translation>
    </message>
    <message>
        <source>This is not a CSV or .xlsx file GhostDesk can read: it does not hold text.</source>
        <translation>Ce n’est pas un fichier CSV ou .xlsx que GhostDesk sait lire : il ne contient pas de texte.</translation>
    </message>
    <message>
        <source>The file&apos;s characters cannot be read. Save it as CSV (UTF-8) or .xlsx and import again.</source>
        <translation>Les caractères du fichier sont illisibles. Enregistrez-le au format CSV (UTF-8) ou .xlsx, puis importez-le de nouveau.</translation>
    </message>
    <message>
        <source>This is an old Excel (.xls) file. Save it as .xlsx or CSV and import again.</source>
        <translation>C’est un ancien fichier Excel (.xls). Enregistrez-le au format .xlsx ou CSV, puis importez-le de nouveau.</translation>
    </message>
    <message>
        <source>This .xlsx workbook cannot be read; it may be damaged. Save it again from Excel.</source>
        <translation>Ce classeur .xlsx est illisible ; il est peut-être endommagé. Enregistrez-le de nouveau depuis Excel.</translation>
    </message>
    <message>
        <source>The file holds no rows to import.</source>
        <translation>Le fichier ne contient aucune ligne à importer.</translation>
    </message>
    <message>
        <source>The file is too large. Split it into smaller files and import each one.</source>
        <translation>Le fichier est trop volumineux. Découpez-le en fichiers plus petits et importez-les un par un.</translation>
    </message>
    <message>
        <source>The file has too many columns to be an analytics export.</source>
        <translation>Le fichier a trop de colonnes pour être un export de statistiques.</translation>
    </message>
    <message>
        <source>The file cannot be read. Check that it is still there and that you may open it.</source>
        <translation>Le fichier ne peut pas être lu. Vérifiez qu’il existe toujours et que vous avez le droit de l’ouvrir.</translation>
    </message>
    <message>
        <source>The file cannot be read as figures.</source>
        <translation>Le fichier ne peut pas être lu comme un fichier de chiffres.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Rien n’a été importé.</translation>
    </message>
    <message>
        <source>not a whole number</source>
        <translation>pas un nombre entier</translation>
    </message>
    <message>
        <source>not a date</source>
        <translation>pas une date</translation>
    </message>
    <message>
        <source>no campaign</source>
        <translation>aucune campagne</translation>
    </message>
    <message>
        <source>no ambassador id</source>
        <translation>aucun identifiant d’ambassadeur</translation>
    </message>
    <message>
        <source>unknown campaign</source>
        <translation>campagne inconnue</translation>
    </message>
    <message>
        <source>unknown ambassador</source>
        <translation>ambassadeur inconnu</translation>
    </message>
    <message>
        <source>the same post twice</source>
        <translation>la même publication deux fois</translation>
    </message>
    <message>
        <source>unreadable quoting</source>
        <translation>guillemets illisibles</translation>
    </message>
    <message>
        <source>Export charts as PNG</source>
        <translation>Exporter les graphiques en PNG</translation>
    </message>
    <message>
        <source>{0} charts saved in {1}.</source>
        <translation>{0} graphiques enregistrés dans {1}.</translation>
    </message>
    <message>
        <source>{0} chart saved in {1}.</source>
        <translation>{0} graphique enregistré dans {1}.</translation>
    </message>
    <message>
        <source>Write results reports</source>
        <translation>Rédiger les rapports de résultats</translation>
    </message>
    <message>
        <source>The reports could not be written: {0}</source>
        <translation>Les rapports n’ont pas pu être écrits : {0}</translation>
    </message>
    <message>
        <source>{0} documents written in {1}.</source>
        <translation>{0} documents écrits dans {1}.</translation>
    </message>
    <message>
        <source>{0} document written in {1}.</source>
        <translation>{0} document écrit dans {1}.</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>What each campaign achieved, and who helped — as each person chose to appear.</source>
        <translation>Ce que chaque campagne a obtenu, et qui y a contribué — selon la manière dont chacun a choisi d’apparaître.</translation>
    </message>
    <message>
        <source>Campaign:</source>
        <translation>Campagne :</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Export charts…</source>
        <translation>Exporter les graphiques…</translation>
    </message>
    <message>
        <source>Write reports…</source>
        <translation>Rédiger les rapports…</translation>
    </message>
    <message>
        <source>Rewards…</source>
        <translation>Récompenses…</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Enter figures</source>
        <translation>Saisir les chiffres</translation>
    </message>
    <message>
        <source>No results yet. Import a web-analytics or LinkedIn export to see a campaign here.</source>
        <translation>Aucun résultat pour le moment. Importez un export d’analyse web ou de LinkedIn pour voir une campagne ici.</translation>
    </message>
    <message>
        <source>Ambassadors&apos; reach</source>
        <translation>Portée des ambassadeurs</translation>
    </message>
    <message>
        <source>Amplification</source>
        <translation>Amplification</translation>
    </message>
    <message>
        <source>Targets vs actual</source>
        <translation>Objectifs et réalisé</translation>
    </message>
    <message>
        <source>This campaign has no targets.</source>
        <translation>Cette campagne n’a pas d’objectifs.</translation>
    </message>
    <message>
        <source>Reach by:</source>
        <translation>Portée par :</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Marché</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Wave</source>
        <translation>Vague</translation>
    </message>
    <message>
        <source>No shares recorded yet.</source>
        <translation>Aucun partage enregistré pour le moment.</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Dans le temps</translation>
    </message>
    <message>
        <source>No dated figures yet.</source>
        <translation>Aucun chiffre daté pour le moment.</translation>
    </message>
    <message>
        <source>Best content</source>
        <translation>Meilleurs contenus</translation>
    </message>
    <message>
        <source>Recognition board</source>
        <translation>Tableau de reconnaissance</translation>
    </message>
</context>
<context>
    <name>RewardsDialog</name>
    <message>
        <source>Rewards</source>
        <translation>Récompenses</translation>
    </message>
    <message>
        <source>Every share earns the same points. What it did (reactions, clicks …) is counted per 1,000 followers when “weigh by network size” is on, so people with small networks can win too.</source>
        <translation>Chaque partage rapporte les mêmes points. Ses effets (réactions, clics…) sont comptés pour 1 000 abonnés quand « Pondérer par la taille du réseau » est coché : les personnes aux petits réseaux peuvent aussi gagner.</translation>
    </message>
    <message>
        <source>Weigh by network size</source>
        <translation>Pondérer par la taille du réseau</translation>
    </message>
    <message>
        <source>Save points rules</source>
        <translation>Enregistrer les règles de points</translation>
    </message>
    <message>
        <source>Add badge…</source>
        <translation>Ajouter un badge…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>New contest…</source>
        <translation>Nouveau concours…</translation>
    </message>
    <message>
        <source>Decide winners</source>
        <translation>Désigner les gagnants</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>Badges</translation>
    </message>
    <message>
        <source>Contests</source>
        <translation>Concours</translation>
    </message>
    <message>
        <source>Works-council mode: no per-person ranking anywhere</source>
        <translation>Mode comité d’entreprise : aucun classement individuel nulle part</translation>
    </message>
    <message>
        <source>Boards and reports show group totals only, and contest winners cannot be decided.</source>
        <translation>Les classements et les rapports ne montrent que les totaux du groupe, et les gagnants des concours ne peuvent pas être désignés.</translation>
    </message>
    <message>
        <source>Rules: {0}</source>
        <translation>Règlement : {0}</translation>
    </message>
    <message>
        <source>Prize: {0}</source>
        <translation>Prix : {0}</translation>
    </message>
    <message>
        <source>nobody eligible</source>
        <translation>personne d’éligible</translation>
    </message>
    <message>
        <source>Winners: {0}</source>
        <translation>Gagnants : {0}</translation>
    </message>
    <message>
        <source>Works-council mode is on: winners cannot be decided (no per-person ranking).</source>
        <translation>Le mode comité d’entreprise est activé : les gagnants ne peuvent pas être désignés (aucun classement individuel).</translation>
    </message>
    <message>
        <source>Winners are the top of the board for the period, among people who agreed to appear.</source>
        <translation>Les gagnants sont les premiers du classement sur la période, parmi les personnes qui ont accepté d’y figurer.</translation>
    </message>
    <message>
        <source>The points rules are saved; boards use them now.</source>
        <translation>Les règles de points sont enregistrées ; les classements les appliquent désormais.</translation>
    </message>
    <message>
        <source>Choose a contest first.</source>
        <translation>Choisissez d’abord un concours.</translation>
    </message>
    <message>
        <source>Winners cannot be decided: works-council mode is on, so nobody is ranked against anyone. Turn works-council mode off first if your works council agrees.</source>
        <translation>Impossible de désigner les gagnants : le mode comité d’entreprise est activé, personne n’est donc classé par rapport aux autres. Désactivez d’abord ce mode si votre comité d’entreprise est d’accord.</translation>
    </message>
    <message>
        <source>Give it a name.</source>
        <translation>Donnez-lui un nom.</translation>
    </message>
    <message>
        <source>Choose what the badge counts.</source>
        <translation>Choisissez ce que le badge compte.</translation>
    </message>
    <message>
        <source>The threshold must be a number above zero.</source>
        <translation>Le seuil doit être un nombre supérieur à zéro.</translation>
    </message>
    <message>
        <source>The contest must end on or after the day it starts.</source>
        <translation>Le concours doit se terminer le jour de son début ou après.</translation>
    </message>
    <message>
        <source>The start is not a date.</source>
        <translation>Le début n’est pas une date.</translation>
    </message>
    <message>
        <source>Between 1 and 100 winners.</source>
        <translation>Entre 1 et 100 gagnants.</translation>
    </message>
    <message>
        <source>{0} must be a number, zero or more.</source>
        <translation>{0} doit être un nombre, zéro ou plus.</translation>
    </message>
    <message>
        <source>This could not be saved: {0}</source>
        <translation>Impossible d’enregistrer : {0}</translation>
    </message>
</context>
</TS>
