<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>Accessibility</name>
    <message>
        <source>Resize handle</source>
        <translation>Poignée de redimensionnement</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Something went wrong inside the app. Nothing you entered has been saved anywhere. You can carry on, or close the app and open it again.</source>
        <translation>Une erreur s&apos;est produite dans l&apos;application. Rien de ce que vous avez saisi n&apos;a été enregistré. Vous pouvez continuer, ou fermer l&apos;application et la rouvrir.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
</context>
<context>
    <name>AskPage</name>
    <message>
        <source>Ask</source>
        <translation>Demander</translation>
    </message>
    <message>
        <source>Conversation stage</source>
        <translation>Étape de l&apos;entretien</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Toutes les étapes</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>Tous les thèmes</translation>
    </message>
    <message>
        <source>Show Spanish beside English</source>
        <translation>Afficher l&apos;espagnol à côté de l&apos;anglais</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>Étape :</translation>
    </message>
    <message>
        <source>Topic:</source>
        <translation>Thème :</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>Formulations</translation>
    </message>
    <message>
        <source>Linked to what you checked on Screen</source>
        <translation>Liées à ce que vous avez coché dans Repérer</translation>
    </message>
    <message>
        <source>All other prompts</source>
        <translation>Toutes les autres formulations</translation>
    </message>
    <message numerus="yes">
        <source>%n prompt(s) shown</source>
        <translation>
            <numerusform>%n formulation affichée</numerusform>
            <numerusform>%n formulations affichées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown}, %n linked to checked items.</source>
        <translation>
            <numerusform>{shown} ; %n liée aux éléments cochés.</numerusform>
            <numerusform>{shown} ; %n liées aux éléments cochés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CareTopicsView</name>
    <message>
        <source>International</source>
        <translation>International</translation>
    </message>
    <message>
        <source>Practice does not differ by country in the sources used.</source>
        <translation>D&apos;après les sources utilisées, la pratique ne diffère pas d&apos;un pays à l&apos;autre.</translation>
    </message>
    <message>
        <source>**Not checked for your country ({country}).** This card follows guidance for {names}; use your national guideline for timings and regimens.</source>
        <translation>**Non vérifié pour votre pays ({country}).** Cette fiche suit les recommandations pour : {names} ; suivez les recommandations nationales pour les délais et les schémas thérapeutiques.</translation>
    </message>
    <message>
        <source>Applies as written in: {names}. Elsewhere, follow your national guideline.</source>
        <translation>S&apos;applique tel quel en : {names}. Ailleurs, suivez les recommandations nationales.</translation>
    </message>
    <message>
        <source>Care at the visit</source>
        <translation>Soins pendant la consultation</translation>
    </message>
    <message>
        <source>What to offer for the health needs the checklist points to, with the time windows the named guideline gives. Your clinic&apos;s protocol and a prescriber&apos;s judgement come first.</source>
        <translation>Ce qu&apos;il faut proposer pour les besoins de santé signalés par la liste, avec les délais indiqués par la recommandation citée. Le protocole de votre établissement et le jugement du prescripteur priment.</translation>
    </message>
    <message>
        <source>Care topic</source>
        <translation>Thème de soins</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>&amp;Thème :</translation>
    </message>
    <message>
        <source>Time-critical.</source>
        <translation>Urgence de délai.</translation>
    </message>
    <message>
        <source>Guideline:</source>
        <translation>Recommandation :</translation>
    </message>
    <message>
        <source>Reviewed {date}.</source>
        <translation>Relu le {date}.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
</context>
<context>
    <name>CaseExerciseView</name>
    <message>
        <source>Best choice.</source>
        <translation>Le meilleur choix.</translation>
    </message>
    <message>
        <source>Partly right.</source>
        <translation>En partie juste.</translation>
    </message>
    <message>
        <source>This could cause harm.</source>
        <translation>Cela pourrait nuire.</translation>
    </message>
    <message>
        <source>Principle: {principle}.</source>
        <translation>Principe : {principle}.</translation>
    </message>
    <message>
        <source>Practice cases</source>
        <translation>Cas pratiques</translation>
    </message>
    <message>
        <source>Work through a case step by step. After each choice you see why it helps or harms, and the principle behind it. Start again to try other choices.</source>
        <translation>Suivez un cas étape par étape. Après chaque choix, vous voyez en quoi il aide ou nuit, et le principe sur lequel il repose. Recommencez pour essayer d&apos;autres choix.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Cas</translation>
    </message>
    <message>
        <source>&amp;Start again</source>
        <translation>&amp;Recommencer</translation>
    </message>
    <message>
        <source>Start the case again</source>
        <translation>Recommencer le cas</translation>
    </message>
    <message>
        <source>C&amp;ase:</source>
        <translation>C&amp;as :</translation>
    </message>
    <message>
        <source>End of this path. Choose “Start again” to try other choices.</source>
        <translation>Fin de ce parcours. Choisissez « Recommencer » pour essayer d&apos;autres choix.</translation>
    </message>
    <message>
        <source>Pick a choice first.</source>
        <translation>Faites d&apos;abord un choix.</translation>
    </message>
</context>
<context>
    <name>CertificateView</name>
    <message>
        <source>This certificate records that the course and its post-test were completed in ScreenAid. It is not an accredited continuing-education (CE) or continuing-medical-education (CME) credit, and no body has reviewed it for credit.</source>
        <translation>Ce certificat atteste que le cours et son évaluation finale ont été suivis dans ScreenAid. Il ne constitue pas un crédit accrédité de formation continue (CE) ni de formation médicale continue (CME), et aucun organisme ne l&apos;a examiné pour en accorder. Le certificat est imprimé en anglais.</translation>
    </message>
    <message>
        <source>Certificate of completion</source>
        <translation>Certificat de réussite</translation>
    </message>
    <message>
        <source>Type the name to print on the certificate. Nothing is saved: the certificate is made in memory and sent straight to the printer.</source>
        <translation>Saisissez le nom à imprimer sur le certificat. Rien n&apos;est enregistré : le certificat est créé en mémoire et envoyé directement à l&apos;imprimante.</translation>
    </message>
    <message>
        <source>Name to print on the certificate</source>
        <translation>Nom à imprimer sur le certificat</translation>
    </message>
    <message>
        <source>Date on the certificate</source>
        <translation>Date du certificat</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>N&amp;om :</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date :</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>&amp;Aperçu</translation>
    </message>
    <message>
        <source>&amp;Print certificate…</source>
        <translation>Im&amp;primer le certificat…</translation>
    </message>
    <message>
        <source>Certificate preview</source>
        <translation>Aperçu du certificat</translation>
    </message>
    <message>
        <source>Type the name to print on the certificate.</source>
        <translation>Saisissez le nom à imprimer sur le certificat.</translation>
    </message>
    <message>
        <source>Sent the certificate to the printer.</source>
        <translation>Le certificat a été envoyé à l&apos;imprimante.</translation>
    </message>
    <message>
        <source>Print certificate</source>
        <translation>Imprimer le certificat</translation>
    </message>
    <message>
        <source>The certificate could not be printed: {error}</source>
        <translation>Le certificat n&apos;a pas pu être imprimé : {error}</translation>
    </message>
