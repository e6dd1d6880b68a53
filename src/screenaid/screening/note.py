"""The note composer: neutral, objective text to paste into the health record.

Every word comes from ``data/``: the headings from the note template, each finding from its indicator's
``note_text`` and each step from its title. The only other text is what the clinician typed into the
composer's own box, passed in as ``clinician_text``; nothing here stores it.

A note states only what the checked item covers. Where a detail would help (who, how long), the
indicator's wording holds a visible blank in square brackets, such as ``[who]``, for the clinician to
fill in or delete; ``unfilled_blanks`` finds the ones left, so that nothing copies a note with blanks
without saying so.
"""

from __future__ import annotations

import re

from screenaid.content.library import Library
from screenaid.content.note_template import NoteTemplate
from screenaid.content.screening_models import Indicator, IndicatorKind
from screenaid.screening.pathway import next_steps
from screenaid.screening.state import ScreeningState
from screenaid.screening.summary import checked_indicators

TEMPLATE_ID = "note-template"

BLANK = re.compile(r"\[[^\[\]\n]{1,100}\]")
"""A blank for the clinician: a short phrase in square brackets, such as ``[who]`` or ``[how long]``."""


def unfilled_blanks(text: str) -> list[str]:
    """The blanks still in ``text``, in order of appearance and without repeats, e.g. ``["[who]"]``."""
    return list(dict.fromkeys(match.group(0) for match in BLANK.finditer(text)))


def note_template(library: Library) -> NoteTemplate | None:
    """The bundled note template, or any other one if it is missing; ``None`` when there is none."""
    return library.get_as(TEMPLATE_ID, NoteTemplate) or next(iter(library.of(NoteTemplate)), None)


def compose_note(library: Library, state: ScreeningState, clinician_text: str = "") -> str:
    """The note for ``state``: sections separated by blank lines, ending with a newline.

    Without a template the same lines are produced without headings, so nothing is lost. Items without
    note wording (see ``left_out_of_note``) are never written.
    """
    template = note_template(library)
    bullet = f"{template.bullet} " if template else "- "
    checked = checked_indicators(library, state)
    observed = [i.note_text for i in checked if i.kind is IndicatorKind.INDICATOR and i.note_text]
    circumstances = [i.note_text for i in checked if i.kind is IndicatorKind.RISK_FACTOR and i.note_text]

    sections: list[list[str]] = []
    if template:
        sections.append([template.title])
    if not checked and template:
        sections.append([template.nothing_recorded])
    for heading, lines in (
        (template.indicators_heading if template else None, observed),
        (template.risk_factors_heading if template else None, circumstances),
    ):
        if lines:
            sections.append(_section(heading, lines, bullet))
    if template is None or template.steps_heading:
        steps = [step.title for step in next_steps(library, state)]
        if steps:
            sections.append(_section(template.steps_heading if template else None, steps, bullet))
    typed = clinician_text.strip()
    if typed:
        sections.append([f"{template.clinician_heading}:", typed] if template else [typed])
    return "\n\n".join("\n".join(section) for section in sections) + "\n" if sections else ""


def left_out_of_note(library: Library, state: ScreeningState) -> list[Indicator]:
    """Checked items that have no note wording (such as immigration status), so the note never holds them."""
    return [indicator for indicator in checked_indicators(library, state) if indicator.note_text is None]


def _section(heading: str | None, lines: list[str], bullet: str) -> list[str]:
    items = [f"{bullet}{line}" for line in lines]
    return [f"{heading}:", *items] if heading else items
