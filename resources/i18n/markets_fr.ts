<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>MarketAddDialog</name>
    <message>
        <source>Add a market</source>
        <translation>Ajouter un marché</translation>
    </message>
    <message>
        <source>e.g. BR</source>
        <translation>par ex. BR</translation>
    </message>
    <message>
        <source>e.g. Brazil</source>
        <translation>par ex. Brésil</translation>
    </message>
    <message>
        <source>The new market starts as a copy; then override its fields to fit it.</source>
        <translation>Le nouveau marché part d&apos;une copie ; adaptez ensuite ses champs pour qu&apos;il lui corresponde.</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Code :</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Copy of:</source>
        <translation>Copie de :</translation>
    </message>
</context>
<context>
    <name>MarketFieldDialog</name>
    <message>
        <source>Override a field of {0}</source>
        <translation>Modifier un champ de {0}</translation>
    </message>
    <message>
        <source>Restore the default</source>
        <translation>Rétablir la valeur par défaut</translation>
    </message>
    <message>
        <source>Field:</source>
        <translation>Champ :</translation>
    </message>
    <message>
        <source>Plain text.</source>
        <translation>Texte simple.</translation>
    </message>
    <message>
        <source>One item per line.</source>
        <translation>Un élément par ligne.</translation>
    </message>
    <message>
        <source>JSON, in the same shape as shown. Keep the quotes and brackets.</source>
        <translation>JSON, sous la même forme que ci-dessus. Conservez les guillemets et les crochets.</translation>
    </message>
    <message>
        <source>This is not valid JSON: {0}</source>
        <translation>Ce n&apos;est pas du JSON valide : {0}</translation>
    </message>
</context>
<context>
    <name>MarketFields</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Locale (formats)</source>
        <translation>Paramètres régionaux (formats)</translation>
    </message>
    <message>
        <source>Time zones</source>
        <translation>Fuseaux horaires</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Réseaux</translation>
    </message>
    <message>
        <source>Network limits</source>
        <translation>Limites des réseaux</translation>
    </message>
    <message>
        <source>Networks not available</source>
        <translation>Réseaux non disponibles</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Registre</translation>
    </message>
    <message>
        <source>Disclosure</source>
        <translation>Mention du lien avec l&apos;entreprise</translation>
    </message>
    <message>
        <source>Posting windows</source>
        <translation>Créneaux de publication</translation>
    </message>
    <message>
        <source>Weekend days</source>
        <translation>Jours de week-end</translation>
    </message>
    <message>
        <source>Holiday calendar (country)</source>
        <translation>Calendrier des jours fériés (pays)</translation>
    </message>
    <message>
        <source>Holiday calendar (region)</source>
        <translation>Calendrier des jours fériés (région)</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Date pattern</source>
        <translation>Format de date</translation>
    </message>
    <message>
        <source>Per-person analytics need agreement</source>
        <translation>Statistiques individuelles soumises à accord</translation>
    </message>
    <message>
        <source>Cultural checklist</source>
        <translation>Points d&apos;attention culturels</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
</context>
<context>
    <name>MarketListModel</name>
    <message>
        <source>Overridden here: {0}</source>
        <translation>Modifié ici : {0}</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Fourni</translation>
    </message>
    <message>
        <source>{0}, {1} overridden</source>
        <translation>{0}, {1} modifié(s)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Marché</translation>
    </message>
    <message>
        <source>Locale</source>
        <translation>Code régional</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Réseaux</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
</context>
<context>
    <name>MarketNames</name>
    <message>
        <source>China</source>
        <translation>Chine</translation>
    </message>
    <message>
        <source>France</source>
        <translation>France</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Allemagne</translation>
    </message>
    <message>
        <source>Japan</source>
        <translation>Japon</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>Espagne</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Royaume-Uni</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>États-Unis</translation>
    </message>
