"""The coverage table of docs/jurisdictions.md, computed from the data so the document cannot drift.

``scripts/jurisdiction-coverage`` prints it; tests/jurisdictions/test_coverage_doc.py checks that the
document holds exactly this table.
"""

from __future__ import annotations

from screenaid.content.jurisdiction_models import NoteTopic
from screenaid.content.jurisdiction_view import library_for_jurisdiction, notes_by_topic
from screenaid.content.jurisdictions import ALL, jurisdiction_name
from screenaid.content.library import Library
from screenaid.content.screening_models import PathwayStep

ROWS = (
    "US",
    "US-TX",
    "CA",
    "CA-QC",
    "GB",
    "GB-ENG",
    "GB-WLS",
    "GB-SCT",
    "GB-NIR",
    "AU",
    "AU-NSW",
    "IE",
    "DE",
)
NOTE_COLUMNS = (
    ("Definition and law", NoteTopic.LAW),
    ("Reporting: child", NoteTopic.REPORTING_MINOR),
    ("Reporting: adult at risk", NoteTopic.REPORTING_ADULT_AT_RISK),
    ("Reporting: capable adult", NoteTopic.REPORTING_ADULT),
    ("Referral route", NoteTopic.REFERRAL),
    ("Coding", NoteTopic.CODING),
)
STEP_GROUPS = (
    ("Pathway: minor", "ps-minor-report"),
    ("Pathway: danger", "ps-danger-route"),
    ("Pathway: adult declines", "ps-adult-declines"),
    ("Pathway: referral", "ps-referral-route"),
)
NOT_YET = "not yet"


def _step_cell(full: Library, code: str, group: str) -> str:
    """The id of the step written for ``code`` in ``group``, or 'not yet' where only a fallback shows."""
    shown = library_for_jurisdiction(full, code).get_as(group, PathwayStep)
    if shown is None:
        return NOT_YET
    members = [s for s in full.pathway_steps if group in (s.id, s.variant_of)]
    origin = next((s for s in members if (s.title, s.detail) == (shown.title, shown.detail)), None)
    if origin is None or origin.jurisdictions is None or ALL in origin.jurisdictions:
        return NOT_YET
    return f"`{origin.id}`"


def coverage_table(full: Library) -> str:
    """Markdown: one row per jurisdiction, the id of the entry that covers each column or 'not yet'."""
    header = ["Jurisdiction", *(name for name, _ in NOTE_COLUMNS), *(name for name, _ in STEP_GROUPS)]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for code in ROWS:
        notes = notes_by_topic(full, code)
        cells = [f"{jurisdiction_name(code)} ({code})"]
        cells += [", ".join(f"`{n.id}`" for n in notes[topic]) or NOT_YET for _, topic in NOTE_COLUMNS]
        cells += [_step_cell(full, code, group) for _, group in STEP_GROUPS]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)
