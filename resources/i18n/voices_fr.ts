<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>VoiceModels</name>
    <message>
        <source>samples: {0}</source>
        <translation>exemples : {0}</translation>
    </message>
    <message>
        <source>no samples yet</source>
        <translation>aucun exemple pour l’instant</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Publication</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>Caractères</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Typed</source>
        <translation>Saisi</translation>
    </message>
    <message>
        <source>Text file</source>
        <translation>Fichier texte</translation>
    </message>
    <message>
        <source>Word</source>
        <translation>Word</translation>
    </message>
    <message>
        <source>LinkedIn export</source>
        <translation>Export LinkedIn</translation>
    </message>
</context>
<context>
    <name>VoiceProfileForm</name>
    <message>
        <source>No photo</source>
        <translation>Pas de photo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>How they write</source>
        <translation>Manière d’écrire</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Glossaire</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Fonction :</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>Entreprise :</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>Langues :</translation>
    </message>
    <message>
        <source>Markets:</source>
        <translation>Marchés :</translation>
    </message>
    <message>
        <source>Content pillars:</source>
        <translation>Thèmes de prédilection :</translation>
    </message>
    <message>
        <source>Short bio:</source>
        <translation>Courte biographie :</translation>
    </message>
    <message>
        <source>Photo:</source>
        <translation>Photo :</translation>
    </message>
    <message>
        <source>e.g. fr, en</source>
        <translation>p. ex. fr, en</translation>
    </message>
    <message>
        <source>e.g. FR, US, DE</source>
        <translation>p. ex. FR, US, DE</translation>
    </message>
    <message>
        <source>topics, separated by commas</source>
        <translation>thèmes, séparés par des virgules</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Register ({0}):</source>
        <translation>Registre ({0}) :</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>Emoji:</source>
        <translation>Émojis :</translation>
    </message>
    <message>
        <source>Hashtags (at most):</source>
        <translation>Hashtags (au plus) :</translation>
    </message>
    <message>
        <source>Sign-off:</source>
        <translation>Signature :</translation>
    </message>
    <message>
        <source>Preferred terms:</source>
        <translation>Termes préférés :</translation>
    </message>
    <message>
        <source>Banned phrases:</source>
        <translation>Expressions proscrites :</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Sparingly</source>
        <translation>Avec parcimonie</translation>
    </message>
    <message>
        <source>Freely</source>
        <translation>Librement</translation>
    </message>
    <message>
        <source>at the end</source>
        <translation>à la fin</translation>
    </message>
    <message>
        <source>inside sentences</source>
        <translation>dans les phrases</translation>
    </message>
    <message>
        <source>anywhere</source>
        <translation>n’importe où</translation>
    </message>
    <message>
        <source>one per line</source>
        <translation>une par ligne</translation>
    </message>
    <message>
        <source>one per line, e.g. synergy</source>
        <translation>une par ligne, p. ex. synergie</translation>
    </message>
    <message>
        <source>e.g. — Claire</source>
        <translation>p. ex. — Claire</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Terme</translation>
    </message>
    <message>
        <source>Never translate</source>
        <translation>Ne jamais traduire</translation>
    </message>
    <message>
        <source>Add term</source>
        <translation>Ajouter un terme</translation>
    </message>
    <message>
        <source>Remove term</source>
        <translation>Retirer le terme</translation>
    </message>
</context>
<context>
    <name>VoiceProfileSummary</name>
    <message>
        <source>{0}:</source>
        <comment>a setting&apos;s name before its value</comment>
        <translation>{0} :</translation>
    </message>
    <message>
        <source>{0} / 10</source>
        <translation>{0} / 10</translation>
    </message>
    <message>
        <source>{0} term: {1}</source>
        <translation>{0} terme : {1}</translation>
    </message>
    <message>
        <source>{0} terms: {1}</source>
        <translation>{0} termes : {1}</translation>
    </message>
    <message>
        <source>No terms yet.</source>
        <translation>Aucun terme pour l’instant.</translation>
    </message>
    <message>
        <source>Edit profile…</source>
        <translation>Modifier le profil…</translation>
    </message>
