"""The condensed course (Learn): objectives and modules with cases and self-checks."""

from enum import StrEnum
from typing import Self

from pydantic import BaseModel, ConfigDict, Field, model_validator

from screenaid.content.common import (
    CleanShortText,
    CleanText,
    ClinicalEntry,
    EntryId,
)
from screenaid.content.jurisdictions import JurisdictionCode


class _Part(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True, defer_build=True)


class Objective(ClinicalEntry):
    """One of the course's learning objectives."""

    number: int = Field(ge=1, le=20)
    text: CleanText


class Depth(StrEnum):
    CORE = "core"
    """Read in the three-minute pass."""
    MORE = "more"
    """Shown on demand ("more depth")."""


class Section(_Part):
    id: EntryId
    title: CleanShortText
    depth: Depth = Depth.CORE
    body: CleanText = Field(description="Markdown.")
    jurisdictions: tuple[JurisdictionCode, ...] | None = Field(
        default=None, min_length=1, description="Only where these apply (e.g. [US]); unset: everywhere."
    )


class CaseExample(_Part):
    id: EntryId
    title: CleanShortText
    scenario: CleanText = Field(description="Markdown: what the clinician sees and hears.")
    discussion: CleanText = Field(description="Markdown: what to notice and what a good response looks like.")
    indicators: tuple[EntryId, ...] = Field(default=(), description="Indicator ids the case illustrates.")


class Choice(_Part):
    text: CleanText
    correct: bool = False
    feedback: CleanText = Field(description="Shown when this choice is picked.")


class SelfCheck(_Part):
    id: EntryId
    question: CleanText
    choices: tuple[Choice, ...] = Field(min_length=2, max_length=8)

    @model_validator(mode="after")
    def _one_choice_is_correct(self) -> Self:
        if not any(choice.correct for choice in self.choices):
            raise ValueError("at least one choice must be marked correct")
        return self


class CourseModule(ClinicalEntry):
    """A module a nurse can read in about three minutes, with more depth on demand."""

    number: int = Field(ge=1, le=50)
    title: CleanShortText
    minutes: int = Field(ge=1, le=30, description="Reading time of the core sections.")
    objectives: tuple[EntryId, ...] = Field(min_length=1, description="Objective ids this module serves.")
    summary: CleanText
    key_points: tuple[CleanText, ...] = Field(min_length=3)
    sections: tuple[Section, ...] = Field(min_length=1)
    cases: tuple[CaseExample, ...] = Field(min_length=1)
    self_checks: tuple[SelfCheck, ...] = Field(min_length=2)
    related_indicators: tuple[EntryId, ...] = ()
    related_prompts: tuple[EntryId, ...] = ()
    related_guidance: tuple[EntryId, ...] = ()