</context>
<context>
    <name>Cover</name>
    <message>
        <source>Clinical reference</source>
        <translation>Référence clinique</translation>
    </message>
    <message>
        <source>Choose a section above, or search with Ctrl+K. Press {key} at any time to show this plain page instead of your work, and {key} again to go back to it.</source>
        <translation>Choisissez une section ci-dessus ou cherchez avec Ctrl+K. Appuyez sur {key} à tout moment pour afficher cette page neutre à la place de votre travail, et de nouveau sur {key} pour y revenir.</translation>
    </message>
    <message>
        <source>Press {key} to continue.</source>
        <translation>Appuyez sur {key} pour continuer.</translation>
    </message>
</context>
<context>
    <name>DocumentPage</name>
    <message>
        <source>Codes are shown with their official description. Read the cautions before using one: a code in a record can be seen by others, for example on insurance statements or in a patient portal.</source>
        <translation>Les codes sont présentés avec leur libellé officiel (en anglais). Lisez les précautions avant d&apos;en utiliser un : d&apos;autres personnes peuvent voir un code du dossier, par exemple sur des relevés d&apos;assurance ou dans un portail patient.</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documenter</translation>
    </message>
    <message>
        <source>Documentation sections</source>
        <translation>Parties de Documenter</translation>
    </message>
    <message>
        <source>Safe-documentation guidance</source>
        <translation>Recommandations pour documenter en sécurité</translation>
    </message>
    <message>
        <source>&amp;ICD-10-CM codes</source>
        <translation>&amp;Codes ICD-10-CM</translation>
    </message>
    <message>
        <source>Co&amp;ding</source>
        <translation>&amp;Codage</translation>
    </message>
    <message>
        <source>&amp;Guidance</source>
        <translation>&amp;Recommandations</translation>
    </message>
    <message>
        <source>Compose a &amp;note</source>
        <translation>Rédiger une &amp;note</translation>
    </message>
</context>
<context>
    <name>GlobalSearch</name>
    <message>
        <source>Search everything (Ctrl+K or /)</source>
        <translation>Tout rechercher (Ctrl+K ou /)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation>Tout rechercher</translation>
    </message>
    <message>
        <source>Results appear below while you type. Enter opens the best one; Down chooses another.</source>
        <translation>Les résultats s&apos;affichent en dessous pendant la saisie. Entrée ouvre le meilleur ; Flèche bas en choisit un autre.</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <source>No results</source>
        <translation>Aucun résultat</translation>
    </message>
</context>
<context>
    <name>GuidanceCard</name>
    <message>
        <source>Do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>Don&apos;t</source>
        <translation>À éviter</translation>
    </message>
    <message>
        <source>More detail: {title}</source>
        <translation>Plus de détails : {title}</translation>
    </message>
    <message>
        <source>Less detail: {title}</source>
        <translation>Moins de détails : {title}</translation>
    </message>
</context>
<context>
    <name>HandoutComposer</name>
    <message>
        <source>Full page</source>
        <translation>Page entière</translation>
    </message>
    <message>
        <source>Wallet cards (cut out, easy to hide)</source>
        <translation>Cartes de poche (à découper, faciles à cacher)</translation>
    </message>
    <message>
        <source>Hide-away slips (number only, always discreet)</source>
        <translation>Billets à cacher (numéro seul, toujours discrets)</translation>
    </message>
    <message>
        <source>Print their name and numbers only</source>
        <translation>N&apos;imprimer que leur nom et leurs numéros</translation>
    </message>
    <message>
        <source>Leave them out</source>
        <translation>Les omettre</translation>
    </message>
    <message>
        <source>(translation not reviewed)</source>
        <translation>(traduction non relue)</translation>
    </message>
    <message>
        <source>Plain: “Where to get help”</source>
        <translation>Explicite : « Où trouver de l&apos;aide »</translation>
    </message>
    <message>
        <source>Discreet: a neutral health title</source>
        <translation>Discret : un titre de santé neutre</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Handout language</source>
        <translation>Langue du dépliant</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Mise en page</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>Lines without text in this language</source>
        <translation>Lignes sans texte dans cette langue</translation>
    </message>
    <message>
        <source>Language warning</source>
        <translation>Avertissement sur la langue</translation>
    </message>
    <message>
        <source>Handout lan&amp;guage:</source>
        <translation>Lan&amp;gue du dépliant :</translation>
    </message>
    <message>
        <source>Lines wit&amp;hout text in it:</source>
        <translation>Lignes sans te&amp;xte dans cette langue :</translation>
    </message>
    <message>
        <source>La&amp;yout:</source>
        <translation>&amp;Mise en page :</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>Titr&amp;e :</translation>
    </message>
    <message>
        <source>Pap&amp;er:</source>
        <translation>Form&amp;at du papier :</translation>
    </message>
    <message numerus="yes">
        <source>No {language} text for %n line(s): {names}. Choose below: print their numbers only, or leave them out. The handout never mixes languages.</source>
        <translation>
            <numerusform>Pas de texte en {language} pour %n ligne : {names}. Choisissez ci-dessous : n&apos;imprimer que ses numéros ou l&apos;omettre. Le dépliant ne mélange jamais les langues.</numerusform>
            <numerusform>Pas de texte en {language} pour %n lignes : {names}. Choisissez ci-dessous : n&apos;imprimer que leurs numéros ou les omettre. Le dépliant ne mélange jamais les langues.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HandoutPreview</name>
    <message>
        <source>Handout preview</source>
        <translation>Aperçu du dépliant</translation>
    </message>
    <message>
        <source>Tick at least one resource to see the handout.</source>
        <translation>Cochez au moins une ressource pour voir le dépliant.</translation>
    </message>
    <message>
        <source>Handout page {number} of {count}</source>
        <translation>Page {number} sur {count} du dépliant</translation>
    </message>
</context>
<context>
    <name>IcdCodeTable</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Use when</source>
        <translation>Quand l&apos;utiliser</translation>
    </message>
    <message>
        <source>Cautions</source>
        <translation>Précautions</translation>
    </message>
    <message>
        <source>ICD-10-CM codes</source>
        <translation>Codes ICD-10-CM</translation>
    </message>
    <message>
        <source>One row per code: description, category, when to use it and cautions.</source>
        <translation>Une ligne par code : libellé, catégorie, quand l&apos;utiliser et précautions.</translation>
    </message>
    <message>
        <source>7th character: {value}</source>
        <translation>7e caractère : {value}</translation>
    </message>
