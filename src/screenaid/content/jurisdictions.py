"""Jurisdiction codes: where an entry of law, reporting, coding or pathway content applies.

A jurisdiction is an ISO 3166-1 country code (``US``, ``GB``) or an ISO 3166-2 region code (``US-TX``,
``GB-SCT``). ``ALL`` marks content that is not tied to any country's law (good practice that holds
everywhere). An entry declared for a country applies to every region of it, unless an entry for the region
itself overrides it (see :func:`match_score`, and ``screenaid.content.jurisdiction_view``).

Pure Python; validation uses ``pycountry`` only, so this module can be imported by the content models. The
jurisdictions ScreenAid ships content for are known without it (:data:`SHIPPED_NAMES`): the app checks and
names the configured one at every start, and importing pycountry costs about 20 ms and 7 MB there (most of
it ``importlib.metadata``, which pycountry calls for its own version number).
"""

from __future__ import annotations

from typing import Annotated

from screenaid.content.constraints import After

ALL = "ALL"
"""Applies everywhere: not tied to any one country's law."""

SHIPPED_NAMES = {
    "US": "United States",
    "CA": "Canada",
    "GB": "United Kingdom",
    "GB-ENG": "England",
    "GB-WLS": "Wales",
    "GB-SCT": "Scotland",
    "GB-NIR": "Northern Ireland",
    "AU": "Australia",
    "IE": "Ireland",
    "CA-ON": "Ontario",
    "AU-NSW": "New South Wales",
    "US-TX": "Texas",
}
"""The countries and regions ScreenAid has content for, with the name :func:`jurisdiction_name` gives each
(pycountry's common name). Tests keep the names equal to pycountry's and check that every jurisdiction the
bundled content names is here."""

NO_MATCH, ANYWHERE, COUNTRY, REGION = 0, 1, 2, 3
"""How closely a declared code fits a jurisdiction: the higher, the more specific."""


def is_country_code(code: str) -> bool:
    """Whether ``code`` is an ISO 3166-1 alpha-2 code; from :data:`SHIPPED_NAMES` without pycountry when
    ScreenAid has content for it (pycountry is imported only for any other: see the module's docstring)."""
    if code in SHIPPED_NAMES:
        return "-" not in code
    import pycountry

    return len(code) == 2 and pycountry.countries.get(alpha_2=code) is not None


def is_region_code(code: str) -> bool:
    """Whether ``code`` is an ISO 3166-2 code, as :func:`is_country_code` decides it."""
    if code in SHIPPED_NAMES:
        return "-" in code
    import pycountry

    return pycountry.subdivisions.get(code=code) is not None  # type: ignore[no-untyped-call]


def normalise_jurisdiction(value: str) -> str:
    """``value`` as a checked, upper-case code; raises ``ValueError`` saying what is wrong."""
    if not isinstance(value, str):
        raise ValueError("must be a jurisdiction code such as US, GB-SCT or ALL")
    code = value.strip().upper()
    if code == ALL:
        return code
    if "-" in code:
        if not is_region_code(code):
            raise ValueError(f"{value!r} is not an ISO 3166-2 region code (e.g. US-TX, GB-SCT, CA-QC)")
        return code
    if not is_country_code(code):
        raise ValueError(f"{value!r} is not an ISO 3166 country or region code (e.g. US, GB-SCT) or ALL")
    return code


JurisdictionCode = Annotated[str, After(normalise_jurisdiction)]


def country_of(code: str) -> str:
    """The country part of a code: ``GB`` for ``GB-SCT``, ``US`` for ``US``."""
    return code.split("-", 1)[0]


def match_score(declared: tuple[str, ...], jurisdiction: str) -> int:
    """How specifically ``declared`` covers ``jurisdiction`` (``NO_MATCH`` when it does not)."""
    best = NO_MATCH
    for code in declared:
        if code == jurisdiction and "-" in code:
            best = max(best, REGION)
        elif code == country_of(jurisdiction):
            best = max(best, COUNTRY)
        elif code == ALL:
            best = max(best, ANYWHERE)
    return best


def jurisdiction_name(code: str) -> str:
    """A readable name: 'Scotland' for GB-SCT, 'Canada' for CA, 'every jurisdiction' for ALL."""
    if code == ALL:
        return "every jurisdiction"
    if code in SHIPPED_NAMES:
        return SHIPPED_NAMES[code]
    import pycountry  # only for a code ScreenAid has no content for: see the module's docstring

    if "-" in code:
        subdivision = pycountry.subdivisions.get(code=code)  # type: ignore[no-untyped-call]
        # pycountry adds the Welsh name in brackets ("Wales [Cymru GB-CYM]"); keep the first name.
        return str(subdivision.name).split(" [", 1)[0] if subdivision is not None else code
    country = pycountry.countries.get(alpha_2=code)
    if country is None:
        return code
    return str(getattr(country, "common_name", None) or country.name)
