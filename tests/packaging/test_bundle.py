"""The real PyInstaller bundle: builds it and runs its selftest with no Python and an empty environment.

Slow (about 2 minutes to build on 2 shared cores), so it runs only when asked:
    SCREENAID_TEST_BUNDLE=1 .venv/bin/pytest -m bundle tests/packaging
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import REPO_ROOT

pytestmark = [
    pytest.mark.bundle,
    pytest.mark.skipif(os.environ.get("SCREENAID_TEST_BUNDLE") != "1", reason="set SCREENAID_TEST_BUNDLE=1"),
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux bundle"),
]


@pytest.fixture(scope="module")
def bundle() -> Path:
    subprocess.run(
        ["bash", str(REPO_ROOT / "scripts" / "build-bundle"), "--no-check"], check=True, cwd=REPO_ROOT
    )
    return REPO_ROOT / "dist" / "screenaid"


def test_bundle_selftest_passes_without_python(bundle: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    env = {"PATH": "/usr/bin:/bin", "HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [str(bundle / "screenaid"), "selftest"],
        env=env,
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "ScreenAid" in result.stdout
    assert "(bundle)" in result.stdout
    assert f"from {bundle / '_internal' / 'data'}" in result.stdout
    assert "selftest OK" in result.stderr
    assert list(home.iterdir()) == []
    assert list(tmp_path.iterdir()) == [home]


def test_bundle_carries_data_and_fonts_but_no_keys_or_tests(bundle: Path) -> None:
    internal = bundle / "_internal"
    assert (internal / "data" / "MANIFEST.sig").is_file()  # the whole data/ tree is signed (issue 11)
    assert (internal / "data" / "fallback" / "us" / "resources.yaml").is_file()
    assert not (internal / "screenaid" / "integrity" / "release-key.pub").exists()  # a development build
    assert list((internal / "screenaid" / "handout" / "fonts").glob("*.ttf"))
    assert not list(bundle.rglob("*.pem"))
    assert not (internal / "pytest").exists()
    assert shutil.which("python3", path=str(internal)) is None


def test_bundle_carries_pdfium_for_the_preview_and_printing(bundle: Path) -> None:
    internal = bundle / "_internal"
    assert (
        list(internal.rglob("*pdfium*.so"))
        or list(internal.rglob("*pdfium*.dll"))
        or list(internal.rglob("*pdfium*.dylib"))
    )
    assert not list(internal.rglob("*Qt6Pdf*"))  # QtPdf is no longer used


def test_bundle_carries_the_interface_translations_and_qts_own(bundle: Path) -> None:
    internal = bundle / "_internal"
    for language in ("en", "es", "fr"):
        assert (internal / "screenaid" / "ui" / "translations" / f"screenaid_{language}.qm").is_file()
    assert list(internal.rglob("qtbase_es.qm"))
    assert list(internal.rglob("qtbase_fr.qm"))
