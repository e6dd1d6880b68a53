"""The row of places (Learn, Screen, Ask, Document, Refer): buttons, one checked, each with Ctrl+N."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QPushButton, QWidget


class NavigationBar(QWidget):
    place_chosen = Signal(str)

    def __init__(self, places: tuple[tuple[str, str], ...], parent: QWidget | None = None) -> None:
        """``places``: (key, label) pairs in order; the n-th gets Ctrl+n."""
        super().__init__(parent)
        self.setAccessibleName("Places")
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self.buttons: dict[str, QPushButton] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for number, (key, label) in enumerate(places, 1):
            button = QPushButton(label, self)
            button.setCheckable(True)
            button.setAutoDefault(False)
            button.setAccessibleName(label)
            button.setAccessibleDescription(f"Go to {label} (Ctrl+{number})")
            button.setToolTip(f"{label} (Ctrl+{number})")
            button.clicked.connect(lambda _=False, place=key: self.place_chosen.emit(place))
            self._group.addButton(button)
            self.buttons[key] = button
            layout.addWidget(button)
        layout.addStretch(1)

    def install_shortcuts(self, window: QWidget) -> None:
        for number, key in enumerate(self.buttons, 1):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), window)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(lambda place=key: self.place_chosen.emit(place))

    def set_current(self, key: str) -> None:
        self.buttons[key].setChecked(True)

    def set_places_enabled(self, enabled: bool) -> None:
        for button in self.buttons.values():
            button.setEnabled(enabled)
