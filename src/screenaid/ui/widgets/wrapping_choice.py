"""A radio button whose text wraps: long answer options are read in full instead of being cut off."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QRadioButton, QSizePolicy, QWidget

from screenaid.ui.app_style import style_controls


class _ClickableLabel(QLabel):
    def __init__(self, text: str, radio: QRadioButton, parent: QWidget) -> None:
        super().__init__(text, parent)
        self._radio = radio
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self._radio.isEnabled() and event.button() == Qt.MouseButton.LeftButton:
            self._radio.setChecked(True)
            self._radio.setFocus()
        super().mousePressEvent(event)


class WrappingChoice(QWidget):
    """The radio button carries the accessible name (the full text); the label next to it wraps."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.radio = QRadioButton(self)
        self.radio.setAccessibleName(text)
        self.label = _ClickableLabel(text, self.radio, self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.radio, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1)
        style_controls(self)  # the focus ring, also for choices made after their page (post-test, cases)

    def text(self) -> str:
        return self.label.text()
