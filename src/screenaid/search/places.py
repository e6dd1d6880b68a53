"""Countries in search: which resources apply in the clinic's country, and country names in a query."""

from __future__ import annotations

from functools import lru_cache

from screenaid.content.jurisdictions import jurisdiction_name
from screenaid.content.resources import EU, EU_MEMBER_STATES
from screenaid.search.text import words

_ALIASES: dict[str, tuple[str, ...]] = {
    "US": ("usa", "america", "american", "united states"),
    "GB": ("uk", "britain", "british", "england", "scotland", "wales", "northern ireland"),
    "IE": ("irish", "eire"),
    "CA": ("canadian",),
    "AU": ("australian",),
    EU: ("eu", "europe", "european"),
}
"""Everyday names a clinician may type for a country, besides its official name."""


def applies_in(resource_country: str, clinic_country: str) -> bool:
    """A resource applies in its own country; an EU-wide one in every member state."""
    if resource_country == clinic_country:
        return True
    return resource_country == EU and clinic_country in EU_MEMBER_STATES


def place_name(code: str) -> str:
    """'Canada' for CA, 'European Union' for EU, the code itself when it is unknown."""
    return "European Union" if code == EU else jurisdiction_name(code)


@lru_cache(maxsize=1)
def _names() -> dict[str, str]:
    # pycountry is imported on the first query, not when search is built at start: importing it costs about
    # 18 ms of the start (12 of them in importlib.metadata, which it calls for its own version number) and the
    # memory of importlib.metadata and email, which nothing else at start needs.
    import pycountry

    names: dict[str, str] = {}
    for country in pycountry.countries:
        for name in {country.name, getattr(country, "common_name", country.name)}:
            names[" ".join(words(name))] = country.alpha_2
    for code, aliases in _ALIASES.items():
        for alias in aliases:
            names[alias] = code
    names["european union"] = EU
    return names


def named_places(query_words: list[str]) -> tuple[frozenset[str], list[str]]:
    """Country codes the query names ("hotline canada" → {"CA"}), and the query without those names.

    Names are runs of up to three words. A query that is nothing but a place name is kept as it is.
    """
    names = _names()
    found: set[str] = set()
    used: set[int] = set()
    for size in (3, 2, 1):
        for start in range(len(query_words) - size + 1):
            span = set(range(start, start + size))
            code = names.get(" ".join(query_words[start : start + size]))
            if code is not None and not span & used:
                found.add(code)
                used |= span
    rest = [word for position, word in enumerate(query_words) if position not in used]
    return frozenset(found), rest or list(query_words)
