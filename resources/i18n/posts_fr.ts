<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>PostCheckListsDialog</name>
    <message>
        <source>Check lists</source>
        <translation>Listes de contrôle</translation>
    </message>
    <message>
        <source>Sensitive terms</source>
        <translation>Termes sensibles</translation>
    </message>
    <message>
        <source>Code names, unannounced projects and client names that must never appear in a post.</source>
        <translation>Noms de code, projets non annoncés et noms de clients qui ne doivent jamais apparaître dans une publication.</translation>
    </message>
    <message>
        <source>Approved facts</source>
        <translation>Faits approuvés</translation>
    </message>
    <message>
        <source>Sentences with figures cleared for publication; a figure found here is not flagged.</source>
        <translation>Phrases contenant des chiffres autorisés à la publication ; un chiffre présent ici n’est pas signalé.</translation>
    </message>
    <message>
        <source>Banned phrases</source>
        <translation>Formules proscrites</translation>
    </message>
    <message>
        <source>Phrases the executives never use (jargon, clichés).</source>
        <translation>Formules que les dirigeants n’emploient jamais (jargon, clichés).</translation>
    </message>
    <message>
        <source>Offensive terms</source>
        <translation>Termes offensants</translation>
    </message>
    <message>
        <source>Added to the shipped lists, in every language.</source>
        <translation>S’ajoutent aux listes fournies, dans toutes les langues.</translation>
    </message>
    <message>
        <source>Dictionary</source>
        <translation>Dictionnaire</translation>
    </message>
    <message>
        <source>Names, brands and code words the spell checker accepts.</source>
        <translation>Noms, marques et mots de code acceptés par le correcteur orthographique.</translation>
    </message>
    <message>
        <source>One entry per line.</source>
        <translation>Une entrée par ligne.</translation>
    </message>
</context>
<context>
    <name>PostComments</name>
    <message>
        <source>Add a comment for the team…</source>
        <translation>Ajouter un commentaire pour l’équipe…</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
</context>
<context>
    <name>PostEditor</name>
    <message>
        <source>Unsaved changes from {0} were recovered. Save to keep them.</source>
        <translation>Des modifications non enregistrées du {0} ont été récupérées. Enregistrez pour les conserver.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Contrôle en cours…</translation>
    </message>
    <message>
        <source>This post was approved; your edit sent it back to review.</source>
        <translation>Cette publication était approuvée ; votre modification l’a renvoyée en relecture.</translation>
    </message>
    <message>
        <source>Choose a post, or create a new one.</source>
        <translation>Choisissez une publication ou créez-en une nouvelle.</translation>
    </message>
    <message>
        <source>Locked: move it back to draft to change the text.</source>
        <translation>Verrouillée : repassez-la en brouillon pour modifier le texte.</translation>
    </message>
    <message>
        <source>Approved by {0} on {1}</source>
        <translation>Approuvée par {0} le {1}</translation>
    </message>
    <message>
        <source>signed off by the executive (relayed by {0})</source>
        <translation>validée par le dirigeant (transmis par {0})</translation>
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
        <source>No suggestions</source>
        <translation>Aucune suggestion</translation>
    </message>
    <message>
        <source>Add “{0}” to the dictionary</source>
        <translation>Ajouter « {0} » au dictionnaire</translation>
    </message>
    <message>
        <source>No faux pas found.</source>
        <translation>Aucun faux pas détecté.</translation>
    </message>
    <message>
        <source>Voice match: {0} / 100</source>
        <translation>Fidélité à la voix : {0} / 100</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Contrôles</translation>
    </message>
    <message>
        <source>Checks ({0})</source>
        <translation>Contrôles ({0})</translation>
    </message>
    <message>
        <source>Comments ({0})</source>
        <translation>Commentaires ({0})</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <source>Images ({0})</source>
        <translation>Images ({0})</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>Review copy: {title}</source>
        <translation>Copie de relecture : {title}</translation>
    </message>
    <message>
        <source>Networks: {networks}</source>
        <translation>Réseaux : {networks}</translation>
    </message>
    <message>
        <source>Version {number}, content fingerprint {hash}</source>
        <translation>Version {number}, empreinte du contenu {hash}</translation>
    </message>
    <message>
        <source>How the feed shows it (before “see more”)</source>
        <translation>Ce qu’affiche le fil (avant « voir plus »)</translation>
    </message>
    <message>
        <source>Open questions</source>
        <translation>Questions en suspens</translation>
    </message>
    <message>
        <source>Points to check</source>
        <translation>Points à vérifier</translation>
    </message>
    <message>
        <source>Your approval</source>
        <translation>Votre validation</translation>
    </message>
    <message>
        <source>Approved as written: ____________  Date: ________</source>
        <translation>Validé tel quel : ____________  Date : ________</translation>
    </message>
    <message>
        <source>Internal title</source>
        <translation>Titre interne</translation>
    </message>
    <message>
        <source>Internal notes (questions for the executive end with “?”; separate with “;”)</source>
        <translation>Notes internes (les questions pour le dirigeant finissent par « ? » ; séparez-les par « ; »)</translation>
    </message>
    <message>
        <source>Links to go with the post (separate with spaces)</source>
        <translation>Liens à joindre à la publication (séparés par des espaces)</translation>
    </message>
    <message>
        <source>Write the post in the executive&apos;s voice…</source>
        <translation>Rédigez la publication avec la voix du dirigeant…</translation>
    </message>
    <message>
        <source>Networks:</source>
        <translation>Réseaux :</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>Passer à</translation>
    </message>
    <message>
        <source>Executive sign-off…</source>
        <translation>Validation du dirigeant…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Import draft…</source>
        <translation>Importer un brouillon…</translation>
    </message>
    <message>
        <source>Review copy…</source>
        <translation>Copie de relecture…</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Historique…</translation>
    </message>
    <message>
        <source>Discard them</source>
        <translation>Les abandonner</translation>
    </message>
