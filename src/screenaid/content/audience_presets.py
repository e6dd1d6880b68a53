"""Audience presets: which kinds of help line suit a group of patients (the Refer page's quick choices)."""

from typing import Self

from pydantic import Field, model_validator

from screenaid.content.common import CleanShortText, CleanText, ClinicalEntry
from screenaid.content.resources import Audience, ServiceType


class AudiencePreset(ClinicalEntry):
    """A rule that picks handout lines for one group of patients, in any country.

    A line fits when it offers one of ``services`` and none of ``exclude_services``, is meant for everyone
    or for one of ``audiences``, and is meant for none of ``exclude_audiences``.
    """

    label: CleanShortText = Field(description="Shown in the Refer page's preset list.")
    order: int = Field(ge=0, description="Position in the preset list.")
    default: bool = Field(default=False, description="The preset applied on start and on a country change.")
    services: tuple[ServiceType, ...] = Field(min_length=1)
    exclude_services: tuple[ServiceType, ...] = ()
    audiences: tuple[Audience, ...] = Field(min_length=1)
    exclude_audiences: tuple[Audience, ...] = ()
    rationale: CleanText = Field(description="Why these lines, for the reviewer (never printed).")

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        both = set(self.services) & set(self.exclude_services)
        if both:
            raise ValueError(f"services both included and excluded: {', '.join(sorted(both))}")
        overlap = set(self.audiences) & set(self.exclude_audiences)
        if overlap:
            raise ValueError(f"audiences both included and excluded: {', '.join(sorted(overlap))}")
        if Audience.EVERYONE in self.exclude_audiences:
            raise ValueError("'everyone' cannot be excluded: it would leave out the general lines")
        return self
