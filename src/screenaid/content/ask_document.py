"""Ask and Document content: phrasing prompts, safe-documentation guidance and ICD-10-CM codes."""

from enum import StrEnum
from typing import Annotated

from pydantic import Field, StringConstraints

from screenaid.content.common import (
    CleanShortText,
    CleanText,
    ClinicalEntry,
    PatientText,
    Population,
)


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


class Prompt(ClinicalEntry):
    """A trauma-informed way to say something, with what to avoid and why."""

    title: CleanShortText
    stage: Stage
    topics: tuple[PromptTopic, ...] = Field(min_length=1)
    populations: tuple[Population, ...] = Field(default=(), description="Empty: suitable for any patient.")
    say: PatientText = Field(description="What to say to the patient, in English and Spanish at least.")
    avoid: CleanText | None = Field(default=None, description="A phrasing to avoid (clinician-facing).")
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


class Guidance(ClinicalEntry):
    """One point of safe-documentation guidance."""

    title: CleanShortText
    topic: GuidanceTopic
    summary: CleanText
    detail: CleanText | None = Field(default=None, description="Markdown, shown on demand.")
    do: tuple[CleanText, ...] = ()
    dont: tuple[CleanText, ...] = ()


IcdCodeText = Annotated[str, StringConstraints(pattern=r"^[A-Z][0-9][0-9A-Z](\.[0-9A-Z]{1,4})?-?$")]


class IcdCategory(StrEnum):
    CONFIRMED = "confirmed"
    SUSPECTED = "suspected"
    OBSERVATION = "observation"
    HISTORY = "history"
    PERPETRATOR = "perpetrator"
    PREGNANCY = "pregnancy"


class IcdCode(ClinicalEntry):
    """An ICD-10-CM code with its official meaning and the cautions for using it."""

    code: IcdCodeText = Field(description="As published, e.g. 'T76.61'; a trailing '-' marks a category.")
    descriptor: CleanShortText = Field(description="The official ICD-10-CM description, word for word.")
    category: IcdCategory
    seventh_character: CleanText | None = Field(
        default=None, description="How the 7th character applies (A initial, D subsequent, S sequela)."
    )
    use_when: CleanText
    cautions: tuple[CleanText, ...] = Field(min_length=1)