</context>
<context>
    <name>VoicePrompts</name>
    <message>
        <source>New executive</source>
        <translation>Nouveau dirigeant</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Import sample posts</source>
        <translation>Importer des publications d’exemple</translation>
    </message>
    <message>
        <source>Posts (*.txt *.docx *.csv);;All files (*)</source>
        <translation>Publications (*.txt *.docx *.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>Choisir une photo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Move to the trash?</source>
        <translation>Mettre à la corbeille ?</translation>
    </message>
    <message>
        <source>Move {0} to the trash? The voice profile comes back if you restore it.</source>
        <translation>Mettre {0} à la corbeille ? Le profil de voix reviendra si vous le restaurez.</translation>
    </message>
    <message>
        <source>GhostDesk could not do that</source>
        <translation>GhostDesk n’a pas pu effectuer cette action</translation>
    </message>
</context>
<context>
    <name>VoiceSampleDialog</name>
    <message>
        <source>Sample post</source>
        <translation>Publication d’exemple</translation>
    </message>
    <message>
        <source>Paste a post the executive wrote…</source>
        <translation>Collez une publication écrite par le dirigeant…</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
</context>
<context>
    <name>VoiceTexts</name>
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
        <source>Italian</source>
        <translation>italien</translation>
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
        <source>Sentence length</source>
        <translation>Longueur des phrases</translation>
    </message>
    <message>
        <source>Paragraph length</source>
        <translation>Longueur des paragraphes</translation>
    </message>
    <message>
        <source>Post length</source>
        <translation>Longueur de la publication</translation>
    </message>
    <message>
        <source>One-line paragraphs</source>
        <translation>Paragraphes d’une ligne</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Exclamations</source>
        <translation>Exclamations</translation>
    </message>
    <message>
        <source>Emoji</source>
        <translation>Émojis</translation>
    </message>
    <message>
        <source>Hashtags</source>
        <translation>Hashtags</translation>
    </message>
    <message>
        <source>“I” rather than “we”</source>
        <translation>« je » plutôt que « nous »</translation>
    </message>
    <message>
        <source>Word choice</source>
        <translation>Choix des mots</translation>
    </message>
    <message>
        <source>Form of address</source>
        <translation>Forme d’adresse</translation>
    </message>
    <message>
        <source>Banned phrases</source>
        <translation>Expressions proscrites</translation>
    </message>
    <message>
        <source>Emoji policy</source>
        <translation>Règle sur les émojis</translation>
    </message>
    <message>
        <source>Number of hashtags</source>
        <translation>Nombre de hashtags</translation>
    </message>
    <message>
        <source>Hashtag position</source>
        <translation>Place des hashtags</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Glossaire</translation>
    </message>
    <message>
        <source>Split long sentences.</source>
        <translation>Coupez les phrases longues.</translation>
    </message>
    <message>
        <source>Write fuller sentences.</source>
        <translation>Étoffez les phrases.</translation>
    </message>
    <message>
        <source>Break paragraphs up with blank lines.</source>
        <translation>Aérez les paragraphes avec des lignes vides.</translation>
    </message>
    <message>
        <source>Group sentences into fuller paragraphs.</source>
        <translation>Regroupez les phrases en paragraphes plus fournis.</translation>
    </message>
    <message>
        <source>Cut: this voice writes shorter posts.</source>
        <translation>Raccourcissez : cette voix écrit des publications plus courtes.</translation>
    </message>
    <message>
        <source>Say more: this voice writes longer posts.</source>
        <translation>Développez : cette voix écrit des publications plus longues.</translation>
    </message>
    <message>
        <source>Use fewer one-line paragraphs.</source>
        <translation>Utilisez moins de paragraphes d’une ligne.</translation>
    </message>
    <message>
        <source>Use more one-line paragraphs.</source>
        <translation>Utilisez davantage de paragraphes d’une ligne.</translation>
    </message>
    <message>
        <source>Ask fewer questions.</source>
        <translation>Posez moins de questions.</translation>
    </message>
    <message>
        <source>Ask the reader something.</source>
        <translation>Posez une question au lecteur.</translation>
    </message>
    <message>
        <source>Drop some exclamation marks.</source>
        <translation>Supprimez quelques points d’exclamation.</translation>
    </message>
    <message>
        <source>This voice is more emphatic.</source>
        <translation>Cette voix est plus enthousiaste.</translation>
    </message>
    <message>
        <source>Remove emoji.</source>
        <translation>Retirez les émojis.</translation>
    </message>
    <message>
        <source>This voice uses emoji.</source>
        <translation>Cette voix utilise des émojis.</translation>
    </message>
    <message>
        <source>Remove hashtags.</source>
        <translation>Retirez des hashtags.</translation>
    </message>
    <message>
        <source>Add the usual hashtags.</source>
        <translation>Ajoutez les hashtags habituels.</translation>
    </message>
    <message>
        <source>{0}: as usual.</source>
        <translation>{0} : comme d’habitude.</translation>
    </message>
    <message>
        <source>Says “I” where this voice says “we” ({0} “I”, usually {1}).</source>
        <translation>Dit « je » là où cette voix dit « nous » ({0} de « je », d’habitude {1}).</translation>
    </message>
    <message>
        <source>Says “we” where this voice says “I” ({0} “I”, usually {1}).</source>
        <translation>Dit « nous » là où cette voix dit « je » ({0} de « je », d’habitude {1}).</translation>
    </message>
    <message>
        <source>Word choice is unlike the samples.</source>
        <translation>Le choix des mots diffère des exemples.</translation>
    </message>
    <message>
        <source>This voice often uses: {0}.</source>
        <translation>Cette voix emploie souvent : {0}.</translation>
    </message>
    <message>
        <source>The form of address differs from this voice ({0} formal, usually {1}).</source>
        <translation>La forme d’adresse diffère de cette voix ({0} de vouvoiement, d’habitude {1}).</translation>
    </message>
    <message>
        <source>Banned phrase: {0}.</source>
        <translation>Expression proscrite : {0}.</translation>
    </message>
    <message>
        <source>This voice never uses emoji.</source>
        <translation>Cette voix n’utilise jamais d’émojis.</translation>
    </message>
    <message>
        <source>{0} hashtag; this voice uses at most {1}.</source>
        <translation>{0} hashtag ; cette voix en utilise au plus {1}.</translation>
    </message>
    <message>
        <source>{0} hashtags; this voice uses at most {1}.</source>
        <translation>{0} hashtags ; cette voix en utilise au plus {1}.</translation>
    </message>
    <message>
        <source>Hashtags go at the end in this voice, not inside sentences.</source>
        <translation>Avec cette voix, les hashtags vont à la fin, pas dans les phrases.</translation>
    </message>
    <message>
        <source>Missing the sign-off “{0}”.</source>
        <translation>Il manque la signature « {0} ».</translation>
    </message>
    <message>
        <source>Keep these terms untranslated: {0}.</source>
        <translation>Ne traduisez pas ces termes : {0}.</translation>
    </message>
    <message>
        <source>{0}: {1} (usually {2}). {3}</source>
        <translation>{0} : {1} (d’habitude {2}). {3}</translation>
    </message>
    <message>
        <source>Profile created</source>
        <translation>Profil créé</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Bio</source>
        <translation>Biographie</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Markets</source>
        <translation>Marchés</translation>
    </message>
    <message>
        <source>Content pillars</source>
        <translation>Thèmes de prédilection</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Hashtags per post</source>
        <translation>Hashtags par publication</translation>
    </message>
    <message>
        <source>Preferred terms</source>
        <translation>Termes préférés</translation>
    </message>
    <message>
        <source>Register ({0})</source>
        <translation>Registre ({0})</translation>
    </message>
    <message>
        <source>Samples edited</source>
        <translation>Exemples modifiés</translation>
    </message>
    <message>
        <source>Samples ({0})</source>
        <translation>Exemples ({0})</translation>
    </message>
    <message>
        <source>Reserved ↔ bold</source>
        <translation>Réservé ↔ audacieux</translation>
    </message>
    <message>
        <source>Formal ↔ casual</source>
        <translation>Soutenu ↔ décontracté</translation>
    </message>
    <message>
        <source>Serious ↔ warm</source>
        <translation>Sérieux ↔ chaleureux</translation>
    </message>
    <message>
        <source>Photo changed</source>
        <translation>Photo modifiée</translation>
    </message>
    <message>
        <source>{0}: {1} → {2}</source>
        <translation>{0} : {1} → {2}</translation>
    </message>
    <message>
        <source>Nothing was imported. These rows could not be read:</source>
        <translation>Rien n’a été importé. Ces lignes n’ont pas pu être lues :</translation>
    </message>
    <message>
        <source>wrong number of fields (look for a stray comma or quote)</source>
        <translation>nombre de champs incorrect (cherchez une virgule ou un guillemet en trop)</translation>
    </message>
    <message>
        <source>a quote is opened and never closed</source>
        <translation>un guillemet est ouvert mais jamais fermé</translation>
    </message>
    <message>
        <source>the post is too long to be a sample</source>
        <translation>la publication est trop longue pour servir d’exemple</translation>
    </message>
    <message>
        <source>no ShareCommentary column: is this LinkedIn&apos;s Shares.csv?</source>
        <translation>pas de colonne ShareCommentary : s’agit-il bien du fichier Shares.csv de LinkedIn ?</translation>
    </message>
    <message>
        <source>Row {0}: {1}</source>
        <translation>Ligne {0} : {1}</translation>
    </message>
    <message>
        <source>Choose a .txt file, a Word .docx file or LinkedIn&apos;s Shares.csv.</source>
        <translation>Choisissez un fichier .txt, un fichier Word .docx ou le fichier Shares.csv de LinkedIn.</translation>
    </message>
    <message>
        <source>This Word file cannot be read. Save it again as .docx and retry.</source>
        <translation>Ce fichier Word est illisible. Enregistrez-le de nouveau au format .docx, puis réessayez.</translation>
    </message>
    <message>
        <source>This file is not readable text. Save it as UTF-8 and retry.</source>
        <translation>Ce fichier n’est pas du texte lisible. Enregistrez-le en UTF-8, puis réessayez.</translation>
    </message>
    <message>
        <source>This file cannot be read.</source>
        <translation>Ce fichier est illisible.</translation>
    </message>
    <message>
        <source>There are no samples in this language yet: add some to score texts in it.</source>
        <translation>Il n’y a pas encore d’exemples dans cette langue : ajoutez-en pour évaluer des textes dans celle-ci.</translation>
    </message>
    <message>
        <source>{1} has {0} post written in their name. Delete or reassign it first.</source>
        <translation>{1} a {0} publication écrite en son nom. Supprimez-la ou réattribuez-la d’abord.</translation>
    </message>
    <message>
        <source>{1} has {0} posts written in their name. Delete or reassign them first.</source>
        <translation>{1} a {0} publications écrites en son nom. Supprimez-les ou réattribuez-les d’abord.</translation>
    </message>
    <message>
        <source>Please check this field: {0}</source>
        <translation>Veuillez vérifier ce champ : {0}</translation>
    </message>
</context>
<context>
    <name>VoicesPage</name>
    <message>
        <source>Voices</source>
        <translation>Voix</translation>
    </message>
    <message>
        <source>profile version {0}</source>
        <translation>version {0} du profil</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Détecter</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Saved as version {0}</source>
        <translation>Enregistré en version {0}</translation>
    </message>
    <message>
        <source>Reading {0} file…</source>
        <translation>Lecture de {0} fichier…</translation>
    </message>
    <message>
        <source>Reading {0} files…</source>
        <translation>Lecture de {0} fichiers…</translation>
    </message>
    <message>
        <source>{0}, {1}.</source>
        <translation>{0}, {1}.</translation>
    </message>
    <message>
        <source>{0} sample imported</source>
        <translation>{0} exemple importé</translation>
    </message>
    <message>
        <source>{0} samples imported</source>
        <translation>{0} exemples importés</translation>
    </message>
    <message>
        <source>{0} already there</source>
        <comment>one sample</comment>
        <translation>{0} déjà présent</translation>
    </message>
    <message>
        <source>{0} already there</source>
        <comment>samples</comment>
        <translation>{0} déjà présents</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Rien n’a été importé.</translation>
    </message>
    <message>
        <source>Add sample posts to see how this executive writes.</source>
        <translation>Ajoutez des publications d’exemple pour voir comment ce dirigeant écrit.</translation>
    </message>
    <message>
        <source>characters</source>
        <translation>caractères</translation>
    </message>
    <message>
        <source>words</source>
        <translation>mots</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Exemples</translation>
    </message>
    <message>
        <source>Sentence length</source>
        <translation>Longueur des phrases</translation>
    </message>
    <message>
        <source>{0} {1} (± {2})</source>
        <translation>{0} {1} (± {2})</translation>
    </message>
    <message>
        <source>Paragraph length</source>
        <translation>Longueur des paragraphes</translation>
    </message>
    <message>
        <source>{0} sentence (± {1})</source>
        <translation>{0} phrase (± {1})</translation>
    </message>
    <message>
        <source>{0} sentences (± {1})</source>
        <translation>{0} phrases (± {1})</translation>
    </message>
    <message>
        <source>Post length</source>
        <translation>Longueur des publications</translation>
    </message>
    <message>
        <source>{0} character (± {1})</source>
        <translation>{0} caractère (± {1})</translation>
    </message>
    <message>
        <source>{0} characters (± {1})</source>
        <translation>{0} caractères (± {1})</translation>
    </message>
    <message>
        <source>Emoji per post</source>
        <translation>Émojis par publication</translation>
    </message>
    <message>
        <source>Hashtags per post</source>
        <translation>Hashtags par publication</translation>
    </message>
    <message>
        <source>Habits (share)</source>
        <translation>Habitudes (proportion)</translation>
    </message>
    <message>
        <source>“I” rather than “we”</source>
        <translation>« je » plutôt que « nous »</translation>
    </message>
    <message>
        <source>One-line paragraphs</source>
        <translation>Paragraphes d’une ligne</translation>
    </message>
    <message>
        <source>Sentences that ask</source>
        <translation>Phrases interrogatives</translation>
    </message>
    <message>
        <source>Sentences that exclaim</source>
        <translation>Phrases exclamatives</translation>
    </message>
    <message>
        <source>Formal address</source>
        <translation>Vouvoiement</translation>
    </message>
    <message>
        <source>Hashtags at the end</source>
        <translation>Hashtags à la fin</translation>
    </message>
    <message>
        <source>&lt;b&gt;Signature words:&lt;/b&gt; {0}</source>
        <translation>&lt;b&gt;Mots signature :&lt;/b&gt; {0}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Typical openings:&lt;/b&gt; {0}</source>
        <translation>&lt;b&gt;Débuts habituels :&lt;/b&gt; {0}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Typical closings:&lt;/b&gt; {0}</source>
        <translation>&lt;b&gt;Fins habituelles :&lt;/b&gt; {0}</translation>
    </message>
    <message>
        <source>Type or paste a draft to see how close it is to this voice.</source>
        <translation>Saisissez ou collez un brouillon pour voir à quel point il est proche de cette voix.</translation>
    </message>
    <message>
        <source>out of 100, against the samples in {0}</source>
        <translation>sur 100, par rapport aux exemples en {0}</translation>
    </message>
    <message>
        <source>Nothing to change: this reads like them.</source>
        <translation>Rien à changer : on les reconnaît bien.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>New executive…</source>
        <translation>Nouveau dirigeant…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <source>Try a text</source>
        <translation>Essayer un texte</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Annuler les modifications</translation>
    </message>
    <message>
        <source>Add a post…</source>
        <translation>Ajouter une publication…</translation>
    </message>
    <message>
        <source>Version {0} — {1} — {2}
{3}</source>
        <translation>Version {0} — {1} — {2}
{3}</translation>
    </message>
    <message>
        <source>Import file…</source>
        <translation>Importer un fichier…</translation>
    </message>
    <message>
        <source>Delete post</source>
        <translation>Supprimer la publication</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
    <message>
        <source>Type or paste a draft here…</source>
        <translation>Saisissez ou collez un brouillon ici…</translation>
    </message>
    <message>
        <source>No executive yet. Add one with “New executive…”, then paste or import posts they wrote.</source>
        <translation>Aucun dirigeant pour l’instant. Ajoutez-en un avec « Nouveau dirigeant… », puis collez ou importez des publications qu’il a écrites.</translation>
    </message>
</context>
</TS>
