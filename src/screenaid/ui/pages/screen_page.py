"""The Screen place: indicator checklist, live summary, response pathway and note composer."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from screenaid.ui.context import AppContext


class ScreenPage(QWidget):
    """Placeholder while the full page is built; keeps the main window importable."""

    navigate_to = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.setAccessibleName("Screen")
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("Screen"))

    def show_entry(self, entry_id: str) -> bool:
        return False

    def reset(self) -> None:
        """Forget everything checked or answered."""
