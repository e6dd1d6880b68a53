"""``screenaid selftest`` says whether this machine can open the app's window, without a display: it loads
Qt's platform plug-ins with the dynamic loader and names the system library that is missing."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from screenaid.window_system import check_plugin, platform_plugin_dir, window_system_report


def test_the_installed_x11_plug_in_loads_here() -> None:
    folder = platform_plugin_dir()
    assert folder is not None
    assert (folder / "libqxcb.so").is_file()
    lines, failures = window_system_report()
    assert failures == []
    assert any("the xcb platform plug-in loads" in line for line in lines), lines


def test_a_missing_plug_in_fails_the_self_test(tmp_path: Path) -> None:
    lines, failures = window_system_report(tmp_path)
    assert len(failures) == 1
    assert "cannot open its window" in failures[0]
    assert "not installed" in failures[0]
    assert any("wayland" in line and "does not load" in line for line in lines)


def test_a_broken_plug_in_file_is_reported_with_the_loaders_words(tmp_path: Path) -> None:
    (tmp_path / "libqxcb.so").write_bytes(b"not a shared object")
    check = check_plugin("xcb", tmp_path)
    assert not check.ok
    assert check.error
    assert "libqxcb.so" in check.error


def test_a_missing_system_library_is_named(tmp_path: Path) -> None:
    """A plug-in whose libraries cannot be found (here: Qt's own X11 library, which the copy's relative
    search path no longer reaches) is reported with the name of the library, as a missing libxcb-cursor0
    would be. In a fresh process, so that nothing this test run loaded already stands in for it."""
    folder = platform_plugin_dir()
    assert folder is not None
    shutil.copy(folder / "libqxcb.so", tmp_path / "libqxcb.so")
    code = (
        "import sys; from pathlib import Path\n"
        "from screenaid.window_system import window_system_report\n"
        "lines, failures = window_system_report(Path(sys.argv[1]))\n"
        "print(failures[0] if failures else 'no failure')\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path)], capture_output=True, text=True, check=True, timeout=60
    ).stdout
    assert "cannot open its window" in out, out
    assert "libQt6XcbQpa.so.6" in out, out


def test_selftest_prints_the_window_check(capsys) -> None:
    from screenaid.cli import main

    assert main(["selftest"]) == 0
    assert "window: the xcb platform plug-in loads" in capsys.readouterr().out
