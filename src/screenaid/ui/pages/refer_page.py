"""Refer: the resource directory and the handout composer, with a live preview, Print and Save as PDF.

What you see is what prints: the handout holds exactly the ticked lines that are shown. Choosing another
country replaces the selection with that country's lines for the current audience preset.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSizeF, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from screenaid.config import effective_paper_size
from screenaid.content.audience_presets import AudiencePreset
from screenaid.content.resources import Resource
from screenaid.handout import Layout, Paper, TitleStyle, render_handout
from screenaid.handout.fonts import release_fallbacks
from screenaid.handout.wording import HandoutWordingMissing, use_library_wording
from screenaid.presets import default_preset, handout_lines, presets_of
from screenaid.ui.choice_tip import tip_cut_choice
from screenaid.ui.view_traces import forget_view_traces
from screenaid.ui.widgets.handout_composer import HandoutComposer
from screenaid.ui.widgets.handout_pages import match_printer_to, prepare_printer, print_pdf, print_with_dialog
from screenaid.ui.widgets.handout_preview import HandoutPreview
from screenaid.ui.widgets.referral_sheet_panel import ReferralSheetPanel
from screenaid.ui.widgets.resource_directory import ResourceDirectory

if TYPE_CHECKING:
    from screenaid.ui.context import AppContext

PREVIEW_DELAY_MS = 150
PRINT_KEYS = QKeySequence.StandardKey.Print
"""Ctrl+P prints the handout while the Refer page is shown."""


class ReferPage(QWidget):
    navigate_to = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Refer"))
        config = context.config
        self._country = config.country
        self._resources = tuple(context.library.resources)
        self._origins = context.library.origins
        self._presets = presets_of(context.library)
        self._verified_on = context.resources_verified_on
        use_library_wording(context.library)  # checked when it was loaded: handouts do not check it again
        self.freshness = QLabel(_freshness_text(context), self)
        self.freshness.setWordWrap(True)
        self.freshness.setAccessibleName(self.tr("Resource list status"))
        paper = Paper(effective_paper_size(config))
        self.directory = ResourceDirectory(self._resources, context.library.origins, config.country, self)
        self.preset = QComboBox(self)
        self.preset.setAccessibleName(self.tr("Audience preset"))
        self.preset.setToolTip(self.tr("Ticks the lines that suit this patient in the chosen country."))
        tip_cut_choice(self.preset)
        for preset in self._presets:
            self.preset.addItem(preset.label, preset.id)
        self.clear_button = QPushButton(self.tr("C&lear"), self)
        self.clear_button.setToolTip(
            self.tr("Untick every line: nothing is on the handout until you tick again.")
        )
        self.clear_button.setAutoDefault(False)
        self.composer = HandoutComposer(config.handout_language, Layout(config.handout_layout), paper, self)
        self.discreet_cards = QPushButton(self.tr("&Discreet wallet cards"), self)
        self.discreet_cards.setToolTip(self.tr("Wallet cards with the discreet title, in one step."))
        self.discreet_cards.setAutoDefault(False)
        self.preview = HandoutPreview(self)
        self.on_handout = QLabel(self)
        self.on_handout.setAccessibleName(self.tr("Lines on the handout"))
        self.print_button = QPushButton(self.tr("&Print handout…"), self)
        self.print_button.setToolTip(self.tr("Print the handout (Ctrl+P)"))
        self.save_button = QPushButton(self.tr("Save as PD&F…"), self)
        self.save_button.setToolTip(
            self.tr("Only when you need a file: a saved handout stays on this computer.")
        )
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Handout status"))
        self._pdf: bytes | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.refresh_preview)

        choice = QHBoxLayout()
        presets = QFormLayout()
        presets.addRow(self.tr("&Audience:"), self.preset)
        choice.addLayout(presets, 1)
        choice.addWidget(self.clear_button)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(choice)
        left_layout.addWidget(self.directory, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.composer)
        right_layout.addWidget(self.discreet_cards, 0, Qt.AlignmentFlag.AlignLeft)
        right_layout.addWidget(self.preview, 1)
        right_layout.addWidget(self.on_handout)  # above the buttons: beside them the row is too wide at 200 %
        right_layout.addLayout(buttons)
        right_layout.addWidget(self.status)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.freshness)
        self.referral_sheet = ReferralSheetPanel(context, self)
        layout.addWidget(self.referral_sheet)
        layout.addWidget(splitter, 1)

        self.directory.selection_changed.connect(self._timer.start)
        self.composer.changed.connect(self._timer.start)
        self.directory.filters.country_changed.connect(self.apply_preset)
        self.preset.activated.connect(self.apply_preset)
        self.clear_button.clicked.connect(self.directory.clear_chosen)
        self.discreet_cards.clicked.connect(self.choose_discreet_cards)
        self.print_button.clicked.connect(self.print_handout)
        self.save_button.clicked.connect(self.save_handout)
        self.print_shortcut = QShortcut(QKeySequence(PRINT_KEYS), self)
        self.print_shortcut.setContext(Qt.ShortcutContext.WindowShortcut)  # only while this page is shown
        self.print_shortcut.activated.connect(self.print_handout)
        self.reset()

    # -- page protocol -------------------------------------------------------------------------

    def show_entry(self, entry_id: str) -> bool:
        return self.directory.reveal(entry_id)

    def reset(self) -> None:
        """Idle wipe: filters, preset and options back to the clinic's defaults, and their lines ticked. The
        Korean and Chinese handout fonts are let go until a handout needs them again."""
        release_fallbacks()
        self.directory.filters.reset()
        default = default_preset(self._presets)
        self.preset.setCurrentIndex(max(self.preset.findData(default.id if default else None), 0))
        self.directory.set_chosen([r.id for r in self.default_resources()])
        self.composer.reset()
        self.refresh_preview()
        forget_view_traces(self)  # last: what the reset showed anew starts at the top

    def default_resources(self) -> list[Resource]:
        """The clinic country's lines for the default preset."""
        return handout_lines(default_preset(self._presets), self._resources, self._origins, self._country)

    def current_preset(self) -> AudiencePreset | None:
        chosen = self.preset.currentData()
        return next((p for p in self._presets if p.id == chosen), None)

    def apply_preset(self) -> None:
        """Replace the selection with the chosen country's lines for the current preset."""
        country = self.directory.filters.current().country or self._country
        lines = handout_lines(self.current_preset(), self._resources, self._origins, country)
        self.directory.set_chosen([r.id for r in lines])

    def choose_discreet_cards(self) -> None:
        """Wallet cards with the discreet title (one key instead of two choices)."""
        for combo, value in (
            (self.composer.layout_choice, Layout.CARDS),
            (self.composer.title_style, TitleStyle.DISCREET),
        ):
            index = combo.findData(value)
            if index >= 0:
                combo.setCurrentIndex(index)

    # -- handout -------------------------------------------------------------------------------

    def handout_pdf(self) -> bytes | None:
        """The handout for the current choices, or None when nothing is ticked."""
        chosen = self.directory.chosen()
        self.composer.set_chosen(chosen)  # warns, in the composer, about lines with no text in the language
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
            missing=options.missing,
        )

    def refresh_preview(self) -> None:
        self._timer.stop()
        try:
            self._pdf = self.handout_pdf()
        except (ValueError, HandoutWordingMissing) as error:  # say why, print nothing
            self._pdf = None
            self.print_button.setEnabled(False)
            self.save_button.setEnabled(False)
            if isinstance(error, HandoutWordingMissing):  # the bundled data failed its signature check
                why = self.tr(
                    "This handout cannot be made: the handout wording did not pass its signature check. "
                    "Give the numbers listed here by word of mouth, and ask for ScreenAid to be reinstalled."
                )
            else:  # e.g. discreet lines with no number to dial
                why = self.tr("This handout cannot be made: {error}").format(error=error)
            self.preview.show_message(why)
            return
        ready = self._pdf is not None
        self.print_button.setEnabled(ready)
        self.save_button.setEnabled(ready)
        count = len(self.directory.chosen())
        self.on_handout.setText(self.tr("On the handout: %n line(s)", "", count))
        if self._pdf is None:
            self.preview.show_message(self.tr("Tick at least one resource to see the handout."))
            self.status.setText("")
        else:
            self.preview.show_pdf(self._pdf)
            self.status.setText("")

    def make_printer(self) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        prepare_printer(printer)
        width, height = self.composer.options().paper.size
        match_printer_to(printer, QSizeF(width, height))
        return printer

    def print_to(self, printer: QPrinter) -> int:
        """Print the current handout on an already chosen printer, from memory; return the page count."""
        self.refresh_preview()
        if self._pdf is None:
            return 0
        pages = print_pdf(self._pdf, printer)
        self.status.setText(self.tr("Sent %n page(s) to the printer.", "", pages))
        return pages

    def print_handout(self) -> None:
        self.refresh_preview()
        if self._pdf is None:
            self.status.setText(self.tr("Nothing to print: tick at least one line."))
            return
        print_with_dialog(
            self,
            self.make_printer(),
            self.print_to,
            title=self.tr("Print handout"),
            failed=self.tr("The handout could not be printed: {error}"),
        )

    def save_handout(self) -> None:
        """Write a PDF only because the user asked, to the file they name."""
        self.refresh_preview()
        if self._pdf is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save handout as PDF"),
            self.tr("handout.pdf"),
            self.tr("PDF (*.pdf)"),
            options=QFileDialog.Option.DontUseNativeDialog,
        )
        if not path:
            return
        try:
            with open(path, "wb") as file:
                file.write(self._pdf)
        except OSError as error:
            QMessageBox.warning(
                self,
                self.tr("Save handout"),
                self.tr("The handout could not be saved: {error}").format(error=error.strerror),
            )
            return
        self.status.setText(self.tr("Saved. Delete the file when it is no longer needed."))


def _freshness_text(context: AppContext) -> str:
    if context.resources_verified_on is None:
        return QCoreApplication.translate(
            "ReferPage",
            "The resource list could not be verified: only the built-in national lines are shown "
            "(see the notice above).",
        )
    return QCoreApplication.translate(
        "ReferPage", "Resource list verified on {date} (version {version})."
    ).format(date=context.resources_verified_on.isoformat(), version=context.resources_version)