</context>
<context>
    <name>IdleWarningDialog</name>
    <message>
        <source>I&apos;m still here</source>
        <translation>Je suis toujours là</translation>
    </message>
    <message>
        <source>Are you still there?</source>
        <translation>Êtes-vous toujours là ?</translation>
    </message>
    <message>
        <source>Idle warning</source>
        <translation>Avertissement d&apos;inactivité</translation>
    </message>
    <message>
        <source>Time left before clearing</source>
        <translation>Temps restant avant l&apos;effacement</translation>
    </message>
    <message numerus="yes">
        <source>Nothing has happened for a while. In %n seconds, everything checked or typed will be cleared and the app will go back to its start page.</source>
        <translation>
            <numerusform>Rien ne s&apos;est passé depuis un moment. Dans %n seconde, tout ce qui a été coché ou saisi sera effacé et l&apos;application reviendra à sa page d&apos;accueil.</numerusform>
            <numerusform>Rien ne s&apos;est passé depuis un moment. Dans %n secondes, tout ce qui a été coché ou saisi sera effacé et l&apos;application reviendra à sa page d&apos;accueil.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IndicatorChecklist</name>
    <message>
        <source>Filter by domain</source>
        <translation>Filtrer par type d&apos;exploitation</translation>
    </message>
    <message>
        <source>All domains</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Filter by population</source>
        <translation>Filtrer par population</translation>
    </message>
    <message>
        <source>All populations</source>
        <translation>Toutes les populations</translation>
    </message>
    <message>
        <source>Indicator checklist</source>
        <translation>Liste de repérage des indicateurs</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Type d&apos;exploitation :</translation>
    </message>
    <message>
        <source>&amp;Population:</source>
        <translation>&amp;Population :</translation>
    </message>
    <message numerus="yes">
        <source>Show &amp;all %n items</source>
        <translation>
            <numerusform>&amp;Afficher l&apos;élément (%n)</numerusform>
            <numerusform>&amp;Afficher les %n éléments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show the &amp;core %n items</source>
        <translation>
            <numerusform>Afficher seulement l&apos;élément &amp;clé (%n)</numerusform>
            <numerusform>Afficher seulement les %n éléments &amp;clés</numerusform>
        </translation>
    </message>
    <message>
        <source>The items of highest concern or strongest evidence, each with its source.</source>
        <translation>Les éléments les plus préoccupants ou les mieux étayés, chacun avec sa source.</translation>
    </message>
    <message>
        <source>Space checks or unchecks the item in focus.</source>
        <translation>Espace coche ou décoche l&apos;élément sélectionné.</translation>
    </message>
    <message>
        <source>Source: {publisher}</source>
        <translation>Source : {publisher}</translation>
    </message>
</context>
<context>
    <name>IndicatorDetails</name>
    <message>
        <source>Select a checklist item to see what to look for and why it matters.</source>
        <translation>Sélectionnez un élément de la liste pour voir ce qu&apos;il faut repérer et pourquoi c&apos;est important.</translation>
    </message>
    <message>
        <source>Checklist item details</source>
        <translation>Détails de l&apos;élément</translation>
    </message>
    <message>
        <source>Look for</source>
        <translation>Ce qu&apos;il faut repérer</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Pourquoi c&apos;est important</translation>
    </message>
    <message>
        <source>Ask about it</source>
        <translation>Comment en parler</translation>
    </message>
    <message>
        <source>Learn more</source>
        <translation>En savoir plus</translation>
    </message>
    <message>
        <source>Care at the visit</source>
        <translation>Soins pendant la consultation</translation>
    </message>
</context>
<context>
    <name>InstrumentCard</name>
    <message>
        <source>Sensitivity</source>
        <translation>Sensibilité</translation>
    </message>
    <message>
        <source>Specificity</source>
        <translation>Spécificité</translation>
    </message>
    <message>
        <source>Positive predictive value</source>
        <translation>Valeur prédictive positive</translation>
    </message>
    <message>
        <source>Negative predictive value</source>
        <translation>Valeur prédictive négative</translation>
    </message>
    <message>
        <source>Area under the curve</source>
        <translation>Aire sous la courbe</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>Validé</translation>
    </message>
    <message>
        <source>Not validated</source>
        <translation>Non validé</translation>
    </message>
    <message>
        <source>Developer</source>
        <translation>Auteurs</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Cadre</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Passation</translation>
    </message>
    <message>
        <source>Topics covered</source>
        <translation>Thèmes couverts</translation>
    </message>
    <message>
        <source>Positive screen</source>
        <translation>Repérage positif</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilité</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>Performances</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Limites</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
</context>
<context>
    <name>InterfaceTranslation</name>
    <message>
        <source>Interface translation not yet reviewed by a native-speaking clinician: if a word is unclear, check the English interface.</source>
        <translation>Traduction de l&apos;interface pas encore relue par un clinicien de langue maternelle française : si un mot n&apos;est pas clair, vérifiez-le dans l&apos;interface en anglais.</translation>
    </message>
</context>
<context>
    <name>JurisdictionBar</name>
    <message>
        <source>La&amp;w and routes for:</source>
        <translation>Dro&amp;it et parcours pour :</translation>
    </message>
    <message>
        <source>Whose law, reporting duties, referral routes and coding to show. Changes this session only.</source>
        <translation>Le droit, les obligations de signalement, les parcours d&apos;orientation et le codage à afficher. Ne change que cette session.</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>Juridiction</translation>
    </message>
    <message>
        <source>Jurisdiction for this session</source>
        <translation>Juridiction pour cette session</translation>
    </message>
</context>
<context>
    <name>JurisdictionNotes</name>
    <message>
        <source>Definition and law</source>
        <translation>Définition et droit</translation>
    </message>
    <message>
        <source>Reporting: a child or young person</source>
        <translation>Signalement : un enfant ou un jeune</translation>
    </message>
    <message>
        <source>Reporting: an adult at risk</source>
        <translation>Signalement : un adulte vulnérable</translation>
    </message>
    <message>
        <source>Reporting: a capable adult</source>
        <translation>Signalement : un adulte apte à décider</translation>
    </message>
    <message>
        <source>Referral route for survivors</source>
        <translation>Parcours d&apos;orientation des victimes</translation>
    </message>
    <message>
        <source>Diagnosis coding</source>
        <translation>Codage des diagnostics</translation>
    </message>
    <message>
        <source>Law and reporting</source>
        <translation>Droit et signalement</translation>
    </message>
    <message>
        <source>Sources: {sources}</source>
        <translation>Sources : {sources}</translation>
    </message>
    <message>
        <source>Guidance for {name} differs by region: choose one in the header ({regions}), or ask IT to set the jurisdiction.</source>
        <translation>Les recommandations pour {name} varient selon la région : choisissez-en une dans l&apos;en-tête ({regions}) ou demandez au service informatique de régler la juridiction.</translation>
    </message>
    <message>
        <source>No guidance for {name} yet — follow your local policy.</source>
        <translation>Pas encore de recommandations pour {name} : suivez la procédure locale.</translation>
    </message>
