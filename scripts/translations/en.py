"""English plural forms (singular, plural) for the interface's ``%n`` messages: the only English catalogue
entries, as Qt documents for a source language with plurals (``lupdate -pluralonly``)."""

TRANSLATIONS: dict[str, str | tuple[str, ...]] = {
    "%n prompt(s) shown": ("%n prompt shown", "%n prompts shown"),
    "{shown}, %n linked to checked items.": ("{shown}, %n linked to checked items.",) * 2,
    "No {language} text for %n line(s): {names}. Choose below: print their numbers only, or leave them out. "
    "The handout never mixes languages.": (
        "No {language} text for %n line: {names}. Choose below: print its numbers only, or leave it out. "
        "The handout never mixes languages.",
        "No {language} text for %n lines: {names}. Choose below: print their numbers only, or leave them out. "
        "The handout never mixes languages.",
    ),
    "Nothing has happened for a while. In %n seconds, everything checked or typed will be cleared and the app "
    "will go back to its start page.": (
        "Nothing has happened for a while. In %n second, everything checked or typed will be cleared and the "
        "app will go back to its start page.",
        "Nothing has happened for a while. In %n seconds, everything checked or typed will be cleared and the "
        "app will go back to its start page.",
    ),
    "Show &all %n items": ("Show &all %n item", "Show &all %n items"),
    "Show the &core %n items": ("Show the &core %n item", "Show the &core %n items"),
    "Copied. The clipboard clears itself in %n seconds.": (
        "Copied. The clipboard clears itself in %n second.",
        "Copied. The clipboard clears itself in %n seconds.",
    ),
    "Shift: press %n more time(s) to quick exit.": (
        "Shift: press %n more time to quick exit.",
        "Shift: press %n more times to quick exit.",
    ),
    "About %n minute(s) to read the core text": (
        "About %n minute to read the core text",
        "About %n minutes to read the core text",
    ),
    "about %n minute(s) to study it all, with extra depth, cases and self-checks.": (
        "about %n minute to study it all, with extra depth, cases and self-checks.",
        "about %n minutes to study it all, with extra depth, cases and self-checks.",
    ),
    "Copied. The clipboard will be cleared in %n seconds, and when ScreenAid closes.": (
        "Copied. The clipboard will be cleared in %n second, and when ScreenAid closes.",
        "Copied. The clipboard will be cleared in %n seconds, and when ScreenAid closes.",
    ),
    "%n question(s)": ("%n question", "%n questions"),
    "{questions} on the course's %n objective(s), in a new order each time. You see a score for each objective "
    "and an explanation for every question. Score {percent} % or more to be offered a certificate of "
    "completion. Nothing you answer is saved.": (
        "{questions} on the course's %n objective, in a new order each time. You see a score for each "
        "objective and an explanation for every question. Score {percent} % or more to be offered a "
        "certificate of completion. Nothing you answer is saved.",
        "{questions} on the course's %n objectives, in a new order each time. You see a score for each "
        "objective and an explanation for every question. Score {percent} % or more to be offered a "
        "certificate of completion. Nothing you answer is saved.",
    ),
    "Answer every question first (%n left).": ("Answer every question first (%n left).",) * 2,
    "On the handout: %n line(s)": ("On the handout: %n line", "On the handout: %n lines"),
    "Sent %n page(s) to the printer.": ("Sent %n page to the printer.", "Sent %n pages to the printer."),
    "{shown} of %n line(s) shown": ("{shown} of %n line shown", "{shown} of %n lines shown"),
    "(%n ticked but hidden by the filters, so left off)": (
        "(%n ticked but hidden by the filters, so left off)",
    )
    * 2,
    "%n checked: {kinds}.": ("%n checked: {kinds}.",) * 2,
    "%n risk factor(s)": ("%n risk factor", "%n risk factors"),
    "%n indicator(s)": ("%n indicator", "%n indicators"),
}
