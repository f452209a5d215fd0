<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>VariantEditor</name>
    <message>
        <source>{network} is not available in this market</source>
        <translation>{network} n&apos;est pas disponible sur ce marché</translation>
    </message>
    <message>
        <source>Pick one of the market&apos;s own networks.</source>
        <translation>Choisissez l&apos;un des réseaux de ce marché.</translation>
    </message>
    <message>
        <source>{used} characters as {network} counts them; the limit is {limit}</source>
        <translation>{used} caractères selon le décompte de {network} ; la limite est de {limit}</translation>
    </message>
    <message>
        <source>Shorten the text for this network, or leave the network out.</source>
        <translation>Raccourcissez le texte pour ce réseau, ou retirez ce réseau.</translation>
    </message>
    <message>
        <source>“{word}” breaks the market&apos;s register ({address})</source>
        <translation>« {word} » rompt le registre attendu sur ce marché ({address})</translation>
    </message>
    <message>
        <source>Keep the market&apos;s form of address from start to finish.</source>
        <translation>Gardez la forme d&apos;adresse du marché du début à la fin.</translation>
    </message>
    <message>
        <source>“{text}” is written in another market&apos;s date order</source>
        <translation>« {text} » suit l&apos;ordre des dates d&apos;un autre marché</translation>
    </message>
    <message>
        <source>Write the month in words, or use the market&apos;s order.</source>
        <translation>Écrivez le mois en toutes lettres, ou suivez l&apos;ordre du marché.</translation>
    </message>
    <message>
        <source>“{text}” will be read in this market&apos;s date order</source>
        <translation>« {text} » sera lu dans l&apos;ordre des dates de ce marché</translation>
    </message>
    <message>
        <source>Make sure that is the date you mean, or write the month in words.</source>
        <translation>Vérifiez que c&apos;est bien la date voulue, ou écrivez le mois en toutes lettres.</translation>
    </message>
    <message>
        <source>“{text}” uses another market&apos;s decimal and grouping signs</source>
        <translation>« {text} » emploie les séparateurs décimaux et de milliers d&apos;un autre marché</translation>
    </message>
    <message>
        <source>Write the number the local way.</source>
        <translation>Écrivez le nombre à la manière locale.</translation>
    </message>
    <message>
        <source>An amount in {currency}; readers here count in {market_currency}</source>
        <translation>Un montant en {currency} ; ici, les lecteurs comptent en {market_currency}</translation>
    </message>
    <message>
        <source>Give the amount in the local currency too, or say which it is.</source>
        <translation>Donnez aussi le montant en monnaie locale, ou précisez la devise.</translation>
    </message>
    <message>
        <source>No disclosure of the link to the company</source>
        <translation>Le lien avec l&apos;entreprise n&apos;est pas signalé</translation>
    </message>
    <message>
        <source>Add the market&apos;s disclosure label.</source>
        <translation>Ajoutez la mention de transparence du marché.</translation>
    </message>
    <message>
        <source>“{label}” is not a disclosure wording used in this market</source>
        <translation>« {label} » n&apos;est pas une mention de transparence utilisée sur ce marché</translation>
    </message>
    <message>
        <source>Use the market&apos;s default label or another accepted wording.</source>
        <translation>Utilisez la mention par défaut du marché ou une autre formulation admise.</translation>
    </message>
    <message>
        <source>“{term}” is never translated, but it is missing here</source>
        <translation>« {term} » ne se traduit jamais, mais il manque ici</translation>
    </message>
    <message>
        <source>Keep the term exactly as the master writes it.</source>
        <translation>Gardez le terme exactement tel qu&apos;il figure dans le texte source.</translation>
    </message>
    <message>
        <source>“{term}” should be rendered “{rendering}”</source>
        <translation>« {term} » doit se rendre par « {rendering} »</translation>
    </message>
    <message>
        <source>Use the executive&apos;s agreed rendering.</source>
        <translation>Employez la traduction convenue avec le dirigeant.</translation>
    </message>
    <message>
        <source>#{tag} is still the master&apos;s hashtag</source>
        <translation>#{tag} est encore le hashtag du texte source</translation>
    </message>
    <message>
        <source>Use the hashtag people follow in this market, unless it is a brand.</source>
        <translation>Employez le hashtag suivi sur ce marché, sauf s&apos;il s&apos;agit d&apos;une marque.</translation>
    </message>
    <message>
        <source>{date} is a public holiday here: {holiday}</source>
        <translation>Le {date} est férié ici : {holiday}</translation>
    </message>
    <message>
        <source>Few people read work posts on a public holiday; pick a working day.</source>
        <translation>Peu de gens lisent des publications professionnelles un jour férié ; choisissez un jour ouvré.</translation>
    </message>
    <message>
        <source>This is still the master&apos;s text, copied as a starting point</source>
        <translation>C&apos;est encore le texte source, copié comme point de départ</translation>
    </message>
    <message>
        <source>Adapt it for the market: language, register, examples, dates, hashtags.</source>
        <translation>Adaptez-le au marché : langue, registre, exemples, dates, hashtags.</translation>
    </message>
    <message>
        <source>A published or archived variant is not edited in place. Move it back to draft.</source>
        <translation>Une variante publiée ou archivée ne se modifie pas telle quelle. Repassez-la d&apos;abord en brouillon.</translation>
    </message>
    <message>
        <source>This variant has no approval of its current text. Send it to review first.</source>
        <translation>Le texte actuel de cette variante n&apos;a pas été approuvé. Envoyez-la d&apos;abord en relecture.</translation>
    </message>
    <message>
        <source>This post already has a variant for that market.</source>
        <translation>Cette publication a déjà une variante pour ce marché.</translation>
    </message>
    <message>
        <source>Check the field “{0}”.</source>
        <translation>Vérifiez le champ « {0} ».</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>The master changed since version {0} (now version {1}). Its changes are shown below it.</source>
        <translation>Le texte source a changé depuis la version {0} (version {1} à présent). Ses modifications s&apos;affichent en dessous.</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0} : {1}</translation>
    </message>
    <message>
        <source>{0}: {1} / {2}</source>
        <translation>{0} : {1} / {2}</translation>
    </message>
    <message>
        <source>Nothing reads wrong in this market.</source>
        <translation>Rien ne détonne sur ce marché.</translation>
    </message>
    <message>
        <source>Approved by {0}</source>
        <translation>Approuvée par {0}</translation>
    </message>
    <message>
        <source>Local reviewer: {0}</source>
        <translation>Relecteur local : {0}</translation>
    </message>
    <message>
        <source>{0} — {1} ({2})</source>
        <translation>{0} — {1} ({2})</translation>
    </message>
    <message>
        <source>Master, {0} (version {1})</source>
        <translation>Texte source, {0} (version {1})</translation>
    </message>
    <message>
        <source>Findings ({0})</source>
        <translation>Alertes ({0})</translation>
    </message>
    <message>
        <source>← All variants</source>
        <translation>← Toutes les variantes</translation>
    </message>
    <message>
        <source>Mark as up to date</source>
        <translation>Marquer comme à jour</translation>
    </message>
    <message>
        <source>Save, and record that this variant now follows the current master</source>
        <translation>Enregistrer, en notant que cette variante suit désormais le texte source actuel</translation>
    </message>
    <message>
        <source>Variant for the market</source>
        <translation>Variante pour le marché</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Réseaux</translation>
    </message>
    <message>
        <source>Hashtags</source>
        <translation>Hashtags</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Disclosure</source>
        <translation>Mention de transparence</translation>
    </message>
    <message>
        <source>Local reviewer</source>
        <translation>Relecteur local</translation>
    </message>
    <message>
        <source>Planned date</source>
        <translation>Date prévue</translation>
    </message>
    <message>
        <source>Market checklist</source>
        <translation>Points à vérifier pour le marché</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Adapt with the assistant…</source>
        <translation>Adapter avec l&apos;assistant…</translation>
    </message>
    <message>
        <source>Ask the writing assistant for a proposal from the master; you review it before it is used</source>
        <translation>Demander à l&apos;assistant de rédaction une proposition à partir du texte source ; vous la relisez avant qu&apos;elle ne soit utilisée</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Send to review</source>
        <translation>Envoyer en relecture</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Alertes</translation>
    </message>
