"""The row of places (Learn, Screen, Ask, Document, Refer): radio buttons, one checked, each with Ctrl+N.

Radio buttons, not toggle buttons, because that is what the row is: a choice of one place. Screen readers
hear "radio button, 1 of 5" instead of a check box, and the arrow keys move between places. None is checked
while the neutral cover page is showing.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QRadioButton, QWidget


class NavigationBar(QWidget):
    place_chosen = Signal(str)

    def __init__(self, places: tuple[tuple[str, str], ...], parent: QWidget | None = None) -> None:
        """``places``: (key, label) pairs in order; the n-th gets Ctrl+n."""
        super().__init__(parent)
        self.setAccessibleName(self.tr("Places"))
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self.buttons: dict[str, QRadioButton] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for number, (key, label) in enumerate(places, 1):
            button = QRadioButton(label, self)
            button.setAccessibleName(label)
            button.setAccessibleDescription(
                self.tr("Go to {place} (Ctrl+{number})").format(place=label, number=number)
            )
            button.setToolTip(self.tr("{place} (Ctrl+{number})").format(place=label, number=number))
            # toggled, not clicked: a screen reader's "toggle" action and the arrow keys check the button too
            button.toggled.connect(lambda checked, place=key: self._on_toggled(place, checked))
            button.installEventFilter(self)
            self._group.addButton(button)
            self.buttons[key] = button
            layout.addWidget(button)
        layout.addStretch(1)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Tab into the row lands on the place showing (Qt would pick the first button of the group)."""
        if event.type() == QEvent.Type.FocusIn and isinstance(event, QFocusEvent):
            checked = self._group.checkedButton()
            tabbing = event.reason() in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason)
            if tabbing and checked is not None and checked is not watched:
                # after this focus change is complete, so assistive technology hears them in order
                QTimer.singleShot(0, checked, lambda: checked.setFocus(Qt.FocusReason.TabFocusReason))
        return False

    def _on_toggled(self, place: str, checked: bool) -> None:
        if checked:
            self.place_chosen.emit(place)

    def install_shortcuts(self, window: QWidget) -> None:
        for number, key in enumerate(self.buttons, 1):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), window)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(lambda place=key: self.place_chosen.emit(place))

    def set_current(self, key: str | None) -> None:
        """Check the button of ``key``; ``None`` unchecks them all (a page that is not a place)."""
        if key is not None:
            button = self.buttons[key]
            button.blockSignals(True)  # the place is already showing: do not announce it as chosen again
            button.setChecked(True)
            button.blockSignals(False)
            return
        self._group.setExclusive(False)
        for button in self.buttons.values():
            button.setChecked(False)
        self._group.setExclusive(True)

    def set_places_enabled(self, enabled: bool) -> None:
        for button in self.buttons.values():
            button.setEnabled(enabled)
