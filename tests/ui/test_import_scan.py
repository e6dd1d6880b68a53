"""PySide6's source scan of imported modules is skipped except for PySide's own; importing the interface
package installs the shortcut."""

from __future__ import annotations

import subprocess
import sys
import types
from pathlib import Path

import PySide6.QtCore  # noqa: F401  # installs PySide6's import hook
import pytest

from screenaid.ui.import_scan import FEATURE_MODULE, skip_source_scan, still_scanned

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


def test_scan_skipped_except_for_pyside_itself(says_pyside: Path) -> None:
    feature = sys.modules[FEATURE_MODULE]
    assert skip_source_scan()
    scan = feature._mod_uses_pyside
    # a third-party or ScreenAid module is answered without its file being read ...
    assert scan(_module("some_library.helpers", says_pyside)) is False
    assert scan(_module("screenaid.ui.some_page", says_pyside)) is False
    # ... while PySide's own modules still get PySide's real check, which reads the file
    assert scan(_module("PySide6.QtFake", says_pyside)) is True
    missing = says_pyside.with_name("gone.py")
    assert scan(_module("PySide6.gone", missing)) is False  # PySide's check: no source, no PySide


def test_installed_once(says_pyside: Path) -> None:
    feature = sys.modules[FEATURE_MODULE]
    assert skip_source_scan()
    first = feature._mod_uses_pyside
    assert skip_source_scan()
    assert feature._mod_uses_pyside is first
    assert first(_module("PySide6.again", says_pyside)) is True  # not a wrapper of a wrapper that lost it


def test_without_the_hook_nothing_changes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delitem(sys.modules, FEATURE_MODULE)
    assert skip_source_scan() is False
    monkeypatch.setitem(sys.modules, FEATURE_MODULE, types.ModuleType(FEATURE_MODULE))
    assert skip_source_scan() is False


def test_which_names_are_still_scanned() -> None:
    assert not still_scanned("screenaid.ui.main_window")
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


def test_importing_the_interface_installs_the_shortcut_before_its_modules() -> None:
    """In a fresh process: once ``screenaid.ui.app`` (and with it every module of the first frame) is
    imported, the shortcut is in place, and no interface module's source was read into linecache (only the
    files imported before the shortcut: PySide6's own, the standard library's, and the shortcut's module)."""
    script = (
        "import sys, linecache\n"
        "import screenaid.ui.app\n"
        f"scan = sys.modules[{FEATURE_MODULE!r}]._mod_uses_pyside\n"
        "print(getattr(scan, '_screenaid_skips_scan', False))\n"
        "print(*sorted(linecache.cache), sep=chr(10))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr
    installed, *read = done.stdout.splitlines()
    assert installed == "True"
    ours = [Path(path).relative_to(SRC).as_posix() for path in read if Path(path).is_relative_to(SRC)]
    assert ours == ["ui/import_scan.py"]
