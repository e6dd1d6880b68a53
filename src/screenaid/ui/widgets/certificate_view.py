"""The certificate of completion: the clinician types a name, sees a preview and prints it.

The name field is the only input. The PDF is built in memory and printed from memory, exactly like a handout;
nothing is saved, and the name is cleared on reset (and on the idle wipe, which resets every page).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtGui import QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from screenaid.training.certificate import MAX_NAME_LENGTH, NOT_ACCREDITED, render_certificate
from screenaid.ui.widgets.handout_pages import HandoutPages, prepare_printer, print_pdf

PREVIEW_DPI = 40


class CertificateView(QGroupBox):
    def __init__(self, parent: QWidget | None = None, today: dt.date | None = None) -> None:
        super().__init__("Certificate of completion", parent)
        self._today = today
        self.setAccessibleName("Certificate of completion")
        layout = QVBoxLayout(self)
        notice = QLabel(
            "Type the name to print on the certificate. Nothing is saved: the certificate is made in memory "
            "and sent straight to the printer. " + NOT_ACCREDITED,
            self,
        )
        notice.setWordWrap(True)
        layout.addWidget(notice)
        self.name = QLineEdit(self)
        self.name.setMaxLength(MAX_NAME_LENGTH)
        self.name.setAccessibleName("Name to print on the certificate")
        self.date_label = QLabel(self)
        self.date_label.setAccessibleName("Date on the certificate")
        form = QFormLayout()
        form.addRow("&Name:", self.name)
        form.addRow("Date:", self.date_label)
        layout.addLayout(form)
        buttons = QHBoxLayout()
        self.preview_button = QPushButton("Pre&view", self)
        self.print_button = QPushButton("&Print certificate…", self)
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.preview = QLabel(self)
        self.preview.setAccessibleName("Certificate preview")
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
        except ValueError as error:
            self.status.setText(str(error).capitalize() + ".")
            return
        pages = HandoutPages(pdf)
        try:
            self.preview.setPixmap(QPixmap.fromImage(pages.image(0, PREVIEW_DPI)))
        finally:
            pages.close()
        self.preview.setVisible(True)
        self.status.clear()

    def print_to(self, printer: QPrinter) -> int:
        pages = print_pdf(self.pdf(), printer)
        self.status.setText("Sent the certificate to the printer.")
        return pages

    def print_certificate(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        prepare_printer(printer)
        printer.setFullPage(True)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            try:
                self.print_to(printer)
            except (OSError, ValueError) as error:
                QMessageBox.warning(
                    self, "Print certificate", f"The certificate could not be printed: {error}"
                )

    def _name_changed(self, text: str) -> None:
        ready = bool(text.strip())
        self.preview_button.setEnabled(ready)
        self.print_button.setEnabled(ready)
        if not ready:
            self.preview.setVisible(False)
