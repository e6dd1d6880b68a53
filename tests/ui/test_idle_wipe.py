"""Idle wipe: a warning with a countdown that can be extended, then everything typed or checked is gone."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from screenaid.ui.idle_wipe import MIN_COUNTDOWN_SECONDS, IdleWipe


def fill_the_session(qtbot, window, bundled) -> str:
    indicator = bundled.library.indicators[0]
    window.context.session.set_checked(indicator.id, True)
    window.go_to("document")
    document = window.page("document")
    document.tabs.setCurrentWidget(document.composer)
    qtbot.keyClicks(document.composer.additions, "sentinel words typed by the nurse")
    window.go_to("ask")
    window.page("ask").spanish.setChecked(True)
    qtbot.keyClicks(window.search.box, "debt")
    return indicator.id


def test_countdown_is_at_least_20_seconds(main_window):
    wipe = IdleWipe(main_window, idle_minutes=1, countdown_seconds=5)
    assert wipe.countdown_seconds == MIN_COUNTDOWN_SECONDS
    assert main_window.idle_wipe.countdown_seconds == main_window.context.config.idle_warning_seconds >= 20


def test_idle_wipe_clears_checked_items_typed_text_and_open_page(qtbot, main_window, bundled):
    indicator_id = fill_the_session(qtbot, main_window, bundled)
    assert indicator_id in main_window.context.session.state.checked
    wipe = main_window.idle_wipe
    with qtbot.waitSignal(wipe.warned, timeout=2000):
        wipe.set_timing(idle_ms=50, tick_ms=5)
    dialog = wipe.warning
    assert dialog is not None
    assert "seconds" in dialog.message
    with qtbot.waitSignal(wipe.wiped, timeout=3000):
        pass
    assert main_window.context.session.state.is_empty
    document = main_window.page("document")
    assert document.composer.additions.toPlainText() == ""
    assert "sentinel" not in document.composer.note_text()
    assert main_window.search.box.text() == ""
    assert not main_window.page("ask").spanish.isChecked()
    assert main_window.current_place() is None  # the neutral start page, not a place
    assert main_window.stack.currentWidget() is main_window.start_page
    assert wipe.warning is None


def test_still_here_extends_as_often_as_needed(qtbot, main_window, bundled):
    indicator_id = fill_the_session(qtbot, main_window, bundled)
    wipe = main_window.idle_wipe
    wipe.set_timing(idle_ms=30, tick_ms=50)
    for _ in range(10):
        with qtbot.waitSignal(wipe.warned, timeout=2000):
            pass
        button = wipe.warning.button
        assert button.accessibleName() == "I'm still here"
        assert wipe.warning.focusWidget() is button  # keyboard users land on it
        with qtbot.waitSignal(wipe.extended, timeout=1000):
            qtbot.keyClick(button, Qt.Key.Key_Space)
    wipe.set_timing(idle_ms=60_000)
    assert indicator_id in main_window.context.session.state.checked
    assert main_window.current_place() == "ask"


def test_activity_postpones_the_warning(qtbot, main_window):
    wipe = main_window.idle_wipe
    wipe.set_timing(idle_ms=300, tick_ms=5)
    for _ in range(6):
        qtbot.wait(100)
        qtbot.keyClick(main_window.search.box, Qt.Key.Key_A)
    assert wipe.warning is None


def _type_through_input_method(widget, preedit: str, commit: str) -> None:
    """What an input method (Pinyin, Telex, Hangul) sends: composing text, then the committed word."""
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtWidgets import QApplication

    QApplication.sendEvent(widget, QInputMethodEvent(preedit, []))
    committed = QInputMethodEvent("", [])
    committed.setCommitString(commit)
    QApplication.sendEvent(widget, committed)


def test_input_method_typing_postpones_the_warning(qtbot, main_window):
    box = main_window.search.box
    main_window.activateWindow()  # an input method types into the focused widget of the active window
    box.setFocus()
    qtbot.waitUntil(lambda: QGuiApplication.focusObject() is box, timeout=1000)
    wipe = main_window.idle_wipe
    wipe.set_timing(idle_ms=300, tick_ms=5)
    words = [("ren", "人"), ("kou", "口"), ("hô", "hộ"), ("chieu", "chiếu"), ("ㅇ", "여")]
    for preedit, commit in words:
        qtbot.wait(100)
        _type_through_input_method(box, preedit, commit)
    assert box.text() == "人口hộchiếu여"  # the events really reached the box
    assert wipe.warning is None


def test_without_input_method_typing_the_same_wait_warns(qtbot, main_window):
    wipe = main_window.idle_wipe
    wipe.set_timing(idle_ms=300, tick_ms=5_000)
    qtbot.waitUntil(lambda: wipe.warning is not None, timeout=2_000)
    wipe.extend()
