"""The clipboard: marked private, cleared after its time and on exit, and only while it holds our text."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication

from screenaid.ui.private_clipboard import PRIVATE_HINTS, PrivateClipboard


def test_copied_text_carries_every_do_not_keep_hint(qapp, clipboard):
    clipboard.copy("note text")
    data = QGuiApplication.clipboard().mimeData()
    assert data.text() == "note text"
    for mime_type in PRIVATE_HINTS:
        assert data.hasFormat(mime_type), mime_type
    assert clipboard.clear_after_ms == 60_000


def test_cleared_after_its_time(qtbot, qapp):
    board = PrivateClipboard(clear_after_ms=50)
    board.copy("note text")
    with qtbot.waitSignal(board.cleared, timeout=2000):
        pass
    assert QGuiApplication.clipboard().text() == ""


def test_someone_elses_later_copy_is_left_alone(qtbot, qapp):
    board = PrivateClipboard(clear_after_ms=50)
    board.copy("note text")
    QGuiApplication.clipboard().setText("the user's own text")
    qtbot.wait(150)
    board.clear_if_ours()
    assert QGuiApplication.clipboard().text() == "the user's own text"
    QGuiApplication.clipboard().clear()


def test_cleared_when_the_app_is_about_to_quit(qapp):
    board = PrivateClipboard()
    board.copy("note text")
    qapp.aboutToQuit.emit()
    assert QGuiApplication.clipboard().text() == ""
