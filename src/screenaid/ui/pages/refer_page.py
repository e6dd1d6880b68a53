"""Refer: the resource directory and the handout composer, with a live preview, Print and Save as PDF."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QPageSize, QShortcut
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from screenaid.config import effective_paper_size
from screenaid.content.resources import Resource
from screenaid.handout import Layout, Paper, national_resources, render_handout
from screenaid.ui.widgets.handout_composer import HandoutComposer
from screenaid.ui.widgets.handout_pages import prepare_printer, print_pdf
from screenaid.ui.widgets.handout_preview import HandoutPreview
from screenaid.ui.widgets.resource_directory import ResourceDirectory

if TYPE_CHECKING:
    from screenaid.ui.context import AppContext

PREVIEW_DELAY_MS = 150
_QT_PAGE_SIZES = {Paper.LETTER: QPageSize.PageSizeId.Letter, Paper.A4: QPageSize.PageSizeId.A4}


class ReferPage(QWidget):
    navigate_to = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Refer")
        config = context.config
        self._country = config.country
        self._resources = tuple(context.library.resources)
        self._verified_on = context.resources_verified_on
        self.freshness = QLabel(_freshness_text(context), self)
        self.freshness.setWordWrap(True)
        self.freshness.setAccessibleName("Resource list status")
        paper = Paper(effective_paper_size(config))
        self.directory = ResourceDirectory(self._resources, context.library.origins, config.country, self)
        self.composer = HandoutComposer(config.handout_language, Layout(config.handout_layout), paper, self)
        self.preview = HandoutPreview(self)
        self.print_button = QPushButton("&Print handout…", self)
        self.save_button = QPushButton("Save as P&DF…", self)
        self.save_button.setToolTip("Only when you need a file: a saved handout stays on this computer.")
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName("Handout status")
        self._pdf: bytes | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.refresh_preview)

        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.composer)
        right_layout.addWidget(self.preview, 1)
        right_layout.addLayout(buttons)
        right_layout.addWidget(self.status)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.directory)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.freshness)
        layout.addWidget(splitter, 1)

        self.directory.selection_changed.connect(self._timer.start)
        self.composer.changed.connect(self._timer.start)
        self.print_button.clicked.connect(self.print_handout)
        print_key = QShortcut(
            QKeySequence(QKeySequence.StandardKey.Print), self
        )  # Ctrl+P: Alt+P is also "&Paper"
        print_key.setContext(Qt.ShortcutContext.WindowShortcut)  # active while this page is shown
        print_key.activated.connect(self.print_button.click)
        self.save_button.clicked.connect(self.save_handout)
        self.reset()

    # -- page protocol -------------------------------------------------------------------------

    def show_entry(self, entry_id: str) -> bool:
        return self.directory.reveal(entry_id)

    def reset(self) -> None:
        """Idle wipe: filters and options back to the clinic's defaults, and only the national lines ticked."""
        self.directory.filters.reset()
        self.directory.set_chosen([r.id for r in self.default_resources()])
        self.composer.reset()
        self.refresh_preview()

    def default_resources(self) -> list[Resource]:
        return national_resources(self._resources, self._country)

    # -- handout -------------------------------------------------------------------------------

    def handout_pdf(self) -> bytes | None:
        """The handout for the current choices, or None when nothing is ticked."""
        chosen = self.directory.chosen()
        if not chosen:
            return None
        options = self.composer.options()
        return render_handout(
            chosen,
            language=options.language,
            layout=options.layout,
            title_style=options.title_style,
            paper=options.paper,
            verified_on=self._verified_on,
        )

    def refresh_preview(self) -> None:
        self._timer.stop()
        self._pdf = self.handout_pdf()
        ready = self._pdf is not None
        self.print_button.setEnabled(ready)
        self.save_button.setEnabled(ready)
        if self._pdf is None:
            self.preview.show_message("Tick at least one resource to see the handout.")
            self.status.setText("")
        else:
            self.preview.show_pdf(self._pdf)
            self.status.setText(f"{len(self.directory.chosen())} resource(s) on the handout.")

    def make_printer(self) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        prepare_printer(printer)
        printer.setFullPage(True)
        printer.setPageSize(QPageSize(_QT_PAGE_SIZES[self.composer.options().paper]))
        return printer

    def print_to(self, printer: QPrinter) -> int:
        """Print the current handout on an already chosen printer, from memory; return the page count."""
        self.refresh_preview()
        if self._pdf is None:
            return 0
        pages = print_pdf(self._pdf, printer)
        self.status.setText(f"Sent {pages} page(s) to the printer.")
        return pages

    def print_handout(self) -> None:
        printer = self.make_printer()
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle("Print handout")
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            try:
                self.print_to(printer)
            except OSError as error:
                QMessageBox.warning(self, "Print handout", f"The handout could not be printed: {error}")

    def save_handout(self) -> None:
        """Write a PDF only because the user asked, to the file they name."""
        self.refresh_preview()
        if self._pdf is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self,
            "Save handout as PDF",
            "handout.pdf",
            "PDF (*.pdf)",
            options=QFileDialog.Option.DontUseNativeDialog,
        )
        if not path:
            return
        try:
            with open(path, "wb") as file:
                file.write(self._pdf)
        except OSError as error:
            QMessageBox.warning(self, "Save handout", f"The handout could not be saved: {error.strerror}")
            return
        self.status.setText("Saved. Delete the file when it is no longer needed.")


def _freshness_text(context: AppContext) -> str:
    if context.resources_verified_on is None:
        return "The resource list could not be verified: only the built-in national lines are shown (see the notice above)."
    return f"Resource list verified on {context.resources_verified_on.isoformat()} (version {context.resources_version})."