</context>
<context>
    <name>PostHistoryDialog</name>
    <message>
        <source>restored version {0}</source>
        <translation>version {0} restaurée</translation>
    </message>
    <message>
        <source>created</source>
        <translation>création</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>modification</translation>
    </message>
    <message>
        <source>image added</source>
        <translation>image ajoutée</translation>
    </message>
    <message>
        <source>The two versions have the same text.</source>
        <translation>Les deux versions ont le même texte.</translation>
    </message>
    <message>
        <source>Version history</source>
        <translation>Historique des versions</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>with</source>
        <translation>avec</translation>
    </message>
    <message>
        <source>Restore the left-hand version</source>
        <translation>Restaurer la version de gauche</translation>
    </message>
</context>
<context>
    <name>PostImages</name>
    <message>
        <source>Attach an image…</source>
        <translation>Joindre une image…</translation>
    </message>
</context>
<context>
    <name>PostLabels</name>
    <message>
        <source>Idea</source>
        <translation>Idée</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>En relecture</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvée</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Programmée</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publiée</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivée</translation>
    </message>
    <message>
        <source>Must fix</source>
        <translation>À corriger</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>À vérifier</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>English</source>
        <translation>anglais</translation>
    </message>
    <message>
        <source>French</source>
        <translation>français</translation>
    </message>
    <message>
        <source>German</source>
        <translation>allemand</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>espagnol</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>japonais</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>chinois</translation>
    </message>
    <message>
        <source>“{0}” marks confidential material</source>
        <translation>« {0} » signale un contenu confidentiel</translation>
    </message>
    <message>
        <source>Remove the passage, or have it cleared for publication first.</source>
        <translation>Supprimez ce passage ou faites-le d’abord autoriser pour publication.</translation>
    </message>
    <message>
        <source>“{0}” is one of the workspace&apos;s sensitive terms</source>
        <translation>« {0} » fait partie des termes sensibles de l’espace de travail</translation>
    </message>
    <message>
        <source>Code names and unannounced projects stay out of public posts.</source>
        <translation>Les noms de code et les projets non annoncés n’ont pas leur place dans une publication.</translation>
    </message>
    <message>
        <source>“{0}” is not in the approved facts</source>
        <translation>« {0} » ne figure pas dans les faits approuvés</translation>
    </message>
    <message>
        <source>Check the figure, add it to the approved facts, or remove it.</source>
        <translation>Vérifiez ce chiffre, ajoutez-le aux faits approuvés ou supprimez-le.</translation>
    </message>
    <message>
        <source>“{0}” is an e-mail address</source>
        <translation>« {0} » est une adresse e-mail</translation>
    </message>
    <message>
        <source>Do not publish personal contact details.</source>
        <translation>Ne publiez pas de coordonnées personnelles.</translation>
    </message>
    <message>
        <source>“{0}” looks like a phone number</source>
        <translation>« {0} » ressemble à un numéro de téléphone</translation>
    </message>
    <message>
        <source>Remove the number, or use the public switchboard.</source>
        <translation>Supprimez ce numéro ou indiquez le standard public.</translation>
    </message>
    <message>
        <source>“{0}” is a bank account number (IBAN)</source>
        <translation>« {0} » est un numéro de compte bancaire (IBAN)</translation>
    </message>
    <message>
        <source>Never publish bank details.</source>
        <translation>Ne publiez jamais de coordonnées bancaires.</translation>
    </message>
    <message>
        <source>“{0}” can offend</source>
        <translation>« {0} » peut choquer</translation>
    </message>
    <message>
        <source>Rephrase: a post in the executive&apos;s name must not insult anyone.</source>
        <translation>Reformulez : une publication au nom du dirigeant ne doit insulter personne.</translation>
    </message>
    <message>
        <source>“{0}” is an absolute claim</source>
        <translation>« {0} » est une affirmation absolue</translation>
    </message>
    <message>
        <source>Say what you can prove; absolute claims invite challenge.</source>
        <translation>Dites ce que vous pouvez prouver ; une affirmation absolue appelle la contestation.</translation>
    </message>
    <message>
        <source>Capitals read as shouting</source>
        <translation>Les majuscules donnent l’impression de crier</translation>
    </message>
    <message>
        <source>Write it in normal case.</source>
        <translation>Écrivez-le en minuscules.</translation>
    </message>
    <message>
        <source>Several exclamation marks in a row</source>
        <translation>Plusieurs points d’exclamation à la suite</translation>
    </message>
    <message>
        <source>One is enough in a professional post.</source>
        <translation>Un seul suffit dans une publication professionnelle.</translation>
    </message>
    <message>
        <source>“{0}” is a phrase this executive never uses</source>
        <translation>« {0} » est une formule que ce dirigeant n’emploie jamais</translation>
    </message>
    <message>
        <source>Rephrase in the executive&apos;s own words.</source>
        <translation>Reformulez avec les mots du dirigeant.</translation>
    </message>
    <message>
        <source>“{0}” is not a well-formed link</source>
        <translation>« {0} » n’est pas un lien valide</translation>
    </message>
    <message>
        <source>Check the address: it needs https:// and a full domain.</source>
        <translation>Vérifiez l’adresse : il faut https:// et un nom de domaine complet.</translation>
    </message>
    <message>
        <source>“{0}” points to an internal address</source>
        <translation>« {0} » pointe vers une adresse interne</translation>
    </message>
    <message>
        <source>Outside readers cannot open it; link to a public page.</source>
        <translation>Les lecteurs externes ne pourront pas l’ouvrir ; indiquez une page publique.</translation>
    </message>
    <message>
        <source>“{0}” is not secure (http)</source>
        <translation>« {0} » n’est pas sécurisé (http)</translation>
    </message>
    <message>
        <source>Use the https:// address.</source>
        <translation>Utilisez l’adresse en https://.</translation>
    </message>
    <message>
        <source>{count} hashtags; at most {limit} read well here</source>
        <translation>{count} hashtags ; au-delà de {limit}, la lecture en pâtit ici</translation>
    </message>
    <message>
        <source>Keep the ones that matter most.</source>
        <translation>Gardez les plus importants.</translation>
    </message>
    <message>
        <source>{count} mentions; at most {limit} read well here</source>
        <translation>{count} mentions ; au-delà de {limit}, la lecture en pâtit ici</translation>
    </message>
    <message>
        <source>A post cannot go from “{0}” to “{1}”.</source>
        <translation>Une publication ne peut pas passer de « {0} » à « {1} ».</translation>
    </message>
    <message>
        <source>This post has no approval of its current text. Send it to review and approve it first.</source>
        <translation>Le texte actuel de cette publication n’a pas été approuvé. Envoyez-la en relecture et faites-la approuver d’abord.</translation>
    </message>
    <message>
        <source>A published or archived post is not edited in place. Move it back to draft.</source>
        <translation>Une publication publiée ou archivée ne se modifie pas directement. Repassez-la d’abord en brouillon.</translation>
    </message>
    <message>
        <source>“{0}” is larger than {1} MB. Choose a smaller image.</source>
        <translation>« {0} » dépasse {1} Mo. Choisissez une image plus légère.</translation>
    </message>
    <message>
        <source>The file could not be read as a draft. Nothing was changed.</source>
        <translation>Ce fichier n’a pas pu être lu comme un brouillon. Rien n’a été modifié.</translation>
    </message>
