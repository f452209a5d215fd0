<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>CalendarModel</name>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
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
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Wave</source>
        <translation>Vague</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Approbation</translation>
    </message>
    <message>
        <source>Executive</source>
        <translation>Dirigeant</translation>
    </message>
    <message>
        <source>Public holiday: {0}</source>
        <translation>Jour férié : {0}</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Plan the shares again from the roster, the variants and the markets</source>
        <translation>Replanifier les partages à partir de la liste des ambassadeurs, des variantes et des marchés</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>Posts…</source>
        <translation>Publications…</translation>
    </message>
    <message>
        <source>Waves…</source>
        <translation>Vagues…</translation>
    </message>
    <message>
        <source>When the waves of shares follow each executive post</source>
        <translation>Quand les vagues de partages suivent chaque publication du dirigeant</translation>
    </message>
    <message>
        <source>Choose the campaign&apos;s posts and their days</source>
        <translation>Choisir les publications de la campagne et leurs jours</translation>
    </message>
    <message>
        <source>Export calendar (.ics)…</source>
        <translation>Exporter le calendrier (.ics)…</translation>
    </message>
    <message>
        <source>Export campaign brief (.docx)…</source>
        <translation>Exporter le brief de campagne (.docx)…</translation>
    </message>
    <message>
        <source>Export review package…</source>
        <translation>Exporter un dossier de relecture…</translation>
    </message>
    <message>
        <source>Import review decisions…</source>
        <translation>Importer les décisions de relecture…</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Go to the campaign&apos;s first post</source>
        <translation>Aller à la première publication de la campagne</translation>
    </message>
    <message>
        <source>&amp;New campaign…</source>
        <translation>&amp;Nouvelle campagne…</translation>
    </message>
    <message>
        <source>&amp;Plan again</source>
        <translation>Re&amp;planifier</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>Appro&amp;uver</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>R&amp;efuser…</translation>
    </message>
    <message>
        <source>Approve &amp;whole campaign</source>
        <translation>Approuver toute la &amp;campagne</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Local time of each item</source>
        <translation>Heure locale de chaque élément</translation>
    </message>
    <message>
        <source>All approvals</source>
        <translation>Toutes les approbations</translation>
    </message>
    <message>
        <source>All markets</source>
        <translation>Tous les marchés</translation>
    </message>
    <message>
        <source>All networks</source>
        <translation>Tous les réseaux</translation>
    </message>
    <message>
        <source>{0} post</source>
        <translation>{0} publication</translation>
    </message>
    <message>
        <source>{0} posts</source>
        <translation>{0} publications</translation>
    </message>
    <message>
        <source>{0} share</source>
        <translation>{0} partage</translation>
    </message>
    <message>
        <source>{0} shares</source>
        <translation>{0} partages</translation>
    </message>
    <message>
        <source>{0} conflict</source>
        <translation>{0} conflit</translation>
    </message>
    <message>
        <source>{0} conflicts</source>
        <translation>{0} conflits</translation>
    </message>
    <message>
        <source>{0}, {1}, {2}</source>
        <translation>{0}, {1}, {2}</translation>
    </message>
    <message>
        <source>{0}, {1}</source>
        <translation>{0}, {1}</translation>
    </message>
    <message>
        <source>No campaign yet. Create one with New campaign…: its dates, markets and targets. Then choose its posts with Posts… and plan the ambassadors&apos; shares with Plan again.</source>
        <translation>Aucune campagne pour l’instant. Créez-en une avec Nouvelle campagne… : ses dates, ses marchés et ses objectifs. Choisissez ensuite ses publications avec Publications…, puis planifiez les partages des ambassadeurs avec Replanifier.</translation>
    </message>
    <message>
        <source>Select a post or a share to see it here. Drag a share in the week view to another time, or in the month view to another day; the move is checked against the planner&apos;s rules.</source>
        <translation>Sélectionnez une publication ou un partage pour l’afficher ici. Faites glisser un partage vers une autre heure dans la vue Semaine, ou vers un autre jour dans la vue Mois ; le déplacement est vérifié selon les règles du planificateur.</translation>
    </message>
    <message>
        <source>{0}, {1} wave</source>
        <translation>{0}, vague « {1} »</translation>
    </message>
    <message>
        <source>Local: {0}</source>
        <translation>Heure locale : {0}</translation>
    </message>
    <message>
        <source>Approval: {0}</source>
        <translation>Approbation : {0}</translation>
    </message>
    <message>
        <source>The content changed since it was approved; it needs a new approval.</source>
        <translation>Le contenu a changé depuis son approbation ; il doit être approuvé de nouveau.</translation>
    </message>
    <message>
        <source>Public holiday: {0}</source>
        <translation>Jour férié : {0}</translation>
    </message>
    <message>
        <source>Moved by hand.</source>
        <translation>Déplacé à la main.</translation>
    </message>
    <message>
        <source>&lt;i&gt;Approving a share approves the whole wave plan.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Approuver un partage approuve tout le plan des vagues.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Export the calendar</source>
        <translation>Exporter le calendrier</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Fichiers de calendrier (*.ics)</translation>
    </message>
    <message>
        <source>Export the campaign brief</source>
        <translation>Exporter le brief de campagne</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Documents Word (*.docx)</translation>
    </message>
    <message>
        <source>Campaign brief: {name}</source>
        <translation>Brief de campagne : {name}</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Objectifs chiffrés</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Markets</source>
        <translation>Marchés</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Calendar (local times)</source>
        <translation>Calendrier (heures locales)</translation>
    </message>
    <message>
        <source>Local time</source>
        <translation>Heure locale</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Fuseau</translation>
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
        <source>Approval</source>
        <translation>Approbation</translation>
    </message>
    <message>
        <source>Texts by market</source>
        <translation>Textes par marché</translation>
    </message>
    <message>
        <source>{market} — {network_list}</source>
        <translation>{market} — {network_list}</translation>
    </message>
    <message>
        <source>Exported by GhostDesk on {at}. Approvals bind to the exact text and time shown here.</source>
        <translation>Exporté par GhostDesk le {at}. Les approbations portent sur le texte et l&apos;heure exacts indiqués ici.</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Visibilité</translation>
    </message>
    <message>
        <source>Reputation</source>
        <translation>Réputation</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Prospects</translation>
    </message>
    <message>
        <source>reach</source>
        <translation>portée</translation>
    </message>
    <message>
        <source>engagement</source>
        <translation>engagement</translation>
    </message>
    <message>
        <source>clicks</source>
        <translation>clics</translation>
    </message>
    <message>
        <source>conversions</source>
        <translation>conversions</translation>
    </message>
    <message>
        <source>Export a review package</source>
        <translation>Exporter un dossier de relecture</translation>
    </message>
    <message>
        <source>Review packages (*.json)</source>
        <translation>Dossiers de relecture (*.json)</translation>
    </message>
    <message>
        <source>Import review decisions</source>
        <translation>Importer les décisions de relecture</translation>
    </message>
    <message>
        <source>Review decisions (*.json)</source>
        <translation>Décisions de relecture (*.json)</translation>
    </message>
    <message>
        <source>Review decisions</source>
        <translation>Décisions de relecture</translation>
    </message>
    <message>
        <source>{0} decisions applied.</source>
        <translation>{0} décisions appliquées.</translation>
    </message>
    <message>
        <source>{0} decision applied.</source>
        <translation>{0} décision appliquée.</translation>
    </message>
    <message>
        <source>{0} decision not applied: the content changed since the review.</source>
        <translation>{0} décision non appliquée : le contenu a changé depuis la relecture.</translation>
    </message>
    <message>
        <source>{0} decisions not applied: the content changed since the review.</source>
        <translation>{0} décisions non appliquées : le contenu a changé depuis la relecture.</translation>
    </message>
    <message>
        <source>{0} decision not applied: no longer in the plan.</source>
        <translation>{0} décision non appliquée : elle ne figure plus dans le plan.</translation>
    </message>
    <message>
        <source>{0} decisions not applied: no longer in the plan.</source>
        <translation>{0} décisions non appliquées : elles ne figurent plus dans le plan.</translation>
    </message>
    <message>
        <source>This file was changed after it was exported, so it was refused. Ask the reviewer for the file GhostDesk wrote.</source>
        <translation>Ce fichier a été modifié après son export ; il a donc été refusé. Demandez au relecteur le fichier écrit par GhostDesk.</translation>
    </message>
    <message>
        <source>These decisions are about a review package that was not made in this workspace.</source>
        <translation>Ces décisions portent sur un dossier de relecture qui n&apos;a pas été créé dans cet espace de travail.</translation>
    </message>
    <message>
        <source>This is not a GhostDesk review file, or it is damaged.</source>
        <translation>Ce n&apos;est pas un fichier de relecture GhostDesk, ou il est endommagé.</translation>
    </message>
