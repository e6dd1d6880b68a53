"""Wording rules: maintained lists of terms that clinical text must not use, checked over all the data.

The clinical safety tests read these entries, so a reviewer can extend a list in ``data/rules/`` (with its
sources) without touching code. Nothing in the app applies them at run time.
"""

from dataclasses import dataclass
from enum import StrEnum
from typing import Annotated

from screenaid.content.common import CleanShortText, CleanText, ClinicalEntry
from screenaid.content.constraints import Limits


class WordingTarget(StrEnum):
    NOTE = "note"
    """Indicator note wording and the note template: what the composer writes into the record."""
    PROMPT = "prompt"
    """What a prompt tells the clinician to say to the patient (every language)."""


class WordingCheck(StrEnum):
    FORBIDDEN = "forbidden"
    """None of the terms may appear, except inside quotation marks (the patient's own words)."""
    CARRIED_BY_ITEM = "carried_by_item"
    """A term in an indicator's note wording must also appear in that indicator's title or look-for text."""


@dataclass(frozen=True, slots=True, kw_only=True, eq=False, repr=False)
class WordingRule(ClinicalEntry):
    """One maintained list of terms and the texts it applies to."""

    title: CleanShortText
    targets: Annotated[tuple[WordingTarget, ...], Limits(min_length=1)]
    check: WordingCheck = WordingCheck.FORBIDDEN
    terms: Annotated[tuple[CleanShortText, ...], Limits(min_length=1)]
    """Matched without regard to case, as whole words or phrases."""
    reason: CleanText
    """Why these terms do harm, for the clinical reviewer."""
