"""The handout's options: language, layout, title style and paper (nothing about the patient)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QWidget

from screenaid.content.resources import Resource
from screenaid.handout import (
    HANDOUT_LANGUAGES,
    Layout,
    MissingText,
    Paper,
    TitleStyle,
    lines_without_language,
)
from screenaid.handout.wording import HandoutWordingMissing, wording_for
from screenaid.ui.choice_tip import tip_cut_choice
from screenaid.ui.translation import QT_TRANSLATE_NOOP
from screenaid.ui.widgets.resource_filters import language_name

LAYOUT_LABELS = {
    Layout.PAGE: QT_TRANSLATE_NOOP("HandoutComposer", "Full page"),
    Layout.CARDS: QT_TRANSLATE_NOOP("HandoutComposer", "Wallet cards (cut out, easy to hide)"),
    Layout.HIDEAWAY: QT_TRANSLATE_NOOP("HandoutComposer", "Hide-away slips (number only, always discreet)"),
}
MISSING_LABELS = {
    MissingText.NUMBER_ONLY: QT_TRANSLATE_NOOP("HandoutComposer", "Print their name and numbers only"),
    MissingText.OMIT: QT_TRANSLATE_NOOP("HandoutComposer", "Leave them out"),
}


def language_item(tag: str) -> str:
    """The picker's text: the English name (so a letter key finds it in the English interface), the language's
    own name (so the patient can point at it), and whether the translation was reviewed (the source text is
    no translation)."""
    english = language_name(tag)
    try:
        wording = wording_for(tag)
    except HandoutWordingMissing:  # a rejected install: the page still opens; the preview says why
        return english
    not_reviewed = QCoreApplication.translate("HandoutComposer", "(translation not reviewed)")
    review = "" if wording.native_speaker_reviewed or wording.source_text else f" {not_reviewed}"
    own = wording.language_name
    same = own.casefold() == english.split(" (")[0].casefold()  # "English (en)" and "English"
    names = english if same else f"{english} – {own}"
    return names + review


TITLE_LABELS = {
    TitleStyle.PLAIN: QT_TRANSLATE_NOOP("HandoutComposer", "Plain: “Where to get help”"),
    TitleStyle.DISCREET: QT_TRANSLATE_NOOP("HandoutComposer", "Discreet: a neutral health title"),
}
PAPER_LABELS = {
    Paper.LETTER: QT_TRANSLATE_NOOP("HandoutComposer", "US Letter"),
    Paper.A4: QT_TRANSLATE_NOOP("HandoutComposer", "A4"),
}


@dataclass(frozen=True, slots=True)
class HandoutOptions:
    """Everything ``render_handout`` takes besides the resources."""

    language: str
    layout: Layout
    title_style: TitleStyle
    paper: Paper
    missing: MissingText = MissingText.NUMBER_ONLY
    """What to do with chosen lines that have no text in the handout's language (never print them mixed)."""


class HandoutComposer(QWidget):
    changed = Signal()

    def __init__(self, language: str, layout: Layout, paper: Paper, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._defaults = (language if language in HANDOUT_LANGUAGES else "en", layout, paper)
        self.language = QComboBox(self)
        self.language.setAccessibleName(self.tr("Handout language"))
        for tag in HANDOUT_LANGUAGES:
            self.language.addItem(language_item(tag), tag)
        self.layout_choice = self._combo(self.tr("Layout"), LAYOUT_LABELS)
        self.title_style = self._combo(self.tr("Title"), TITLE_LABELS)
        self.paper = self._combo(self.tr("Paper"), PAPER_LABELS)
        self.missing = self._combo(self.tr("Lines without text in this language"), MISSING_LABELS)
        for combo in (self.language, self.layout_choice, self.title_style, self.paper, self.missing):
            # may be narrower than the longest choice (the open list shows it whole, the tool tip too), so
            # that the Refer place is not wider than the screen at 200 % text, in every interface language
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(16)
            tip_cut_choice(combo)
        self.missing_warning = QLabel(self)
        self.missing_warning.setWordWrap(True)
        self.missing_warning.setAccessibleName(self.tr("Language warning"))
        self.missing_warning.hide()
        self._chosen: list[Resource] = []
        self.language.currentIndexChanged.connect(self.changed)
        self.language.currentIndexChanged.connect(self._update_warning)
        self.title_style.currentIndexChanged.connect(self._update_warning)
        self.layout_choice.currentIndexChanged.connect(self._update_warning)
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # a long label puts its field under it
        form.addRow(self.tr("Handout lan&guage:"), self.language)
        form.addRow(self.missing_warning)
        form.addRow(self.tr("Lines wit&hout text in it:"), self.missing)
        form.addRow(self.tr("La&yout:"), self.layout_choice)
        form.addRow(self.tr("T&itle:"), self.title_style)
        form.addRow(self.tr("Pap&er:"), self.paper)
        self.reset()

    def set_chosen(self, resources: Sequence[Resource]) -> None:
        """Tell the composer which lines are on the handout, so it can warn about missing translations."""
        self._chosen = list(resources)
        self._update_warning()

    def missing_lines(self) -> list[Resource]:
        """The chosen lines with no text in the chosen language (for the current title style)."""
        options = self.options()
        discreet = options.title_style is TitleStyle.DISCREET or options.layout is Layout.HIDEAWAY
        return lines_without_language(self._chosen, options.language, discreet=discreet)

    def _update_warning(self) -> None:
        lacking = self.missing_lines()
        if not lacking:
            self.missing_warning.hide()
            self.missing_warning.setText("")
            return
        tag = str(self.language.currentData())
        try:
            own = wording_for(tag).language_name
        except HandoutWordingMissing:
            own = language_name(tag)
        names = ", ".join(resource.name for resource in lacking)
        self.missing_warning.setText(
            self.tr(
                "No {language} text for %n line(s): {names}. Choose below: print their numbers only, "
                "or leave them out. The handout never mixes languages.",
                "",
                len(lacking),
            ).format(language=own, names=names)
        )
        self.missing_warning.show()

    def _combo(self, name: str, labels: dict) -> QComboBox:  # type: ignore[type-arg]
        combo = QComboBox(self)
        combo.setAccessibleName(name)
        for value, label in labels.items():
            combo.addItem(self.tr(label), value)
        combo.currentIndexChanged.connect(self.changed)
        return combo

    def options(self) -> HandoutOptions:
        return HandoutOptions(
            language=str(self.language.currentData()),
            layout=Layout(self.layout_choice.currentData()),
            title_style=TitleStyle(self.title_style.currentData()),
            paper=Paper(self.paper.currentData()),
            missing=MissingText(self.missing.currentData()),
        )

    def reset(self) -> None:
        """Back to the clinic's defaults, with the plain title."""
        language, layout, paper = self._defaults
        self.blockSignals(True)
        self.language.setCurrentIndex(max(self.language.findData(language), 0))
        self.layout_choice.setCurrentIndex(self.layout_choice.findData(layout))
        self.title_style.setCurrentIndex(self.title_style.findData(TitleStyle.PLAIN))
        self.paper.setCurrentIndex(self.paper.findData(paper))
        self.missing.setCurrentIndex(self.missing.findData(MissingText.NUMBER_ONLY))
        self.blockSignals(False)
        self._update_warning()
        self.changed.emit()
