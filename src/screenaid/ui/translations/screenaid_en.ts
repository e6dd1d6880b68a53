<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AskPage</name>
    <message numerus="yes">
        <source>%n prompt(s) shown</source>
        <translation>
            <numerusform>%n prompt shown</numerusform>
            <numerusform>%n prompts shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown}, %n linked to checked items.</source>
        <translation>
            <numerusform>{shown}, %n linked to checked items.</numerusform>
            <numerusform>{shown}, %n linked to checked items.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HandoutComposer</name>
    <message numerus="yes">
        <source>No {language} text for %n line(s): {names}. Choose below: print their numbers only, or leave them out. The handout never mixes languages.</source>
        <translation>
            <numerusform>No {language} text for %n line: {names}. Choose below: print its numbers only, or leave it out. The handout never mixes languages.</numerusform>
            <numerusform>No {language} text for %n lines: {names}. Choose below: print their numbers only, or leave them out. The handout never mixes languages.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdleWarningDialog</name>
    <message numerus="yes">
        <source>Nothing has happened for a while. In %n seconds, everything checked or typed will be cleared and the app will go back to its start page.</source>
        <translation>
            <numerusform>Nothing has happened for a while. In %n second, everything checked or typed will be cleared and the app will go back to its start page.</numerusform>
            <numerusform>Nothing has happened for a while. In %n seconds, everything checked or typed will be cleared and the app will go back to its start page.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IndicatorChecklist</name>
    <message numerus="yes">
        <source>Show &amp;all %n items</source>
        <translation>
            <numerusform>Show &amp;all %n item</numerusform>
            <numerusform>Show &amp;all %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show the &amp;core %n items</source>
        <translation>
            <numerusform>Show the &amp;core %n item</numerusform>
            <numerusform>Show the &amp;core %n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Copied. The clipboard clears itself in %n seconds.</source>
        <translation>
            <numerusform>Copied. The clipboard clears itself in %n second.</numerusform>
            <numerusform>Copied. The clipboard clears itself in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Shift: press %n more time(s) to quick exit.</source>
        <translation>
            <numerusform>Shift: press %n more time to quick exit.</numerusform>
            <numerusform>Shift: press %n more times to quick exit.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModuleView</name>
    <message numerus="yes">
        <source>About %n minute(s) to read the core text</source>
        <translation>
            <numerusform>About %n minute to read the core text</numerusform>
            <numerusform>About %n minutes to read the core text</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) to study it all, with extra depth, cases and self-checks.</source>
        <translation>
            <numerusform>about %n minute to study it all, with extra depth, cases and self-checks.</numerusform>
            <numerusform>about %n minutes to study it all, with extra depth, cases and self-checks.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoteComposer</name>
    <message numerus="yes">
        <source>Copied. The clipboard will be cleared in %n seconds, and when ScreenAid closes.</source>
        <translation>
            <numerusform>Copied. The clipboard will be cleared in %n second, and when ScreenAid closes.</numerusform>
            <numerusform>Copied. The clipboard will be cleared in %n seconds, and when ScreenAid closes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PostTestView</name>
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
            <numerusform>{questions} on the course&apos;s %n objective, in a new order each time. You see a score for each objective and an explanation for every question. Score {percent} % or more to be offered a certificate of completion. Nothing you answer is saved.</numerusform>
            <numerusform>{questions} on the course&apos;s %n objectives, in a new order each time. You see a score for each objective and an explanation for every question. Score {percent} % or more to be offered a certificate of completion. Nothing you answer is saved.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Answer every question first (%n left).</source>
        <translation>
            <numerusform>Answer every question first (%n left).</numerusform>
            <numerusform>Answer every question first (%n left).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReferPage</name>
    <message numerus="yes">
        <source>On the handout: %n line(s)</source>
        <translation>
            <numerusform>On the handout: %n line</numerusform>
            <numerusform>On the handout: %n lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>Sent %n page to the printer.</numerusform>
            <numerusform>Sent %n pages to the printer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResourceDirectory</name>
    <message numerus="yes">
        <source>{shown} of %n line(s) shown</source>
        <translation>
            <numerusform>{shown} of %n line shown</numerusform>
            <numerusform>{shown} of %n lines shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n ticked but hidden by the filters, so left off)</source>
        <translation>
            <numerusform>(%n ticked but hidden by the filters, so left off)</numerusform>
            <numerusform>(%n ticked but hidden by the filters, so left off)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScreeningSummary</name>
    <message numerus="yes">
        <source>%n checked: {kinds}.</source>
        <translation>
            <numerusform>%n checked: {kinds}.</numerusform>
            <numerusform>%n checked: {kinds}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n risk factor(s)</source>
        <translation>
            <numerusform>%n risk factor</numerusform>
            <numerusform>%n risk factors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indicator(s)</source>
        <translation>
            <numerusform>%n indicator</numerusform>
            <numerusform>%n indicators</numerusform>
        </translation>
    </message>
</context>
</TS>
