"""The live summary of a screen: what was checked, counted by kind, domain and category."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from types import MappingProxyType
from typing import TypeVar

from screenaid.content.common import Domain, Population
from screenaid.content.library import Library
from screenaid.content.screening_models import Category, Concern, Indicator, IndicatorKind
from screenaid.screening.state import ScreeningState


class FindingsLevel(StrEnum):
    """The answer the checklist itself gives to the pathway's ``derived_from: findings`` question.

    ``none``: nothing checked. ``some``: at least one item checked. ``high``: at least one checked item is
    of high concern (on its own enough to move to the response pathway).
    """

    NONE = "none"
    SOME = "some"
    HIGH = "high"


K = TypeVar("K", bound=StrEnum)


def _counts(keys: list[K], order: type[K]) -> Mapping[K, int]:
    counter = Counter(keys)
    return MappingProxyType({key: counter[key] for key in order if counter[key]})


@dataclass(frozen=True)
class Summary:
    """Everything the summary panel shows; counts leave out zero entries."""

    checked: tuple[Indicator, ...]
    by_kind: Mapping[IndicatorKind, int]
    by_domain: Mapping[Domain, int]
    by_category: Mapping[Category, int]
    high_concern: tuple[Indicator, ...]
    populations: tuple[Population, ...]
    findings: FindingsLevel

    @property
    def total(self) -> int:
        return len(self.checked)


def checked_indicators(library: Library, state: ScreeningState) -> tuple[Indicator, ...]:
    """The checked indicators in library order; ids that name no indicator are ignored."""
    return tuple(indicator for indicator in library.indicators if indicator.id in state.checked)


def findings_level(checked: tuple[Indicator, ...]) -> FindingsLevel:
    if any(indicator.concern is Concern.HIGH for indicator in checked):
        return FindingsLevel.HIGH
    return FindingsLevel.SOME if checked else FindingsLevel.NONE


def summarize(library: Library, state: ScreeningState) -> Summary:
    checked = checked_indicators(library, state)
    touched = {population for indicator in checked for population in indicator.populations}
    return Summary(
        checked=checked,
        by_kind=_counts([i.kind for i in checked], IndicatorKind),
        by_domain=_counts([i.domain for i in checked], Domain),
        by_category=_counts([i.category for i in checked], Category),
        high_concern=tuple(i for i in checked if i.concern is Concern.HIGH),
        populations=tuple(population for population in Population if population in touched),
        findings=findings_level(checked),
    )