</context>
<context>
    <name>VariantMatrix</name>
    <message>
        <source>No {0} variant yet. Double-click to write one.</source>
        <translation>Pas encore de variante {0}. Double-cliquez pour en rédiger une.</translation>
    </message>
    <message>
        <source>{0} variant: {1}</source>
        <translation>Variante {0} : {1}</translation>
    </message>
    <message>
        <source>The master changed since this variant was adapted.</source>
        <translation>Le texte source a changé depuis l&apos;adaptation de cette variante.</translation>
    </message>
    <message>
        <source>Checking this variant…</source>
        <translation>Vérification de cette variante en cours…</translation>
    </message>
    <message>
        <source>{0} finding to fix</source>
        <translation>{0} alerte à corriger</translation>
    </message>
    <message>
        <source>{0} findings to fix</source>
        <translation>{0} alertes à corriger</translation>
    </message>
    <message>
        <source>{0} finding to check</source>
        <translation>{0} alerte à vérifier</translation>
    </message>
    <message>
        <source>{0} findings to check</source>
        <translation>{0} alertes à vérifier</translation>
    </message>
    <message>
        <source>Approved as it stands.</source>
        <translation>Approuvée en l&apos;état.</translation>
    </message>
    <message>
        <source>Master post, {0}</source>
        <translation>Publication source, {0}</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Publication</translation>
    </message>
</context>
<context>
    <name>VariantsPage</name>
    <message>
        <source>Variants</source>
        <translation>Variantes</translation>
    </message>
    <message>
        <source>Each post, adapted for each market: not a translation but a text written for its readers, network, register and calendar. Double-click a cell to open the variant beside its master.</source>
        <translation>Chaque publication, adaptée à chaque marché : non pas une traduction, mais un texte écrit pour ses lecteurs, son réseau, son registre et son calendrier. Double-cliquez sur une case pour ouvrir la variante à côté de son texte source.</translation>
    </message>
    <message>
        <source>No posts yet. Write one on the Posts page: it appears here as a row, and a double-click in a market&apos;s column adapts it for that market.</source>
        <translation>Aucune publication pour l’instant. Rédigez-en une dans la page Publications : elle apparaît ici sur une ligne, et un double-clic dans la colonne d’un marché l’adapte pour ce marché.</translation>
    </message>
    <message>
        <source>{0} the master changed since   {1} findings to fix   {2} findings to check   — no variant yet</source>
        <translation>{0} le texte source a changé   {1} alertes à corriger   {2} alertes à vérifier   — pas encore de variante</translation>
    </message>
</context>
</TS>
