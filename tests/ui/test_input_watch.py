"""The keyboard and mouse watches sit on the windows and on the focused object (screenaid.ui.input_watch), so
they see what the user does everywhere without PySide6 making a Python type for every Qt class."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QPushButton

from screenaid.ui.input_watch import input_watch
from tests.ui.app_process import bare_env


class Recorder(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.keys: list[tuple[str, int]] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            self.keys.append((watched.objectName(), event.key()))
        return False


def test_a_window_filter_covers_windows_opened_later_until_removed(qtbot, main_window):
    watch = input_watch(QApplication.instance())
    recorder = Recorder()
    watch.add_window_filter(recorder)
    try:
        qtbot.keyClick(main_window.windowHandle(), Qt.Key.Key_B)
        dialog = QDialog(main_window)
        dialog.setObjectName("later")
        QLineEdit(dialog)
        dialog.open()
        qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is dialog.windowHandle(), timeout=2000)
        dialog.windowHandle().setObjectName("later window")
        qtbot.keyClick(dialog.windowHandle(), Qt.Key.Key_C)
        assert [key for _, key in recorder.keys] == [Qt.Key.Key_B, Qt.Key.Key_C]
        assert recorder.keys[1][0] == "later window"  # seen on the dialog's own window
        dialog.reject()
    finally:
        watch.remove_filter(recorder)
    qtbot.keyClick(main_window.windowHandle(), Qt.Key.Key_D)
    assert len(recorder.keys) == 2


def test_a_focus_filter_follows_the_focus(qtbot, main_window):
    watch = input_watch(QApplication.instance())
    recorder = Recorder()
    main_window.activateWindow()
    first = QPushButton("first", main_window.centralWidget())
    first.setObjectName("first")
    second = QPushButton("second", main_window.centralWidget())
    second.setObjectName("second")
    first.show()
    second.show()
    first.setFocus()
    qtbot.waitUntil(lambda: QGuiApplication.focusObject() is first, timeout=2000)
    watch.add_focus_filter(recorder)
    try:
        qtbot.keyClick(first, Qt.Key.Key_B)
        second.setFocus()
        qtbot.waitUntil(lambda: QGuiApplication.focusObject() is second, timeout=2000)
        qtbot.keyClick(first, Qt.Key.Key_C)  # no longer focused: no longer watched
        qtbot.keyClick(second, Qt.Key.Key_D)
    finally:
        watch.remove_filter(recorder)
    qtbot.keyClick(second, Qt.Key.Key_E)
    assert recorder.keys == [("first", Qt.Key.Key_B), ("second", Qt.Key.Key_D)]


def test_the_loaded_app_makes_no_python_type_for_every_qt_class(tmp_path):
    """Loaded, with keys pressed on its window (Shift twice, the cover key twice), the app has not made
    PySide6's Python types of the Qt classes it never uses; one application-wide Python event filter would
    make them all at its first event for an internal Qt object (the same process checks that, last)."""
    script = textwrap.dedent(
        """
        from PySide6 import QtWidgets
        from PySide6.QtCore import QObject, Qt, QTimer
        from PySide6.QtTest import QTest
        from screenaid.ui.app import start

        UNUSED = ("QUndoView", "QCalendarWidget", "QMdiArea", "QKeySequenceEdit")

        def made():
            return [name for name in UNUSED if name in vars(QtWidgets)]

        app, window = start([])
        window.quick_exit.end_process = lambda: None
        progress = []
        window.quick_exit.progress.connect(progress.append)

        def loaded():
            handle = window.windowHandle()
            QTest.keyClick(handle, Qt.Key.Key_Shift)
            QTest.keyClick(handle, Qt.Key.Key_Shift)
            QTest.keyClick(handle, Qt.Key.Key_F12)
            covered = window.cover.covered
            QTest.keyClick(handle, Qt.Key.Key_F12)
            QTimer.singleShot(300, lambda: check(covered))

        class Everything(QObject):
            def eventFilter(self, watched, event):
                return False

        def check(covered):
            print("watched", progress, covered, not window.cover.covered)
            print("made after loading", made())
            app.installEventFilter(Everything(app))
            QTimer.singleShot(300, lambda: (print("made with an app-wide filter", made()), app.quit()))

        window.search_ready.connect(lambda: QTimer.singleShot(200, loaded))
        app.exec()
        """
    )
    env = bare_env(tmp_path)
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, env=env, check=False
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert "watched [2, 1, 0] True True" in lines  # Quick exit counted two Shifts (F12 reset it); F12 covered
    assert "made after loading []" in lines
    assert (
        "made with an app-wide filter ['QUndoView', 'QCalendarWidget', 'QMdiArea', 'QKeySequenceEdit']"
        in lines
    )