</context>
<context>
    <name>Jurisdictions</name>
    <message>
        <source>United States</source>
        <translation>États-Unis</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>Canada</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Royaume-Uni</translation>
    </message>
    <message>
        <source>England</source>
        <translation>Angleterre</translation>
    </message>
    <message>
        <source>Wales</source>
        <translation>Pays de Galles</translation>
    </message>
    <message>
        <source>Scotland</source>
        <translation>Écosse</translation>
    </message>
    <message>
        <source>Northern Ireland</source>
        <translation>Irlande du Nord</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>Australie</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>Irlande</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Course module</source>
        <translation>Module du cours</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Outil</translation>
    </message>
    <message>
        <source>Pathway question</source>
        <translation>Question du parcours</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Prochaine étape</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Formulation</translation>
    </message>
    <message>
        <source>Documentation guidance</source>
        <translation>Recommandation de documentation</translation>
    </message>
    <message>
        <source>ICD-10-CM code</source>
        <translation>Code ICD-10-CM</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Search synonyms</source>
        <translation>Synonymes de recherche</translation>
    </message>
    <message>
        <source>Handout text</source>
        <translation>Texte du dépliant</translation>
    </message>
    <message>
        <source>Note template</source>
        <translation>Modèle de note</translation>
    </message>
    <message>
        <source>Wording rule</source>
        <translation>Règle de formulation</translation>
    </message>
    <message>
        <source>Care topic</source>
        <translation>Thème de soins</translation>
    </message>
    <message>
        <source>Case exercise</source>
        <translation>Cas pratique</translation>
    </message>
    <message>
        <source>Test question</source>
        <translation>Question d&apos;évaluation</translation>
    </message>
    <message>
        <source>Jurisdiction note</source>
        <translation>Note de juridiction</translation>
    </message>
    <message>
        <source>Referral sheet</source>
        <translation>Fiche d&apos;orientation</translation>
    </message>
    <message>
        <source>Audience preset</source>
        <translation>Profil de public</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Cadre confidentiel</translation>
    </message>
    <message>
        <source>Educate</source>
        <translation>Informer</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Demander</translation>
    </message>
    <message>
        <source>Respond</source>
        <translation>Répondre</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Travail</translation>
    </message>
    <message>
        <source>Living</source>
        <translation>Logement</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Déplacements</translation>
    </message>
    <message>
        <source>Money and debt</source>
        <translation>Argent et dettes</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Papiers</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>Sexual health</source>
        <translation>Santé sexuelle</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation>Relations</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>Confidentialité</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Prochaines étapes</translation>
    </message>
    <message>
        <source>Principles</source>
        <translation>Principes</translation>
    </message>
    <message>
        <source>What to record</source>
        <translation>Quoi consigner</translation>
    </message>
    <message>
        <source>The patient&apos;s own words</source>
        <translation>Les propres mots du patient</translation>
    </message>
    <message>
        <source>Deciding together</source>
        <translation>Décider ensemble</translation>
    </message>
    <message>
        <source>Portal and proxy access</source>
        <translation>Portail et accès par un tiers</translation>
    </message>
    <message>
        <source>Billing and insurance</source>
        <translation>Facturation et assurance</translation>
    </message>
    <message>
        <source>Sensitive notes</source>
        <translation>Notes sensibles</translation>
    </message>
    <message>
        <source>Photos and body maps</source>
        <translation>Photos et schémas corporels</translation>
    </message>
    <message>
        <source>Minors</source>
        <translation>Mineurs</translation>
    </message>
    <message>
        <source>Coding</source>
        <translation>Codage</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmé</translation>
    </message>
    <message>
        <source>Suspected</source>
        <translation>Suspecté</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Observation</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Antécédents</translation>
    </message>
    <message>
        <source>Perpetrator</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Pregnancy</source>
        <translation>Grossesse</translation>
    </message>
    <message>
        <source>Trafficking</source>
        <translation>Traite des êtres humains</translation>
    </message>
    <message>
        <source>Crisis</source>
        <translation>Crise</translation>
    </message>
    <message>
        <source>Domestic violence</source>
        <translation>Violences domestiques</translation>
    </message>
    <message>
        <source>Sexual assault</source>
        <translation>Agression sexuelle</translation>
    </message>
    <message>
        <source>LGBTQ+ people</source>
        <translation>Personnes LGBTQ+</translation>
    </message>
    <message>
        <source>Runaway youth</source>
        <translation>Jeunes en fugue</translation>
    </message>
    <message>
        <source>Child protection</source>
        <translation>Protection de l&apos;enfance</translation>
    </message>
    <message>
        <source>Child exploitation</source>
        <translation>Exploitation des enfants</translation>
    </message>
    <message>
        <source>Missing children</source>
        <translation>Enfants disparus</translation>
    </message>
    <message>
        <source>Victim support</source>
        <translation>Aide aux victimes</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>Aide juridique</translation>
    </message>
    <message>
        <source>Law enforcement</source>
        <translation>Police</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Urgences</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>Adults</source>
        <translation>Adultes</translation>
    </message>
    <message>
        <source>Youth</source>
        <translation>Jeunes</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Enfants</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Hommes</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Femmes</translation>
    </message>
    <message>
        <source>Migrants</source>
        <translation>Personnes migrantes</translation>
    </message>
    <message>
        <source>Professionals</source>
        <translation>Professionnels</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>TTY</source>
        <translation>TTY</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Messagerie instantanée</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <source>Boys and men</source>
        <translation>Garçons et hommes</translation>
    </message>
    <message>
        <source>Children and youth</source>
        <translation>Enfants et jeunes</translation>
    </message>
    <message>
        <source>Work and living</source>
        <translation>Travail et logement</translation>
    </message>
