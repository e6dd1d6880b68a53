"""The condensed course (Learn): objectives and modules with cases and self-checks."""

from dataclasses import dataclass
from enum import StrEnum
from typing import Annotated

from screenaid.content.common import (
    CleanShortText,
    CleanText,
    ClinicalEntry,
    ContentModel,
    EntryId,
)
from screenaid.content.constraints import Limits
from screenaid.content.jurisdictions import JurisdictionCode


@dataclass(frozen=True, slots=True, kw_only=True, eq=False, repr=False)
class Objective(ClinicalEntry):
    """One of the course's learning objectives."""

    number: Annotated[int, Limits(ge=1, le=20)]
    text: CleanText


class Depth(StrEnum):
    CORE = "core"
    """Read in the three-minute pass."""
    MORE = "more"
    """Shown on demand ("more depth")."""


@dataclass(frozen=True, slots=True, kw_only=True, eq=False, repr=False)
class Section(ContentModel):
    """One section of a module's text, read in the core pass or shown on demand."""

    id: EntryId
    title: CleanShortText
    depth: Depth = Depth.CORE
    body: CleanText
    """Markdown."""
    jurisdictions: Annotated[tuple[JurisdictionCode, ...], Limits(min_length=1)] | None = None
    """Only where these apply (e.g. [US]); unset: everywhere."""


@dataclass(frozen=True, slots=True, kw_only=True, eq=False, repr=False)
class CaseExample(ContentModel):
    """A worked case of a module: what the clinician meets, then what to notice."""

    id: EntryId
    title: CleanShortText
    scenario: CleanText
    """Markdown: what the clinician sees and hears."""
    discussion: CleanText
    """Markdown: what to notice and what a good response looks like."""
    indicators: tuple[EntryId, ...] = ()
    """Indicator ids the case illustrates."""


@dataclass(frozen=True, slots=True, kw_only=True, eq=False, repr=False)
class Choice(ContentModel):
    """One answer of a self-check, with the feedback shown when it is picked."""

    text: CleanText
    correct: bool = False
    feedback: CleanText
    """Shown when this choice is picked."""


@dataclass(frozen=True, slots=True, kw_only=True, eq=False, repr=False)
class SelfCheck(ContentModel):
    """A self-check question of a module; at least one choice is correct."""

    id: EntryId
    question: CleanText
    choices: Annotated[tuple[Choice, ...], Limits(min_length=2, max_length=8)]

    def __post_init__(self) -> None:
        if not any(choice.correct for choice in self.choices):
            raise ValueError("at least one choice must be marked correct")


@dataclass(frozen=True, slots=True, kw_only=True, eq=False, repr=False)
class CourseModule(ClinicalEntry):
    """A module a nurse can read in about three minutes, with more depth on demand."""

    number: Annotated[int, Limits(ge=1, le=50)]
    title: CleanShortText
    minutes: Annotated[int, Limits(ge=1, le=30)]
    """Reading time of the core sections."""
    objectives: Annotated[tuple[EntryId, ...], Limits(min_length=1)]
    """Objective ids this module serves."""
    summary: CleanText
    key_points: Annotated[tuple[CleanText, ...], Limits(min_length=3)]
    sections: Annotated[tuple[Section, ...], Limits(min_length=1)]
    cases: Annotated[tuple[CaseExample, ...], Limits(min_length=1)]
    self_checks: Annotated[tuple[SelfCheck, ...], Limits(min_length=2)]
    related_indicators: tuple[EntryId, ...] = ()
    related_prompts: tuple[EntryId, ...] = ()
    related_guidance: tuple[EntryId, ...] = ()
