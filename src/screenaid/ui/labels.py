"""Readable labels for enumeration values shown in filters and headings ("money_debt" → "Money and debt")."""

from __future__ import annotations

from enum import Enum

_LABELS = {
    "icd_code": "ICD-10-CM code",
    "pathway_step": "Next step",
    "pathway_question": "Pathway question",
    "module": "Course module",
    "guidance": "Documentation guidance",
    "money_debt": "Money and debt",
    "next_steps": "Next steps",
    "portal_proxy": "Portal and proxy access",
    "billing_insurance": "Billing and insurance",
    "shared_decision": "Deciding together",
    "patient_words": "The patient's own words",
    "sensitive_notes": "Sensitive notes",
    "what_to_record": "What to record",
    "photos": "Photos and body maps",
    "lgbtq": "LGBTQ+ people",
    "boys_men": "Boys and men",
    "children_youth": "Children and youth",
    "work_living": "Work and living",
}
"""Values whose generic label would read badly; everything else is turned into words by rule."""


def enum_label(value: Enum | str) -> str:
    raw = str(value.value if isinstance(value, Enum) else value)
    return _LABELS.get(raw) or raw.replace("_", " ").capitalize()