</context>
<context>
    <name>CalendarPrompts</name>
    <message>
        <source>Move this share anyway?</source>
        <translation>Déplacer ce partage malgré tout ?</translation>
    </message>
    <message>
        <source>At the new time:</source>
        <translation>À la nouvelle heure :</translation>
    </message>
    <message>
        <source>Move anyway</source>
        <translation>Déplacer malgré tout</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>What should change?</source>
        <translation>Que faut-il changer ?</translation>
    </message>
</context>
<context>
    <name>CalendarTexts</name>
    <message>
        <source>Not reviewed</source>
        <translation>Non examiné</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Changed since approval</source>
        <translation>Modifié depuis l’approbation</translation>
    </message>
    <message>
        <source>Before the executive&apos;s own post.</source>
        <translation>Avant la publication du dirigeant lui-même.</translation>
    </message>
    <message>
        <source>Public holiday in {0}: {1}.</source>
        <translation>Jour férié ({0}) : {1}.</translation>
    </message>
    <message>
        <source>A weekend day in {0}.</source>
        <translation>Un jour de week-end ({0}).</translation>
    </message>
    <message>
        <source>In this person&apos;s quiet hours ({0}–{1}).</source>
        <translation>Pendant les heures de tranquillité de cette personne ({0}–{1}).</translation>
    </message>
    <message>
        <source>Weekly cap reached: {0} of {1} in {2}.</source>
        <translation>Plafond hebdomadaire atteint : {0} sur {1} en {2}.</translation>
    </message>
    <message>
        <source>{1} shares the same post {0} minute apart (keep {2}).</source>
        <translation>{1} partage la même publication à {0} minute d’écart (gardez {2} minutes).</translation>
    </message>
    <message>
        <source>{1} shares the same post {0} minutes apart (keep {2}).</source>
        <translation>{1} partage la même publication à {0} minutes d’écart (gardez {2} minutes).</translation>
    </message>
    <message>
        <source>A colleague</source>
        <translation>Un collègue</translation>
    </message>
    <message>
        <source>This person may no longer be planned (consent).</source>
        <translation>Cette personne ne peut plus être planifiée (consentement).</translation>
    </message>
    <message>
        <source>Executive post</source>
        <translation>Publication du dirigeant</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Partage</translation>
    </message>
    <message>
        <source>Not opted in</source>
        <translation>Sans consentement</translation>
    </message>
    <message>
        <source>Other market or language</source>
        <translation>Autre marché ou autre langue</translation>
    </message>
    <message>
        <source>Does not use the network</source>
        <translation>N’utilise pas ce réseau</translation>
    </message>
    <message>
        <source>No topic in common</source>
        <translation>Aucun sujet en commun</translation>
    </message>
    <message>
        <source>Already shares this post</source>
        <translation>Partage déjà cette publication</translation>
    </message>
    <message>
        <source>No posting window</source>
        <translation>Aucun créneau de publication</translation>
    </message>
    <message>
        <source>Public holiday</source>
        <translation>Jour férié</translation>
    </message>
    <message>
        <source>Weekend</source>
        <translation>Week-end</translation>
    </message>
    <message>
        <source>Quiet hours</source>
        <translation>Heures de tranquillité</translation>
    </message>
    <message>
        <source>Weekly cap reached</source>
        <translation>Plafond hebdomadaire atteint</translation>
    </message>
    <message>
        <source>Wave full (rotation)</source>
        <translation>Vague complète (rotation)</translation>
    </message>
    <message>
        <source>No share text left</source>
        <translation>Plus de texte de partage disponible</translation>
    </message>
    <message>
        <source>No free time in the window</source>
        <translation>Aucun horaire libre dans le créneau</translation>
    </message>
    <message>
        <source>Before the executive&apos;s post</source>
        <translation>Avant la publication du dirigeant</translation>
    </message>
    <message>
        <source>Too close to a colleague</source>
        <translation>Trop proche d’un collègue</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>{0} has not opted in to sharing.</source>
        <translation>{0} n’a pas consenti à partager.</translation>
    </message>
    <message>
        <source>{0} is in {1} and writes in {2}; this post is for {3} in {4}.</source>
        <translation>{0} est sur le marché {1} et écrit en {2} ; cette publication est destinée au marché {3} en {4}.</translation>
    </message>
    <message>
        <source>{0} does not use {1} (uses: {2}).</source>
        <translation>{0} n’utilise pas {1} (utilise : {2}).</translation>
    </message>
    <message>
        <source>None of {0}&apos;s topics ({1}) match the post&apos;s ({2}).</source>
        <translation>Aucun des sujets de {0} ({1}) ne correspond à ceux de la publication ({2}).</translation>
    </message>
    <message>
        <source>{0} already shares this post (in the {1} wave).</source>
        <translation>{0} partage déjà cette publication (dans la vague « {1} »).</translation>
    </message>
    <message>
        <source>{0} has no posting window, so there is no time to ask {1}.</source>
        <translation>Le marché {0} n’a aucun créneau de publication : impossible de solliciter {1}.</translation>
    </message>
    <message>
        <source>Public holiday in {0}: {1} ({2}).</source>
        <translation>Jour férié sur le marché {0} : {1} ({2}).</translation>
    </message>
    <message>
        <source>{0} is a weekend day in {1}.</source>
        <translation>Le {0} est un jour de week-end sur le marché {1}.</translation>
    </message>
    <message>
        <source>The wave falls in {0}&apos;s quiet hours ({1}–{2} local time).</source>
        <translation>La vague tombe pendant les heures de tranquillité de {0} ({1}–{2}, heure locale).</translation>
    </message>
    <message>
        <source>{1}: weekly cap reached, {2} of {0} share already planned in {3}.</source>
        <translation>{1} : plafond hebdomadaire atteint, {2} partage sur {0} déjà prévu en {3}.</translation>
    </message>
    <message>
        <source>{1}: weekly cap reached, {2} of {0} shares already planned in {3}.</source>
        <translation>{1} : plafond hebdomadaire atteint, {2} partages sur {0} déjà prévus en {3}.</translation>
    </message>
    <message>
        <source>{1} was not asked this time: the wave takes {0} person and colleagues asked less often came first.</source>
        <translation>{1} n’a pas été sollicité(e) cette fois : la vague compte {0} personne et les collègues moins souvent sollicités passent en premier.</translation>
    </message>
    <message>
        <source>{1} was not asked this time: the wave takes {0} people and colleagues asked less often came first.</source>
        <translation>{1} n’a pas été sollicité(e) cette fois : la vague compte {0} personnes et les collègues moins souvent sollicités passent en premier.</translation>
    </message>
    <message>
        <source>The only share text of this wave is taken; each person needs their own.</source>
        <translation>Le seul texte de partage de cette vague est déjà attribué ; chaque personne doit avoir le sien.</translation>
    </message>
    <message>
        <source>All {0} share texts of this wave are taken; each person needs their own.</source>
        <translation>Les {0} textes de partage de cette vague sont tous attribués ; chaque personne doit avoir le sien.</translation>
    </message>
    <message>
        <source>No free time left in the window: colleagues are kept {0} minute apart and every time is taken.</source>
        <translation>Plus aucun horaire libre dans le créneau : les collègues sont espacés de {0} minute et tous les horaires sont pris.</translation>
    </message>
    <message>
        <source>No free time left in the window: colleagues are kept {0} minutes apart and every time is taken.</source>
        <translation>Plus aucun horaire libre dans le créneau : les collègues sont espacés de {0} minutes et tous les horaires sont pris.</translation>
    </message>
