"""Readable labels for enumeration values shown in filters, headings and search results ("money_debt" →
"Money and debt"), every one listed, so that each is translated (context "Labels")."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication

from screenaid.ui.translation import QT_TRANSLATE_NOOP

LABELS = {
    # Content kinds (search results)
    "source": QT_TRANSLATE_NOOP("Labels", "Source"),
    "objective": QT_TRANSLATE_NOOP("Labels", "Objective"),
    "module": QT_TRANSLATE_NOOP("Labels", "Course module"),
    "indicator": QT_TRANSLATE_NOOP("Labels", "Indicator"),
    "instrument": QT_TRANSLATE_NOOP("Labels", "Instrument"),
    "pathway_question": QT_TRANSLATE_NOOP("Labels", "Pathway question"),
    "pathway_step": QT_TRANSLATE_NOOP("Labels", "Next step"),
    "prompt": QT_TRANSLATE_NOOP("Labels", "Prompt"),
    "guidance": QT_TRANSLATE_NOOP("Labels", "Documentation guidance"),
    "icd_code": QT_TRANSLATE_NOOP("Labels", "ICD-10-CM code"),
    "resource": QT_TRANSLATE_NOOP("Labels", "Resource"),
    "synonyms": QT_TRANSLATE_NOOP("Labels", "Search synonyms"),
    "handout_text": QT_TRANSLATE_NOOP("Labels", "Handout text"),
    "note_template": QT_TRANSLATE_NOOP("Labels", "Note template"),
    "wording_rule": QT_TRANSLATE_NOOP("Labels", "Wording rule"),
    "care_topic": QT_TRANSLATE_NOOP("Labels", "Care topic"),
    "case_exercise": QT_TRANSLATE_NOOP("Labels", "Case exercise"),
    "test_question": QT_TRANSLATE_NOOP("Labels", "Test question"),
    "jurisdiction_note": QT_TRANSLATE_NOOP("Labels", "Jurisdiction note"),
    "referral_sheet": QT_TRANSLATE_NOOP("Labels", "Referral sheet"),
    "audience_preset": QT_TRANSLATE_NOOP("Labels", "Audience preset"),
    # Conversation stages
    "privacy": QT_TRANSLATE_NOOP("Labels", "Privacy"),
    "educate": QT_TRANSLATE_NOOP("Labels", "Educate"),
    "ask": QT_TRANSLATE_NOOP("Labels", "Ask"),
    "respond": QT_TRANSLATE_NOOP("Labels", "Respond"),
    # Prompt topics
    "general": QT_TRANSLATE_NOOP("Labels", "General"),
    "work": QT_TRANSLATE_NOOP("Labels", "Work"),
    "living": QT_TRANSLATE_NOOP("Labels", "Living"),
    "movement": QT_TRANSLATE_NOOP("Labels", "Movement"),
    "money_debt": QT_TRANSLATE_NOOP("Labels", "Money and debt"),
    "documents": QT_TRANSLATE_NOOP("Labels", "Documents"),
    "safety": QT_TRANSLATE_NOOP("Labels", "Safety"),
    "sexual_health": QT_TRANSLATE_NOOP("Labels", "Sexual health"),
    "health": QT_TRANSLATE_NOOP("Labels", "Health"),
    "relationships": QT_TRANSLATE_NOOP("Labels", "Relationships"),
    "confidentiality": QT_TRANSLATE_NOOP("Labels", "Confidentiality"),
    "next_steps": QT_TRANSLATE_NOOP("Labels", "Next steps"),
    # Guidance topics
    "principles": QT_TRANSLATE_NOOP("Labels", "Principles"),
    "what_to_record": QT_TRANSLATE_NOOP("Labels", "What to record"),
    "patient_words": QT_TRANSLATE_NOOP("Labels", "The patient's own words"),
    "shared_decision": QT_TRANSLATE_NOOP("Labels", "Deciding together"),
    "portal_proxy": QT_TRANSLATE_NOOP("Labels", "Portal and proxy access"),
    "billing_insurance": QT_TRANSLATE_NOOP("Labels", "Billing and insurance"),
    "sensitive_notes": QT_TRANSLATE_NOOP("Labels", "Sensitive notes"),
    "photos": QT_TRANSLATE_NOOP("Labels", "Photos and body maps"),
    "minors": QT_TRANSLATE_NOOP("Labels", "Minors"),
    "coding": QT_TRANSLATE_NOOP("Labels", "Coding"),
    # ICD-10-CM code categories
    "confirmed": QT_TRANSLATE_NOOP("Labels", "Confirmed"),
    "suspected": QT_TRANSLATE_NOOP("Labels", "Suspected"),
    "observation": QT_TRANSLATE_NOOP("Labels", "Observation"),
    "history": QT_TRANSLATE_NOOP("Labels", "History"),
    "perpetrator": QT_TRANSLATE_NOOP("Labels", "Perpetrator"),
    "pregnancy": QT_TRANSLATE_NOOP("Labels", "Pregnancy"),
    # Service types
    "trafficking": QT_TRANSLATE_NOOP("Labels", "Trafficking"),
    "crisis": QT_TRANSLATE_NOOP("Labels", "Crisis"),
    "domestic_violence": QT_TRANSLATE_NOOP("Labels", "Domestic violence"),
    "sexual_assault": QT_TRANSLATE_NOOP("Labels", "Sexual assault"),
    "lgbtq": QT_TRANSLATE_NOOP("Labels", "LGBTQ+ people"),
    "runaway_youth": QT_TRANSLATE_NOOP("Labels", "Runaway youth"),
    "child_protection": QT_TRANSLATE_NOOP("Labels", "Child protection"),
    "child_exploitation": QT_TRANSLATE_NOOP("Labels", "Child exploitation"),
    "missing_children": QT_TRANSLATE_NOOP("Labels", "Missing children"),
    "victim_support": QT_TRANSLATE_NOOP("Labels", "Victim support"),
    "legal": QT_TRANSLATE_NOOP("Labels", "Legal"),
    "law_enforcement": QT_TRANSLATE_NOOP("Labels", "Law enforcement"),
    "emergency": QT_TRANSLATE_NOOP("Labels", "Emergency"),
    # Audiences
    "everyone": QT_TRANSLATE_NOOP("Labels", "Everyone"),
    "adults": QT_TRANSLATE_NOOP("Labels", "Adults"),
    "youth": QT_TRANSLATE_NOOP("Labels", "Youth"),
    "children": QT_TRANSLATE_NOOP("Labels", "Children"),
    "men": QT_TRANSLATE_NOOP("Labels", "Men"),
    "women": QT_TRANSLATE_NOOP("Labels", "Women"),
    "migrants": QT_TRANSLATE_NOOP("Labels", "Migrants"),
    "professionals": QT_TRANSLATE_NOOP("Labels", "Professionals"),
    # Contact channels
    "phone": QT_TRANSLATE_NOOP("Labels", "Phone"),
    "text": QT_TRANSLATE_NOOP("Labels", "Text"),
    "tty": QT_TRANSLATE_NOOP("Labels", "TTY"),
    "chat": QT_TRANSLATE_NOOP("Labels", "Chat"),
    "web": QT_TRANSLATE_NOOP("Labels", "Web"),
    # Older values kept for their labels
    "boys_men": QT_TRANSLATE_NOOP("Labels", "Boys and men"),
    "children_youth": QT_TRANSLATE_NOOP("Labels", "Children and youth"),
    "work_living": QT_TRANSLATE_NOOP("Labels", "Work and living"),
}
"""Every value the interface shows, with its label; a test checks that each enumeration shown is covered."""


JURISDICTION_NAMES = {
    "US": QT_TRANSLATE_NOOP("Jurisdictions", "United States"),
    "CA": QT_TRANSLATE_NOOP("Jurisdictions", "Canada"),
    "GB": QT_TRANSLATE_NOOP("Jurisdictions", "United Kingdom"),
    "GB-ENG": QT_TRANSLATE_NOOP("Jurisdictions", "England"),
    "GB-WLS": QT_TRANSLATE_NOOP("Jurisdictions", "Wales"),
    "GB-SCT": QT_TRANSLATE_NOOP("Jurisdictions", "Scotland"),
    "GB-NIR": QT_TRANSLATE_NOOP("Jurisdictions", "Northern Ireland"),
    "AU": QT_TRANSLATE_NOOP("Jurisdictions", "Australia"),
    "IE": QT_TRANSLATE_NOOP("Jurisdictions", "Ireland"),
}
"""The names of the jurisdictions ScreenAid has content for, as the core names them (a test keeps them equal),
so that they are shown in the interface language; any other place keeps the name the core gives it."""


def jurisdiction_label(code: str) -> str:
    """The name of a country or region (``US``, ``GB-SCT``) in the interface language where it is known."""
    label = JURISDICTION_NAMES.get(code.strip().upper())
    if label:
        return QCoreApplication.translate("Jurisdictions", label)
    from screenaid.content.jurisdictions import (
        jurisdiction_name,  # loads the content model: after first paint
    )

    return jurisdiction_name(code)


def enum_label(value: Enum | str) -> str:
    """The value's label in the interface language; a value with no label (none today) is turned into words."""
    raw = str(value.value if isinstance(value, Enum) else value)
    label = LABELS.get(raw)
    return QCoreApplication.translate("Labels", label) if label else raw.replace("_", " ").capitalize()
