"""Handout PDF bytes turned into page images and printed, all in memory (no file is ever written)."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from screenaid.handout import NEUTRAL_TITLE


class HandoutPages:
    """An open handout PDF. Keep it alive while its pages are used: QPdfDocument reads from the buffer."""

    def __init__(self, pdf: bytes) -> None:
        self._bytes = QByteArray(pdf)
        self._buffer = QBuffer(self._bytes)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument()
        self.document.load(self._buffer)
        if self.document.status() != QPdfDocument.Status.Ready:
            raise ValueError(f"the handout PDF could not be opened ({self.document.error()})")

    @property
    def page_count(self) -> int:
        return self.document.pageCount()

    def image(self, page: int, dots_per_inch: float) -> QImage:
        """One page on a white background (QtPdf renders onto transparency)."""
        points = self.document.pagePointSize(page)
        size = QSize(round(points.width() * dots_per_inch / 72), round(points.height() * dots_per_inch / 72))
        rendered = self.document.render(page, size)
        image = QImage(size, QImage.Format.Format_RGB32)
        image.fill(QColor(Qt.GlobalColor.white))
        painter = QPainter(image)
        painter.drawImage(0, 0, rendered)
        painter.end()
        return image

    def images(self, dots_per_inch: float) -> Iterator[QImage]:
        for page in range(self.page_count):
            yield self.image(page, dots_per_inch)

    def close(self) -> None:
        self.document.close()
        self._buffer.close()


def prepare_printer(printer: QPrinter) -> None:
    """A neutral job name, so spools and logs never say what was printed."""
    printer.setDocName(NEUTRAL_TITLE)
    printer.setCreator("")


def print_pdf(pdf: bytes, printer: QPrinter) -> int:
    """Print every page at the printer's resolution, scaled to fit; return the number of pages."""
    prepare_printer(printer)
    pages = HandoutPages(pdf)
    painter = QPainter()
    if not painter.begin(printer):
        pages.close()
        raise OSError("the printer could not be started")
    try:
        resolution = min(printer.resolution(), 600)
        for index, image in enumerate(pages.images(resolution)):
            if index:
                printer.newPage()
            target = painter.viewport()
            scaled = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.setViewport(QRect(target.x(), target.y(), scaled.width(), scaled.height()))
            painter.setWindow(image.rect())
            painter.drawImage(0, 0, image)
            painter.setViewport(target)
        return pages.page_count
    finally:
        painter.end()
        pages.close()