</context>
<context>
    <name>CalendarViews</name>
    <message>
        <source>Mon</source>
        <translation>lun.</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>mar.</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>mer.</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>jeu.</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>ven.</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>sam.</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>dim.</translation>
    </message>
    <message>
        <source>{0} shares</source>
        <translation>{0} partages</translation>
    </message>
    <message>
        <source>{0} share</source>
        <translation>{0} partage</translation>
    </message>
    <message>
        <source>+{0} posts</source>
        <translation>+{0} publications</translation>
    </message>
    <message>
        <source>+{0} post</source>
        <translation>+{0} publication</translation>
    </message>
</context>
<context>
    <name>CampaignEditor</name>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Visibilité</translation>
    </message>
    <message>
        <source>Reputation</source>
        <translation>Réputation</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Prospects</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Objective</source>
        <translation>&amp;Objectif</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>Portée</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Engagement</translation>
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
        <source>&amp;Starts</source>
        <translation>&amp;Début</translation>
    </message>
    <message>
        <source>&amp;Ends</source>
        <translation>&amp;Fin</translation>
    </message>
    <message>
        <source>Con&amp;tact</source>
        <translation>Con&amp;tact</translation>
    </message>
    <message>
        <source>Markets</source>
        <translation>Marchés</translation>
    </message>
    <message>
        <source>Whom ambassadors ask</source>
        <translation>À qui les ambassadeurs s&apos;adressent</translation>
    </message>
