"""Refer content: referral resources (hotlines and services) and their contact channels."""

from dataclasses import dataclass
from enum import StrEnum
from typing import Annotated

from screenaid.content.common import (
    CleanShortText,
    CleanText,
    ClinicalEntry,
    ContentModel,
    LanguageTag,
    LocalizedText,
    PastDate,
    PatientText,
)
from screenaid.content.constraints import After, Limits
from screenaid.content.jurisdictions import is_country_code, is_region_code

EU = "EU"
"""Pseudo-country for resources that apply across the European Union."""

# Member states of the European Union, used only to check EU-wide short numbers such as 116 006.
EU_MEMBER_STATES: tuple[str, ...] = ("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR")
EU_MEMBER_STATES += (
    "HU",
    "IE",
    "IT",
    "LV",
    "LT",
    "LU",
    "MT",
    "NL",
    "PL",
    "PT",
    "RO",
    "SK",
    "SI",
    "ES",
    "SE",
)


def _country_code(value: str) -> str:
    code = value.upper() if isinstance(value, str) else value
    if code == EU or is_country_code(code):
        return code
    raise ValueError(f"{value!r} is not an ISO 3166-1 alpha-2 country code (or 'EU')")


CountryCode = Annotated[str, After(_country_code)]


def _subdivision_code(value: str) -> str:
    if not is_region_code(value):
        raise ValueError(f"{value!r} is not an ISO 3166-2 subdivision code")
    return value


RegionCode = Annotated[str, After(_subdivision_code)]


class ServiceType(StrEnum):
    TRAFFICKING = "trafficking"
    CRISIS = "crisis"
    DOMESTIC_VIOLENCE = "domestic_violence"
    SEXUAL_ASSAULT = "sexual_assault"
    LGBTQ = "lgbtq"
    RUNAWAY_YOUTH = "runaway_youth"
    CHILD_PROTECTION = "child_protection"
    CHILD_EXPLOITATION = "child_exploitation"
    MISSING_CHILDREN = "missing_children"
    VICTIM_SUPPORT = "victim_support"
    LEGAL = "legal"
    LAW_ENFORCEMENT = "law_enforcement"
    EMERGENCY = "emergency"


class Audience(StrEnum):
    EVERYONE = "everyone"
    ADULTS = "adults"
    YOUTH = "youth"
    CHILDREN = "children"
    LGBTQ = "lgbtq"
    MEN = "men"
    WOMEN = "women"
    MIGRANTS = "migrants"
    PROFESSIONALS = "professionals"


class Scope(StrEnum):
    NATIONAL = "national"
    REGIONAL = "regional"
    LOCAL = "local"
    INTERNATIONAL = "international"


class NeutralLabel(StrEnum):
    """What a discreet handout calls a line instead of its name: nothing in it says what the line is for.

    Each label is translated once per handout language (``labels`` in data/handout/), so every national line
    has a reviewed neutral label in every handout language.
    """

    HELP_LINE = "help_line"
    SUPPORT_LINE = "support_line"
    YOUTH_LINE = "youth_line"
    EMERGENCY = "emergency"
    POLICE = "police"
    """Police and law-enforcement lines are labelled as police, even on a discreet handout."""


class ChannelKind(StrEnum):
    PHONE = "phone"
    TEXT = "text"
    TTY = "tty"
    CHAT = "chat"
    WEB = "web"


_DIALLED = (ChannelKind.PHONE, ChannelKind.TEXT, ChannelKind.TTY)


@dataclass(frozen=True, slots=True, kw_only=True, eq=False, repr=False)
class Channel(ContentModel):
    """One way to reach a resource."""

    kind: ChannelKind
    value: CleanShortText
    """Number as dialled locally, or an https:// address."""
    keyword: CleanShortText | None = None
    """Word to send, for text lines."""
    available_24_7: bool | None = None
    """Overrides the resource's own hours."""
    hours: LocalizedText | None = None
    languages: tuple[LanguageTag, ...] = ()

    def __post_init__(self) -> None:
        if self.kind in (ChannelKind.CHAT, ChannelKind.WEB):
            # imported here: this check runs on validation and on a direct construction, never on a snapshot read
            from pydantic import HttpUrl

            url = HttpUrl(self.value)
            if url.scheme != "https":
                raise ValueError("web and chat addresses must use https://")
        elif self.keyword is not None and self.kind is not ChannelKind.TEXT:
            raise ValueError("only text channels take a keyword")


def phone_number_problem(value: str, country: str) -> str | None:
    """Why ``value`` is not a valid number (or short code) in ``country``; None when it is valid."""
    import phonenumbers  # here, not at import: the app reads validated content and never needs it to start

    regions = EU_MEMBER_STATES if country == EU else [country]
    for region in regions:
        try:
            number = phonenumbers.parse(value, region)
        except phonenumbers.NumberParseException as error:
            return f"{value!r} cannot be read as a phone number: {error}"
        if phonenumbers.is_valid_number(number) or phonenumbers.is_valid_short_number(number):
            return None
    return f"{value!r} is not a valid phone number or short code for {country}"


