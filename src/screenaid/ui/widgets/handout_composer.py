"""The handout's options: language, layout, title style and paper (nothing about the patient)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QWidget

from screenaid.handout import HANDOUT_LANGUAGES, Layout, Paper, TitleStyle
from screenaid.handout.wording import wording_for
from screenaid.ui.widgets.resource_filters import language_name

LAYOUT_LABELS = {Layout.PAGE: "Full page", Layout.CARDS: "Wallet cards (cut out, easy to hide)"}
TITLE_LABELS = {
    TitleStyle.PLAIN: "Plain: “Where to get help”",
    TitleStyle.DISCREET: "Discreet: a neutral health title",
}
PAPER_LABELS = {Paper.LETTER: "US Letter", Paper.A4: "A4"}


@dataclass(frozen=True, slots=True)
class HandoutOptions:
    """Everything ``render_handout`` takes besides the resources."""

    language: str
    layout: Layout
    title_style: TitleStyle
    paper: Paper


class HandoutComposer(QWidget):
    changed = Signal()

    def __init__(self, language: str, layout: Layout, paper: Paper, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._defaults = (language if language in HANDOUT_LANGUAGES else "en", layout, paper)
        self.language = QComboBox(self)
        self.language.setAccessibleName("Handout language")
        for tag in HANDOUT_LANGUAGES:
            self.language.addItem(f"{language_name(tag)} – {wording_for(tag).title_plain}", tag)
        self.layout_choice = self._combo("Layout", LAYOUT_LABELS)
        self.title_style = self._combo("Title", TITLE_LABELS)
        self.paper = self._combo("Paper", PAPER_LABELS)
        self.language.currentIndexChanged.connect(self.changed)
        form = QFormLayout(self)
        form.addRow("Handout lan&guage:", self.language)
        form.addRow("La&yout:", self.layout_choice)
        form.addRow("T&itle:", self.title_style)
        form.addRow("Pap&er:", self.paper)
        self.reset()

    def _combo(self, name: str, labels: dict) -> QComboBox:  # type: ignore[type-arg]
        combo = QComboBox(self)
        combo.setAccessibleName(name)
        for value, label in labels.items():
            combo.addItem(label, value)
        combo.currentIndexChanged.connect(self.changed)
        return combo

    def options(self) -> HandoutOptions:
        return HandoutOptions(
            language=str(self.language.currentData()),
            layout=Layout(self.layout_choice.currentData()),
            title_style=TitleStyle(self.title_style.currentData()),
            paper=Paper(self.paper.currentData()),
        )

    def reset(self) -> None:
        """Back to the clinic's defaults, with the plain title."""
        language, layout, paper = self._defaults
        self.blockSignals(True)
        self.language.setCurrentIndex(max(self.language.findData(language), 0))
        self.layout_choice.setCurrentIndex(self.layout_choice.findData(layout))
        self.title_style.setCurrentIndex(self.title_style.findData(TitleStyle.PLAIN))
        self.paper.setCurrentIndex(self.paper.findData(paper))
        self.blockSignals(False)
        self.changed.emit()
