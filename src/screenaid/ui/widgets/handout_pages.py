"""Handout PDF bytes turned into page images and printed, all in memory (no file is ever written).

PDFium (through pypdfium2) renders the pages straight from the bytes; the printer gets the PDF's own page
size and orientation, so what the composer chose is what comes out of the printer.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

import pypdfium2
from PySide6.QtCore import QMarginsF, QRect, QSizeF, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QMessageBox, QWidget

from screenaid.handout import NEUTRAL_TITLE

MAX_PRINT_DPI = 600
WHITE = (255, 255, 255, 255)


class HandoutPages:
    """An open handout PDF, read from memory. Close it when done (or use it as a context manager)."""

    def __init__(self, pdf: bytes) -> None:
        try:
            self.document = pypdfium2.PdfDocument(pdf)
        except pypdfium2.PdfiumError as error:
            raise ValueError(f"the handout PDF could not be opened ({error})") from None

    def __enter__(self) -> HandoutPages:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    @property
    def page_count(self) -> int:
        return len(self.document)

    def point_size(self, page: int) -> QSizeF:
        """Width and height of one page in PDF points (1/72 inch)."""
        width, height = self.document[page].get_size()
        return QSizeF(width, height)

    @contextmanager
    def borrowed_image(self, page: int, dots_per_inch: float) -> Iterator[QImage]:
        """One page on a white background, as an image over PDFium's own pixels: valid only inside the block.

        Printing draws from it directly, which saves a copy of a page at printer resolution (about 130 MB
        for Letter at 600 dpi).
        """
        bitmap = self.document[page].render(scale=dots_per_inch / 72, fill_color=WHITE, prefer_bgrx=True)
        try:
            # BGRx bytes are Qt's RGB32 on little-endian machines.
            yield QImage(
                bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGB32
            )
        finally:
            bitmap.close()

    def image(self, page: int, dots_per_inch: float) -> QImage:
        """One page on a white background, ``dots_per_inch`` pixels per inch (the image owns its pixels)."""
        with self.borrowed_image(page, dots_per_inch) as view:
            return view.copy()

    def images(self, dots_per_inch: float) -> Iterator[QImage]:
        for page in range(self.page_count):
            yield self.image(page, dots_per_inch)

    def close(self) -> None:
        self.document.close()


def prepare_printer(printer: QPrinter) -> None:
    """A neutral job name, so spools and logs never say what was printed."""
    printer.setDocName(NEUTRAL_TITLE)
    printer.setCreator("")


def print_with_dialog(
    parent: QWidget,
    printer: QPrinter,
    print_to: Callable[[QPrinter], int],
    *,
    title: str,
    failed: str,
    dialog_title: bool = True,
    errors: tuple[type[Exception], ...] = (OSError,),
) -> None:
    """The system print dialog for ``printer``; once accepted, ``print_to`` prints on it, and a failure shows a
    warning titled ``title`` with ``failed`` (which has an ``{error}`` placeholder) instead of a traceback."""
    dialog = QPrintDialog(printer, parent)
    if dialog_title:
        dialog.setWindowTitle(title)
    try:
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            try:
                print_to(printer)
            except errors as error:
                QMessageBox.warning(parent, title, failed.format(error=error))
    finally:
        # A dialog with a parent lives as long as the parent: kept, each print would leave a hidden print
        # dialog (about 70 widgets, and the printer list it read) behind for the rest of the shift.
        dialog.deleteLater()


def page_layout_for(points: QSizeF) -> QPageLayout:
    """The paper and orientation of a PDF page: a named size (Letter, A4…) when one matches."""
    portrait = QSizeF(min(points.width(), points.height()), max(points.width(), points.height()))
    size = QPageSize(portrait, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch)
    orientation = (
        QPageLayout.Orientation.Landscape
        if points.width() > points.height()
        else QPageLayout.Orientation.Portrait
    )
    return QPageLayout(size, orientation, QMarginsF(0, 0, 0, 0))


def match_printer_to(printer: QPrinter, points: QSizeF) -> None:
    """Make the printer use the handout's paper and orientation, whatever the print dialog or queue set."""
    printer.setFullPage(True)
    if not printer.setPageLayout(page_layout_for(points)):
        # Some drivers refuse a layout as a whole: set the parts one by one.
        layout = page_layout_for(points)
        printer.setPageSize(layout.pageSize())
        printer.setPageOrientation(layout.orientation())


def print_pdf(pdf: bytes, printer: QPrinter) -> int:
    """Print every page at the printer's resolution on the PDF's own paper size; return the number of pages."""
    prepare_printer(printer)
    with HandoutPages(pdf) as pages:
        if not pages.page_count:
            return 0
        match_printer_to(printer, pages.point_size(0))
        painter = QPainter()
        if not painter.begin(printer):
            raise OSError("the printer could not be started")
        try:
            resolution = min(printer.resolution(), MAX_PRINT_DPI)
            for index in range(pages.page_count):
                if index:
                    printer.newPage()
                with pages.borrowed_image(index, resolution) as image:
                    target = painter.viewport()
                    scaled = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
                    painter.setViewport(QRect(target.x(), target.y(), scaled.width(), scaled.height()))
                    painter.setWindow(image.rect())
                    painter.drawImage(0, 0, image)  # the print engine writes the pixels out here
                    painter.setViewport(target)
            return pages.page_count
        finally:
            painter.end()
