"""The always-visible Quick exit button (first in the Tab order)."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QWidget

LABEL = "Quick exit"
HINT = "Hides this window at once and closes the app. Shortcut: press Shift three times."


class QuickExitButton(QPushButton):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(LABEL, parent)
        self.setObjectName("quickExit")
        self.setAccessibleName(LABEL)
        self.setAccessibleDescription(HINT)
        self.setToolTip(HINT)
        self.setAutoDefault(False)