</context>
<context>
    <name>LearnPage</name>
    <message>
        <source>Law and reporting where you work</source>
        <translation>Droit et signalement là où vous exercez</translation>
    </message>
    <message>
        <source>Care at the visit</source>
        <translation>Soins pendant la consultation</translation>
    </message>
    <message>
        <source>Practice cases</source>
        <translation>Cas pratiques</translation>
    </message>
    <message>
        <source>Post-test and certificate</source>
        <translation>Évaluation finale et certificat</translation>
    </message>
    <message>
        <source>Learn</source>
        <translation>Apprendre</translation>
    </message>
    <message>
        <source>Course modules and training</source>
        <translation>Modules du cours et entraînement</translation>
    </message>
    <message>
        <source>Choose a module or a training part to open it on the right.</source>
        <translation>Choisissez un module ou une partie de l&apos;entraînement pour l&apos;ouvrir à droite.</translation>
    </message>
    <message>
        <source>Module text</source>
        <translation>Texte du module</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Clinical reference</source>
        <translation>Référence clinique</translation>
    </message>
    <message>
        <source>Main window</source>
        <translation>Fenêtre principale</translation>
    </message>
    <message>
        <source>Cover screen ({key})</source>
        <translation>Écran neutre ({key})</translation>
    </message>
    <message>
        <source>Show a plain page at once; {key} again brings your work back</source>
        <translation>Affiche aussitôt une page neutre ; {key} à nouveau fait revenir votre travail</translation>
    </message>
    <message>
        <source>Current place</source>
        <translation>Section affichée</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message numerus="yes">
        <source>Copied. The clipboard clears itself in %n seconds.</source>
        <translation>
            <numerusform>Copié. Le presse-papiers se vide de lui-même dans %n seconde.</numerusform>
            <numerusform>Copié. Le presse-papiers se vide de lui-même dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing law and routes for {name}.</source>
        <translation>Droit et parcours affichés pour : {name}.</translation>
    </message>
    <message>
        <source>That entry is not shown on any page.</source>
        <translation>Cette entrée n&apos;apparaît dans aucune section.</translation>
    </message>
    <message>
        <source>Cleared after a period without use.</source>
        <translation>Tout a été effacé après une période d&apos;inactivité.</translation>
    </message>
    <message>
        <source>Text size {percent} %.</source>
        <translation>Taille du texte : {percent} %.</translation>
    </message>
    <message numerus="yes">
        <source>Shift: press %n more time(s) to quick exit.</source>
        <translation>
            <numerusform>Maj : appuyez encore %n fois pour la sortie rapide.</numerusform>
            <numerusform>Maj : appuyez encore %n fois pour la sortie rapide.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModuleView</name>
    <message>
        <source>Reading and study time</source>
        <translation>Temps de lecture et d&apos;étude</translation>
    </message>
    <message>
        <source>You will be able to</source>
        <translation>Vous saurez</translation>
    </message>
    <message>
        <source>Key points</source>
        <translation>Points clés</translation>
    </message>
    <message>
        <source>Show more depth</source>
        <translation>Approfondir</translation>
    </message>
    <message>
        <source>Hide the extra depth</source>
        <translation>Masquer l&apos;approfondissement</translation>
    </message>
    <message>
        <source>Case examples</source>
        <translation>Exemples de cas</translation>
    </message>
    <message>
        <source>Show discussion: {title}</source>
        <translation>Afficher la discussion : {title}</translation>
    </message>
    <message>
        <source>Hide discussion: {title}</source>
        <translation>Masquer la discussion : {title}</translation>
    </message>
    <message>
        <source>Check yourself</source>
        <translation>Testez-vous</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>Voir aussi</translation>
    </message>
    <message>
        <source>Go to: {title}</source>
        <translation>Aller à : {title}</translation>
    </message>
    <message>
        <source>Go to {title}</source>
        <translation>Aller à {title}</translation>
    </message>
    <message numerus="yes">
        <source>About %n minute(s) to read the core text</source>
        <translation>
            <numerusform>Environ %n minute pour lire l&apos;essentiel</numerusform>
            <numerusform>Environ %n minutes pour lire l&apos;essentiel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) to study it all, with extra depth, cases and self-checks.</source>
        <translation>
            <numerusform>environ %n minute pour tout étudier, avec l&apos;approfondissement, les cas et les autoévaluations.</numerusform>
            <numerusform>environ %n minutes pour tout étudier, avec l&apos;approfondissement, les cas et les autoévaluations.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NavigationBar</name>
    <message>
        <source>Places</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Go to {place} (Ctrl+{number})</source>
        <translation>Aller à {place} (Ctrl+{number})</translation>
    </message>
    <message>
        <source>{place} (Ctrl+{number})</source>
        <translation>{place} (Ctrl+{number})</translation>
    </message>
</context>
<context>
    <name>NextSteps</name>
    <message>
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Prochaines étapes</translation>
    </message>
    <message>
        <source>Next steps for this patient</source>
        <translation>Prochaines étapes pour ce patient</translation>
    </message>
    <message>
        <source>No step applies yet.</source>
        <translation>Aucune étape ne s&apos;applique pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Most pressing first.</source>
        <translation>Les plus urgentes d&apos;abord.</translation>
    </message>
    <message>
        <source>Depending on your answers</source>
        <translation>Selon vos réponses</translation>
    </message>
    <message>
        <source>What each step involves</source>
        <translation>Ce que comprend chaque étape</translation>
    </message>
    <message>
        <source>See also:</source>
        <translation>Voir aussi :</translation>
    </message>
</context>
<context>
    <name>NoteComposer</name>
    <message>
        <source>Note for the health record</source>
        <translation>Note pour le dossier médical</translation>
    </message>
    <message>
        <source>&amp;Copy note</source>
        <translation>Co&amp;pier la note</translation>
    </message>
    <message>
        <source>Copy &amp;anyway</source>
        <translation>Copier &amp;quand même</translation>
    </message>
    <message>
        <source>&amp;Rebuild from checklist</source>
        <translation>Re&amp;faire depuis la liste</translation>
    </message>
    <message>
        <source>Built only from the items you checked, in neutral wording without names. It is a starting point: edit it freely, and fill in or delete every [blank]. Read it before you paste it. Nothing here is saved.</source>
        <translation>Rédigée uniquement à partir des éléments cochés, en termes neutres et sans noms. C&apos;est un point de départ : modifiez-la librement, et complétez ou supprimez chaque [blanc]. Relisez-la avant de la coller. Rien n&apos;est enregistré ici.</translation>
    </message>
    <message>
        <source>Composed note (editable)</source>
        <translation>Note rédigée (modifiable)</translation>
    </message>
    <message>
        <source>Blanks left in the note</source>
        <translation>Blancs restant dans la note</translation>
    </message>
    <message>
        <source>Checked items not written to the note</source>
        <translation>Éléments cochés non repris dans la note</translation>
    </message>
    <message>
        <source>The checklist changed after you edited the note. Rebuild to start again from it (your edits are replaced).</source>
        <translation>La liste a changé après vos modifications de la note. Refaites-la pour repartir de la liste (vos modifications seront remplacées).</translation>
    </message>
    <message>
        <source>Your additions to the note</source>
        <translation>Vos ajouts à la note</translation>
    </message>
    <message>
        <source>&amp;Your additions (optional, not saved):</source>
        <translation>&amp;Vos ajouts (facultatifs, non enregistrés) :</translation>
    </message>
    <message>
        <source>Clipboard status</source>
        <translation>État du presse-papiers</translation>
    </message>
    <message>
        <source>Not copied: the note still has blanks ({blanks}). Fill them in or delete them, or press Copy anyway to copy the note as it is.</source>
        <translation>Pas copiée : la note contient encore des blancs ({blanks}). Complétez-les ou supprimez-les, ou appuyez sur Copier quand même pour copier la note telle quelle.</translation>
    </message>
    <message>
        <source>Blanks to fill in or delete: {blanks}</source>
        <translation>Blancs à compléter ou à supprimer : {blanks}</translation>
    </message>
    <message numerus="yes">
        <source>Copied. The clipboard will be cleared in %n seconds, and when ScreenAid closes.</source>
        <translation>
            <numerusform>Copiée. Le presse-papiers sera vidé dans %n seconde, et à la fermeture de ScreenAid.</numerusform>
            <numerusform>Copiée. Le presse-papiers sera vidé dans %n secondes, et à la fermeture de ScreenAid.</numerusform>
        </translation>
    </message>
    <message>
        <source>The clipboard has been cleared.</source>
        <translation>Le presse-papiers a été vidé.</translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <source>Notices</source>
        <translation>Avis</translation>
    </message>
    <message>
        <source>Please note</source>
        <translation>À noter</translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <source>Development build: its content is signed with a public test key, so the signature proves nothing. Not for use with patients.</source>
        <translation>Version de développement : son contenu est signé avec une clé de test publique, la signature ne prouve donc rien. Ne pas utiliser avec des patients.</translation>
    </message>
    <message>
        <source>Settings: {problem}</source>
        <translation>Réglages : {problem}</translation>
    </message>
    <message>
        <source>The content could not be loaded ({error}). Run &apos;screenaid validate&apos;.</source>
        <translation>Le contenu n&apos;a pas pu être chargé ({error}). Lancez « screenaid validate ».</translation>
    </message>
