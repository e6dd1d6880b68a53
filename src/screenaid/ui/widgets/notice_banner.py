"""A banner for content problems and integrity warnings; hidden when there is nothing to say."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget


class NoticeBanner(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.Box)
        self.setLineWidth(2)
        self.setAccessibleName(self.tr("Notices"))
        self._label = QLabel(self)
        self._label.setTextFormat(Qt.TextFormat.RichText)
        self._label.setWordWrap(True)
        self._label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(self._label)
        self.set_notices(())

    @property
    def text(self) -> str:
        return self._label.text()

    def set_notices(self, notices: tuple[str, ...]) -> None:
        items = "".join(f"<li>{escape(notice)}</li>" for notice in notices)
        heading = escape(self.tr("Please note"))
        self._label.setText(f"<b>{heading}</b><ul style='margin:0'>{items}</ul>" if notices else "")
        self._label.setAccessibleName(" ".join(notices))
        self.setVisible(bool(notices))