</context>
<context>
    <name>CampaignPostsDialog</name>
    <message>
        <source>Campaign posts</source>
        <translation>Publications de la campagne</translation>
    </message>
    <message>
        <source>Tick the posts of this campaign and choose their day. Leave the time at 00:00 to use each market&apos;s posting window.</source>
        <translation>Cochez les publications de cette campagne et choisissez leur jour. Laissez l&apos;heure à 00:00 pour utiliser le créneau de publication de chaque marché.</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Publication</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Local time</source>
        <translation>Heure locale</translation>
    </message>
</context>
<context>
    <name>CampaignWavesDialog</name>
    <message>
        <source>Waves</source>
        <translation>Vagues</translation>
    </message>
    <message>
        <source>“After”: minutes after the executive&apos;s post. “Window”: each person&apos;s local window (HH:MM, empty = the market&apos;s), days later. Size 0 = everyone who fits.</source>
        <translation>« Après » : minutes après la publication du dirigeant. « Créneau » : le créneau local de chaque personne (HH:MM, vide = celui du marché), n jours plus tard. Taille 0 = toutes les personnes qui conviennent.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>From (min)</source>
        <translation>De (min)</translation>
    </message>
    <message>
        <source>To (min)</source>
        <translation>À (min)</translation>
    </message>
    <message>
        <source>Days later</source>
        <translation>Jours après</translation>
    </message>
    <message>
        <source>Window start</source>
        <translation>Début du créneau</translation>
    </message>
    <message>
        <source>Window end</source>
        <translation>Fin du créneau</translation>
    </message>
    <message>
        <source>Roll days</source>
        <translation>Jours de report</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Stagger (min)</source>
        <translation>Écart (min)</translation>
    </message>
    <message>
        <source>Add a wave</source>
        <translation>Ajouter une vague</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Defaults</source>
        <translation>Valeurs par défaut</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Créneau</translation>
    </message>
