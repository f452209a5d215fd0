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
        <source>{0}: {1} impressions on their own posts; ambassadors reached ×{2} that.</source>
        <translation>{0} : {1} impressions sur ses propres publications ; les ambassadeurs ont atteint ×{2}.</translation>
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
        <source>{0} reach · {1} clicks</source>
        <translation>portée {0} · {1} clics</translation>
    </message>
    <message>
        <source>{0}. {1} — {2} engagements</source>
        <translation>{0}. {1} — {2} interactions</translation>
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
        <source>max {0}</source>
        <translation>max. {0}</translation>
    </message>
    <message>
        <source>{0} added, {1} updated, {2} ignored.</source>
        <translation>{0} ajoutés, {1} mis à jour, {2} ignorés.</translation>
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
</TS>
