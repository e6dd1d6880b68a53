"""The idle wipe leaves no text selected anywhere: a selection shows what a clinician was reading, and it
survives a switch to another window (Qt keeps it when the window loses focus), so only the wipe can clear it.
Covers the pages that reset their widgets in place instead of making them again (issue 16)."""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QLabel

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
