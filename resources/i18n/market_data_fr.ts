<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
    <context>
        <name>MarketData</name>
        <message>
            <source>A starting point only: our sources do not cover Spain in detail, so check with a local colleague.</source>
            <translation>Simple point de départ : nos sources couvrent peu l'Espagne ; vérifiez auprès d'un collègue sur place.</translation>
        </message>
        <message>
            <source>A starting point only: our sources do not cover the UK in detail, so check with a local colleague.</source>
            <translation>Simple point de départ : nos sources couvrent peu le Royaume-Uni ; vérifiez auprès d'un collègue sur place.</translation>
        </message>
        <message>
            <source>About 11.4 M monthly users in France (DSA figures). The API rejects posts over 3,000 characters; put the hook before the "see more" fold.</source>
            <translation>Environ 11,4 M d'utilisateurs mensuels en France (chiffres DSA). L'API refuse les publications de plus de 3 000 caractères ; placez l'accroche avant le « voir plus ».</translation>
        </message>
        <message>
            <source>About 140 characters show before "expand".</source>
            <translation>Environ 140 caractères s'affichent avant « déplier ».</translation>
        </message>
        <message>
            <source>About 6.8 M monthly users in Germany (DSA figures). The API rejects posts over 3,000 characters; put the hook before the "see more" fold.</source>
            <translation>Environ 6,8 M d'utilisateurs mensuels en Allemagne (chiffres DSA). L'API refuse les publications de plus de 3 000 caractères ; placez l'accroche avant le « voir plus ».</translation>
        </message>
        <message>
            <source>Address readers with vous from start to finish.</source>
            <translation>Vouvoyez les lecteurs du début à la fin.</translation>
        </message>
        <message>
            <source>Advocacy is still winning people over here: explain why a post matters and invite, never insist.</source>
            <translation>Le partage par les salariés se fait encore accepter ici : expliquez pourquoi une publication compte, et invitez sans jamais insister.</translation>
        </message>
        <message>
            <source>Aim for a polished, professional post: a careless or pushy tone is judged harshly.</source>
            <translation>Visez une publication soignée et professionnelle : un ton négligé ou insistant est jugé sévèrement.</translation>
        </message>
        <message>
            <source>Avoid the October National Day week and other holidays; some weekends become working days around them.</source>
            <translation>Évitez la semaine de la fête nationale d'octobre et les autres fêtes ; autour d'elles, certains week-ends deviennent des jours ouvrés.</translation>
        </message>
        <message>
            <source>BAG 1 ABR 7/15</source>
            <translation>BAG 1 ABR 7/15 (Cour fédérale du travail)</translation>
        </message>
        <message>
            <source>Choose tú or usted for the audience and keep the same form throughout.</source>
            <translation>Choisissez tú ou usted selon le public et gardez la même forme d'un bout à l'autre.</translation>
        </message>
        <message>
            <source>Credit the team: collective success reads well, self-promotion does not.</source>
            <translation>Mettez l'équipe en avant : un succès collectif passe bien, l'autopromotion non.</translation>
        </message>
        <message>
            <source>Direct and personal; first person is welcome.</source>
            <translation>Direct et personnel ; la première personne est bienvenue.</translation>
        </message>
        <message>
            <source>Disclose the link to the company clearly.</source>
            <translation>Indiquez clairement le lien avec l'entreprise.</translation>
        </message>
        <message>
            <source>Employees share through Moments; official accounts push articles (subscription accounts once a day). Limit unverified.</source>
            <translation>Les salariés partagent via Moments ; les comptes officiels diffusent des articles (une fois par jour pour les comptes d'abonnement). Limite non vérifiée.</translation>
        </message>
        <message>
            <source>FTC endorsement guidance</source>
            <translation>Lignes directrices de la FTC sur les recommandations</translation>
        </message>
        <message>
            <source>FTC: the link to the employer must be disclosed clearly and conspicuously.</source>
            <translation>FTC : le lien avec l'employeur doit être signalé de façon claire et visible.</translation>
        </message>
        <message>
            <source>Formal Sie unless the company openly uses du.</source>
            <translation>Sie de rigueur, sauf si l'entreprise tutoie ouvertement (du).</translation>
        </message>
        <message>
            <source>Formal vous throughout; a single tu breaks the register.</source>
            <translation>Vouvoiement d'un bout à l'autre ; un seul tu rompt le registre.</translation>
        </message>
        <message>
            <source>Give the programme and each post a concrete aim; vague requests to share fall flat.</source>
            <translation>Donnez au programme et à chaque publication un objectif concret ; les demandes de partage vagues tombent à plat.</translation>
        </message>
        <message>
            <source>Internet advertising rules (2023) require ads to be recognisable as such: mark them 广告.</source>
            <translation>Les règles de 2023 sur la publicité en ligne exigent qu'une publicité soit reconnaissable : signalez-la par 广告.</translation>
        </message>
        <message>
            <source>Japan Times 2023-06-26 on stealth marketing</source>
            <translation>Japan Times du 26/06/2023 sur le marketing furtif</translation>
        </message>
        <message>
            <source>Japan's main open network (about 59 M users). Weighted count: CJK characters and emoji count 2, every link counts 23.</source>
            <translation>Principal réseau ouvert au Japon (environ 59 M d'utilisateurs). Décompte pondéré : caractères CJK et emoji comptent double, chaque lien compte 23.</translation>
        </message>
        <message>
            <source>Keep important posts away from Golden Week and other public holidays.</source>
            <translation>Évitez de publier les messages importants pendant la Golden Week et les autres jours fériés.</translation>
        </message>
        <message>
            <source>Keep the tone professional and understated, with British spelling.</source>
            <translation>Gardez un ton professionnel et sobre, avec l'orthographe britannique.</translation>
        </message>
        <message>
            <source>Label commercial posts ("Werbung" or "Anzeige").</source>
            <translation>Signalez les publications commerciales (« Werbung » ou « Anzeige »).</translation>
        </message>
        <message>
            <source>Law 2023-451 requires "Publicité" or "Collaboration commerciale" on paid influence; employees should state their link to the company.</source>
            <translation>La loi 2023-451 impose « Publicité » ou « Collaboration commerciale » sur l'influence rémunérée ; les salariés doivent indiquer leur lien avec l'entreprise.</translation>
        </message>
        <message>
            <source>Let the person's own view come through: a personal angle beats a corporate statement.</source>
            <translation>Laissez transparaître le point de vue de la personne : un angle personnel vaut mieux qu'un communiqué.</translation>
        </message>
        <message>
            <source>Limit unverified.</source>
            <translation>Limite non vérifiée.</translation>
        </message>
        <message>
            <source>Limit unverified. Widely used in Japan for personal and business messaging.</source>
            <translation>Limite non vérifiée. Très utilisé au Japon pour les messages personnels et professionnels.</translation>
        </message>
        <message>
            <source>Limit unverified: treated like LinkedIn. XING closed its groups in January 2023 and is becoming a job portal.</source>
            <translation>Limite non vérifiée : traitée comme celle de LinkedIn. XING a fermé ses groupes en janvier 2023 et devient un site d'offres d'emploi.</translation>
        </message>
        <message>
            <source>LinkedIn DSA user figures (xavierdegraux.be)</source>
            <translation>Chiffres d'utilisateurs DSA de LinkedIn (xavierdegraux.be)</translation>
        </message>
        <message>
            <source>LinkedIn withdrew from China; its InCareer app closed in August 2023.</source>
            <translation>LinkedIn s'est retiré de Chine ; son application InCareer a fermé en août 2023.</translation>
        </message>
        <message>
            <source>Make promotion recognisable: label it 广告.</source>
            <translation>Rendez la promotion reconnaissable : signalez-la par 广告.</translation>
        </message>
        <message>
            <source>Make the link to the company visible; paid collaborations need a label such as "Collaboration commerciale".</source>
            <translation>Rendez visible le lien avec l'entreprise ; une collaboration rémunérée doit porter une mention comme « Collaboration commerciale ».</translation>
        </message>
        <message>
            <source>Mark promotional posts with 広告 or PR.</source>
            <translation>Signalez les publications promotionnelles par 広告 ou PR.</translation>
        </message>
        <message>
            <source>Mind the hierarchy: let senior people speak first on big announcements.</source>
            <translation>Respectez la hiérarchie : pour les grandes annonces, laissez les dirigeants s'exprimer en premier.</translation>
        </message>
        <message>
            <source>Not covered by our sources: check Spanish advertising rules locally.</source>
            <translation>Non couvert par nos sources : vérifiez sur place les règles espagnoles de publicité.</translation>
        </message>
        <message>
            <source>Not covered by our sources: check UK advertising rules locally.</source>
            <translation>Non couvert par nos sources : vérifiez sur place les règles britanniques de publicité.</translation>
        </message>
        <message>
            <source>On LinkedIn, land the hook within the first ~210 characters; on X, make one point within 280 weighted characters.</source>
            <translation>Sur LinkedIn, placez l'accroche dans les quelque 210 premiers caractères ; sur X, faites passer une seule idée en 280 caractères pondérés.</translation>
        </message>
        <message>
            <source>On X, Japanese characters count double: about 140 of them fit.</source>
            <translation>Sur X, les caractères japonais comptent double : il en tient environ 140.</translation>
        </message>
        <message>
            <source>People join when their colleagues do: start with a visible first circle of volunteers.</source>
            <translation>On participe quand ses collègues participent : commencez par un premier cercle de volontaires bien visible.</translation>
        </message>
        <message>
            <source>Pick tú or usted for the audience and keep to it.</source>
            <translation>Choisissez tú ou usted selon le public et tenez-vous-y.</translation>
        </message>
        <message>
            <source>Plan for WeChat and WeCom Moments, Weibo and Maimai: LinkedIn is not available.</source>
            <translation>Prévoyez WeChat et WeCom Moments, Weibo et Maimai : LinkedIn n'est pas disponible.</translation>
        </message>
        <message>
            <source>Polite desu/masu forms, humble language about one's own company.</source>
            <translation>Formes polies en desu/masu, langage humble pour parler de sa propre entreprise.</translation>
        </message>
        <message>
            <source>Prefer LinkedIn for reach: XING is turning into a job portal.</source>
            <translation>Préférez LinkedIn pour la portée : XING devient un site d'offres d'emploi.</translation>
        </message>
        <message>
            <source>Professional and understated; British spelling.</source>
            <translation>Professionnel et sobre ; orthographe britannique.</translation>
        </message>
        <message>
            <source>Professional network used in China. Limit unverified.</source>
            <translation>Réseau professionnel utilisé en Chine. Limite non vérifiée.</translation>
        </message>
        <message>
            <source>Reach people on X, LINE and Facebook; LinkedIn is mostly seen as a place to find a job.</source>
            <translation>Touchez le public sur X, LINE et Facebook ; LinkedIn y est surtout vu comme un lieu pour chercher un emploi.</translation>
        </message>
        <message>
            <source>Regions add their own holidays; this profile knows the national ones only.</source>
            <translation>Les régions ajoutent leurs propres jours fériés ; ce profil ne connaît que les jours fériés nationaux.</translation>
        </message>
        <message>
            <source>Say plainly that the author works for the company, where readers see it before the fold (for example #employee).</source>
            <translation>Dites clairement que l'auteur travaille pour l'entreprise, là où le lecteur le voit avant le « voir plus » (par exemple #employee).</translation>
        </message>
        <message>
            <source>Schedule in the ambassador's own time zone: the country runs from New York to Los Angeles time.</source>
            <translation>Planifiez dans le fuseau horaire de chaque ambassadeur : le pays va de l'heure de New York à celle de Los Angeles.</translation>
        </message>
        <message>
            <source>Sharing is a choice: no quotas, no pressure, no public list of who did not share.</source>
            <translation>Partager reste un choix : ni quotas, ni pression, ni liste publique de ceux qui n'ont pas partagé.</translation>
        </message>
        <message>
            <source>Simplified Chinese, formal; 您 for the reader, no internet slang.</source>
            <translation>Chinois simplifié, registre soutenu ; 您 pour le lecteur, pas d'argot d'internet.</translation>
        </message>
        <message>
            <source>Stealth marketing is banned since 1 October 2023: mark promotion with 広告 or PR.</source>
            <translation>Le marketing furtif est interdit depuis le 1er octobre 2023 : signalez la promotion par 広告 ou PR.</translation>
        </message>
        <message>
            <source>The API rejects posts over 3,000 characters; put the hook before the "see more" fold.</source>
            <translation>L'API refuse les publications de plus de 3 000 caractères ; placez l'accroche avant le « voir plus ».</translation>
        </message>
        <message>
            <source>The work edition of WeChat; customer-facing Moments. Limit unverified.</source>
            <translation>La version professionnelle de WeChat ; Moments tournés vers les clients. Limite non vérifiée.</translation>
        </message>
        <message>
            <source>Tools that measure individual employees (per-person analytics, leaderboards) need the works council's agreement first (§87 BetrVG).</source>
            <translation>Les outils qui mesurent chaque salarié (statistiques individuelles, classements) exigent d'abord l'accord du conseil d'entreprise, le Betriebsrat (§87 BetrVG).</translation>
        </message>
        <message>
            <source>Treat privacy strictly: collect as little personal data as possible.</source>
            <translation>Soyez strict sur la vie privée : collectez le moins de données personnelles possible.</translation>
        </message>
        <message>
            <source>UWG: commercial posts must be labelled ("Werbung" or "Anzeige").</source>
            <translation>UWG : les publications commerciales doivent être signalées (« Werbung » ou « Anzeige »).</translation>
        </message>
        <message>
            <source>Use Sie consistently.</source>
            <translation>Vouvoyez (Sie) sans exception.</translation>
        </message>
        <message>
            <source>Weak in Japan: mostly seen as a job-hunting site. The API rejects posts over 3,000 characters; put the hook before the "see more" fold.</source>
            <translation>Peu présent au Japon : surtout vu comme un site de recherche d'emploi. L'API refuse les publications de plus de 3 000 caractères ; placez l'accroche avant le « voir plus ».</translation>
        </message>
        <message>
            <source>Weibo shows about 140 characters before "expand": lead with the point.</source>
            <translation>Weibo affiche environ 140 caractères avant « déplier » : commencez par l'essentiel.</translation>
        </message>
        <message>
            <source>Weighted count: CJK characters and emoji count 2, every link counts 23.</source>
            <translation>Décompte pondéré : caractères CJK et emoji comptent double, chaque lien compte 23.</translation>
        </message>
        <message>
            <source>Write dates and figures the French way (12/03/2026, 1 234,56 €) and check the calendar for public holidays such as 14 July.</source>
            <translation>Écrivez dates et nombres à la française (12/03/2026, 1 234,56 €) et vérifiez les jours fériés comme le 14 juillet.</translation>
        </message>
        <message>
            <source>Write dates day first (12/03/2026) with a decimal comma (1.234,56).</source>
            <translation>Écrivez les dates jour en premier (12/03/2026), avec la virgule décimale (1.234,56).</translation>
        </message>
        <message>
            <source>Write dates day first (12/03/2026); bank holidays here follow England's calendar.</source>
            <translation>Écrivez les dates jour en premier (12/03/2026) ; les jours fériés suivent ici le calendrier de l'Angleterre.</translation>
        </message>
        <message>
            <source>Write in Simplified Chinese with a formal tone (您, no slang).</source>
            <translation>Écrivez en chinois simplifié, sur un ton soutenu (您, sans argot).</translation>
        </message>
        <message>
            <source>Write in polite desu/masu form and speak of the company with humility.</source>
            <translation>Écrivez à la forme polie desu/masu et parlez de l'entreprise avec humilité.</translation>
        </message>
        <message>
            <source>X is not accessible in mainland China.</source>
            <translation>X n'est pas accessible en Chine continentale.</translation>
        </message>
        <message>
            <source>commute</source>
            <translation>trajet</translation>
        </message>
        <message>
            <source>daoinsights.com on LinkedIn's exit</source>
            <translation>daoinsights.com sur le départ de LinkedIn</translation>
        </message>
        <message>
            <source>digitalmarketingforasia.com on Japan networks</source>
            <translation>digitalmarketingforasia.com sur les réseaux au Japon</translation>
        </message>
        <message>
            <source>direct</source>
            <translation>direct</translation>
        </message>
        <message>
            <source>docs.x.com: counting characters</source>
            <translation>docs.x.com : décompte des caractères</translation>
        </message>
        <message>
            <source>economie.gouv.fr on law 2023-451</source>
            <translation>economie.gouv.fr sur la loi 2023-451</translation>
        </message>
        <message>
            <source>evening</source>
            <translation>soir</translation>
        </message>
        <message>
            <source>formal</source>
            <translation>soutenu</translation>
        </message>
        <message>
            <source>lunch</source>
            <translation>midi</translation>
        </message>
        <message>
            <source>manager-magazin.de on XING groups</source>
            <translation>manager-magazin.de sur les groupes XING</translation>
        </message>
        <message>
            <source>morning</source>
            <translation>matin</translation>
        </message>
        <message>
            <source>neutral</source>
            <translation>neutre</translation>
        </message>
        <message>
            <source>polite</source>
            <translation>poli</translation>
        </message>
        <message>
            <source>skwschwarz.de on UWG</source>
            <translation>skwschwarz.de sur l'UWG</translation>
        </message>
        <message>
            <source>互联网广告管理办法 (2023)</source>
            <translation>互联网广告管理办法 (mesures sur la publicité en ligne, 2023)</translation>
        </message>
    </context>
</TS>
