<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>Accessibility</name>
    <message>
        <source>Resize handle</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Something went wrong inside the app. Nothing you entered has been saved anywhere. You can carry on, or close the app and open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AskPage</name>
    <message>
        <source>Ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Spanish beside English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked to what you checked on Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All other prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n prompt(s) shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown}, %n linked to checked items.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CareTopicsView</name>
    <message>
        <source>United States</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Australia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>International</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice does not differ by country in the sources used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>**Not checked for your country ({country}).** This card follows guidance for {names}; use your national guideline for timings and regimens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies as written in: {names}. Elsewhere, follow your national guideline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care at the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to offer for the health needs the checklist points to, with the time windows the named guideline gives. Your clinic&apos;s protocol and a prescriber&apos;s judgement come first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time-critical.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guideline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseExerciseView</name>
    <message>
        <source>Best choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This could cause harm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principle: {principle}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work through a case step by step. After each choice you see why it helps or harms, and the principle behind it. Start again to try other choices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the case again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of this path. Choose “Start again” to try other choices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a choice first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificateView</name>
    <message>
        <source>This certificate records that the course and its post-test were completed in ScreenAid. It is not an accredited continuing-education (CE) or continuing-medical-education (CME) credit, and no body has reviewed it for credit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate of completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the name to print on the certificate. Nothing is saved: the certificate is made in memory and sent straight to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name to print on the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date on the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the name to print on the certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent the certificate to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate could not be printed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cover</name>
    <message>
        <source>Clinical reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a section above, or search with Ctrl+K. Press {key} at any time to show this plain page instead of your work, and {key} again to go back to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press {key} to continue.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentPage</name>
    <message>
        <source>Codes are shown with their official description. Read the cautions before using one: a code in a record can be seen by others, for example on insurance statements or in a patient portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documentation sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safe-documentation guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;ICD-10-CM codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;ding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compose a &amp;note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GlobalSearch</name>
    <message>
        <source>Search everything (Ctrl+K or /)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results appear below while you type. Enter opens the best one; Down chooses another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No results</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuidanceCard</name>
    <message>
        <source>Do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More detail: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Less detail: {title}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoutComposer</name>
    <message>
        <source>Full page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallet cards (cut out, easy to hide)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide-away slips (number only, always discreet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print their name and numbers only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave them out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(translation not reviewed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain: “Where to get help”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discreet: a neutral health title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handout language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines without text in this language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handout lan&amp;guage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines wit&amp;hout text in it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La&amp;yout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pap&amp;er:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No {language} text for %n line(s): {names}. Choose below: print their numbers only, or leave them out. The handout never mixes languages.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HandoutPreview</name>
    <message>
        <source>Handout preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one resource to see the handout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handout page {number} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IcdCodeTable</name>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cautions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICD-10-CM codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per code: description, category, when to use it and cautions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7th character: {value}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdleWarningDialog</name>
    <message>
        <source>I&apos;m still here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are you still there?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left before clearing</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing has happened for a while. In %n seconds, everything checked or typed will be cleared and the app will go back to its start page.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IndicatorChecklist</name>
    <message>
        <source>Filter by domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All populations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Population:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Show &amp;all %n items</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show the &amp;core %n items</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The items of highest concern or strongest evidence, each with its source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space checks or unchecks the item in focus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: {publisher}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndicatorDetails</name>
    <message>
        <source>Select a checklist item to see what to look for and why it matters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist item details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask about it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learn more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care at the visit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstrumentCard</name>
    <message>
        <source>Sensitivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specificity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positive predictive value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negative predictive value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area under the curve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not validated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Developer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positive screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InterfaceTranslation</name>
    <message>
        <source>This interface translation was drafted by a developer and has not yet been reviewed by a native-speaking clinician. If a word is unclear, check it in the English interface.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JurisdictionBar</name>
    <message>
        <source>La&amp;w and routes for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose law, reporting duties, referral routes and coding to show. Changes this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jurisdiction for this session</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JurisdictionNotes</name>
    <message>
        <source>Definition and law</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting: a child or young person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting: an adult at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting: a capable adult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral route for survivors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosis coding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Law and reporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources: {sources}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guidance for {name} differs by region: choose one in the header ({regions}), or ask IT to set the jurisdiction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No guidance for {name} yet — follow your local policy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pathway question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documentation guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICD-10-CM code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search synonyms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handout text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wording rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jurisdiction note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Educate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Living</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Movement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money and debt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sexual health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient&apos;s own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deciding together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portal and proxy access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing and insurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitive notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos and body maps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perpetrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pregnancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trafficking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crisis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domestic violence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sexual assault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LGBTQ+ people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runaway youth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child exploitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Victim support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Law enforcement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Youth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Men</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Women</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professionals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TTY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boys and men</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children and youth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work and living</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LearnPage</name>
    <message>
        <source>Law and reporting where you work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care at the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post-test and certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course modules and training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a module or a training part to open it on the right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Clinical reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cover screen ({key})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a plain page at once; {key} again brings your work back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied. The clipboard clears itself in %n seconds.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Showing law and routes for {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That entry is not shown on any page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleared after a period without use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size {percent} %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Shift: press %n more time(s) to quick exit.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModuleView</name>
    <message>
        <source>Reading and study time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You will be able to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show more depth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the extra depth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show discussion: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide discussion: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>About %n minute(s) to read the core text</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) to study it all, with extra depth, cases and self-checks.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NavigationBar</name>
    <message>
        <source>Places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to {place} (Ctrl+{number})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{place} (Ctrl+{number})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NextSteps</name>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next steps for this patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No step applies yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most pressing first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depending on your answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What each step involves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See also:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteComposer</name>
    <message>
        <source>Note for the health record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rebuild from checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built only from the items you checked, in neutral wording without names. It is a starting point: edit it freely, and fill in or delete every [blank]. Read it before you paste it. Nothing here is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Composed note (editable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blanks left in the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked items not written to the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checklist changed after you edited the note. Rebuild to start again from it (your edits are replaced).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your additions to the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Your additions (optional, not saved):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clipboard status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not copied: the note still has blanks ({blanks}). Fill them in or delete them, or press Copy anyway to copy the note as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blanks to fill in or delete: {blanks}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied. The clipboard will be cleared in %n seconds, and when ScreenAid closes.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The clipboard has been cleared.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <source>Notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <source>Development build: its content is signed with a public test key, so the signature proves nothing. Not for use with patients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content could not be loaded ({error}). Run &apos;screenaid validate&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PathwayDiagram</name>
    <message>
        <source>Not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for an answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response pathway diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PathwayQuestions</name>
    <message>
        <source>Not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings from the checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer with the number keys shown; the same key again takes the answer back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help: {question}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{question} {answer} (from the checklist)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Places</name>
    <message>
        <source>Learn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostTestView</name>
    <message>
        <source>Post-test</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{questions} on the course&apos;s %n objective(s), in a new order each time. You see a score for each objective and an explanation for every question. Score {percent} % or more to be offered a certificate of completion. Nothing you answer is saved.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Start the post-test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the post-test in a new order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sc&amp;ore my answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post-test status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post-test results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start again in a new order</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Answer every question first (%n left).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not correct. The answer is: {answer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{right} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You passed. You can print a certificate of completion below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below {percent} %: read the modules for the objectives you missed and start again in a new order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your results: {right} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scored: {right} of {total} correct.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PromptCard</name>
    <message>
        <source>Stage: {stage} · Topics: {topics}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say (Spanish)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avoid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuickExitButton</name>
    <message>
        <source>Quick exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hides this window at once and closes the app. Shortcut: press Shift three times.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferPage</name>
    <message>
        <source>Refer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource list status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticks the lines that suit this patient in the chosen country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick every line: nothing is on the handout until you tick again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discreet wallet cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallet cards with the discreet title, in one step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines on the handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print handout…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the handout (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PD&amp;F…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only when you need a file: a saved handout stays on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handout status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audience:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This handout cannot be made: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>On the handout: %n line(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Tick at least one resource to see the handout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to print: tick at least one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The handout could not be printed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save handout as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handout.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The handout could not be saved: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Delete the file when it is no longer needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resource list could not be verified: only the built-in national lines are shown (see the notice above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource list verified on {date} (version {version}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralSheetPanel</name>
    <message>
        <source>Referral preparation sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank preparation sheet for the {route} (no patient details on it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No referral preparation sheet for {name} yet — follow your local policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print preparation &amp;sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print preparation sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet could not be printed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResourceDetails</name>
    <message>
        <source>Resource details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a resource to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added by your clinic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(keyword {keyword})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open 24/7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services: {services}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For: {audiences}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked at the source on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResourceDirectory</name>
    <message>
        <source>Your clinic&apos;s own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick a resource to put it on the handout. Space ticks the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines shown and on the handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n line(s) shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{count} on the handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(%n ticked but hidden by the filters, so left off)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not offered on printed handouts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResourceFilters</name>
    <message>
        <source>European Union</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language spoken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open 24/7 only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fo&amp;r:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language spo&amp;ken:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreenPage</name>
    <message>
        <source>Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncheck every item and clear every answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response pathway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pathway diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published screening tools, described by their facts. Use the tool itself as published; its questions are not reproduced here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No validated screening instruments are loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validated screening instruments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Response pathway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pathway dia&amp;gram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Validated screens</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreeningLabels</name>
    <message>
        <source>Labor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labor and sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children and youth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boys and men</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LGBTQ+ people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Physical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behavioural</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situational</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work and living conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High concern</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreeningSummary</name>
    <message>
        <source>Screening summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing checked yet. Check what you see or hear; the next steps update as you go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n checked: {kinds}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Domain: {domains}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category: {categories}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Populations: {populations}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{high_concern}: {titles}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n risk factor(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indicator(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SelfCheckWidget</name>
    <message>
        <source>Self-check {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check answer to self-check {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick an answer first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not quite.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_QuestionBox</name>
    <message>
        <source>Question {number} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_StepBox</name>
    <message>
        <source>Step {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What do you do?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose this answer at step {number}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
