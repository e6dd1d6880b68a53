"""Keeps running text near 90 characters a line, whatever the font size, so long lines stay readable."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

LINE_CHARACTERS = 90


def limit_line_length(widget: QWidget, characters: int = LINE_CHARACTERS) -> None:
    """Cap ``widget``'s width at about ``characters`` average characters, and again after every font change."""

    def apply() -> None:
        widget.setMaximumWidth(widget.fontMetrics().averageCharWidth() * characters)

    class _Watcher(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.FontChange:
                apply()
            return False

    watcher = _Watcher(widget)
    widget.installEventFilter(watcher)
    apply()
