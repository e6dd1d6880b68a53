"""Keeps running text near 90 characters a line, whatever the font size, so long lines stay readable.

A view placed in a resizable QScrollArea is asked for its height at the viewport's width; ReadingColumn
answers for the width it will really have (its capped width), so wrapped text is never cut off.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget

LINE_CHARACTERS = 90


class ReadingColumn(QWidget):
    """A page of running text no wider than about LINE_CHARACTERS average characters."""

    def __init__(self, parent: QWidget | None = None, characters: int = LINE_CHARACTERS) -> None:
        super().__init__(parent)
        self._characters = characters
        self._cap_width()

    def _cap_width(self) -> None:
        self.setMaximumWidth(self.fontMetrics().averageCharWidth() * self._characters)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._cap_width()
        super().changeEvent(event)

    def heightForWidth(self, width: int) -> int:
        return super().heightForWidth(min(width, self.maximumWidth()))
