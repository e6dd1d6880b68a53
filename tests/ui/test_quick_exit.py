"""Quick exit: button and 3×Shift, from any state including an open modal dialog."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QLineEdit, QMenu

from screenaid.ui.private_clipboard import PrivateClipboard
from screenaid.ui.quick_exit import QuickExit
from tests.ui.app_process import bare_env


def visible_top_levels() -> list:
    return [widget for widget in QApplication.topLevelWidgets() if widget.isVisible()]


def press_shift(qtbot, widget, times: int = 1) -> None:
    """Shift pressed and released on ``widget``'s window, where the window system delivers keys."""
    for _ in range(times):
        qtbot.keyClick(widget.window().windowHandle(), Qt.Key.Key_Shift)


def test_button_hides_everything_and_clears_our_clipboard(qtbot, main_window):
    main_window.clipboard.copy("sentinel text")
    ended: list[bool] = []
    main_window.quick_exit.end_process = lambda: ended.append(True)
    with qtbot.waitSignal(main_window.quick_exit.triggered, timeout=1000):
        qtbot.mouseClick(main_window.quick_exit_button, Qt.MouseButton.LeftButton)
    assert ended == [True]
    assert visible_top_levels() == []
    assert QGuiApplication.clipboard().text() == ""


def test_three_shifts_with_a_modal_dialog_open(qtbot, main_window):
    main_window.clipboard.copy("sentinel text")
    dialog = QDialog(main_window)
    dialog.setModal(True)
    field = QLineEdit(dialog)
    field.setAccessibleName("Field")
    dialog.open()
    qtbot.waitExposed(dialog)
    field.setFocus()
    assert QApplication.activeModalWidget() is dialog
    with qtbot.waitSignal(main_window.quick_exit.triggered, timeout=1000):
        press_shift(qtbot, field, 3)
    assert visible_top_levels() == []
    assert QGuiApplication.clipboard().text() == ""


def test_two_shifts_only_count_and_report_progress(qtbot, main_window):
    with qtbot.waitSignals([main_window.quick_exit.progress] * 2, timeout=1000):
        press_shift(qtbot, main_window.quick_exit_button, 2)
    assert main_window.isVisible()
    assert "1 more time" in main_window.statusBar().currentMessage()


def test_shift_used_for_capitals_does_not_count(qtbot, main_window):
    box = main_window.search.box
    box.setFocus()
    window = main_window.windowHandle()
    progress: list[int] = []
    main_window.quick_exit.progress.connect(progress.append)
    for _ in range(3):
        qtbot.keyClick(window, Qt.Key.Key_Shift)  # counted press...
        # ...then Shift held for a capital (QTest presses Shift, then A, releases A, then Shift)
        qtbot.keyClick(window, Qt.Key.Key_A, Qt.KeyboardModifier.ShiftModifier)
    assert main_window.isVisible()
    assert box.text().casefold() == "aaa"  # the keys reached the box through its window
    assert progress == [2, 0] * 3  # each plain Shift counted, each capital started the count again


def test_a_key_taken_by_a_shortcut_starts_the_count_again(qtbot, main_window):
    window = main_window.windowHandle()
    main_window.activateWindow()  # shortcuts work in the active window
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is window, timeout=1000)
    progress: list[int] = []
    main_window.quick_exit.progress.connect(progress.append)
    press_shift(qtbot, main_window, 2)
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)  # the search shortcut
    qtbot.waitUntil(main_window.search.box.hasFocus, timeout=1000)
    press_shift(qtbot, main_window, 1)
    assert main_window.isVisible()
    assert progress == [2, 1, 0, 2]


def test_three_shifts_in_an_open_list_and_menu(qtbot, main_window):
    """A combo box's list and a menu are windows of their own: keys sent where the platform sends them
    while one is open (its window, or the focused main window, which hands them on) still count."""
    ended: list[bool] = []
    main_window.quick_exit.end_process = lambda: ended.append(True)
    main_window.activateWindow()
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is main_window.windowHandle(), timeout=1000)
    combo = QComboBox(main_window.centralWidget())
    combo.addItems(["one", "two"])
    combo.show()
    combo.showPopup()
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None, timeout=1000)
    progress: list[int] = []
    main_window.quick_exit.progress.connect(progress.append)
    qtbot.keyClick(QGuiApplication.focusWindow(), Qt.Key.Key_Shift)
    qtbot.keyClick(
        QGuiApplication.focusWindow(), Qt.Key.Key_Escape
    )  # closes the list, starts the count again
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None, timeout=1000)
    assert progress == [2, 0]
    menu = QMenu(main_window)
    menu.addAction("one")
    menu.popup(main_window.geometry().center())
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is menu, timeout=1000)
    with qtbot.waitSignal(main_window.quick_exit.triggered, timeout=1000):
        for _ in range(3):
            qtbot.keyClick(QGuiApplication.focusWindow(), Qt.Key.Key_Shift)
    assert ended == [True]


def test_presses_more_than_five_seconds_apart_start_again(qtbot, qapp):
    now = [100.0]
    board = PrivateClipboard()
    watcher = QuickExit(board, clock=lambda: now[0], end_process=lambda: None)
    watcher.watch(qapp)
    field = QLineEdit()
    field.setAccessibleName("Field")
    qtbot.addWidget(field)
    field.show()
    field.activateWindow()  # as a window manager does with a new window: the watch covers it from then on
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is field.windowHandle(), timeout=1000)
    fired: list[bool] = []
    watcher.triggered.connect(lambda: fired.append(True))
    try:
        press_shift(qtbot, field, 2)
        now[0] += 5.5
        press_shift(qtbot, field, 1)
        assert not fired
        now[0] += 4.9
        press_shift(qtbot, field, 1)
        assert not fired  # the count started again after the long gap: this is press 2
        now[0] += 4.9
        press_shift(qtbot, field, 1)
        assert fired  # three presses, each within 5 s of the one before
    finally:
        watcher.unwatch(qapp)


def test_the_real_app_exits_with_code_0_from_a_modal_dialog(tmp_path):
    """Launch the app the way users do, open a dialog, press Shift three times: it must quit with 0."""
    script = textwrap.dedent(
        """
        import sys
        from PySide6.QtCore import QTimer, Qt
        from PySide6.QtTest import QTest
        from PySide6.QtWidgets import QApplication, QMessageBox
        from screenaid.ui.app import start

        app, window = start([])

        def open_dialog_and_press_shift():
            box = QMessageBox(QMessageBox.Icon.Information, "Dialog", "A modal dialog", parent=window)
            box.open()
            QTest.qWaitForWindowExposed(box)
            for _ in range(3):
                QTest.keyClick(box.windowHandle(), Qt.Key.Key_Shift)

        window.content_installed.connect(lambda: QTimer.singleShot(0, open_dialog_and_press_shift))
        QTimer.singleShot(20000, lambda: app.exit(3))
        sys.exit(app.exec())
        """
    )
    env = bare_env(tmp_path)
    done = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert list(tmp_path.iterdir()) == [], "the app wrote to the home folder"
