"""Choosing and grouping the checklist items the Screen page shows."""

from __future__ import annotations

from collections.abc import Iterable

from screenaid.content.common import Domain, Population
from screenaid.content.library import Library
from screenaid.content.screening_models import Category, Indicator


def filter_indicators(
    library: Library, domain: Domain | None = None, population: Population | None = None
) -> list[Indicator]:
    """Indicators in library order, narrowed to a domain and/or a population.

    An indicator that concerns both domains stays under either domain filter, and filtering on "both"
    keeps every indicator (see ``Domain.covers``).
    """
    return [
        indicator
        for indicator in library.indicators
        if (domain is None or indicator.domain.covers(domain))
        and (population is None or population in indicator.populations)
    ]


def group_by_category(indicators: Iterable[Indicator]) -> list[tuple[Category, list[Indicator]]]:
    """Indicators grouped by category in the order categories are declared; empty groups are left out."""
    groups: dict[Category, list[Indicator]] = {category: [] for category in Category}
    for indicator in indicators:
        groups[indicator.category].append(indicator)
    return [(category, items) for category, items in groups.items() if items]
