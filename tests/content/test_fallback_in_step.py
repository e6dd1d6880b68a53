"""The built-in fallback (data/fallback/<country>/) is the last resort when the bundled referral list cannot be
used: every line it holds must be a line of that list, with the same numbers (to call or text) and the same
hours, so that a
clinic never sees a number or a promise in the fallback that the reviewed list does not make. Every country
with a bundled national referral list has a fallback."""

from __future__ import annotations

from pathlib import Path

import pytest

from screenaid.content import ContentRoot, Origin, load_library
from tests.conftest import DATA_DIR

FALLBACK = DATA_DIR / "fallback"
COUNTRIES = sorted(path.name for path in FALLBACK.iterdir() if path.is_dir())


def _contacts(resource) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
    """The numbers to dial or text, by kind, digits only (web addresses may be written differently)."""
    return {
        (channel.kind.value, "".join(ch for ch in channel.value if ch.isdigit()))
        for channel in resource.channels
        if channel.kind.value in {"phone", "text", "sms"}
    }


@pytest.mark.parametrize("country", COUNTRIES)
def test_every_fallback_line_is_a_line_of_the_bundled_list(country: str, bundled) -> None:  # type: ignore[no-untyped-def]
    result = load_library(ContentRoot(FALLBACK / country, Origin.FALLBACK))
    assert result.problems == ()
    fallback = result.library.resources
    assert fallback, f"data/fallback/{country} holds no line"
    listed = [r for r in bundled.library.resources if r.country == country.upper()]
    for line in fallback:
        assert line.country == country.upper()
        same = [r for r in listed if _contacts(line) <= _contacts(r)]
        assert same, (
            f"{line.id}: {sorted(_contacts(line))} is not a line of data/resources for {country.upper()}"
        )
        assert any(r.available_24_7 == line.available_24_7 for r in same), f"{line.id}: hours differ"


def test_every_country_with_a_national_list_has_a_fallback(bundled) -> None:  # type: ignore[no-untyped-def]
    national = {
        r.country for r in bundled.library.resources if r.scope.value == "national" and len(r.country) == 2
    }
    national.discard("EU")
    missing = sorted(code for code in national if code.lower() not in COUNTRIES)
    assert not missing, f"no built-in fallback for {missing}: add data/fallback/<country>/"


def test_the_fallback_folders_are_all_found() -> None:
    assert Path(FALLBACK / "ie" / "resources.yaml").is_file()
    assert len(COUNTRIES) >= 5
