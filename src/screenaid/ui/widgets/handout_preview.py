"""A live preview of the handout: its pages drawn from the PDF bytes in memory.

The page images exist only while the preview is on screen. Hidden (another place shown, the window
minimised), it lets them go and keeps only the PDF bytes, a few tens of KB; shown again, it draws them at
once, at the screen's own pixel density (about 10 ms for a two-page handout). A handout changed while the
preview is hidden (an idle wipe resets Refer) is drawn only when it is next shown.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QHideEvent, QPixmap, QShowEvent
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from screenaid.ui.widgets.handout_pages import HandoutPages
from screenaid.ui.widgets.page_image import PageImage

PREVIEW_DPI = 60
"""Page size on screen, in logical pixels per inch; the image has the screen's device pixels."""


class HandoutPreview(QScrollArea):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Handout preview"))
        self.setWidgetResizable(True)
        self.page_labels: list[PageImage] = []
        self._pdf: bytes | None = None
        """The handout shown (or to be shown once visible); None while a message is shown."""
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
        self._pdf = None
        self.page_labels = []
        self._replace([label])

    def show_pdf(self, pdf: bytes) -> None:
        """Show the pages of ``pdf``: drawn now if the preview is on screen, else when it is next shown."""
        self._pdf = pdf
        if self.isVisible():
            self._draw()
        else:
            self._release()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._pdf is not None and not self.page_labels:
            self._draw()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        if self._pdf is not None and self.page_labels:
            self._release()

    def _release(self) -> None:
        """Let the page images go (the PDF bytes are kept to draw them again)."""
        self.page_labels = []
        self._replace([])

    def _draw(self) -> None:
        assert self._pdf is not None
        ratio = self.devicePixelRatioF()
        pages = HandoutPages(self._pdf)
        try:
            labels = []
            for number, image in enumerate(pages.images(PREVIEW_DPI * ratio), start=1):
                pixmap = QPixmap.fromImage(image)
                pixmap.setDevicePixelRatio(ratio)
                label = PageImage(pixmap)
                label.setAccessibleName(
                    self.tr("Handout page {number} of {count}").format(number=number, count=pages.page_count)
                )
                label.setStyleSheet("border: 1px solid #888;")
                labels.append(label)
        finally:
            pages.close()
        self.page_labels = labels
        self._replace(list(labels))
