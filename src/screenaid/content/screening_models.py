"""Screening content: indicators and risk factors, validated instruments, and the response pathway."""

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Annotated, Literal

from screenaid.content.common import (
    CleanShortText,
    CleanText,
    ClinicalEntry,
    ContentModel,
    Domain,
    EntryId,
    Population,
)
from screenaid.content.constraints import Limits


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


@dataclass(frozen=True, slots=True, kw_only=True, eq=False, repr=False)
class Indicator(ClinicalEntry):
    """One item of the Screen checklist."""

    title: CleanShortText
    """Short checklist label a clinician reads in a second."""
    kind: IndicatorKind
    domain: Domain
    category: Category
    populations: Annotated[tuple[Population, ...], Limits(min_length=1)]
    concern: Concern = Concern.STANDARD
    look_for: CleanText
    """What to look or listen for."""
    why: CleanText
    """Why it matters."""
    note_text: CleanText | None
    """Neutral, objective wording for the note composer: only what the item covers, with visible blanks such
    as [who] for details. null: never written to the note (e.g. immigration status)."""
    prompts: tuple[EntryId, ...] = ()
    """Prompt ids to follow up with."""
    modules: tuple[EntryId, ...] = ()
    """Course module ids that explain it."""
    keywords: tuple[CleanShortText, ...] = ()
    """Extra search terms."""
    act_today: bool = False
    """Needs a same-day clinical step whatever else is found; a pathway step must name it."""
    care: tuple[EntryId, ...] = ()
    """Care topic ids (data/care/) this finding calls for."""
    core: bool = False
    """In the checklist's core view: the dozen items of highest concern or strongest evidence."""


class Metric(StrEnum):
    SENSITIVITY = "sensitivity"
    SPECIFICITY = "specificity"
    PPV = "ppv"
    NPV = "npv"
    AUC = "auc"


@dataclass(frozen=True, slots=True, kw_only=True, eq=False, repr=False)
class Performance(ContentModel):
    """One published performance figure of an instrument, with where it comes from."""

    metric: Metric
    value: Annotated[float, Limits(ge=0, le=1)]
    """As a proportion: 0.92 for 92 %."""
    context: CleanText
    """Sample and reference standard the figure comes from."""


@dataclass(frozen=True, slots=True, kw_only=True, eq=False, repr=False)
class Instrument(ClinicalEntry):
    """A published screening instrument, described as reference facts (never its item wording)."""

    name: CleanShortText
    short_name: CleanShortText
    developer: CleanShortText
    year: Annotated[int, Limits(ge=1990, le=2100)]
    population: CleanText
    setting: CleanText
    items: Annotated[int, Limits(ge=1, le=200)]
    """Number of items."""
    administration: CleanText
    """Who asks, how, and how long it takes."""
    topics: Annotated[tuple[CleanShortText, ...], Limits(min_length=1)]
    """Topic areas the items cover."""
    cutoff: CleanText | None = None
    """Score that counts as a positive screen."""
    validated: bool
    performance: tuple[Performance, ...] = ()
    limits: Annotated[tuple[CleanText, ...], Limits(min_length=1)]
    availability: CleanText | None = None
    """Where clinicians can obtain the instrument."""


@dataclass(frozen=True, slots=True, kw_only=True, eq=False, repr=False)
class PathwayAnswer(ContentModel):
    """One answer a pathway question offers."""

    id: EntryId
    label: CleanShortText


@dataclass(frozen=True, slots=True, kw_only=True, eq=False, repr=False)
class PathwayQuestion(ClinicalEntry):
    """A question of the response pathway; its answers decide which steps apply."""

    order: Annotated[int, Limits(ge=1)]
    text: CleanShortText
    help: CleanText | None = None
    answers: Annotated[tuple[PathwayAnswer, ...], Limits(min_length=2)]
    derived_from: Literal["findings"] | None = None
    """'findings': answered by the checklist itself (answer ids none / some / high)."""


@dataclass(frozen=True, slots=True, kw_only=True, eq=False, repr=False)
class PathwayStep(ClinicalEntry):
    """A next step, shown when every question named in ``when`` has one of the listed answers."""

    order: Annotated[int, Limits(ge=1)]
    title: CleanShortText
    detail: CleanText
    """Markdown."""
    urgent: bool = False
    when: dict[EntryId, tuple[EntryId, ...]] = field(default_factory=dict)
    """question id → answer ids; empty means always."""
    modules: tuple[EntryId, ...] = ()
    prompts: tuple[EntryId, ...] = ()
    guidance: tuple[EntryId, ...] = ()
    indicators: tuple[EntryId, ...] = ()
    """Checklist items that lead to this step: it applies only when one of them is checked."""
    care: tuple[EntryId, ...] = ()
    """Care topic ids (data/care/) for this step."""
