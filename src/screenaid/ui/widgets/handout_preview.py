"""A live preview of the handout: its pages drawn from the PDF bytes in memory."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from screenaid.ui.widgets.handout_pages import HandoutPages

PREVIEW_DPI = 60


class HandoutPreview(QScrollArea):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Handout preview"))
        self.setWidgetResizable(True)
        self.page_labels: list[QLabel] = []
        self.show_message(self.tr("Tick at least one resource to see the handout."))

    def _replace(self, widgets: list[QWidget]) -> None:
        holder = QWidget()
        layout = QVBoxLayout(holder)
        layout.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        for widget in widgets:
            layout.addWidget(widget)
        old = self.takeWidget()
        if old is not None:
            old.deleteLater()
        self.setWidget(holder)

    def show_message(self, text: str) -> None:
        label = QLabel(text)
        label.setWordWrap(True)
        self.page_labels = []
        self._replace([label])

    def show_pdf(self, pdf: bytes) -> None:
        pages = HandoutPages(pdf)
        try:
            labels = []
            for number, image in enumerate(pages.images(PREVIEW_DPI), start=1):
                label = QLabel()
                label.setPixmap(QPixmap.fromImage(image))
                label.setAccessibleName(
                    self.tr("Handout page {number} of {count}").format(number=number, count=pages.page_count)
                )
                label.setStyleSheet("border: 1px solid #888;")
                labels.append(label)
        finally:
            pages.close()
        self.page_labels = labels
        self._replace(list(labels))
