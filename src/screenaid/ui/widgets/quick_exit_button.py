"""The always-visible Quick exit button (first in the Tab order)."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QWidget

from screenaid.ui.translation import QT_TRANSLATE_NOOP

LABEL = QT_TRANSLATE_NOOP("QuickExitButton", "Quick exit")
HINT = QT_TRANSLATE_NOOP(
    "QuickExitButton", "Hides this window at once and closes the app. Shortcut: press Shift three times."
)


class QuickExitButton(QPushButton):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setText(self.tr(LABEL))
        self.setObjectName("quickExit")
        self.setAccessibleName(self.tr(LABEL))
        self.setAccessibleDescription(self.tr(HINT))
        self.setToolTip(self.tr(HINT))
        self.setAutoDefault(False)
