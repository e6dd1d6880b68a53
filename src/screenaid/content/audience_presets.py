"""Audience presets: which kinds of help line suit a group of patients (the Refer page's quick choices)."""

from dataclasses import dataclass
from typing import Annotated

from screenaid.content.common import CleanShortText, CleanText, ClinicalEntry
from screenaid.content.constraints import Limits
from screenaid.content.resources import Audience, ServiceType


@dataclass(frozen=True, slots=True, kw_only=True, eq=False, repr=False)
class AudiencePreset(ClinicalEntry):
    """A rule that picks handout lines for one group of patients, in any country.

    A line fits when it offers one of ``services`` and none of ``exclude_services``, is meant for everyone
    or for one of ``audiences``, and is meant for none of ``exclude_audiences``.
    """

    label: CleanShortText
    """Shown in the Refer page's preset list."""
    order: Annotated[int, Limits(ge=0)]
    """Position in the preset list."""
    default: bool = False
    """The preset applied on start and on a country change."""
    services: Annotated[tuple[ServiceType, ...], Limits(min_length=1)]
    exclude_services: tuple[ServiceType, ...] = ()
    audiences: Annotated[tuple[Audience, ...], Limits(min_length=1)]
    exclude_audiences: tuple[Audience, ...] = ()
    rationale: CleanText
    """Why these lines, for the reviewer (never printed)."""

    def __post_init__(self) -> None:
        both = set(self.services) & set(self.exclude_services)
        if both:
            raise ValueError(f"services both included and excluded: {', '.join(sorted(both))}")
        overlap = set(self.audiences) & set(self.exclude_audiences)
        if overlap:
            raise ValueError(f"audiences both included and excluded: {', '.join(sorted(overlap))}")
        if Audience.EVERYONE in self.exclude_audiences:
            raise ValueError("'everyone' cannot be excluded: it would leave out the general lines")
