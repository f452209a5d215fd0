<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AdaptRunner</name>
    <message>
        <source>Variant for {0}</source>
        <translation>Variante pour {0}</translation>
    </message>
    <message>
        <source>Adapting for {0}…</source>
        <translation>Adaptation pour {0}…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Adapt to market</source>
        <translation>Adapter au marché</translation>
    </message>
</context>
<context>
    <name>AssistBusyBar</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>AssistDialog</name>
    <message>
        <source>Writing assistants</source>
        <translation>Assistants de rédaction</translation>
    </message>
    <message>
        <source>This system has no keyring, so API keys are kept only until GhostDesk closes. They are never written to disk; you will enter them again next time.</source>
        <translation>Ce système n’a pas de trousseau : les clés d’API ne sont conservées que jusqu’à la fermeture de GhostDesk. Elles ne sont jamais écrites sur le disque ; vous les saisirez de nouveau la prochaine fois.</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Sent log</source>
        <translation>Journal des envois</translation>
    </message>
    <message>
        <source>Add a chat service</source>
        <translation>Ajouter un service de chat</translation>
    </message>
    <message>
        <source>Add DeepL</source>
        <translation>Ajouter DeepL</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type :</translation>
    </message>
    <message>
        <source>Base URL:</source>
        <translation>URL de base :</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modèle :</translation>
    </message>
    <message>
        <source>DeepL plan:</source>
        <translation>Offre DeepL :</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>Clé d’API :</translation>
    </message>
    <message>
        <source>Timeouts:</source>
        <translation>Délais :</translation>
    </message>
    <message>
        <source>CA bundle:</source>
        <translation>Certificats d’AC :</translation>
    </message>
    <message>
        <source>Never translate:</source>
        <translation>Ne jamais traduire :</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Gratuite</translation>
    </message>
    <message>
        <source>Pro</source>
        <translation>Pro</translation>
    </message>
    <message>
        <source>Forget key</source>
        <translation>Oublier la clé</translation>
    </message>
    <message>
        <source>connect (s)</source>
        <translation>connexion (s)</translation>
    </message>
    <message>
        <source>answer (s)</source>
        <translation>réponse (s)</translation>
    </message>
    <message>
        <source>Optional: your company&apos;s certificates (.pem)</source>
        <translation>Facultatif : les certificats de votre entreprise (.pem)</translation>
    </message>
    <message>
        <source>One term per line: brand and product names …</source>
        <translation>Un terme par ligne : noms de marque et de produits…</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Drafts may be sent to this service</source>
        <translation>Les brouillons peuvent être envoyés à ce service</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Every call to a writing assistant from this workspace: when, to which service, what for, how many characters and how it ended. Keys are never recorded.</source>
        <translation>Chaque appel à un assistant de rédaction depuis cet espace de travail : quand, vers quel service, dans quel but, combien de caractères et avec quel résultat. Les clés ne sont jamais enregistrées.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>No writing assistant yet. Add a chat service (a hosted one, or Ollama or LM Studio on this computer) or DeepL. GhostDesk works fully without them.</source>
        <translation>Aucun assistant de rédaction pour l’instant. Ajoutez un service de chat (hébergé, ou Ollama ou LM Studio sur cet ordinateur) ou DeepL. GhostDesk fonctionne pleinement sans eux.</translation>
    </message>
    <message>
        <source>Chat service</source>
        <translation>Service de chat</translation>
    </message>
    <message>
        <source>Fill in the service, then save.</source>
        <translation>Renseignez le service, puis enregistrez.</translation>
    </message>
    <message>
        <source>Leave empty for DeepL&apos;s own address</source>
        <translation>Laissez vide pour l’adresse officielle de DeepL</translation>
    </message>
    <message>
        <source>When allowed, the text you ask for help with is sent to {0}. Nothing is sent without this consent.</source>
        <translation>Une fois autorisé, le texte pour lequel vous demandez de l’aide est envoyé à {0}. Rien n’est envoyé sans ce consentement.</translation>
    </message>
    <message>
        <source>kept for this session only</source>
        <translation>conservée pour cette session uniquement</translation>
    </message>
    <message>
        <source>in the system keyring</source>
        <translation>dans le trousseau du système</translation>
    </message>
    <message>
        <source>A key is stored ({0}). Type a new one to replace it.</source>
        <translation>Une clé est enregistrée ({0}). Saisissez-en une nouvelle pour la remplacer.</translation>
    </message>
    <message>
        <source>No key stored yet.</source>
        <translation>Aucune clé enregistrée pour l’instant.</translation>
    </message>
    <message>
        <source>Paste the API key</source>
        <translation>Collez la clé d’API</translation>
    </message>
    <message>
        <source>A server on this computer usually needs no key.</source>
        <translation>Un serveur installé sur cet ordinateur n’a généralement pas besoin de clé.</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>Saved. The key is kept for this session only: this system has no keyring.</source>
        <translation>Enregistré. La clé n’est conservée que pour cette session : ce système n’a pas de trousseau.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>The key was forgotten.</source>
        <translation>La clé a été oubliée.</translation>
    </message>
    <message>
        <source>Removed.</source>
        <translation>Supprimé.</translation>
    </message>
    <message>
        <source>Testing the connection to {0}…</source>
        <translation>Test de la connexion à {0}…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Connection works: {0} answered in {1} ms ({2}).</source>
        <translation>La connexion fonctionne : {0} a répondu en {1} ms ({2}).</translation>
    </message>
    <message>
        <source>Connection works: {0} answered in {1} ms.</source>
        <translation>La connexion fonctionne : {0} a répondu en {1} ms.</translation>
    </message>
    <message>
        <source>The test failed unexpectedly: {0}</source>
        <translation>Le test a échoué de façon inattendue : {0}</translation>
    </message>
