"""The idle wipe leaves no trace of what was read: no text selected and every list and text scrolled back to the
top. Both show what a clinician was reading; a selection even survives a switch to another window (Qt keeps it
when the window loses focus). Pages now reset their widgets in place instead of making them again (issue 16)."""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
)

from screenaid.ui.widgets.markdown_label import MarkdownLabel

PLACES = ("learn", "screen", "ask", "document", "refer")


def _settle() -> None:
    QCoreApplication.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


def _selectable_labels(window) -> list[QLabel]:
    """Every label whose text the mouse can select; Markdown labels become selectable at the first press, so
    each is pressed first, as a drag starts."""
    for place in PLACES:
        for label in window.page(place).findChildren(MarkdownLabel):
            QTest.mousePress(label, Qt.MouseButton.LeftButton)
            QTest.mouseRelease(label, Qt.MouseButton.LeftButton)
    return [
        label
        for place in PLACES
        for label in window.page(place).findChildren(QLabel)
        if label.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse and label.text()
    ]


def test_a_wipe_clears_every_text_selection_on_every_page(main_window):
    window = main_window
    for place in PLACES:
        window.go_to(place)
    labels = _selectable_labels(window)
    assert len({label.window() for label in labels}) == 1
    for label in labels:
        label.setSelection(0, 3)
    selected = [label for label in labels if label.hasSelectedText()]
    assert len(selected) > 100  # Ask's cards alone hold over 150 selectable labels
    window.wipe()
    _settle()
    left = {
        place: [
            label.text()[:40] for label in window.page(place).findChildren(QLabel) if label.hasSelectedText()
        ]
        for place in PLACES
    }
    assert left == {place: [] for place in PLACES}


def test_a_wipe_scrolls_every_list_and_text_back_to_the_top(main_window):
    """Where a page was scrolled to shows what was read: after a wipe every scroll area is at the top."""
    window = main_window
    for place in PLACES:
        window.go_to(place)
    window.resize(1280, 720)
    _settle()
    areas = [area for place in PLACES for area in window.page(place).findChildren(QAbstractScrollArea)]
    scrolled = []
    for area in areas:
        bar = area.verticalScrollBar()
        bar.setValue(bar.maximum())
        if bar.value() > 0:
            scrolled.append(area)
    assert len(scrolled) >= 3
    window.wipe()
    _settle()
    for place in PLACES:
        window.go_to(place)
    _settle()
    left = [
        f"{area.accessibleName() or type(area).__name__}: {area.verticalScrollBar().value()}"
        for place in PLACES
        for area in window.page(place).findChildren(QAbstractScrollArea)
        if area.verticalScrollBar().value() or area.horizontalScrollBar().value()
    ]
    assert left == [], left


def _controls(window) -> dict[str, list[object]]:
    """What every choice control on every page shows: combo boxes, check boxes and radio buttons, tabs,
    lists, text fields."""
    state: dict[str, list[object]] = {}
    for place in PLACES:
        page = window.page(place)
        state[place] = [
            *(("combo", c.accessibleName(), c.currentIndex()) for c in page.findChildren(QComboBox)),
            *(
                ("check", b.text(), b.isChecked())
                for b in page.findChildren(QAbstractButton)
                if b.isCheckable()
            ),
            *(("tabs", t.currentIndex()) for t in page.findChildren(QTabWidget)),
            *(
                ("list", v.accessibleName(), v.currentIndex().row())
                for v in page.findChildren(QAbstractItemView)
            ),
            *(("text", e.accessibleName(), e.text()) for e in page.findChildren(QLineEdit)),
            *(("text", e.accessibleName(), e.toPlainText()) for e in page.findChildren(QPlainTextEdit)),
            *(("text", e.accessibleName(), e.toPlainText()) for e in page.findChildren(QTextEdit)),
        ]
    return state


def test_a_wipe_puts_every_choice_on_every_page_back_as_first_shown(main_window):
    """Every combo box to its last item, every tab to the last, every check box and radio button flipped,
    text typed into every field: after a wipe each shows what it showed when its page first opened."""
    window = main_window
    for place in PLACES:
        window.go_to(place)
    _settle()
    fresh = _controls(window)
    for place in PLACES:
        page = window.page(place)
        for combo in page.findChildren(QComboBox):
            if combo.count() > 1:
                combo.setCurrentIndex(combo.count() - 1)
        for tabs in page.findChildren(QTabWidget):
            tabs.setCurrentIndex(tabs.count() - 1)
        for field in page.findChildren(QLineEdit):
            if field.isEnabled() and not field.isReadOnly():
                field.setText("typed by a user")
        for edit in [*page.findChildren(QPlainTextEdit), *page.findChildren(QTextEdit)]:
            if not edit.isReadOnly():
                edit.setPlainText("typed by a user")
        for box in page.findChildren(QAbstractButton):
            if box.isCheckable() and box.isEnabled():
                box.setChecked(not box.isChecked())
    _settle()
    used = _controls(window)
    assert used != fresh
    typed = [c for place in PLACES for c in used[place] if c[0] == "text" and "typed" in str(c[2])]
    assert len(typed) >= 2, typed
    window.wipe()
    _settle()
    after = _controls(window)
    assert {p: [c for c in after[p] if c not in fresh[p]] for p in PLACES} == {p: [] for p in PLACES}


def test_a_wipe_closes_an_open_context_menu_and_drop_down_list(main_window):
    """A pop-up is a window of its own: the pages' resets do not reach it, and a context menu left open over a
    text field stayed on screen after the wipe (a3b691e)."""
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QApplication

    window = main_window
    window.go_to("refer")
    field = next(edit for edit in window.findChildren(QLineEdit) if edit.isVisible())  # the search box
    menu = field.createStandardContextMenu()
    menu.popup(field.mapToGlobal(QPoint(4, 4)))
    _settle()
    assert QApplication.activePopupWidget() is menu
    window.wipe()
    _settle()
    assert QApplication.activePopupWidget() is None
    assert not menu.isVisible()

    window.go_to("refer")
    combo = next(box for box in window.page("refer").findChildren(QComboBox) if box.isVisible())
    combo.showPopup()
    _settle()
    assert QApplication.activePopupWidget() is not None
    window.wipe()
    _settle()
    assert QApplication.activePopupWidget() is None


def test_the_cover_closes_an_open_context_menu(main_window):
    """F12 covers the work; a context menu open over a text field is a window of its own and stayed on top of
    the cover (a3b691e)."""
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QApplication

    window = main_window
    field = next(edit for edit in window.findChildren(QLineEdit) if edit.isVisible())
    menu = field.createStandardContextMenu()
    menu.popup(field.mapToGlobal(QPoint(4, 4)))
    _settle()
    assert QApplication.activePopupWidget() is menu
    window.cover.cover()
    _settle()
    assert window.cover.covered
    assert QApplication.activePopupWidget() is None
    assert not menu.isVisible()
    window.cover.uncover()
