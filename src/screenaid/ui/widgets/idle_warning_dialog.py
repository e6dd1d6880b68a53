"""The countdown shown before an idle wipe, with one obvious way to stay."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QVBoxLayout, QWidget

STILL_HERE = "I'm still here"


class IdleWarningDialog(QDialog):
    still_here = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Are you still there?")
        self.setAccessibleName("Idle warning")
        self._message = QLabel(self)
        self._message.setWordWrap(True)
        self._message.setAccessibleName("Time left before clearing")
        self._button = QPushButton(STILL_HERE, self)
        self._button.setAccessibleName(STILL_HERE)
        self._button.setDefault(True)
        self._button.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self._message)
        layout.addWidget(self._button)
        self.finished.connect(self._on_finished)

    @property
    def button(self) -> QPushButton:
        return self._button

    @property
    def message(self) -> str:
        return self._message.text()

    def set_remaining(self, seconds: int) -> None:
        unit = "second" if seconds == 1 else "seconds"
        self._message.setText(
            f"Nothing has happened for a while. In {seconds} {unit}, everything checked or typed "
            "will be cleared and the app will go back to its start page."
        )

    def open(self) -> None:
        super().open()
        self._button.setFocus()

    def _on_finished(self, _result: int) -> None:
        self.still_here.emit()
