"""The certificate of completion: the clinician types a name, sees a preview and prints it.

The name field is the only input. The PDF is built in memory and printed from memory, exactly like a handout;
nothing is saved, and the name is cleared on reset (and on the idle wipe, which resets every page).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtGui import QPixmap
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from screenaid.training.certificate import MAX_NAME_LENGTH, render_certificate
from screenaid.ui.translation import QT_TRANSLATE_NOOP
from screenaid.ui.widgets.handout_pages import HandoutPages, prepare_printer, print_pdf, print_with_dialog
from screenaid.ui.widgets.page_image import PageImage

PREVIEW_DPI = 40
NOT_ACCREDITED_SHOWN = QT_TRANSLATE_NOOP(
    "CertificateView",
    "This certificate records that the course and its post-test were completed in ScreenAid. "
    "It is not an accredited continuing-education (CE) or continuing-medical-education (CME) credit, "
    "and no body has reviewed it for credit.",
)
"""The printed certificate's ``NOT_ACCREDITED`` sentence, shown in the interface language (a test keeps the two
English texts the same; the certificate itself is printed in English)."""


class CertificateView(QGroupBox):
    def __init__(self, parent: QWidget | None = None, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Certificate of completion"))
        self._today = today
        self.setAccessibleName(self.tr("Certificate of completion"))
        layout = QVBoxLayout(self)
        notice = QLabel(
            self.tr(
                "Type the name to print on the certificate. Nothing is saved: the certificate is made in "
                "memory and sent straight to the printer."
            )
            + " "
            + self.tr(NOT_ACCREDITED_SHOWN),
            self,
        )
        notice.setWordWrap(True)
        layout.addWidget(notice)
        self.name = QLineEdit(self)
        self.name.setMaxLength(MAX_NAME_LENGTH)
        self.name.setAccessibleName(self.tr("Name to print on the certificate"))
        self.date_label = QLabel(self)
        self.date_label.setAccessibleName(self.tr("Date on the certificate"))
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("Date:"), self.date_label)
        layout.addLayout(form)
        buttons = QHBoxLayout()
        self.preview_button = QPushButton(self.tr("Pre&view"), self)
        self.print_button = QPushButton(self.tr("&Print certificate…"), self)
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.preview = PageImage(parent=self)
        self.preview.setAccessibleName(self.tr("Certificate preview"))
        self.preview.setVisible(False)
        layout.addWidget(self.preview)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.preview_button.clicked.connect(self.show_preview)
        self.print_button.clicked.connect(self.print_certificate)
        self.name.textChanged.connect(self._name_changed)
        self.reset()

    @property
    def date(self) -> dt.date:
        return self._today or dt.date.today()

    def reset(self) -> None:
        self.name.clear()
        self.preview.clear()
        self.preview.setVisible(False)
        self.status.clear()
        self.date_label.setText(self.date.isoformat())
        self._name_changed("")

    def pdf(self) -> bytes:
        """The certificate as PDF bytes; ValueError when the name is empty."""
        return render_certificate(self.name.text(), self.date)

    def show_preview(self) -> None:
        try:
            pdf = self.pdf()
        except ValueError:
            self.status.setText(self.tr("Type the name to print on the certificate."))
            return
        pages = HandoutPages(pdf)
        try:
            self.preview.set_page(QPixmap.fromImage(pages.image(0, PREVIEW_DPI)))
        finally:
            pages.close()
        self.preview.setVisible(True)
        self.status.clear()

    def print_to(self, printer: QPrinter) -> int:
        pages = print_pdf(self.pdf(), printer)
        self.status.setText(self.tr("Sent the certificate to the printer."))
        return pages

    def print_certificate(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        prepare_printer(printer)
        printer.setFullPage(True)
        print_with_dialog(
            self,
            printer,
            self.print_to,
            title=self.tr("Print certificate"),
            failed=self.tr("The certificate could not be printed: {error}"),
            dialog_title=False,
            errors=(OSError, ValueError),
        )

    def _name_changed(self, text: str) -> None:
        ready = bool(text.strip())
        self.preview_button.setEnabled(ready)
        self.print_button.setEnabled(ready)
        if not ready:
            self.preview.setVisible(False)