def tel_uri(value: str, country: str) -> str:
    """A ``tel:``-style dial string: E.164 for full numbers, digits only for short codes."""
    import phonenumbers

    region = EU_MEMBER_STATES[0] if country == EU else country
    number = phonenumbers.parse(value, region)
    if phonenumbers.is_valid_number(number):
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    return phonenumbers.national_significant_number(number)


# Languages every national trafficking hotline's handout blurb must offer (besides en and es).
HOTLINE_BLURB_LANGUAGES = ("en", "es", "fr", "zh-Hans", "vi")
HELPLINE_BLURB_LANGUAGES = (*HOTLINE_BLURB_LANGUAGES, "ar", "ht", "fil", "ko", "ru", "uk", "pt")
"""Every handout language: each bundled national trafficking helpline (not police) is described in all
(a rule over the bundled data, tests/content/test_handout_safety_rules.py)."""


@dataclass(frozen=True, slots=True, kw_only=True, eq=False, repr=False)
class Resource(ClinicalEntry):
    """A service a patient can be referred to."""

    name: CleanShortText
    country: CountryCode
    regions: tuple[RegionCode, ...] = ()
    """ISO 3166-2 codes; empty: whole country."""
    scope: Scope
    services: Annotated[tuple[ServiceType, ...], Limits(min_length=1)]
    audiences: Annotated[tuple[Audience, ...], Limits(min_length=1)]
    languages: Annotated[tuple[LanguageTag, ...], Limits(min_length=1)]
    """Languages the service works in."""
    channels: Annotated[tuple[Channel, ...], Limits(min_length=1)]
    available_24_7: bool
    hours: LocalizedText | None = None
    """Patient-facing opening hours (never a reviewer's note). Leave out when they could not be confirmed: the
    handout then says the line is not open all the time, and clinician_note says why."""
    blurb: PatientText
    """Plain-language handout text (reading grade 6 or below)."""
    clinician_note: CleanText | None = None
    """Caveats for the professional, e.g. 'reports to law enforcement'."""
    verified: PastDate
    """Date the numbers and hours were last checked at the source."""
    handout: bool = True
    """Offered on printed handouts."""
    neutral_label: NeutralLabel | None = None
    """What a discreet handout prints instead of the name (required for national lines)."""
    interpreters: bool = False
    """Serves callers in other languages through an interpreting service (per its sources)."""

    def __post_init__(self) -> None:
        for channel in self.channels:
            if channel.kind in _DIALLED:
                problem = phone_number_problem(channel.value, self.country)
                if problem:
                    raise ValueError(f"channel {channel.kind.value}: {problem}")
        if ServiceType.LAW_ENFORCEMENT in self.services and self.neutral_label not in (
            None,
            NeutralLabel.POLICE,
        ):
            raise ValueError("a law-enforcement line must carry the neutral label 'police'")
        if ServiceType.TRAFFICKING in self.services and self.scope is Scope.NATIONAL:
            missing = [lang for lang in HOTLINE_BLURB_LANGUAGES if lang not in self.blurb]
            if missing:
                raise ValueError(
                    f"a national trafficking hotline needs blurb versions in: {', '.join(missing)}"
                )

    @property
    def discreet_label(self) -> NeutralLabel:
        """The neutral label a discreet handout prints: the reviewed one, else one derived from the services
        (clinic and built-in fallback lists may leave it out; the bundled national lines all carry one)."""
        if self.is_police:
            return NeutralLabel.POLICE
        if self.neutral_label is not None:
            return self.neutral_label
        if ServiceType.EMERGENCY in self.services:
            return NeutralLabel.EMERGENCY
        if Audience.YOUTH in self.audiences or Audience.CHILDREN in self.audiences:
            return NeutralLabel.YOUTH_LINE
        if ServiceType.CRISIS in self.services:
            return NeutralLabel.SUPPORT_LINE
        return NeutralLabel.HELP_LINE

    @property
    def is_police(self) -> bool:
        """A police or law-enforcement line: never on a default handout, always labelled as police."""
        return ServiceType.LAW_ENFORCEMENT in self.services

    def serves_language(self, language: str) -> bool:
        """Whether a caller speaking ``language`` can be helped: listed, or through interpreters."""
        base = language.split("-")[0]
        return self.interpreters or any(tag.split("-")[0] == base for tag in self.languages)

    def is_24_7(self, channel: Channel) -> bool:
        return self.available_24_7 if channel.available_24_7 is None else channel.available_24_7