</context>
<context>
    <name>PostPreview</name>
    <message>
        <source>Executive</source>
        <translation>Dirigeant</translation>
    </message>
    <message>
        <source>…see more</source>
        <translation>…voir plus</translation>
    </message>
    <message>
        <source>Nothing to show yet</source>
        <translation>Rien à afficher pour l’instant</translation>
    </message>
    <message>
        <source>The whole post shows in the feed.</source>
        <translation>Le fil affiche la publication en entier.</translation>
    </message>
    <message>
        <source>The feed folds after {0} characters; the hook must land before it.</source>
        <translation>Le fil coupe après {0} caractères : l’accroche doit tenir avant.</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Ordinateur</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
</context>
<context>
    <name>PostPrompts</name>
    <message>
        <source>By e-mail</source>
        <translation>Par e-mail</translation>
    </message>
    <message>
        <source>By chat message</source>
        <translation>Par messagerie</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En personne</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>Par téléphone</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Import a draft</source>
        <translation>Importer un brouillon</translation>
    </message>
    <message>
        <source>Drafts (*.docx *.txt *.md)</source>
        <translation>Brouillons (*.docx *.txt *.md)</translation>
    </message>
    <message>
        <source>Attach an image</source>
        <translation>Joindre une image</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.gif *.webp)</translation>
    </message>
    <message>
        <source>Save the executive review copy</source>
        <translation>Enregistrer la copie de relecture du dirigeant</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Documents Word (*.docx)</translation>
    </message>
    <message>
        <source>Record {0}&apos;s approval</source>
        <translation>Enregistrer la validation de {0}</translation>
    </message>
    <message>
        <source>e.g. “OK for Tuesday” in the e-mail of 12 March</source>
        <translation>p. ex. « OK pour mardi » dans l’e-mail du 12 mars</translation>
    </message>
    <message>
        <source>Relayed by</source>
        <translation>Transmis par</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Say who relayed the executive&apos;s approval.</source>
        <translation>Indiquez qui a transmis la validation du dirigeant.</translation>
    </message>
    <message>
        <source>Move to the trash</source>
        <translation>Mettre à la corbeille</translation>
    </message>
    <message>
        <source>Move “{0}” to the trash? You can restore it from there.</source>
        <translation>Mettre « {0} » à la corbeille ? Vous pourrez l’y restaurer.</translation>
    </message>
    <message>
        <source>No executive yet</source>
        <translation>Aucun dirigeant</translation>
    </message>
    <message>
        <source>A post is written in an executive&apos;s voice. Add an executive first.</source>
        <translation>Une publication s’écrit avec la voix d’un dirigeant. Ajoutez d’abord un dirigeant.</translation>
    </message>