</context>
<context>
    <name>PlanPreviewDialog</name>
    <message>
        <source>Plan again: preview</source>
        <translation>Replanifier : aperçu</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajoutés</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Déplacés</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Supprimés</translation>
    </message>
    <message>
        <source>Wave</source>
        <translation>Vague</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>By wave ({0})</source>
        <translation>Par vague ({0})</translation>
    </message>
    <message>
        <source>By person ({0})</source>
        <translation>Par personne ({0})</translation>
    </message>
    <message>
        <source>Not planned ({0})</source>
        <translation>Non planifiés ({0})</translation>
    </message>
    <message>
        <source>Apply the new plan</source>
        <translation>Appliquer le nouveau plan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Nothing to apply: the new plan is the same as the stored one.</source>
        <translation>Rien à appliquer : le nouveau plan est identique au plan enregistré.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing changes.&lt;/b&gt; The new plan is the same as the stored one.</source>
        <translation>&lt;b&gt;Rien ne change.&lt;/b&gt; Le nouveau plan est identique au plan enregistré.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}, {1}, {2}&lt;/b&gt;; {3}.</source>
        <translation>&lt;b&gt;{0}, {1}, {2}&lt;/b&gt; ; {3}.</translation>
    </message>
    <message>
        <source>{0} share added</source>
        <translation>{0} partage ajouté</translation>
    </message>
    <message>
        <source>{0} shares added</source>
        <translation>{0} partages ajoutés</translation>
    </message>
    <message>
        <source>{0} share moved</source>
        <translation>{0} partage déplacé</translation>
    </message>
    <message>
        <source>{0} shares moved</source>
        <translation>{0} partages déplacés</translation>
    </message>
    <message>
        <source>{0} share removed</source>
        <translation>{0} partage supprimé</translation>
    </message>
    <message>
        <source>{0} shares removed</source>
        <translation>{0} partages supprimés</translation>
    </message>
    <message>
        <source>{0} stays as it is</source>
        <translation>{0} reste inchangé</translation>
    </message>
    <message>
        <source>{0} stay as they are</source>
        <translation>{0} restent inchangés</translation>
    </message>
    <message>
        <source>Executive posts: {0}, {1}, {2}.</source>
        <translation>Publications des dirigeants : {0}, {1}, {2}.</translation>
    </message>
    <message>
        <source>{0} added</source>
        <comment>one executive post</comment>
        <translation>{0} ajoutée</translation>
    </message>
    <message>
        <source>{0} added</source>
        <comment>executive posts</comment>
        <translation>{0} ajoutées</translation>
    </message>
    <message>
        <source>{0} moved</source>
        <comment>one executive post</comment>
        <translation>{0} déplacée</translation>
    </message>
    <message>
        <source>{0} moved</source>
        <comment>executive posts</comment>
        <translation>{0} déplacées</translation>
    </message>
    <message>
        <source>{0} removed</source>
        <comment>one executive post</comment>
        <translation>{0} supprimée</translation>
    </message>
    <message>
        <source>{0} removed</source>
        <comment>executive posts</comment>
        <translation>{0} supprimées</translation>
    </message>
    <message>
        <source> and {0} more</source>
        <comment>one person</comment>
        <translation> et {0} autre</translation>
    </message>
    <message>
        <source> and {0} more</source>
        <comment>people</comment>
        <translation> et {0} autres</translation>
    </message>
    <message>
        <source>Approvals of what changes will be needed again. Nothing is stored until you apply.</source>
        <translation>Ce qui change devra être approuvé à nouveau. Rien n’est enregistré tant que vous n’appliquez pas le plan.</translation>
    </message>
    <message>
        <source>{0} person was not planned for some posts; see why under “Not planned”.</source>
        <translation>{0} personne n’a pas été planifiée pour certaines publications ; voyez pourquoi sous « Non planifiés ».</translation>
    </message>
    <message>
        <source>{0} people were not planned for some posts; see why under “Not planned”.</source>
        <translation>{0} personnes n’ont pas été planifiées pour certaines publications ; voyez pourquoi sous « Non planifiés ».</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Fois</translation>
    </message>
    <message>
        <source>For example</source>
        <translation>Par exemple</translation>
    </message>
</context>
</TS>
