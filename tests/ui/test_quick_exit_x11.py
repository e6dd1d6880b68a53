"""Quick exit from real X11 key events (xdotool on Xvfb), with nothing open and with a menu holding the
keyboard: the keys take the way a keyboard's do, through the X server, Qt's xcb plug-in and the window."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from tests.ui.test_keystroke_path import x_display, xdotool  # noqa: F401  # x_display is a fixture

pytestmark = [pytest.mark.gui, pytest.mark.system]

APP = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMenu
    from screenaid.ui.app import start

    app, window = start([])

    def open_menu():
        menu = QMenu(window)
        menu.addAction("Something")
        menu.popup(window.geometry().center())
        QTimer.singleShot(300, lambda: print("OPEN", type(QApplication.activePopupWidget()).__name__, flush=True))

    def ready():
        print("READY", int(window.winId()), flush=True)
        if "--menu" in sys.argv:
            QTimer.singleShot(1000, open_menu)

    window.search_ready.connect(lambda: QTimer.singleShot(200, ready))
    QTimer.singleShot(30000, lambda: app.exit(3))
    sys.exit(app.exec())
    """
)


def run_and_press_shift(display: str, tmp_path: Path, *args: str) -> tuple[int, list[str]]:
    env = {
        "QT_QPA_PLATFORM": "xcb",
        "DISPLAY": display,
        "HOME": str(tmp_path),
        "XDG_RUNTIME_DIR": str(tmp_path),
        "PATH": "/usr/bin:/bin",
        "PYTHONDONTWRITEBYTECODE": "1",
    }
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
        if "--menu" in args:
            lines.append(app.stdout.readline().strip())
        time.sleep(0.3)
        xdotool(display, "key", "--delay", "150", "shift", "shift", "shift")
        app.wait(timeout=20)
    finally:
        if app.poll() is None:
            app.kill()
        app.communicate()
    return app.returncode, lines


def test_three_real_shifts_quit(x_display, tmp_path):  # noqa: F811
    code, _lines = run_and_press_shift(x_display, tmp_path)
    assert code == 0
    assert list(tmp_path.iterdir()) == []


def test_three_real_shifts_quit_while_a_menu_holds_the_keyboard(x_display, tmp_path):  # noqa: F811
    code, lines = run_and_press_shift(x_display, tmp_path, "--menu")
    assert lines[1] == "OPEN QMenu"  # the menu was open when the keys were typed
    assert code == 0
    assert list(tmp_path.iterdir()) == []
