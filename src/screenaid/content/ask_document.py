"""Ask and Document content: phrasing prompts, safe-documentation guidance and ICD-10-CM codes."""

from dataclasses import dataclass
from enum import StrEnum
from typing import Annotated

from screenaid.content.common import (
    CleanShortText,
    CleanText,
    ClinicalEntry,
    PatientText,
    Population,
)
from screenaid.content.constraints import Limits


class Stage(StrEnum):
    """The order of a trauma-informed conversation (after PEARR: privacy, educate, ask, respect and respond)."""

    PRIVACY = "privacy"
    EDUCATE = "educate"
    ASK = "ask"
    RESPOND = "respond"


class PromptTopic(StrEnum):
    GENERAL = "general"
    WORK = "work"
    LIVING = "living"
    MOVEMENT = "movement"
    MONEY_DEBT = "money_debt"
    DOCUMENTS = "documents"
    SAFETY = "safety"
    SEXUAL_HEALTH = "sexual_health"
    HEALTH = "health"
    RELATIONSHIPS = "relationships"
    CONFIDENTIALITY = "confidentiality"
    NEXT_STEPS = "next_steps"


@dataclass(frozen=True, slots=True, kw_only=True, eq=False, repr=False)
class Prompt(ClinicalEntry):
    """A trauma-informed way to say something, with what to avoid and why."""

    title: CleanShortText
    stage: Stage
    topics: Annotated[tuple[PromptTopic, ...], Limits(min_length=1)]
    populations: tuple[Population, ...] = ()
    """Empty: suitable for any patient."""
    say: PatientText
    """What to say to the patient, in English and Spanish at least."""
    avoid: CleanText | None = None
    """A phrasing to avoid (clinician-facing)."""
    why: CleanText


class GuidanceTopic(StrEnum):
    PRINCIPLES = "principles"
    WHAT_TO_RECORD = "what_to_record"
    PATIENT_WORDS = "patient_words"
    SHARED_DECISION = "shared_decision"
    PORTAL_PROXY = "portal_proxy"
    BILLING_INSURANCE = "billing_insurance"
    SENSITIVE_NOTES = "sensitive_notes"
    PHOTOS = "photos"
    MINORS = "minors"
    CODING = "coding"


@dataclass(frozen=True, slots=True, kw_only=True, eq=False, repr=False)
class Guidance(ClinicalEntry):
    """One point of safe-documentation guidance."""

    title: CleanShortText
    topic: GuidanceTopic
    summary: CleanText
    detail: CleanText | None = None
    """Markdown, shown on demand."""
    do: tuple[CleanText, ...] = ()
    dont: tuple[CleanText, ...] = ()


IcdCodeText = Annotated[str, Limits(pattern=r"^[A-Z][0-9][0-9A-Z](\.[0-9A-Z]{1,4})?-?$")]


class IcdCategory(StrEnum):
    CONFIRMED = "confirmed"
    SUSPECTED = "suspected"
    OBSERVATION = "observation"
    HISTORY = "history"
    PERPETRATOR = "perpetrator"
    PREGNANCY = "pregnancy"


@dataclass(frozen=True, slots=True, kw_only=True, eq=False, repr=False)
class IcdCode(ClinicalEntry):
    """An ICD-10-CM code with its official meaning and the cautions for using it."""

    code: IcdCodeText
    """As published, e.g. 'T76.61'; a trailing '-' marks a category."""
    descriptor: CleanShortText
    """The official ICD-10-CM description, word for word."""
    category: IcdCategory
    seventh_character: CleanText | None = None
    """How the 7th character applies (A initial, D subsequent, S sequela)."""
    use_when: CleanText
    cautions: Annotated[tuple[CleanText, ...], Limits(min_length=1)]
