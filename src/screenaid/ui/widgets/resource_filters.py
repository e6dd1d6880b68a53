"""Filters over the resource directory: country, service type, audience, language and 24/7."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QLocale, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QWidget

from screenaid.content.resources import EU, Audience, Resource, ServiceType
from screenaid.handout import HANDOUT_LANGUAGES
from screenaid.handout.directory_filter import ResourceFilter, language_choices
from screenaid.ui.choice_tip import tip_cut_choice
from screenaid.ui.labels import enum_label, jurisdiction_label


def country_name(code: str) -> str:
    """'Canada (CA)': the name the interface gives the country (:func:`jurisdiction_label`: translated for the
    countries ScreenAid has content for, pycountry's common name for any other), then the code. pycountry is
    imported only for such another country, not on every visit to Refer (about 3 MB with the modules it
    loads)."""
    if code == EU:
        return QCoreApplication.translate("ResourceFilters", "European Union")
    name = jurisdiction_label(code)
    return code if name == code else f"{name} ({code})"


def language_name(tag: str) -> str:
    """'Spanish (es)', 'Chinese (zh-Hans)': the English name Qt's own locale data gives the ISO 639 code, then
    the tag. Qt has these names in memory already; pycountry's language table would cost about 4 MB of
    Python objects (and a 14 MB parse) for the thirty-odd languages the directory and handouts use."""
    language = QLocale.codeToLanguage(tag.split("-")[0])
    if language in (QLocale.Language.AnyLanguage, QLocale.Language.C):
        return tag
    return f"{QLocale.languageToString(language)} ({tag})"


class ResourceFilters(QWidget):
    changed = Signal()
    country_changed = Signal()
    """The user chose another country (not sent by ``reset`` or ``clear``)."""

    def __init__(
        self, resources: Iterable[Resource], home_country: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        resources = tuple(resources)
        self._home_country = home_country
        self.country = self._combo(
            self.tr("Country"), sorted({r.country for r in resources} | {home_country}), country_name
        )
        self.service = self._combo(
            self.tr("Service type"),
            [s for s in ServiceType if any(s in r.services for r in resources)],
            enum_label,
        )
        self.audience = self._combo(
            self.tr("For"), [a for a in Audience if a is not Audience.EVERYONE], enum_label
        )
        languages = language_choices(resources, HANDOUT_LANGUAGES)  # interpreters: every handout language
        self.language = self._combo(self.tr("Language spoken"), languages, language_name)
        self.only_24_7 = QCheckBox(self.tr("Open 24/7 only"), self)
        self.only_24_7.setAccessibleName(self.tr("Open 24/7 only"))
        self.only_24_7.toggled.connect(self.changed)
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.country.currentIndexChanged.connect(self.country_changed)
        form.addRow(self.tr("&Country:"), self.country)
        form.addRow(self.tr("Service &type:"), self.service)
        form.addRow(self.tr("Fo&r:"), self.audience)
        form.addRow(self.tr("Language spo&ken:"), self.language)
        form.addRow("", self.only_24_7)
        self.reset()

    def _combo(self, name: str, values: Iterable[object], label) -> QComboBox:  # type: ignore[no-untyped-def]
        combo = QComboBox(self)
        combo.setAccessibleName(name)
        combo.addItem(self.tr("Any"), None)
        for value in values:
            combo.addItem(label(value), value)
        combo.currentIndexChanged.connect(self.changed)
        # may be narrower than the longest choice (see HandoutComposer)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(16)
        tip_cut_choice(combo)
        return combo

    def current(self) -> ResourceFilter:
        return ResourceFilter(
            country=self.country.currentData(),
            service=self.service.currentData(),
            audience=self.audience.currentData(),
            language=self.language.currentData(),
            only_24_7=self.only_24_7.isChecked(),
        )

    def reset(self) -> None:
        """The clinic's own country, everything else open."""
        self.blockSignals(True)
        index = self.country.findData(self._home_country)
        self.country.setCurrentIndex(max(index, 0))
        for combo in (self.service, self.audience, self.language):
            combo.setCurrentIndex(0)
        self.only_24_7.setChecked(False)
        self.blockSignals(False)
        self.changed.emit()

    def clear(self) -> None:
        """Every filter open, including the country (used to reveal one chosen resource)."""
        self.blockSignals(True)
        for combo in (self.country, self.service, self.audience, self.language):
            combo.setCurrentIndex(0)
        self.only_24_7.setChecked(False)
        self.blockSignals(False)
        self.changed.emit()