</context>
<context>
    <name>PathwayDiagram</name>
    <message>
        <source>Not answered</source>
        <translation>Sans réponse</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Toujours</translation>
    </message>
    <message>
        <source>applies</source>
        <translation>s&apos;applique</translation>
    </message>
    <message>
        <source>waiting for an answer</source>
        <translation>attend une réponse</translation>
    </message>
    <message>
        <source>does not apply</source>
        <translation>ne s&apos;applique pas</translation>
    </message>
    <message>
        <source>Response pathway diagram</source>
        <translation>Schéma du parcours de réponse</translation>
    </message>
    <message>
        <source>Questions:</source>
        <translation>Questions :</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>Étapes :</translation>
    </message>
</context>
<context>
    <name>PathwayQuestions</name>
    <message>
        <source>Not answered</source>
        <translation>Sans réponse</translation>
    </message>
    <message>
        <source>Findings from the checklist</source>
        <translation>Constats de la liste</translation>
    </message>
    <message>
        <source>Answer with the number keys shown; the same key again takes the answer back.</source>
        <translation>Répondez avec les touches numériques indiquées ; la même touche une seconde fois retire la réponse.</translation>
    </message>
    <message>
        <source>{question} Answer taken back.</source>
        <translation>{question} Réponse retirée.</translation>
    </message>
    <message>
        <source>{question} Answered: {answer}.</source>
        <translation>{question} Réponse : {answer}.</translation>
    </message>
    <message>
        <source>Key {key}</source>
        <translation>Touche {key}</translation>
    </message>
    <message>
        <source>Help: {question}</source>
        <translation>Aide : {question}</translation>
    </message>
    <message>
        <source>{question} {answer} (from the checklist)</source>
        <translation>{question} {answer} (d&apos;après la liste)</translation>
    </message>
</context>
<context>
    <name>Places</name>
    <message>
        <source>Learn</source>
        <translation>Apprendre</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>Repérer</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Demander</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documenter</translation>
    </message>
    <message>
        <source>Refer</source>
        <translation>Orienter</translation>
    </message>
</context>
<context>
    <name>PostTestView</name>
    <message>
        <source>Post-test</source>
        <translation>Évaluation finale</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{questions} on the course&apos;s %n objective(s), in a new order each time. You see a score for each objective and an explanation for every question. Score {percent} % or more to be offered a certificate of completion. Nothing you answer is saved.</source>
        <translation>
            <numerusform>{questions} sur l&apos;objectif du cours (%n), dans un ordre nouveau à chaque fois. Vous voyez un score par objectif et une explication pour chaque question. Avec {percent} % ou plus, un certificat de réussite vous est proposé. Rien de ce que vous répondez n&apos;est enregistré.</numerusform>
            <numerusform>{questions} sur les %n objectifs du cours, dans un ordre nouveau à chaque fois. Vous voyez un score par objectif et une explication pour chaque question. Avec {percent} % ou plus, un certificat de réussite vous est proposé. Rien de ce que vous répondez n&apos;est enregistré.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Start the post-test</source>
        <translation>&amp;Commencer l&apos;évaluation finale</translation>
    </message>
    <message>
        <source>Start the post-test in a new order</source>
        <translation>Commencer l&apos;évaluation finale dans un ordre nouveau</translation>
    </message>
    <message>
        <source>Sc&amp;ore my answers</source>
        <translation>&amp;Noter mes réponses</translation>
    </message>
    <message>
        <source>Post-test status</source>
        <translation>État de l&apos;évaluation finale</translation>
    </message>
    <message>
        <source>Post-test results</source>
        <translation>Résultats de l&apos;évaluation finale</translation>
    </message>
    <message>
        <source>&amp;Start again in a new order</source>
        <translation>&amp;Recommencer dans un autre ordre</translation>
    </message>
    <message numerus="yes">
        <source>Answer every question first (%n left).</source>
        <translation>
            <numerusform>Répondez d&apos;abord à toutes les questions (il en reste %n).</numerusform>
            <numerusform>Répondez d&apos;abord à toutes les questions (il en reste %n).</numerusform>
        </translation>
    </message>
    <message>
        <source>Correct.</source>
        <translation>Juste.</translation>
    </message>
    <message>
        <source>Not correct. The answer is: {answer}</source>
        <translation>Inexact. La bonne réponse est : {answer}</translation>
    </message>
    <message>
        <source>{right} of {total}</source>
        <translation>{right} sur {total}</translation>
    </message>
    <message>
        <source>You passed. You can print a certificate of completion below.</source>
        <translation>Réussi. Vous pouvez imprimer un certificat de réussite ci-dessous.</translation>
    </message>
    <message>
        <source>Below {percent} %: read the modules for the objectives you missed and start again in a new order.</source>
        <translation>Moins de {percent} % : relisez les modules des objectifs manqués et recommencez dans un autre ordre.</translation>
    </message>
    <message>
        <source>Your results: {right} of {total}</source>
        <translation>Vos résultats : {right} sur {total}</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Scored: {right} of {total} correct.</source>
        <translation>Noté : {right} sur {total} justes.</translation>
    </message>
</context>
<context>
    <name>PromptCard</name>
    <message>
        <source>Stage: {stage} · Topics: {topics}</source>
        <translation>Étape : {stage} · Thèmes : {topics}</translation>
    </message>
    <message>
        <source>Say (English)</source>
        <translation>Dire (anglais)</translation>
    </message>
    <message>
        <source>Say (Spanish)</source>
        <translation>Dire (espagnol)</translation>
    </message>
    <message>
        <source>Avoid:</source>
        <translation>À éviter :</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Pourquoi :</translation>
    </message>
</context>
<context>
    <name>QuickExitButton</name>
    <message>
        <source>Quick exit</source>
        <translation>Sortie rapide</translation>
    </message>
    <message>
        <source>Hides this window at once and closes the app. Shortcut: press Shift three times.</source>
        <translation>Masque aussitôt cette fenêtre et ferme l&apos;application. Raccourci : appuyez trois fois sur Maj.</translation>
    </message>
