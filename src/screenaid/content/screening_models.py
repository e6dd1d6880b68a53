"""Screening content: indicators and risk factors, validated instruments, and the response pathway."""

from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from screenaid.content.common import (
    CleanShortText,
    CleanText,
    ClinicalEntry,
    Domain,
    EntryId,
    Population,
)


class Category(StrEnum):
    PHYSICAL = "physical"
    BEHAVIOURAL = "behavioural"
    SITUATIONAL = "situational"
    WORK_LIVING = "work_living"


class IndicatorKind(StrEnum):
    RISK_FACTOR = "risk_factor"
    """Raises vulnerability; not a sign of trafficking by itself."""
    INDICATOR = "indicator"
    """Something seen or heard that may point to trafficking now."""


class Concern(StrEnum):
    STANDARD = "standard"
    HIGH = "high"
    """On its own, enough to move to the response pathway (e.g. a minor trading sex)."""


class Indicator(ClinicalEntry):
    """One item of the Screen checklist."""

    title: CleanShortText = Field(description="Short checklist label a clinician reads in a second.")
    kind: IndicatorKind
    domain: Domain
    category: Category
    populations: tuple[Population, ...] = Field(min_length=1)
    concern: Concern = Concern.STANDARD
    look_for: CleanText = Field(description="What to look or listen for.")
    why: CleanText = Field(description="Why it matters.")
    note_text: CleanText | None = Field(
        description="Neutral, objective wording for the note composer: only what the item covers, with "
        "visible blanks such as [who] for details. null: never written to the note (e.g. immigration status)."
    )
    prompts: tuple[EntryId, ...] = Field(default=(), description="Prompt ids to follow up with.")
    modules: tuple[EntryId, ...] = Field(default=(), description="Course module ids that explain it.")
    keywords: tuple[CleanShortText, ...] = Field(default=(), description="Extra search terms.")
    act_today: bool = Field(
        default=False,
        description="Needs a same-day clinical step whatever else is found; a pathway step must name it.",
    )
    care: tuple[EntryId, ...] = Field(
        default=(), description="Care topic ids (data/care/) this finding calls for."
    )
    core: bool = Field(
        default=False,
        description="In the checklist's core view: the dozen items of highest concern or strongest evidence.",
    )


class Metric(StrEnum):
    SENSITIVITY = "sensitivity"
    SPECIFICITY = "specificity"
    PPV = "ppv"
    NPV = "npv"
    AUC = "auc"


class Performance(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    metric: Metric
    value: float = Field(ge=0, le=1, description="As a proportion: 0.92 for 92 %.")
    context: CleanText = Field(description="Sample and reference standard the figure comes from.")


class Instrument(ClinicalEntry):
    """A published screening instrument, described as reference facts (never its item wording)."""

    name: CleanShortText
    short_name: CleanShortText
    developer: CleanShortText
    year: int = Field(ge=1990, le=2100)
    population: CleanText
    setting: CleanText
    items: int = Field(ge=1, le=200, description="Number of items.")
    administration: CleanText = Field(description="Who asks, how, and how long it takes.")
    topics: tuple[CleanShortText, ...] = Field(min_length=1, description="Topic areas the items cover.")
    cutoff: CleanText | None = Field(default=None, description="Score that counts as a positive screen.")
    validated: bool
    performance: tuple[Performance, ...] = ()
    limits: tuple[CleanText, ...] = Field(min_length=1)
    availability: CleanText | None = Field(
        default=None, description="Where clinicians can obtain the instrument."
    )


class PathwayAnswer(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True, defer_build=True)

    id: EntryId
    label: CleanShortText


class PathwayQuestion(ClinicalEntry):
    """A question of the response pathway; its answers decide which steps apply."""

    order: int = Field(ge=1)
    text: CleanShortText
    help: CleanText | None = None
    answers: tuple[PathwayAnswer, ...] = Field(min_length=2)
    derived_from: Literal["findings"] | None = Field(
        default=None,
        description="'findings': answered by the checklist itself (answer ids none / some / high).",
    )


class PathwayStep(ClinicalEntry):
    """A next step, shown when every question named in ``when`` has one of the listed answers."""

    order: int = Field(ge=1)
    title: CleanShortText
    detail: CleanText = Field(description="Markdown.")
    urgent: bool = False
    when: dict[EntryId, tuple[EntryId, ...]] = Field(
        default_factory=dict, description="question id → answer ids; empty means always."
    )
    modules: tuple[EntryId, ...] = ()
    prompts: tuple[EntryId, ...] = ()
    guidance: tuple[EntryId, ...] = ()
    indicators: tuple[EntryId, ...] = Field(
        default=(),
        description="Checklist items that lead to this step: it applies only when one of them is checked.",
    )
    care: tuple[EntryId, ...] = Field(default=(), description="Care topic ids (data/care/) for this step.")
