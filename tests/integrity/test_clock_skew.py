"""What the issue asks to see with a wrong system clock (``faketime``, real processes, the bundled data):

- 30 days behind and 90 days ahead, ``selftest`` passes and every national handout prints its hotline;
- a year ahead, the signed list has expired and every national handout still prints the built-in hotline.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from screenaid.content import ContentRoot, Origin, load_library
from screenaid.handout import national_resources
from tests.conftest import DATA_DIR
from tests.handout.pdf_reading import all_text

pytestmark = [
    pytest.mark.system,
    pytest.mark.skipif(
        shutil.which("faketime") is None, reason="needs faketime (scripts/install-system-packages)"
    ),
]
FALLBACK_COUNTRIES = sorted(p.name.upper() for p in (DATA_DIR / "fallback").iterdir() if p.is_dir())


def digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def hotlines(folder: Path, country: str) -> list[str]:
    """The phone number the default handout leads with: the national trafficking line, where there is one
    (``national_resources`` puts trafficking lines first)."""
    library = load_library(ContentRoot(folder, Origin.BUNDLED)).library
    return [
        digits(channel.value)
        for resource in national_resources(library.resources, country)
        for channel in resource.channels
        if channel.kind.value == "phone"
    ][:1]


def run(offset: str, *args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        ["faketime", "-f", offset, sys.executable, "-m", "screenaid", *args],
        capture_output=True, check=False, timeout=120,
    )  # fmt: skip


@pytest.mark.parametrize("offset", ["-30d", "+90d"])
def test_selftest_passes_with_the_clock_off(offset: str, capsys: pytest.CaptureFixture[str]) -> None:
    done = run(offset, "selftest", "--json")
    assert done.returncode == 0, done.stderr.decode()[-2000:]
    report = json.loads(done.stdout)
    assert report["resources_verified"]
    with capsys.disabled():
        print(f"\n[clock {offset}] selftest ok={report['ok']}, {report['entries']['resource']} resources, "
              f"{report['notes']} reviewer notes, manifest verified {report['manifest']['verified_on']}")  # fmt: skip


COUNTRIES = sorted({p.stem.upper() for p in (DATA_DIR / "resources").glob("*.yaml")} - {"EU"})


@pytest.mark.parametrize("offset", ["-30d", "+90d"])
@pytest.mark.parametrize("country", COUNTRIES)
def test_every_national_handout_prints_its_hotline(offset: str, country: str, tmp_path: Path) -> None:
    expected = hotlines(DATA_DIR / "resources", country)
    assert expected
    out = tmp_path / "h.pdf"
    done = run(offset, "handout", "--country", country, "-o", str(out))
    assert done.returncode == 0, done.stderr.decode()[-2000:]
    text = digits(all_text(out.read_bytes()))
    assert all(number in text for number in expected), (country, expected)


@pytest.mark.parametrize("country", FALLBACK_COUNTRIES)
def test_a_year_ahead_every_national_handout_prints_the_built_in_hotline(
    country: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    expected = hotlines(DATA_DIR / "fallback" / country.lower(), country)
    assert expected
    out = tmp_path / "h.pdf"
    done = run("+365d", "handout", "--country", country, "-o", str(out))
    assert done.returncode == 0, done.stderr.decode()[-2000:]
    assert b"expired" in done.stderr
    text = digits(all_text(out.read_bytes()))
    assert expected[0] in text
    with capsys.disabled():
        print(
            f"\n[clock +365d] {country} handout prints the built-in hotline {expected[0]}: {expected[0] in text}"
        )
