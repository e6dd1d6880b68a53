"""The idle wipe leaves no trace of what was read: no text selected and every list and text scrolled back to the
top. Both show what a clinician was reading; a selection even survives a switch to another window (Qt keeps it
when the window loses focus). Pages now reset their widgets in place instead of making them again (issue 16)."""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QLabel

PLACES = ("learn", "screen", "ask", "document", "refer")


def _settle() -> None:
    QCoreApplication.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


def _selectable_labels(window) -> list[QLabel]:
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