</context>
<context>
    <name>ReferPage</name>
    <message>
        <source>Refer</source>
        <translation>Orienter</translation>
    </message>
    <message>
        <source>Resource list status</source>
        <translation>État de la liste de ressources</translation>
    </message>
    <message>
        <source>Audience preset</source>
        <translation>Profil de public</translation>
    </message>
    <message>
        <source>Ticks the lines that suit this patient in the chosen country.</source>
        <translation>Coche les lignes adaptées à ce patient dans le pays choisi.</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Tout décocher</translation>
    </message>
    <message>
        <source>Untick every line: nothing is on the handout until you tick again.</source>
        <translation>Décoche toutes les lignes : le dépliant reste vide jusqu&apos;à ce que vous cochiez à nouveau.</translation>
    </message>
    <message>
        <source>&amp;Discreet wallet cards</source>
        <translation>Cartes &amp;discrètes</translation>
    </message>
    <message>
        <source>Wallet cards with the discreet title, in one step.</source>
        <translation>Cartes de poche avec le titre discret, en une seule étape.</translation>
    </message>
    <message>
        <source>Lines on the handout</source>
        <translation>Lignes du dépliant</translation>
    </message>
    <message>
        <source>&amp;Print handout…</source>
        <translation>Im&amp;primer le dépliant…</translation>
    </message>
    <message>
        <source>Print the handout (Ctrl+P)</source>
        <translation>Imprimer le dépliant (Ctrl+P)</translation>
    </message>
    <message>
        <source>Save as PD&amp;F…</source>
        <translation>Enregistrer en PD&amp;F…</translation>
    </message>
    <message>
        <source>Only when you need a file: a saved handout stays on this computer.</source>
        <translation>Seulement si vous avez besoin d&apos;un fichier : un dépliant enregistré reste sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Handout status</source>
        <translation>État du dépliant</translation>
    </message>
    <message>
        <source>&amp;Audience:</source>
        <translation>P&amp;ublic :</translation>
    </message>
    <message>
        <source>This handout cannot be made: {error}</source>
        <translation>Ce dépliant ne peut pas être préparé : {error}</translation>
    </message>
    <message>
        <source>This handout cannot be made: the handout wording did not pass its signature check. Give the numbers listed here by word of mouth, and ask for ScreenAid to be reinstalled.</source>
        <translation>Ce dépliant ne peut pas être préparé : le texte du dépliant n&apos;a pas passé la vérification de sa signature. Donnez de vive voix les numéros affichés ici et demandez que ScreenAid soit réinstallé.</translation>
    </message>
    <message numerus="yes">
        <source>On the handout: %n line(s)</source>
        <translation>
            <numerusform>Sur le dépliant : %n ligne</numerusform>
            <numerusform>Sur le dépliant : %n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick at least one resource to see the handout.</source>
        <translation>Cochez au moins une ressource pour voir le dépliant.</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>%n page envoyée à l&apos;imprimante.</numerusform>
            <numerusform>%n pages envoyées à l&apos;imprimante.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to print: tick at least one line.</source>
        <translation>Rien à imprimer : cochez au moins une ligne.</translation>
    </message>
    <message>
        <source>Print handout</source>
        <translation>Imprimer le dépliant</translation>
    </message>
    <message>
        <source>The handout could not be printed: {error}</source>
        <translation>Le dépliant n&apos;a pas pu être imprimé : {error}</translation>
    </message>
    <message>
        <source>Save handout as PDF</source>
        <translation>Enregistrer le dépliant en PDF</translation>
    </message>
    <message>
        <source>handout.pdf</source>
        <translation>depliant.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save handout</source>
        <translation>Enregistrer le dépliant</translation>
    </message>
    <message>
        <source>The handout could not be saved: {error}</source>
        <translation>Le dépliant n&apos;a pas pu être enregistré : {error}</translation>
    </message>
    <message>
        <source>Saved. Delete the file when it is no longer needed.</source>
        <translation>Enregistré. Supprimez le fichier dès qu&apos;il n&apos;est plus utile.</translation>
    </message>
    <message>
        <source>The resource list could not be verified: only the built-in national lines are shown (see the notice above).</source>
        <translation>La liste de ressources n&apos;a pas pu être vérifiée : seules les lignes nationales intégrées sont affichées (voir l&apos;avis ci-dessus).</translation>
    </message>
    <message>
        <source>Resource list verified on {date} (version {version}).</source>
        <translation>Liste de ressources vérifiée le {date} (version {version}).</translation>
    </message>
</context>
<context>
    <name>ReferralSheetPanel</name>
    <message>
        <source>Referral preparation sheet</source>
        <translation>Fiche de préparation de l&apos;orientation</translation>
    </message>
    <message>
        <source>Blank preparation sheet for the {route} (no patient details on it).</source>
        <translation>Fiche de préparation vierge pour : {route} (sans données du patient).</translation>
    </message>
    <message>
        <source>No referral preparation sheet for {name} yet — follow your local policy.</source>
        <translation>Pas encore de fiche de préparation de l&apos;orientation pour {name} : suivez la procédure locale.</translation>
    </message>
    <message>
        <source>Print preparation &amp;sheet…</source>
        <translation>Imprimer la fiche de p&amp;réparation…</translation>
    </message>
    <message>
        <source>Print preparation sheet</source>
        <translation>Imprimer la fiche de préparation</translation>
    </message>
    <message>
        <source>The sheet could not be printed: {error}</source>
        <translation>La fiche n&apos;a pas pu être imprimée : {error}</translation>
    </message>
</context>
<context>
    <name>ResourceDetails</name>
    <message>
        <source>Resource details</source>
        <translation>Détails de la ressource</translation>
    </message>
    <message>
        <source>Choose a resource to see its details.</source>
        <translation>Choisissez une ressource pour voir ses détails.</translation>
    </message>
    <message>
        <source>Added by your clinic.</source>
        <translation>Ajoutée par votre établissement.</translation>
    </message>
    <message>
        <source>(keyword {keyword})</source>
        <translation>(mot-clé {keyword})</translation>
    </message>
    <message>
        <source>Open 24/7</source>
        <translation>Ouvert 24 h/24, 7 j/7</translation>
    </message>
    <message>
        <source>Services: {services}</source>
        <translation>Services : {services}</translation>
    </message>
    <message>
        <source>For: {audiences}</source>
        <translation>Pour : {audiences}</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Remarque :</translation>
    </message>
    <message>
        <source>Checked at the source on {date}.</source>
        <translation>Vérifié à la source le {date}.</translation>
    </message>
</context>
<context>
    <name>ResourceDirectory</name>
    <message>
        <source>Your clinic&apos;s own</source>
        <translation>De votre établissement</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <source>Tick a resource to put it on the handout. Space ticks the current one.</source>
        <translation>Cochez une ressource pour l&apos;ajouter au dépliant. Espace coche la ressource courante.</translation>
    </message>
    <message>
        <source>Lines shown and on the handout</source>
        <translation>Lignes affichées et sur le dépliant</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n line(s) shown</source>
        <translation>
            <numerusform>Lignes affichées : {shown} sur %n</numerusform>
            <numerusform>Lignes affichées : {shown} sur %n</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} on the handout</source>
        <translation>{count} sur le dépliant</translation>
    </message>
    <message numerus="yes">
        <source>(%n ticked but hidden by the filters, so left off)</source>
        <translation>
            <numerusform>(%n cochée mais masquée par les filtres, donc non reprise)</numerusform>
            <numerusform>(%n cochées mais masquées par les filtres, donc non reprises)</numerusform>
        </translation>
    </message>
    <message>
        <source>Not offered on printed handouts.</source>
        <translation>Non proposée sur les dépliants imprimés.</translation>
    </message>
