"""A heading whose size is relative to the app font (so it follows text zoom), announced as its text."""

from __future__ import annotations

from PySide6 import QtCore
from PySide6.QtWidgets import QLabel, QWidget

_TAGS = {1: "h1", 2: "h2", 3: "h3", 4: "h4"}


class Heading(QLabel):
    def __init__(self, text: str, level: int = 2, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        tag = _TAGS.get(level, "h4")
        self.setTextFormat(QtCore.Qt.TextFormat.RichText)
        self.setWordWrap(True)
        from html import escape  # here, not at import: html.entities is not needed before the first paint

        self.setText(f"<{tag} style='margin:0'>{escape(text)}</{tag}>")
        self.setAccessibleName(text)