</context>
<context>
    <name>AssistMessages</name>
    <message>
        <source>{host} cannot be reached. Check your network connection and the address.</source>
        <translation>{host} est injoignable. Vérifiez votre connexion réseau et l’adresse.</translation>
    </message>
    <message>
        <source>Nothing answers at {host}. If it is a server on this computer (Ollama, LM Studio), start it first.</source>
        <translation>Rien ne répond à l’adresse {host}. S’il s’agit d’un serveur sur cet ordinateur (Ollama, LM Studio), démarrez-le d’abord.</translation>
    </message>
    <message>
        <source>{host} did not answer in time. Try again, or raise the read timeout.</source>
        <translation>{host} n’a pas répondu à temps. Réessayez, ou augmentez le délai de réponse.</translation>
    </message>
    <message>
        <source>The certificate of {host} is not trusted. If your company inspects traffic, set its CA bundle.</source>
        <translation>Le certificat de {host} n’est pas reconnu. Si votre entreprise inspecte le trafic, indiquez ses certificats d’AC.</translation>
    </message>
    <message>
        <source>The service refused the API key. Enter a new key and save it.</source>
        <translation>Le service a refusé la clé d’API. Saisissez une nouvelle clé et enregistrez-la.</translation>
    </message>
    <message>
        <source>The key works but may not do this. Check the account&apos;s permissions or plan.</source>
        <translation>La clé est valide mais n’autorise pas cette opération. Vérifiez les droits ou l’offre du compte.</translation>
    </message>
    <message>
        <source>Wrong model or address. Check the model name and the base URL (it usually ends in /v1).</source>
        <translation>Modèle ou adresse incorrects. Vérifiez le nom du modèle et l’URL de base (elle se termine généralement par /v1).</translation>
    </message>
    <message>
        <source>The service is receiving too many requests. Wait a minute, then try again.</source>
        <translation>Le service reçoit trop de requêtes. Patientez une minute, puis réessayez.</translation>
    </message>
    <message>
        <source>The plan&apos;s quota is used up for this period.</source>
        <translation>Le quota de l’offre est épuisé pour cette période.</translation>
    </message>
    <message>
        <source>The service failed (HTTP {status}). Try again later.</source>
        <translation>Le service a rencontré une erreur (HTTP {status}). Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The service refused the request (HTTP {status}).</source>
        <translation>Le service a refusé la requête (HTTP {status}).</translation>
    </message>
    <message>
        <source>The service sent an incomplete or unexpected answer. Check the base URL, then try again.</source>
        <translation>Le service a envoyé une réponse incomplète ou inattendue. Vérifiez l’URL de base, puis réessayez.</translation>
    </message>
    <message>
        <source>The service&apos;s content filter refused this text. Rephrase it, or write this part yourself.</source>
        <translation>Le filtre de contenu du service a refusé ce texte. Reformulez-le, ou rédigez ce passage vous-même.</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation>Annulé. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>You have not allowed drafts to be sent to {provider}. Tick the consent box for this service first.</source>
        <translation>Vous n’avez pas autorisé l’envoi de brouillons à {provider}. Cochez d’abord la case de consentement de ce service.</translation>
    </message>
    <message>
        <source>No API key is stored for {provider}. Enter one and save it.</source>
        <translation>Aucune clé d’API n’est enregistrée pour {provider}. Saisissez-en une et enregistrez-la.</translation>
    </message>
    <message>
        <source>Use an https address. Plain http is only allowed for this computer (localhost).</source>
        <translation>Utilisez une adresse https. Le http simple n’est autorisé que pour cet ordinateur (localhost).</translation>
    </message>
    <message>
        <source>This is not a valid address. Give a full one, such as https://api.example.com/v1.</source>
        <translation>Cette adresse n’est pas valide. Indiquez une adresse complète, par exemple https://api.example.com/v1.</translation>
    </message>
    <message>
        <source>There is no CA bundle file at {path}.</source>
        <translation>Aucun fichier de certificats d’AC à l’emplacement {path}.</translation>
    </message>
    <message>
        <source>Please check this setting: {message}</source>
        <translation>Veuillez vérifier ce réglage : {message}</translation>
    </message>
    <message>
        <source>This service no longer exists.</source>
        <translation>Ce service n’existe plus.</translation>
    </message>
    <message>
        <source>The assistant could not do that: {message}</source>
        <translation>L’assistant n’a pas pu effectuer cette opération : {message}</translation>
    </message>
    <message>
        <source>The service</source>
        <translation>Le service</translation>
    </message>
