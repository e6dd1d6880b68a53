"""The keys watched on the windows (screenaid.ui.input_watch) from real X11 key events (xdotool on Xvfb):
Quick exit with nothing open and with a menu holding the keyboard, the cover key, and Enter on a focused
button. The keys take the way a keyboard's do: the X server, Qt's xcb plug-in, the window, the widget."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from tests.ui.app_process import bare_env
from tests.ui.test_keystroke_path import x_display, xdotool  # noqa: F401  # x_display is a fixture

pytestmark = [pytest.mark.gui, pytest.mark.system]

APP = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMenu, QMessageBox
    from screenaid.ui.app import start

    app, window = start([])

    def open_menu():
        menu = QMenu(window)
        menu.addAction("Something")
        menu.popup(window.geometry().center())
        QTimer.singleShot(300, lambda: print("OPEN", type(QApplication.activePopupWidget()).__name__, flush=True))

    def open_dialog():
        dialog = QMessageBox(QMessageBox.Icon.Information, "Dialog", "A modal dialog", parent=window)
        dialog.open()
        QTimer.singleShot(300, lambda: print("OPEN", type(QApplication.activeModalWidget()).__name__, flush=True))

    def ready():
        window.cover.toggled.connect(lambda covered: print("COVERED", covered, flush=True))
        window.navigation.place_chosen.connect(lambda place: print("PLACE", place, flush=True))
        print("READY", int(window.winId()), flush=True)
        if "--menu" in sys.argv:
            QTimer.singleShot(1000, open_menu)
        if "--dialog" in sys.argv:
            QTimer.singleShot(1000, open_dialog)
        if "--button" in sys.argv:
            QTimer.singleShot(1000, focus_button)

    def focus_button():
        button = window.navigation.buttons["document"]
        button.setFocus()
        print("FOCUS", QApplication.focusWidget() is button, flush=True)

    window.search_ready.connect(lambda: QTimer.singleShot(200, ready))
    QTimer.singleShot(30000, lambda: app.exit(3))
    sys.exit(app.exec())
    """
)


def run_and_type(display: str, tmp_path: Path, keys: list[str], *args: str) -> tuple[int, list[str]]:
    """Start the app, give its window the focus, type ``keys``; then three Shifts, which must end it."""
    env = bare_env(tmp_path, "xcb", DISPLAY=display)
    app = subprocess.Popen(
        [sys.executable, "-c", APP, *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    lines: list[str] = []
    try:
        assert app.stdout is not None
        lines.append(app.stdout.readline().strip())
        ready = lines[0].split()
        assert ready[:1] == ["READY"], (ready, app.stderr.read() if app.poll() is not None else "")
        # no window manager runs: the test gives the window the focus, as a desktop's would
        xdotool(display, "windowfocus", "--sync", ready[1])
        if {"--menu", "--dialog", "--button"} & set(args):
            lines.append(app.stdout.readline().strip())
        time.sleep(0.3)
        for key in keys:
            xdotool(display, "key", key)
            lines.append(app.stdout.readline().strip())
        xdotool(display, "key", "--delay", "150", "shift", "shift", "shift")
        app.wait(timeout=20)
    finally:
        if app.poll() is None:
            app.kill()
        app.communicate()
    return app.returncode, lines


def test_three_real_shifts_quit(x_display, tmp_path):  # noqa: F811
    code, _lines = run_and_type(x_display, tmp_path, [])
    assert code == 0
    assert list(tmp_path.iterdir()) == []


def test_three_real_shifts_quit_while_a_menu_holds_the_keyboard(x_display, tmp_path):  # noqa: F811
    code, lines = run_and_type(x_display, tmp_path, [], "--menu")
    assert lines[1] == "OPEN QMenu"  # the menu was open when the keys were typed
    assert code == 0
    assert list(tmp_path.iterdir()) == []


def test_three_real_shifts_quit_from_a_modal_dialog(x_display, tmp_path):  # noqa: F811
    code, lines = run_and_type(x_display, tmp_path, [], "--dialog")
    assert lines[1] == "OPEN QMessageBox"
    assert code == 0
    assert list(tmp_path.iterdir()) == []


def test_the_real_cover_key_covers_and_uncovers(x_display, tmp_path):  # noqa: F811
    code, lines = run_and_type(x_display, tmp_path, ["F12", "F12"])
    assert lines[1:] == ["COVERED True", "COVERED False"]
    assert code == 0


def test_real_enter_presses_the_focused_place_button(x_display, tmp_path):  # noqa: F811
    code, lines = run_and_type(x_display, tmp_path, ["Return"], "--button")
    assert lines[1:] == ["FOCUS True", "PLACE document"]
    assert code == 0
