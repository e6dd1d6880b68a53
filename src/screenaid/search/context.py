"""What search knows about the visit: where the clinic is and, once answered, whether the patient is a minor.

The clinic's location comes from ONE function, :func:`clinic_location`, so that the setting it reads can be
changed in one place. Nothing here is stored: the age comes from the in-memory screening answers.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from screenaid.config import ClinicConfig

AgeGroup = Literal["minor", "adult"]

AGE_QUESTION = "pq-age"
"""The pathway question whose answer says whether the patient is under 18 (fixed ids, see data/pathway)."""
_AGE_OF_ANSWER: dict[str, AgeGroup] = {"minor": "minor", "adult": "adult"}
"""'Not sure' leaves the age open: youth items are then neither favoured nor pushed down."""


@dataclass(frozen=True, slots=True)
class ClinicLocation:
    country: str
    """ISO 3166-1 alpha-2 code, e.g. IE."""
    region: str | None = None
    """ISO 3166-2 code inside the country, e.g. US-CA; None: the whole country."""


@dataclass(frozen=True, slots=True)
class SearchContext:
    """The visit as search sees it. The default (no country, no age) ranks everything as before."""

    country: str | None = None
    region: str | None = None
    age: AgeGroup | None = None


def clinic_location(config: ClinicConfig) -> ClinicLocation:
    """Where the clinic is: the one place that reads the location from the settings."""
    return ClinicLocation(config.country, config.region)


def age_from_answers(answers: Mapping[str, str]) -> AgeGroup | None:
    """'minor' or 'adult' once the age question is answered; None while it is open or 'Not sure'."""
    return _AGE_OF_ANSWER.get(answers.get(AGE_QUESTION, ""))


def search_context(config: ClinicConfig, answers: Mapping[str, str] | None = None) -> SearchContext:
    location = clinic_location(config)
    return SearchContext(location.country, location.region, age_from_answers(answers or {}))