</context>
<context>
    <name>AssistModels</name>
    <message>
        <source>DeepL translation</source>
        <translation>Traduction DeepL</translation>
    </message>
    <message>
        <source>OpenAI-compatible chat</source>
        <translation>Chat compatible OpenAI</translation>
    </message>
</context>
<context>
    <name>AssistPrompts</name>
    <message>
        <source>Choose a CA bundle</source>
        <translation>Choisir un fichier de certificats d’AC</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.cer);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Remove the service</source>
        <translation>Supprimer le service</translation>
    </message>
    <message>
        <source>Remove “{0}” and forget its key? The sent log is kept.</source>
        <translation>Supprimer « {0} » et oublier sa clé ? Le journal des envois est conservé.</translation>
    </message>
</context>
<context>
    <name>PostAssist</name>
    <message>
        <source>No DeepL translator is set up. Add one in Tools ▸ Writing assistants.</source>
        <translation>Aucun traducteur DeepL n&apos;est configuré. Ajoutez-en un dans Outils ▸ Assistants de rédaction.</translation>
    </message>
    <message>
        <source>No chat assistant is set up. Add one in Tools ▸ Writing assistants.</source>
        <translation>Aucun assistant conversationnel n&apos;est configuré. Ajoutez-en un dans Outils ▸ Assistants de rédaction.</translation>
    </message>
    <message>
        <source>The assistant failed unexpectedly: {0}</source>
        <translation>L&apos;assistant a échoué de façon inattendue : {0}</translation>
    </message>
    <message>
        <source>Translate</source>
        <translation>Traduire</translation>
    </message>
    <message>
        <source>Translate into:</source>
        <translation>Traduire en :</translation>
    </message>
    <message>
        <source>Writing assistant</source>
        <translation>Assistant de rédaction</translation>
    </message>
    <message>
        <source>The text changed while the assistant worked, so nothing was applied.</source>
        <translation>Le texte a changé pendant que l&apos;assistant travaillait : rien n&apos;a été appliqué.</translation>
    </message>
    <message>
        <source>Rewriting in {0}&apos;s voice…</source>
        <translation>Réécriture dans la voix de {0}…</translation>
    </message>
    <message>
        <source>Translating with DeepL…</source>
        <translation>Traduction avec DeepL…</translation>
    </message>
    <message>
        <source>the executive</source>
        <translation>le dirigeant</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Rewrite in voice</source>
        <translation>Réécrire dans sa voix</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Traduction</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistant</translation>
    </message>
    <message>
        <source>Translate (DeepL)…</source>
        <translation>Traduire (DeepL)…</translation>
    </message>
    <message>
        <source>Share texts…</source>
        <translation>Textes de partage…</translation>
    </message>
