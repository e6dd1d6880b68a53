"""PySide6's source scan of imported modules is kept for interface code and skipped for the rest."""

from __future__ import annotations

import sys
import types
from pathlib import Path

import PySide6.QtCore  # noqa: F401  # installs PySide6's import hook
import pytest

from screenaid.ui.import_scan import FEATURE_MODULE, skip_scan_outside_qt_code, still_scanned

SRC = Path(__file__).resolve().parents[2] / "src" / "screenaid"


def _module(name: str, path: Path) -> types.ModuleType:
    module = types.ModuleType(name)
    module.__file__ = str(path)
    return module


@pytest.fixture
def says_pyside(tmp_path: Path) -> Path:
    path = tmp_path / "says_pyside.py"
    path.write_text("import PySide6  # a module that names PySide6\n", encoding="utf-8")
    return path


def test_scan_skipped_outside_interface_code_and_kept_inside(says_pyside: Path) -> None:
    feature = sys.modules[FEATURE_MODULE]
    assert skip_scan_outside_qt_code()
    scan = feature._mod_uses_pyside
    # a third-party module is answered without its file being read ...
    assert scan(_module("some_library.helpers", says_pyside)) is False
    # ... while interface modules and PySide's own still get PySide's real check, which reads the file
    assert scan(_module("screenaid.ui.some_page", says_pyside)) is True
    assert scan(_module("PySide6.QtFake", says_pyside)) is True
    missing = says_pyside.with_name("gone.py")
    assert scan(_module("screenaid.ui.gone", missing)) is False  # PySide's check: no source, no PySide


def test_installed_once(says_pyside: Path) -> None:
    feature = sys.modules[FEATURE_MODULE]
    assert skip_scan_outside_qt_code()
    first = feature._mod_uses_pyside
    assert skip_scan_outside_qt_code()
    assert feature._mod_uses_pyside is first
    assert (
        first(_module("screenaid.ui.again", says_pyside)) is True
    )  # not a wrapper of a wrapper that lost it


def test_without_the_hook_nothing_changes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delitem(sys.modules, FEATURE_MODULE)
    assert skip_scan_outside_qt_code() is False
    monkeypatch.setitem(sys.modules, FEATURE_MODULE, types.ModuleType(FEATURE_MODULE))
    assert skip_scan_outside_qt_code() is False


def test_which_names_are_still_scanned() -> None:
    assert still_scanned("screenaid.ui.main_window")
    assert still_scanned("PySide6.QtWidgets")
    assert still_scanned("shiboken6")
    assert still_scanned("pytestqt.qt_compat_pyside")
    assert not still_scanned("pydantic.main")
    assert not still_scanned("screenaid.content.loader")
    assert not still_scanned("email.utils")


def test_screenaid_never_selects_a_pyside_feature() -> None:
    """The shortcut is only sound while no module selects snake_case or true_property."""
    users = [
        path.relative_to(SRC).as_posix()
        for path in SRC.rglob("*.py")
        if "__feature__" in path.read_text(encoding="utf-8") and path.name != "import_scan.py"
    ]
    assert users == []
