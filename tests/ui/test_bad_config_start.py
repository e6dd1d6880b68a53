"""Bad clinic configuration: a malformed, mistyped or unreadable config file gives a clear message in the
notice banner, safe defaults apply, and the app still starts (window shown, all pages built, quick exit on).

"Unreadable" is made real although the tests run as root (root reads any file whatever its mode bits): the
config path names a directory (EISDIR on read), and a file that is not UTF-8 text.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from screenaid.config import ClinicConfig
from screenaid.ui.main_window import PLACES, MainWindow
from screenaid.ui.private_clipboard import PrivateClipboard
from tests.privacy.figures import show

REPO = Path(__file__).resolve().parents[2]
DEFAULTS = ClinicConfig()


@pytest.fixture
def config_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> pytest.MonkeyPatch:
    for name in list(os.environ):
        if name.upper().startswith("SCREENAID_"):
            monkeypatch.delenv(name)
    empty = tmp_path / "etc-xdg"
    empty.mkdir()
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(empty))
    # no machine-wide file from this computer (the fixed path can only be moved by an in-process test hook)
    monkeypatch.setattr("screenaid.config.loading._MACHINE_DIRS_FOR_TESTS", (empty / "screenaid",))
    return monkeypatch


def start_window(qtbot, config_path: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    """The app's own start-up path after QApplication exists: shell first, then ``_load`` (config + content)."""
    from screenaid.ui.app import _load

    os.environ["SCREENAID_CONFIG"] = str(config_path)
    clipboard = PrivateClipboard()
    window = MainWindow(clipboard)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    with qtbot.waitSignal(window.content_installed, timeout=60_000):
        _load(window, clipboard)
    return window


def notices(window: MainWindow) -> list[str]:
    assert window.context is not None
    return [n for n in window.context.notices if n.startswith("Settings: ")]


def assert_started(window: MainWindow) -> None:
    assert window.isVisible()
    for key, _label in PLACES:  # every page builds over the configuration that was loaded
        window.go_to(key)
        assert window.current_place() == key
    assert window.notices.isVisible()
    assert window.context is not None
    assert window.quick_exit._shortcut_enabled  # safe default: the 3×Shift quick exit stays on
    assert window.idle_wipe is not None


CASES = {
    "malformed TOML": (b'country = "US\nidle_wipe_minutes = = 5\n', "not valid TOML"),
    "not UTF-8": (b'country = "\xff\xfe"\n', "not UTF-8 text"),
    "wrong types": (
        b'idle_wipe_minutes = "soon"\nquick_exit_shortcut = "maybe"\ncountry = 42\nhandout_language = "es"\n',
        "idle_wipe_minutes",
    ),
    "wrong structure": (b"[country]\nname = 'US'\n[[idle_wipe_minutes]]\nx = 1\n", "country"),
}


@pytest.mark.parametrize("case", list(CASES))
def test_bad_config_file_gives_a_clear_notice_and_defaults(qtbot, config_env, tmp_path, case, capsys):
    content, expected = CASES[case]
    path = tmp_path / "clinic.toml"
    path.write_bytes(content)
    window = start_window(qtbot, path)
    try:
        assert_started(window)
        found = notices(window)
        show(capsys, f"bad config: {case}", found)
        assert found
        assert all(str(path) in notice for notice in found)  # each message names the file
        assert any(expected in notice for notice in found)
        assert expected in window.notices.text or expected in " ".join(found)
        config = window.context.config
        assert config.idle_wipe_minutes == DEFAULTS.idle_wipe_minutes
        assert config.quick_exit_shortcut is True
        assert config.country == DEFAULTS.country
        if case == "wrong types":
            assert len(found) == 3  # each bad setting named on its own ...
            assert config.handout_language == "es"  # ... and the good one still applies
            assert any("quick_exit_shortcut" in n for n in found)
    finally:
        window.shutdown()


def test_unreadable_config_path_gives_a_clear_notice(qtbot, config_env, tmp_path, capsys):
    folder = tmp_path / "clinic.toml"
    folder.mkdir()  # reading it fails with EISDIR, even as root
    window = start_window(qtbot, folder)
    try:
        assert_started(window)
        found = notices(window)
        show(capsys, "bad config: unreadable (a directory)", found)
        assert len(found) == 1
        assert found[0].startswith(f"Settings: {folder}: cannot read the file")
        assert window.context.config == DEFAULTS
    finally:
        window.shutdown()


STARTER = """
import json, os, sys
from pathlib import Path
import screenaid.config.loading
screenaid.config.loading._MACHINE_DIRS_FOR_TESTS = (Path(os.environ["TEST_MACHINE_DIR"]),)
from PySide6.QtCore import QTimer
from screenaid.ui.app import start
app, window = start([sys.argv[0]])
def report():
    for place in ("learn", "screen", "ask", "document", "refer"):
        window.go_to(place)
    print(json.dumps({"visible": window.isVisible(), "pages": sorted(window.pages),
                      "notices": list(window.context.notices), "banner": window.notices.isVisible(),
                      "idle": window.context.config.idle_wipe_minutes}))
    window.quick_exit.trigger()
window.search_ready.connect(lambda: QTimer.singleShot(0, report))
QTimer.singleShot(60_000, lambda: app.exit(3))
sys.exit(app.exec())
"""


def test_the_real_app_starts_with_a_broken_machine_wide_config(tmp_path, capsys):
    """End to end in a fresh process: a broken /etc/xdg/screenaid/config.toml equivalent and a broken
    SCREENAID_CONFIG file at once."""
    machine = tmp_path / "etc-xdg" / "screenaid"
    machine.mkdir(parents=True)
    (machine / "config.toml").write_text("idle_wipe_minutes = 0\nquick_exit_shortcut = [\n", encoding="utf-8")
    explicit = tmp_path / "clinic.toml"
    explicit.write_text("idle_wipe_minutes = 100000\n", encoding="utf-8")
    home = tmp_path / "home"
    home.mkdir()
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(home),
        "TMPDIR": str(home),
        "TEST_MACHINE_DIR": str(machine),
        "SCREENAID_CONFIG": str(explicit),
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONDONTWRITEBYTECODE": "1",
        "PYTHONPATH": str(REPO / "src"),
    }
    done = subprocess.run(
        [sys.executable, "-c", STARTER], env=env, capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr[-2000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    show(capsys, "bad config: real start-up, broken machine-wide and explicit files", result["notices"])
    assert result["visible"]
    assert result["pages"] == sorted(key for key, _label in PLACES)
    assert result["banner"]
    assert result["idle"] == DEFAULTS.idle_wipe_minutes
    assert any(str(explicit) in n and "idle_wipe_minutes" in n for n in result["notices"])
    assert any(str(machine / "config.toml") in n and "not valid TOML" in n for n in result["notices"])
    assert "Traceback" not in done.stderr