</context>
<context>
    <name>MarketProfileView</name>
    <message>
        <source>overridden here</source>
        <translation>modifié ici</translation>
    </message>
    <message>
        <source>This section could not be prepared: {0}</source>
        <translation>Cette section n’a pas pu être préparée : {0}</translation>
    </message>
    <message>
        <source>Added in this workspace</source>
        <translation>Ajouté dans cet espace de travail</translation>
    </message>
    <message>
        <source>Shipped with GhostDesk</source>
        <translation>Fourni avec GhostDesk</translation>
    </message>
    <message>
        <source>Language and time</source>
        <translation>Langue et heure</translation>
    </message>
    <message>
        <source>Language: {0} · locale {1}</source>
        <translation>Langue : {0} · paramètres régionaux {1}</translation>
    </message>
    <message>
        <source>Time zones: {0}</source>
        <translation>Fuseaux horaires : {0}</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>{0} weighted characters</source>
        <translation>{0} caractères pondérés</translation>
    </message>
    <message>
        <source>{0} weighted character</source>
        <translation>{0} caractère pondéré</translation>
    </message>
    <message>
        <source>{0} characters</source>
        <translation>{0} caractères</translation>
    </message>
    <message>
        <source>Post limit: {0}</source>
        <translation>Limite par publication : {0}</translation>
    </message>
    <message>
        <source>Fold (desktop / mobile): {0}</source>
        <translation>Coupure « voir plus » (ordinateur / mobile) : {0}</translation>
    </message>
    <message>
        <source>Words that betray the wrong register: {0}</source>
        <translation>Mots qui trahissent un mauvais registre : {0}</translation>
    </message>
    <message>
        <source>Default label: {0}</source>
        <translation>Mention par défaut : {0}</translation>
    </message>
    <message>
        <source>Also accepted: {0}</source>
        <translation>Également acceptées : {0}</translation>
    </message>
    <message>
        <source>A hint, not legal advice: check with your legal team.</source>
        <translation>Une indication, pas un avis juridique : vérifiez auprès de votre service juridique.</translation>
    </message>
    <message>
        <source>Local time, working days: {0}</source>
        <translation>Heure locale, jours ouvrés : {0}</translation>
    </message>
    <message>
        <source>Weekend: {0}</source>
        <translation>Week-end : {0}</translation>
    </message>
    <message>
        <source>Next window: {0} ({1})</source>
        <translation>Prochain créneau : {0} ({1})</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>{0} character</source>
        <translation>{0} caractère</translation>
    </message>
    <message>
        <source>{0} · unverified</source>
        <translation>{0} · non vérifiée</translation>
    </message>
    <message>
        <source>Public holidays in the coming months</source>
        <translation>Jours fériés des prochains mois</translation>
    </message>
    <message>
        <source>None known.</source>
        <translation>Aucun connu.</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>Formats</translation>
    </message>
    <message>
        <source>Date: {0} ({1})</source>
        <translation>Date : {0} ({1})</translation>
    </message>
    <message>
        <source>Number: {0}</source>
        <translation>Nombre : {0}</translation>
    </message>
    <message>
        <source>Money: {0}</source>
        <translation>Montant : {0}</translation>
    </message>
    <message>
        <source>Works council</source>
        <translation>Comité d&apos;entreprise (Betriebsrat)</translation>
    </message>
    <message>
        <source>Tools that measure individual employees (analytics, leaderboards) need the works council&apos;s agreement.</source>
        <translation>Les outils qui mesurent l&apos;activité de chaque salarié (statistiques individuelles, classements) exigent l&apos;accord du comité d&apos;entreprise.</translation>
    </message>
</context>
<context>
    <name>MarketPrompts</name>
    <message>
        <source>Restore the defaults</source>
        <translation>Rétablir les valeurs par défaut</translation>
    </message>
    <message>
        <source>Drop every override of {0} in this workspace?</source>
        <translation>Supprimer toutes les modifications de {0} dans cet espace de travail ?</translation>
    </message>
    <message>
        <source>Remove the market</source>
        <translation>Supprimer le marché</translation>
    </message>
    <message>
        <source>Move {0} and its overrides to the trash?</source>
        <translation>Mettre {0} et ses modifications à la corbeille ?</translation>
    </message>
    <message>
        <source>Markets</source>
        <translation>Marchés</translation>
    </message>
    <message>
        <source>{0} cannot take that value: {1}.</source>
        <translation>{0} ne peut pas prendre cette valeur : {1}.</translation>
    </message>
    <message>
        <source>A market with the code {0} already exists.</source>
        <translation>Un marché avec le code {0} existe déjà.</translation>
    </message>
    <message>
        <source>Markets have no field “{0}”.</source>
        <translation>Les marchés n&apos;ont pas de champ « {0} ».</translation>
    </message>
    <message>
        <source>{0} ships with GhostDesk and cannot be removed.</source>
        <translation>{0} est fourni avec GhostDesk et ne peut pas être supprimé.</translation>
    </message>
    <message>
        <source>{1} still has {0} variant. Move it to the trash first, then remove the market.</source>
        <translation>{1} a encore {0} variante. Placez-la d’abord dans la corbeille, puis retirez le marché.</translation>
    </message>
    <message>
        <source>{1} still has {0} variants. Move them to the trash first, then remove the market.</source>
        <translation>{1} a encore {0} variantes. Placez-les d’abord dans la corbeille, puis retirez le marché.</translation>
    </message>
    <message>
        <source>There is no market {0}.</source>
        <translation>Le marché {0} n&apos;existe pas.</translation>
    </message>
</context>
<context>
    <name>MarketsPage</name>
    <message>
        <source>Markets shipped with GhostDesk stay; change their fields instead.</source>
        <translation>Les marchés fournis avec GhostDesk ne se suppriment pas ; modifiez plutôt leurs champs.</translation>
    </message>
    <message>
        <source>Nothing in this market differs from its defaults.</source>
        <translation>Rien dans ce marché ne diffère des valeurs par défaut.</translation>
    </message>
    <message>
        <source>Markets</source>
        <translation>Marchés</translation>
    </message>
    <message>
        <source>What each country expects: its networks and their limits, register, disclosure, good times to post, public holidays and formats. Override any field for this workspace, or add a market.</source>
        <translation>Ce que chaque pays attend : ses réseaux et leurs limites, le registre, la mention du lien avec l&apos;entreprise, les bons moments pour publier, les jours fériés et les formats. Modifiez n&apos;importe quel champ pour cet espace de travail, ou ajoutez un marché.</translation>
    </message>
    <message>
        <source>Add a market…</source>
        <translation>Ajouter un marché…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Override a field…</source>
        <translation>Modifier un champ…</translation>
    </message>
    <message>
        <source>Restore the defaults</source>
        <translation>Rétablir les valeurs par défaut</translation>
    </message>
</context>
</TS>
