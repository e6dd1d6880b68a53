"""Refer: print the blank referral preparation sheet for the jurisdiction (for example the UK NRM).

Printed from memory like a handout: no patient field, neutral metadata and print-job name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from screenaid.config import effective_jurisdiction, effective_paper_size
from screenaid.content.jurisdiction_view import referral_sheets
from screenaid.handout import Paper
from screenaid.handout.referral_sheet import render_referral_sheet
from screenaid.ui.labels import jurisdiction_label
from screenaid.ui.widgets.handout_pages import prepare_printer, print_pdf, print_with_dialog

if TYPE_CHECKING:
    from screenaid.ui.context import AppContext

_QT_PAGE_SIZES = {Paper.LETTER: QPageSize.PageSizeId.Letter, Paper.A4: QPageSize.PageSizeId.A4}


class ReferralSheetPanel(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Referral preparation sheet"))
        jurisdiction = effective_jurisdiction(context.config)
        self._paper = Paper(effective_paper_size(context.config))
        sheets = referral_sheets(context.library, jurisdiction)
        self.sheet = sheets[0] if sheets else None
        if self.sheet is not None:
            text = self.tr("Blank preparation sheet for the {route} (no patient details on it).").format(
                route=self.sheet.route
            )
        else:
            text = self.tr("No referral preparation sheet for {name} yet — follow your local policy.").format(
                name=jurisdiction_label(jurisdiction)
            )
        self.label = QLabel(text, self)
        self.label.setWordWrap(True)
        self.print_button = QPushButton(self.tr("Print preparation &sheet…"), self)
        self.print_button.setVisible(self.sheet is not None)
        self.print_button.clicked.connect(self.print_sheet)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.print_button)

    def pdf(self) -> bytes | None:
        return None if self.sheet is None else render_referral_sheet(self.sheet, paper=self._paper)

    def print_to(self, printer: QPrinter) -> int:
        pdf = self.pdf()
        return 0 if pdf is None else print_pdf(pdf, printer)

    def print_sheet(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        prepare_printer(printer)
        printer.setFullPage(True)
        printer.setPageSize(QPageSize(_QT_PAGE_SIZES[self._paper]))
        print_with_dialog(
            self,
            printer,
            self.print_to,
            title=self.tr("Print preparation sheet"),
            failed=self.tr("The sheet could not be printed: {error}"),
        )