</context>
<context>
    <name>ProposalDialog</name>
    <message>
        <source>Review the proposal</source>
        <translation>Examiner la proposition</translation>
    </message>
    <message>
        <source>Proposed by {0}. Nothing changes until you accept.</source>
        <translation>Proposé par {0}. Rien ne change tant que vous n&apos;acceptez pas.</translation>
    </message>
    <message>
        <source>The service stopped at its length limit: the proposal may be cut short.</source>
        <translation>Le service s&apos;est arrêté à sa limite de longueur : la proposition est peut-être tronquée.</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Actuellement</translation>
    </message>
    <message>
        <source>Proposed (you may edit it)</source>
        <translation>Proposé (vous pouvez le modifier)</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposé</translation>
    </message>
    <message>
        <source>{0} change: removed words in red, added words in green.</source>
        <translation>{0} modification : mots supprimés en rouge, mots ajoutés en vert.</translation>
    </message>
    <message>
        <source>{0} changes: removed words in red, added words in green.</source>
        <translation>{0} modifications : mots supprimés en rouge, mots ajoutés en vert.</translation>
    </message>
    <message>
        <source>The proposal is the same as the text now.</source>
        <translation>La proposition est identique au texte actuel.</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Refuser</translation>
    </message>
</context>
<context>
    <name>SentLogModel</name>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Characters sent</source>
        <translation>Caractères envoyés</translation>
    </message>
    <message>
        <source>Beginning of the text</source>
        <translation>Début du texte</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <source>Connection test</source>
        <translation>Test de connexion</translation>
    </message>
    <message>
        <source>Rewrite</source>
        <translation>Réécriture</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Traduction</translation>
    </message>
    <message>
        <source>Adaptation</source>
        <translation>Adaptation</translation>
    </message>
    <message>
        <source>Share texts</source>
        <translation>Textes de partage</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Génération</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Délai dépassé</translation>
    </message>
    <message>
        <source>Key refused</source>
        <translation>Clé refusée</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Connexion refusée</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>Trop de requêtes</translation>
    </message>
    <message>
        <source>Service failed</source>
        <translation>Erreur du service</translation>
    </message>
    <message>
        <source>Filtered</source>
        <translation>Filtré</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
</context>
<context>
    <name>ShareTextRow</name>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
</context>
<context>
    <name>ShareTextsDialog</name>
    <message>
        <source>Asking {0}…</source>
        <translation>Demande à {0}…</translation>
    </message>
    <message>
        <source>Writing share texts…</source>
        <translation>Rédaction des textes de partage…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Only {1} of {0} text was different enough from the others.</source>
        <translation>Seuls {1} textes sur {0} étaient suffisamment différents des autres.</translation>
    </message>
    <message>
        <source>Only {1} of {0} texts were different enough from each other.</source>
        <translation>Seuls {1} textes sur {0} étaient suffisamment différents les uns des autres.</translation>
    </message>
    <message>
        <source>Each text differs clearly from the others. Copy the ones you like.</source>
        <translation>Chaque texte se distingue nettement des autres. Copiez ceux qui vous plaisent.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Share texts for ambassadors</source>
        <translation>Textes de partage pour les ambassadeurs</translation>
    </message>
    <message>
        <source>Short texts colleagues can post with this post, in their own voice. Nothing is saved: copy the ones you like.</source>
        <translation>De courts textes que vos collègues peuvent publier avec ce post, dans leur propre voix. Rien n&apos;est enregistré : copiez ceux qui vous plaisent.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
    <message>
        <source>How many:</source>
        <translation>Combien :</translation>
    </message>
    <message>
        <source>Written by:</source>
        <translation>Rédigés par :</translation>
    </message>
    <message>
        <source>Offline templates (no network)</source>
        <translation>Modèles hors ligne (sans réseau)</translation>
    </message>
    <message>
        <source>Propose</source>
        <translation>Proposer</translation>
    </message>
    <message>
        <source>Copy all</source>
        <translation>Tout copier</translation>
    </message>
</context>
<context>
    <name>ToolsMenu</name>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>&amp;Writing assistants…</source>
        <translation>Assistants de &amp;rédaction…</translation>
    </message>
</context>
</TS>
