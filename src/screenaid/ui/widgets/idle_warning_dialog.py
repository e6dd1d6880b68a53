"""The countdown shown before an idle wipe, with one obvious way to stay."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from screenaid.ui.translation import QT_TRANSLATE_NOOP

STILL_HERE = QT_TRANSLATE_NOOP("IdleWarningDialog", "I'm still here")


class IdleWarningDialog(QDialog):
    still_here = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Are you still there?"))
        self.setAccessibleName(self.tr("Idle warning"))
        self._message = QLabel(self)
        self._message.setWordWrap(True)
        self._message.setAccessibleName(self.tr("Time left before clearing"))
        self._button = QPushButton(self.tr(STILL_HERE), self)
        self._button.setAccessibleName(self.tr(STILL_HERE).replace("&", ""))
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
        self._message.setText(
            self.tr(
                "Nothing has happened for a while. In %n seconds, everything checked or typed "
                "will be cleared and the app will go back to its start page.",
                "",
                seconds,
            )
        )

    def open(self) -> None:
        super().open()
        self._button.setFocus()

    def _on_finished(self, _result: int) -> None:
        self.still_here.emit()
