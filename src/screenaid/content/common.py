"""Building blocks shared by every kind of content: ids, dates, sources and localised text."""

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass, fields
from enum import StrEnum
from typing import Annotated, Any, TypeVar

from screenaid.content.constraints import After, Limits, WebAddress
from screenaid.content.jurisdictions import JurisdictionCode

T = TypeVar("T")

_ID_PATTERN = r"^[a-z0-9][a-z0-9-]{0,79}$"

EntryId = Annotated[str, Limits(pattern=_ID_PATTERN)]
"""Lower-case slug that names one entry across the whole library, e.g. ``ind-companion-answers``."""

Text = Annotated[str, Limits(min_length=1, max_length=20_000)]
"""A non-empty sentence or paragraph (Markdown allowed where the field says so)."""

ShortText = Annotated[str, Limits(min_length=1, max_length=300)]
"""A title or label."""

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _no_control_characters(value: str) -> str:
    if _CONTROL.search(value):
        raise ValueError("contains control characters")
    return value


CleanText = Annotated[Text, After(_no_control_characters)]
CleanShortText = Annotated[ShortText, After(_no_control_characters)]


def _standard_language_tag(value: str) -> str:
    import langcodes  # here, not at import: its data costs about 18 ms and 3 MB, and validated content needs none

    value = value.strip()
    if not langcodes.tag_is_valid(value):
        raise ValueError(f"{value!r} is not a valid BCP 47 language tag (e.g. en, es, zh-Hans)")
    return langcodes.standardize_tag(value)


LanguageTag = Annotated[str, After(_standard_language_tag)]
"""A BCP 47 language tag, checked and normalised with ``langcodes`` (``zh-hans`` becomes ``zh-Hans``)."""


PastDate = dt.date
"""A review or verification date. A date later than the computer's clock is accepted (clocks are often
wrong, and rejecting it would empty the library); the loader reports it to reviewers as a note instead."""

DATE_FIELDS = ("reviewed", "verified", "accessed")
"""Fields holding such dates, which the loader checks against the clock."""


def _has_english(value: dict[str, str]) -> dict[str, str]:
    if "en" not in value:
        raise ValueError("an English ('en') version is required")
    return value


def _has_english_and_spanish(value: dict[str, str]) -> dict[str, str]:
    missing = [lang for lang in ("en", "es") if lang not in value]
    if missing:
        raise ValueError(f"missing language version(s): {', '.join(missing)}")
    return value


LocalizedText = Annotated[dict[LanguageTag, CleanText], After(_has_english)]
"""Text in several languages keyed by language tag; English is required."""

PatientText = Annotated[dict[LanguageTag, CleanText], After(_has_english_and_spanish)]
"""Text that reaches patients: English and Spanish are both required."""


def pick_language(text: Mapping[str, T], lang: str) -> T:
    """The version of ``text`` closest to ``lang`` (langcodes' CLDR-based matching), else the English one.

    A regional or macro-language tag finds its written form: ``nb`` -> ``no``, ``tl`` -> ``fil``,
    ``zh-TW`` -> ``zh-Hant``, ``es-MX`` -> ``es``; a language with no close match falls back to English.
    """
    if lang in text:
        return text[lang]
    import langcodes

    try:
        match = langcodes.closest_supported_match(lang, list(text))
    except (ValueError, LookupError):  # not a well-formed tag
        match = None
    return text[match] if match is not None else text["en"]


CONTENT_CONFIG: Any = {"extra": "forbid", "str_strip_whitespace": True}
"""pydantic's settings for every content model (a plain dict: pydantic's ``ConfigDict`` is a TypedDict):
unknown fields are refused and text is stripped of surrounding white space (so ``Text`` is never blank)."""

WebUrl = Annotated[str, WebAddress()]
"""An http(s) address, checked as pydantic's ``HttpUrl`` and kept as its text."""


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def field_names(model: type) -> tuple[str, ...]:
    """The fields of a content model (a dataclass), in declaration order."""
    names = _FIELD_NAMES.get(model)
    if names is None:
        names = _FIELD_NAMES[model] = tuple(item.name for item in fields(model))
    return names


@dataclass(frozen=True, slots=True, kw_only=True, eq=False, repr=False)
class ContentModel:
    """Every content model, an entry or a part of one (a channel, a section, an answer): immutable, strict
    about unknown fields.

    Each is a frozen stdlib dataclass that pydantic validates (:mod:`screenaid.content.validation`) but that
    needs no pydantic once validated: the app reads them from the snapshot without importing it. Each is
    declared with ``eq=False, repr=False`` and shares the three methods below, which do what the generated
    ones would (equal when of the same class with equal fields; hashed on the fields): generating them for
    every model costs about 6 ms of every start (``dataclasses`` compiles each one with ``exec``).
    """

    __pydantic_config__ = CONTENT_CONFIG

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return all(getattr(self, name) == getattr(other, name) for name in field_names(self.__class__))

    def __hash__(self) -> int:
        return hash((self.__class__, *(getattr(self, name) for name in field_names(self.__class__))))

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in field_names(self.__class__))
        return f"{self.__class__.__qualname__}({shown})"


@dataclass(frozen=True, slots=True, kw_only=True, eq=False, repr=False)
class Record(ContentModel):
    """Any entry of the knowledge base."""

    id: EntryId
    """Unique id across the whole library (lower-case letters, digits, '-')."""


@dataclass(frozen=True, slots=True, kw_only=True, eq=False, repr=False)
class ClinicalEntry(Record):
    """An entry with clinical meaning: it must say where its facts come from and when it was last reviewed."""

    sources: Annotated[tuple[EntryId, ...], Limits(min_length=1)]
    """Ids of entries in data/sources/ that support this entry."""
    reviewed: PastDate
    """Date a reviewer last checked this entry against its sources."""
    jurisdictions: Annotated[tuple[JurisdictionCode, ...], Limits(min_length=1)] | None = None
    """Where it applies: ISO 3166 codes (US, GB-SCT) or ALL; required for law, reporting, coding and pathway
    content (see docs/jurisdictions.md)."""
    variant_of: EntryId | None = None
    """Id of the entry this one replaces where its jurisdictions fit better (same kind)."""


@dataclass(frozen=True, slots=True, kw_only=True, eq=False, repr=False)
class Source(Record):
    """One entry of the bibliography: a publication that clinical entries cite."""

    title: CleanShortText
    publisher: CleanShortText
    """Organisation or journal that published it."""
    year: Annotated[int, Limits(ge=1900, le=2100)] | None
    """Year of publication; null for an undated page."""
    url: WebUrl
    accessed: PastDate | None = None
    """When the URL was last opened by a reviewer."""
    note: CleanText | None = None

    def citation(self) -> str:
        """'Title. Publisher, 2024. https://…' ('n.d.' for an undated page)."""
        return f"{self.title}. {self.publisher}, {self.year or 'n.d.'}. {self.url}"


class Population(StrEnum):
    CHILDREN_YOUTH = "children_youth"
    ADULTS = "adults"
    BOYS_MEN = "boys_men"
    LGBTQ = "lgbtq"
    MIGRANTS = "migrants"


class Domain(StrEnum):
    LABOR = "labor"
    SEX = "sex"
    BOTH = "both"

    def covers(self, other: "Domain") -> bool:
        """Whether an entry in this domain belongs under a filter for ``other``."""
        return Domain.BOTH in (self, other) or self == other