</context>
<context>
    <name>ResourceFilters</name>
    <message>
        <source>European Union</source>
        <translation>Union européenne</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Service type</source>
        <translation>Type de service</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <source>Language spoken</source>
        <translation>Langue parlée</translation>
    </message>
    <message>
        <source>Open 24/7 only</source>
        <translation>Ouvert 24 h/24 uniquement</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>Pa&amp;ys :</translation>
    </message>
    <message>
        <source>Service &amp;type:</source>
        <translation>Type de &amp;service :</translation>
    </message>
    <message>
        <source>Fo&amp;r:</source>
        <translation>P&amp;our :</translation>
    </message>
    <message>
        <source>Language spo&amp;ken:</source>
        <translation>&amp;Langue parlée :</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Tous</translation>
    </message>
</context>
<context>
    <name>ScreenPage</name>
    <message>
        <source>Screen</source>
        <translation>Repérer</translation>
    </message>
    <message>
        <source>&amp;New screen</source>
        <translation>&amp;Nouveau repérage</translation>
    </message>
    <message>
        <source>Uncheck every item and clear every answer.</source>
        <translation>Décoche tous les éléments et efface toutes les réponses.</translation>
    </message>
    <message>
        <source>Response pathway</source>
        <translation>Parcours de réponse</translation>
    </message>
    <message>
        <source>Pathway diagram</source>
        <translation>Schéma du parcours</translation>
    </message>
    <message>
        <source>Published screening tools, described by their facts. Use the tool itself as published; its questions are not reproduced here.</source>
        <translation>Outils de repérage publiés, décrits par leurs caractéristiques. Utilisez l&apos;outil tel qu&apos;il a été publié ; ses questions ne sont pas reproduites ici.</translation>
    </message>
    <message>
        <source>No validated screening instruments are loaded.</source>
        <translation>Aucun outil de repérage validé n&apos;est chargé.</translation>
    </message>
    <message>
        <source>Validated screening instruments</source>
        <translation>Outils de repérage validés</translation>
    </message>
    <message>
        <source>Screen sections</source>
        <translation>Parties de Repérer</translation>
    </message>
    <message>
        <source>&amp;Response pathway</source>
        <translation>Parcours de &amp;réponse</translation>
    </message>
    <message>
        <source>Pathway dia&amp;gram</source>
        <translation>Sché&amp;ma du parcours</translation>
    </message>
    <message>
        <source>&amp;Validated screens</source>
        <translation>Outils &amp;validés</translation>
    </message>
</context>
<context>
    <name>ScreeningLabels</name>
    <message>
        <source>Labor</source>
        <translation>Travail</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexuelle</translation>
    </message>
    <message>
        <source>Labor and sex</source>
        <translation>Travail et sexuelle</translation>
    </message>
    <message>
        <source>Children and youth</source>
        <translation>Enfants et jeunes</translation>
    </message>
    <message>
        <source>Adults</source>
        <translation>Adultes</translation>
    </message>
    <message>
        <source>Boys and men</source>
        <translation>Garçons et hommes</translation>
    </message>
    <message>
        <source>LGBTQ+ people</source>
        <translation>Personnes LGBTQ+</translation>
    </message>
    <message>
        <source>Migrants</source>
        <translation>Personnes migrantes</translation>
    </message>
    <message>
        <source>Physical</source>
        <translation>Physiques</translation>
    </message>
    <message>
        <source>Behavioural</source>
        <translation>Comportementaux</translation>
    </message>
    <message>
        <source>Situational</source>
        <translation>Liés à la situation</translation>
    </message>
    <message>
        <source>Work and living conditions</source>
        <translation>Conditions de travail et de vie</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Risk factor</source>
        <translation>Facteur de risque</translation>
    </message>
    <message>
        <source>High concern</source>
        <translation>Forte inquiétude</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>“{question}” is answered</source>
        <translation>« {question} » a une réponse</translation>
    </message>
    <message>
        <source>“{question}” is {answers}</source>
        <translation>« {question} » : {answers}</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>If {conditions}</source>
        <translation>Si {conditions}</translation>
    </message>
</context>
<context>
    <name>ScreeningSummary</name>
    <message>
        <source>Screening summary</source>
        <translation>Résumé du repérage</translation>
    </message>
    <message>
        <source>Nothing checked yet. Check what you see or hear; the next steps update as you go.</source>
        <translation>Rien n&apos;est encore coché. Cochez ce que vous voyez ou entendez ; les prochaines étapes se mettent à jour au fur et à mesure.</translation>
    </message>
    <message numerus="yes">
        <source>%n checked: {kinds}.</source>
        <translation>
            <numerusform>%n coché : {kinds}.</numerusform>
            <numerusform>%n cochés : {kinds}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Domain: {domains}.</source>
        <translation>Type : {domains}.</translation>
    </message>
    <message>
        <source>Category: {categories}.</source>
        <translation>Catégorie : {categories}.</translation>
    </message>
    <message>
        <source>Populations: {populations}.</source>
        <translation>Populations : {populations}.</translation>
    </message>
    <message>
        <source>{high_concern}: {titles}.</source>
        <translation>{high_concern} : {titles}.</translation>
    </message>
    <message numerus="yes">
        <source>%n risk factor(s)</source>
        <translation>
            <numerusform>%n facteur de risque</numerusform>
            <numerusform>%n facteurs de risque</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indicator(s)</source>
        <translation>
            <numerusform>%n indicateur</numerusform>
            <numerusform>%n indicateurs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SelfCheckWidget</name>
    <message>
        <source>Self-check {number}</source>
        <translation>Autoévaluation {number}</translation>
    </message>
    <message>
        <source>Check answer</source>
        <translation>Vérifier la réponse</translation>
    </message>
    <message>
        <source>Check answer to self-check {number}</source>
        <translation>Vérifier la réponse à l&apos;autoévaluation {number}</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Pick an answer first.</source>
        <translation>Choisissez d&apos;abord une réponse.</translation>
    </message>
    <message>
        <source>Right.</source>
        <translation>Juste.</translation>
    </message>
    <message>
        <source>Not quite.</source>
        <translation>Pas tout à fait.</translation>
    </message>
</context>
<context>
    <name>_QuestionBox</name>
    <message>
        <source>Question {number} of {total}</source>
        <translation>Question {number} sur {total}</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explication</translation>
    </message>
</context>
<context>
    <name>_StepBox</name>
    <message>
        <source>Step {number}</source>
        <translation>Étape {number}</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>What do you do?</source>
        <translation>Que faites-vous ?</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Choisir</translation>
    </message>
    <message>
        <source>Choose this answer at step {number}</source>
        <translation>Choisir cette réponse à l&apos;étape {number}</translation>
    </message>
</context>
</TS>
