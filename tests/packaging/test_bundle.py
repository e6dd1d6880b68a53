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


def _run_bare(bundle: Path, *args: str, home: Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    """The bundle's command run as on a clinic machine without Python: system PATH, a given HOME, offscreen."""
    env = {"PATH": "/usr/bin:/bin", "HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [str(bundle / "screenaid"), *args], env=env, capture_output=True, text=True, cwd=cwd, check=False
    )


def test_bundle_selftest_passes_without_python(bundle: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    result = _run_bare(bundle, "selftest", home=home, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "ScreenAid" in result.stdout
    assert "(bundle)" in result.stdout
    assert f"from {bundle / '_internal' / 'data'}" in result.stdout
    assert (
        "content: read from its validated snapshot" in result.stdout
    )  # pydantic's version found in the bundle
    assert "window: the xcb platform plug-in loads" in result.stdout  # the bundle's own plug-in, found
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


def _python_modules(bundle: Path) -> set[str]:
    """Every Python module in the bundle's archive (the PYZ inside the executable)."""
    from PyInstaller.archive.readers import CArchiveReader

    return set(CArchiveReader(str(bundle / "screenaid")).open_embedded_archive("PYZ.pyz").toc)


def test_bundle_carries_qt_translations_for_the_interface_languages_only(bundle: Path) -> None:
    translations = bundle / "_internal" / "PySide6" / "Qt" / "translations"
    kept = {path.name for path in translations.glob("*.qm")}
    assert {"qtbase_es.qm", "qtbase_fr.qm", "qt_es.qm", "qt_fr.qm"} <= kept  # Qt's own dialogs in es/fr
    assert not [name for name in kept if not name.endswith(("_en.qm", "_es.qm", "_fr.qm"))]
    assert not [name for name in kept if name.startswith("qt_help")]


def test_bundle_leaves_out_dev_tools_networking_and_unused_qt(bundle: Path) -> None:
    modules = _python_modules(bundle)
    for tool in ("pytest", "pygments", "rich", "setuptools", "pkg_resources", "mypy", "hypothesis", "pypdf"):
        assert not {name for name in modules if name == tool or name.startswith(tool + ".")}, tool
    assert "ssl" not in modules  # ScreenAid opens no network connection
    assert {
        "screenaid.ui.app",
        "reportlab.lib.utils",
        "nacl.signing",  # Ed25519 and SHA-256 through libsodium
    } <= (modules)
    assert not {name for name in modules if name.split(".")[0] == "cryptography"}  # replaced by PyNaCl
    internal = bundle / "_internal"
    assert list(internal.glob("nacl/_sodium.*"))  # libsodium, statically linked into PyNaCl's extension
    qt = internal / "PySide6" / "Qt"
    assert not list(internal.glob("PySide6/QtNetwork*"))
    assert not list(qt.glob("lib/libQt6Network*"))
    assert not (qt / "plugins" / "tls").exists()
    assert not list(qt.glob("plugins/platformthemes/libqgtk3*"))
    for plugin in (
        "platforms/libqxcb.so",
        "platforms/libqwayland.so",
        "platforms/libqoffscreen.so",
        "platforminputcontexts/libibusplatforminputcontextplugin.so",
        "platforminputcontexts/libcomposeplatforminputcontextplugin.so",
        "printsupport/libcupsprintersupport.so",
        "platformthemes/libqxdgdesktopportal.so",
        "imageformats/libqsvg.so",
    ):
        assert (qt / "plugins" / plugin).is_file(), plugin
    assert not [path for path in internal.rglob("*") if path.is_symlink() and not path.exists()]
    assert not list(internal.glob("rapidfuzz/**/*_avx2.*"))  # the baseline build of each module stays
    assert list(internal.glob("rapidfuzz/fuzz_cpp.*"))
    assert list(internal.glob("rapidfuzz/distance/metrics_cpp.*"))


def test_bundle_libraries_carry_no_debug_symbols(bundle: Path) -> None:
    if shutil.which("readelf") is None:
        pytest.skip("needs readelf (binutils)")
    libraries = [path for path in (bundle / "_internal").rglob("*.so*") if path.is_file()]
    assert len(libraries) > 50
    with_symbols = [
        path.name
        for path in libraries
        if ".symtab"
        in subprocess.run(["readelf", "-S", "-W", str(path)], capture_output=True, text=True).stdout
    ]
    assert with_symbols == []


@pytest.mark.skipif(
    shutil.which("Xvfb") is None or shutil.which("xdotool") is None, reason="needs Xvfb and xdotool"
)
def test_bundle_shows_every_place_and_the_print_dialog_under_x(bundle: Path) -> None:
    """The trimmed bundle still loads what the app needs: driven under Xvfb through every place, the handout
    preview and the print dialog, it maps the xcb and CUPS plug-ins from the bundle and nothing fails."""
    result = subprocess.run(
        [
            sys.executable,
            str(REPO_ROOT / "packaging" / "probe_loaded.py"),
            str(bundle / "screenaid"),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    loaded = result.stdout.splitlines()
    internal = str(bundle / "_internal")
    assert f"{internal}/PySide6/Qt/plugins/platforms/libqxcb.so" in loaded
    assert f"{internal}/PySide6/Qt/plugins/printsupport/libcupsprintersupport.so" in loaded
    assert f"{internal}/pypdfium2_raw/libpdfium.so" in loaded  # the preview was rendered
    assert "'Print handout'" in result.stderr  # the print dialog opened
    assert "Could not load" not in result.stderr
    assert "Traceback" not in result.stderr


def test_bundle_holds_only_packages_of_the_runtime_lock(bundle: Path) -> None:
    """What the bill of materials lists (requirements/runtime-lock.txt) covers every package in the bundle:
    nothing comes in just because it is installed for the tests."""
    import importlib.metadata
    import re

    tops = {name.split(".")[0] for name in _python_modules(bundle)}
    tops |= {path.name.split(".")[0] for path in (bundle / "_internal").iterdir()}
    owners = importlib.metadata.packages_distributions()
    bundled = {
        distribution.lower().replace("_", "-") for top in tops for distribution in owners.get(top, [])
    } - {"screenaid"}
    lock = REPO_ROOT / "requirements" / "runtime-lock.txt"
    locked = {
        re.split(r"[=; ]", line)[0].lower() for line in lock.read_text().splitlines() if line[:1].isalpha()
    }
    assert bundled
    assert sorted(bundled - locked) == []


def test_bundle_carries_reportlabs_c_accelerator(bundle: Path) -> None:
    """reportlab imports _rl_accel inside exec(), which PyInstaller's analysis cannot see (a hidden import)."""
    internal = bundle / "_internal"
    assert list(internal.glob("_rl_accel*.so")) or list(internal.glob("_rl_accel*.pyd"))


def test_bundle_carries_the_interface_translations_and_qts_own(bundle: Path) -> None:
    internal = bundle / "_internal"
    for language in ("en", "es", "fr"):
        assert (internal / "screenaid" / "ui" / "translations" / f"screenaid_{language}.qm").is_file()
    assert list(internal.rglob("qtbase_es.qm"))
    assert list(internal.rglob("qtbase_fr.qm"))


def test_bundle_search_corrects_a_misspelling_without_rapidfuzz_avx2_copies(
    bundle: Path, tmp_path: Path
) -> None:
    """The bundle keeps only rapidfuzz's baseline build: typo expansion must still work from it."""
    result = _run_bare(bundle, "search", "trafficing", "--json", "--limit", "3", home=tmp_path, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "traffick" in result.stdout.lower()
    assert list(tmp_path.iterdir()) == []
