"""The note composer driven through its real widgets: live note, edits, blanks, typed additions, private copy."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QApplication

from screenaid.config import ClinicConfig
from screenaid.ui.context import AppContext
from screenaid.ui.pages.screen_page import ScreenPage
from screenaid.ui.private_clipboard import PRIVATE_HINTS, PrivateClipboard
from screenaid.ui.screening_session import ScreeningSession
from screenaid.ui.widgets.note_composer import NoteComposer
from tests.screening.conftest import TEMPLATE, library_of, small_entries
from tests.screening.conftest import indicator as make_indicator

BLANKED = make_indicator(
    "ind-blank", note_text="Patient reports that [who] holds their documents for [how long]."
)
UNWRITTEN = make_indicator("ind-unwritten", title="Status item", note_text=None)


def make_context(library, clear_after_ms=60_000):
    return AppContext(
        library, ClinicConfig(), ScreeningSession(), PrivateClipboard(clear_after_ms=clear_after_ms)
    )


@pytest.fixture
def context(qtbot):
    context = make_context(library_of(*small_entries(), TEMPLATE))
    yield context
    context.clipboard.clear_if_ours()


@pytest.fixture
def composer(qtbot, context):
    widget = NoteComposer(context)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def type_text(widget, text):
    """Type any text, one key event per character (keyClicks only takes ASCII)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
            )


def test_the_note_follows_the_session_live(composer, context):
    assert composer.preview.toPlainText().startswith("Note title\n\nNothing was recorded.")
    context.session.set_checked("ind-a", True)
    context.session.set_checked("ind-c", True)
    text = composer.preview.toPlainText()
    assert "Seen:\n- Observation ind-a was recorded." in text
    assert "Circumstances:\n- Observation ind-c was recorded." in text
    assert "Nothing was recorded." not in text
    assert not composer.preview.isReadOnly()


def test_checking_items_on_the_screen_page_composes_the_note(qtbot, context, composer):
    page = ScreenPage(context)
    qtbot.addWidget(page)
    page.show()
    tree = page.checklist.tree
    tree.setFocus()
    tree.setCurrentItem(page.checklist.item_for("ind-b"))
    qtbot.keyClick(tree, Qt.Key.Key_Space)
    assert "- Observation ind-b was recorded." in composer.preview.toPlainText()


def test_typed_additions_go_into_the_note_only(composer, qtbot, context):
    composer.additions.setFocus()
    qtbot.keyClicks(composer.additions, "Follow-up booked")
    type_text(composer.additions, " (seguimiento en 2 días).")
    assert composer.preview.toPlainText().endswith("Clinician:\nFollow-up booked (seguimiento en 2 días).\n")
    assert context.session.state.is_empty  # typed text never reaches the session


def test_copy_puts_the_note_on_the_clipboard_marked_private(composer, qtbot, context):
    context.session.set_checked("ind-a", True)
    composer.additions.setFocus()
    qtbot.keyClicks(composer.additions, "Seen with interpreter")
    with qtbot.waitSignal(context.clipboard.copied):
        qtbot.mouseClick(composer.copy_button, Qt.MouseButton.LeftButton)
    data = QGuiApplication.clipboard().mimeData()
    assert data.text() == composer.note_text() == composer.preview.toPlainText()
    assert all(data.hasFormat(fmt) for fmt in PRIVATE_HINTS)
    assert "60 seconds" in composer.status.text()


def test_the_copied_note_is_cleared_after_the_delay(qtbot):
    context = make_context(library_of(*small_entries(), TEMPLATE), clear_after_ms=50)
    composer = NoteComposer(context)
    qtbot.addWidget(composer)
    context.session.set_checked("ind-a", True)
    composer.copy_button.setFocus()
    with qtbot.waitSignal(context.clipboard.cleared, timeout=2000):
        qtbot.keyClick(composer.copy_button, Qt.Key.Key_Space)
    assert QGuiApplication.clipboard().text() == ""
    assert composer.status.text() == "The clipboard has been cleared."


def test_a_copy_from_elsewhere_is_not_reported_as_the_note(composer, context):
    composer.copy()
    context.clipboard.copy("something another page copied")
    assert composer.status.text() == ""


def test_reset_forgets_typed_text_and_its_undo_history(composer, qtbot, context):
    composer.additions.setFocus()
    qtbot.keyClicks(composer.additions, "private remark")
    composer.copy()
    composer.reset()
    assert composer.additions.toPlainText() == ""
    assert not composer.additions.document().isUndoAvailable()
    assert composer.status.text() == ""
    assert "private remark" not in composer.preview.toPlainText()


def test_tab_moves_focus_out_of_the_text_boxes(composer, qtbot):
    assert composer.preview.tabChangesFocus()
    assert composer.additions.tabChangesFocus()
    for widget in (composer.preview, composer.additions, composer.copy_button):
        assert widget.accessibleName()
        assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus


def test_note_from_bundled_indicators_uses_their_own_wording(qtbot, bundled):
    library = bundled.library
    indicators = library.indicators[:3]
    if not indicators:
        pytest.skip("no bundled indicators yet")
    context = make_context(library)
    composer = NoteComposer(context)
    qtbot.addWidget(composer)
    for indicator in indicators:
        context.session.set_checked(indicator.id, True)
    text = composer.preview.toPlainText()
    for indicator in indicators:
        assert f"- {indicator.note_text}" in text
    assert text.startswith("Safety screening - clinician observations")
    context.clipboard.clear_if_ours()


@pytest.fixture
def blank_context(qtbot):
    template = replace(TEMPLATE, left_out_notice="Not written to the note:")
    context = make_context(library_of(*small_entries(), BLANKED, UNWRITTEN, template))
    yield context
    context.clipboard.clear_if_ours()


@pytest.fixture
def blank_composer(qtbot, blank_context):
    widget = NoteComposer(blank_context)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_the_note_is_editable_and_edits_survive_a_checklist_change(composer, qtbot, context):
    context.session.set_checked("ind-a", True)
    composer.preview.setFocus()
    composer.preview.moveCursor(composer.preview.textCursor().MoveOperation.End)
    qtbot.keyClicks(composer.preview, "Seen with a professional interpreter.")
    edited = composer.preview.toPlainText()
    assert edited.endswith("Seen with a professional interpreter.")
    assert composer.rebuild_button.isHidden()
    context.session.set_checked("ind-b", True)
    assert composer.preview.toPlainText() == edited  # the clinician's text is never overwritten
    assert not composer.rebuild_button.isHidden()
    qtbot.mouseClick(composer.rebuild_button, Qt.MouseButton.LeftButton)
    assert composer.preview.toPlainText() == composer.note_text()
    assert "Observation ind-b was recorded." in composer.preview.toPlainText()
    assert composer.rebuild_button.isHidden()
    assert not composer.preview.document().isUndoAvailable()


def test_copy_warns_while_blanks_remain_and_copies_only_when_pressed_again(
    blank_composer, qtbot, blank_context
):
    blank_context.session.set_checked("ind-blank", True)
    assert "[who], [how long]" in blank_composer.blanks.text()
    copies = []
    blank_context.clipboard.copied.connect(copies.append)
    qtbot.mouseClick(blank_composer.copy_button, Qt.MouseButton.LeftButton)
    assert copies == []  # not copied silently
    assert "[who], [how long]" in blank_composer.status.text()
    assert blank_composer.copy_button.text() == "Copy &anyway"
    with qtbot.waitSignal(blank_context.clipboard.copied):
        qtbot.mouseClick(blank_composer.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == blank_composer.preview.toPlainText()
    assert blank_composer.copy_button.text() == "&Copy note"


def test_filling_the_blanks_lets_copy_go_straight_through(blank_composer, qtbot, blank_context):
    blank_context.session.set_checked("ind-blank", True)
    filled = (
        blank_composer.preview.toPlainText().replace("[who]", "an employer").replace("[how long]", "a year")
    )
    blank_composer.preview.setPlainText(filled)
    assert blank_composer.blanks.isHidden()
    with qtbot.waitSignal(blank_context.clipboard.copied):
        qtbot.mouseClick(blank_composer.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == filled
    assert "60 seconds" in blank_composer.status.text()


def test_an_edit_after_the_warning_asks_again(blank_composer, qtbot, blank_context):
    blank_context.session.set_checked("ind-blank", True)
    blank_composer.copy()
    blank_composer.preview.setFocus()
    qtbot.keyClicks(blank_composer.preview, "x")
    assert blank_composer.copy_button.text() == "&Copy note"
    copies = []
    blank_context.clipboard.copied.connect(copies.append)
    blank_composer.copy()
    assert copies == []


def test_items_without_note_wording_are_named_beside_the_note_never_in_it(blank_composer, blank_context):
    blank_context.session.set_checked("ind-unwritten", True)
    assert "Status item" not in blank_composer.preview.toPlainText()
    assert not blank_composer.left_out.isHidden()
    assert blank_composer.left_out.text() == "Not written to the note:\nStatus item"


def test_reset_forgets_edits_and_their_undo_history(blank_composer, qtbot, blank_context):
    blank_context.session.set_checked("ind-blank", True)
    blank_composer.preview.setFocus()
    qtbot.keyClicks(blank_composer.preview, "private edit")
    blank_composer.copy()
    blank_composer.reset()
    assert "private edit" not in blank_composer.preview.toPlainText()
    assert not blank_composer.preview.document().isUndoAvailable()
    assert blank_composer.status.text() == ""
    assert blank_composer.copy_button.text() == "&Copy note"


def test_the_document_place_and_the_cli_compose_the_same_note(qtbot, bundled, capsys):
    from screenaid.cli import main

    items = ["ind-threats", "ind-monitored", "ind-rf-runaway-homeless"]
    context = make_context(bundled.library)
    composer = NoteComposer(context)
    qtbot.addWidget(composer)
    for item in items:
        context.session.set_checked(item, True)
    context.session.set_answer("pq-age", "minor")
    assert main(["note", *items, "--answer", "pq-age=minor"]) == 0
    assert capsys.readouterr().out == composer.preview.toPlainText() == composer.note_text()
    context.clipboard.clear_if_ours()