</context>
<context>
    <name>PostTableModel</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Executive</source>
        <translation>Dirigeant</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Modifiée</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Extrait</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
</context>
<context>
    <name>PostsPage</name>
    <message>
        <source>All executives</source>
        <translation>Tous les dirigeants</translation>
    </message>
    <message>
        <source>Counting posts…</source>
        <translation>Décompte des publications…</translation>
    </message>
    <message>
        <source>Posts shown: {0}</source>
        <translation>Publications affichées : {0}</translation>
    </message>
    <message>
        <source>No posts yet. Write the first one with “New post”.</source>
        <translation>Aucune publication pour l’instant. Rédigez la première avec « Nouvelle publication ».</translation>
    </message>
    <message>
        <source>No post matches these filters.</source>
        <translation>Aucune publication ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>{0} · {1} · out of date</source>
        <translation>{0} · {1} · à mettre à jour</translation>
    </message>
    <message>
        <source>{0} · {1}</source>
        <translation>{0} · {1}</translation>
    </message>
    <message>
        <source>{0} variant in {1}. The master changed since it was adapted.</source>
        <translation>Variante {0} en {1}. La publication d’origine a changé depuis son adaptation.</translation>
    </message>
    <message>
        <source>{0} variant in {1}.</source>
        <translation>Variante {0} en {1}.</translation>
    </message>
    <message>
        <source>Market variants ({0})</source>
        <translation>Variantes par marché ({0})</translation>
    </message>
    <message>
        <source>Market variant ({0})</source>
        <translation>Variante par marché ({0})</translation>
    </message>
    <message>
        <source>No market variants yet.</source>
        <translation>Aucune variante par marché pour l’instant.</translation>
    </message>
    <message>
        <source>New post</source>
        <translation>Nouvelle publication</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Publications</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>Mettre à la corbeille</translation>
    </message>
    <message>
        <source>Check lists…</source>
        <translation>Listes de contrôle…</translation>
    </message>
    <message>
        <source>Open variant</source>
        <translation>Ouvrir la variante</translation>
    </message>
    <message>
        <source>Double-click a variant to open it in the Variants page.</source>
        <translation>Double-cliquez sur une variante pour l’ouvrir dans la page Variantes.</translation>
    </message>
    <message>
        <source>Search posts (title, text, hashtags)…</source>
        <translation>Rechercher (titre, texte, hashtags)…</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Toutes les langues</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Toutes les dates</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>12 derniers mois</translation>
    </message>
</context>
</TS>
