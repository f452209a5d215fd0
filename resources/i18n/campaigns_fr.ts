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
        <translation>Validation</translation>
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
        <source>New campaign…</source>
        <translation>Nouvelle campagne…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Plan again</source>
        <translation>Replanifier</translation>
    </message>
    <message>
        <source>Plan the shares again from the roster, the variants and the markets</source>
        <translation>Replanifier les partages à partir de la liste des ambassadeurs, des variantes et des marchés</translation>
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
        <source>Approve</source>
        <translation>Valider</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Refuser…</translation>
    </message>
    <message>
        <source>Approve whole campaign</source>
        <translation>Valider toute la campagne</translation>
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
        <translation>Toutes les validations</translation>
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
        <source>{0} posts, {1} shares</source>
        <translation>{0} publications, {1} partages</translation>
    </message>
    <message>
        <source>, {0} conflicts</source>
        <translation>, {0} conflits</translation>
    </message>
    <message>
        <source>Select a post or a share to see it here. Drag a share in the week view to move it; the move is checked against the planner&apos;s rules.</source>
        <translation>Sélectionnez une publication ou un partage pour l&apos;afficher ici. Dans la vue semaine, faites glisser un partage pour le déplacer ; le déplacement est vérifié selon les règles du planificateur.</translation>
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
        <translation>Validation : {0}</translation>
    </message>
    <message>
        <source>The content changed since it was approved; it needs a new approval.</source>
        <translation>Le contenu a changé depuis sa validation ; il doit être validé de nouveau.</translation>
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
        <translation>&lt;i&gt;Valider un partage valide tout le plan des vagues.&lt;/i&gt;</translation>
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
        <translation>Validé</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Changed since approval</source>
        <translation>Modifié depuis la validation</translation>
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
        <source>{0} shares the same post {1} minutes apart (keep {2}).</source>
        <translation>{0} partage la même publication à {1} minutes d&apos;écart (gardez {2} minutes).</translation>
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
        <source>+{0} posts</source>
        <translation>+{0} publications</translation>
    </message>
</context>
<context>
    <name>CampaignEditor</name>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
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
        <source>Objective</source>
        <translation>Objectif</translation>
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
        <source>Starts</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Markets</source>
        <translation>Marchés</translation>
    </message>
    <message>
        <source>Whom ambassadors ask</source>
        <translation>À qui les ambassadeurs s&apos;adressent</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
</context>
</TS>
