"""Content that depends on where the clinic is: law, reporting duties, referral routes, coding, and the
blank referral preparation sheets. Every entry states the jurisdictions it applies to."""

from dataclasses import dataclass
from enum import StrEnum
from typing import Annotated

from screenaid.content.common import CleanShortText, CleanText, ClinicalEntry, ContentModel, EntryId
from screenaid.content.constraints import Limits
from screenaid.content.jurisdictions import JurisdictionCode


class NoteTopic(StrEnum):
    """What a jurisdiction note is about; each topic is looked up on its own for a jurisdiction."""

    LAW = "law"
    """The legal definition and the offences."""
    REPORTING_MINOR = "reporting_minor"
    """Who must or may be told about a child, and how."""
    REPORTING_ADULT_AT_RISK = "reporting_adult_at_risk"
    """Adults who cannot protect themselves (safeguarding, adult protection)."""
    REPORTING_ADULT = "reporting_adult"
    """A capable adult: consent, duties to notify, the adult's choice."""
    REFERRAL = "referral"
    """The national referral or support route for survivors."""
    CODING = "coding"
    """The national diagnosis classification and what it offers."""


TOPIC_TITLES: dict[NoteTopic, str] = {
    NoteTopic.LAW: "Definition and law",
    NoteTopic.REPORTING_MINOR: "Reporting: a child or young person",
    NoteTopic.REPORTING_ADULT_AT_RISK: "Reporting: an adult at risk",
    NoteTopic.REPORTING_ADULT: "Reporting: a capable adult",
    NoteTopic.REFERRAL: "Referral route for survivors",
    NoteTopic.CODING: "Diagnosis coding",
}


@dataclass(frozen=True, slots=True, kw_only=True, eq=False, repr=False)
class JurisdictionNote(ClinicalEntry):
    """One point of law, reporting, referral or coding guidance for the jurisdictions it names."""

    jurisdictions: Annotated[tuple[JurisdictionCode, ...], Limits(min_length=1)]
    """Where it applies (ISO 3166 codes); ALL is not allowed for law."""
    topic: NoteTopic
    title: CleanShortText
    summary: CleanText
    """What a clinician needs in one or two sentences."""
    detail: CleanText | None = None
    """Markdown, shown under the summary."""
    codes: tuple[CleanShortText, ...] = ()
    """Trafficking-related codes, only where verified in the official publication."""


@dataclass(frozen=True, slots=True, kw_only=True, eq=False, repr=False)
class SheetSection(ContentModel):
    """One heading of a referral sheet and the lines under it."""

    id: EntryId
    heading: CleanShortText
    items: Annotated[tuple[CleanText, ...], Limits(min_length=1)]
    """One line each; never a blank to fill in."""


@dataclass(frozen=True, slots=True, kw_only=True, eq=False, repr=False)
class ReferralSheet(ClinicalEntry):
    """A printable, blank list of what a referral route will ask and what to have ready (no patient field)."""

    jurisdictions: Annotated[tuple[JurisdictionCode, ...], Limits(min_length=1)]
    """Where this referral route exists."""
    title: CleanShortText
    route: CleanShortText
    """The referral route, e.g. 'National Referral Mechanism (NRM)'."""
    intro: CleanText
    sections: Annotated[tuple[SheetSection, ...], Limits(min_length=1)]
    footer: CleanText | None = None
