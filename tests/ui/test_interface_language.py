"""Choosing and installing the interface language: the clinic's setting, else the system's languages, else
English; Qt's own translations for its standard buttons; nothing saved."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from screenaid.config import load_config, validate_settings
from screenaid.ui import translation
from screenaid.ui.translation import (
    choose_language,
    install_translation,
    language_from_tags,
    review_notice,
    translation_status,
)


@pytest.mark.parametrize(
    ("tags", "expected"),
    [
        (["es-Latn-MX", "es-MX", "es-Latn", "es"], "es"),
        (["fr_CA"], "fr"),
        (["en-US"], "en"),
        (["de-DE", "de"], "en"),  # not an interface language: English
        (["de-DE", "fr-FR"], "fr"),  # the first of the user's languages that the interface has
        (["C"], "en"),
        ([], "en"),
    ],
)
def test_the_system_languages_choose_the_first_interface_language(tags, expected):
    assert language_from_tags(tags) == expected


def test_the_clinic_setting_wins_over_the_system():
    assert choose_language("fr", ["es-MX"]) == "fr"
    assert choose_language(None, ["es-MX"]) == "es"


@pytest.mark.parametrize(
    ("value", "expected"), [("es", "es"), ("ES-mx", "es"), ("fr_CA", "fr"), (" en ", "en")]
)
def test_the_setting_accepts_a_regional_tag(value, expected):
    assert validate_settings({"interface_language": value}).interface_language == expected


def test_an_unknown_interface_language_is_a_clear_problem_and_the_default_applies(monkeypatch):
    monkeypatch.setenv("SCREENAID_INTERFACE_LANGUAGE", "de")
    result = load_config(machine_dirs=())
    assert result.config.interface_language is None
    assert any(
        "SCREENAID_INTERFACE_LANGUAGE: interface_language: 'de' is not an interface language (en, es or fr)"
        in p
        for p in result.problems
    ), result.problems


def test_installing_spanish_translates_the_interface_and_qts_own_buttons(qapp):
    installed = install_translation(qapp, "es")
    try:
        assert installed.language == "es" == translation.active_language()
        assert len(installed.translators) == 2  # Qt's qtbase_es and the interface's screenaid_es
        assert QCoreApplication.translate("Places", "Screen") != "Screen"
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancelar"
        assert QLocale().language() == QLocale.Language.Spanish
    finally:
        installed.remove()
    assert QCoreApplication.translate("Places", "Screen") == "Screen"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    assert translation.active_language() == "en"


def test_french_uses_qts_french_buttons(qapp):
    installed = install_translation(qapp, "fr")
    try:
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuler"
        assert QLocale().language() == QLocale.Language.French
    finally:
        installed.remove()


def test_without_a_language_the_setting_then_the_system_decide(qapp, monkeypatch):
    monkeypatch.setattr(translation, "configured_language", lambda: None)
    monkeypatch.setattr(translation, "system_languages", lambda: ["de-DE", "es-ES"])
    installed = install_translation(qapp)
    installed.remove()
    assert installed.language == "es"
    monkeypatch.setattr(translation, "configured_language", lambda: "fr")
    installed = install_translation(qapp)
    installed.remove()
    assert installed.language == "fr"


def test_the_setting_is_read_from_the_clinic_configuration(monkeypatch):
    monkeypatch.setenv("SCREENAID_INTERFACE_LANGUAGE", "fr")
    assert translation.configured_language() == "fr"


LAYERS = [
    # (SCREENAID_CONFIG file, environment variable, machine-wide file)
    (None, None, None),
    ('interface_language = "es"', None, None),
    ('interface_language = "es"', "fr", None),
    ('interface_language = "es"', "fr", 'interface_language = "en"'),
    (None, "fr-CA", 'interface_language = "de"'),  # invalid in the strongest layer: the next one applies
    ('interface_language = "ES_mx"', "klingon", None),
    ("interface_language = [", "es", None),  # a broken file is skipped as a whole
    ("interface_language = 3", None, 'country = "GB"'),
    (None, "", 'interface_language = "fr"\ncountry = "XX"'),  # another setting's problem changes nothing
]


@pytest.mark.parametrize(("explicit", "variable", "machine"), LAYERS)
def test_the_quick_read_agrees_with_the_full_settings_load(
    tmp_path, monkeypatch, explicit, variable, machine
):
    """First paint reads this one setting on its own; it must say what the full load says."""
    from screenaid.interface_language import configured_interface_language

    for name in list(os.environ):
        if name.upper().startswith("SCREENAID_"):
            monkeypatch.delenv(name)
    machine_dir = tmp_path / "machine"
    machine_dir.mkdir()
    if explicit is not None:
        (tmp_path / "explicit.toml").write_text(explicit, encoding="utf-8")
        monkeypatch.setenv("SCREENAID_CONFIG", str(tmp_path / "explicit.toml"))
    if variable is not None:
        monkeypatch.setenv("SCREENAID_INTERFACE_LANGUAGE", variable)
    if machine is not None:
        (machine_dir / "config.toml").write_text(machine, encoding="utf-8")
    full = load_config(machine_dirs=[machine_dir]).config.interface_language
    assert configured_interface_language([machine_dir]) == full


def test_the_quick_read_uses_the_machine_wide_folder_of_the_settings_loader(monkeypatch):
    from screenaid.config.loading import machine_config_dirs
    from screenaid.interface_language import _machine_dirs

    assert tuple(_machine_dirs()) == tuple(machine_config_dirs())


def test_english_plurals_come_from_the_english_catalogue(qapp):
    one = QCoreApplication.translate("MainWindow", "Shift: press %n more time(s) to quick exit.", "", 1)
    two = QCoreApplication.translate("MainWindow", "Shift: press %n more time(s) to quick exit.", "", 2)
    assert (one, two) == (
        "Shift: press 1 more time to quick exit.",
        "Shift: press 2 more times to quick exit.",
    )


def test_every_translation_records_who_made_it_and_its_review_status():
    status = translation_status()
    assert set(status) == {"es", "fr"}
    for record in status.values():
        assert record["translated_by"]
        assert record["method"]
        assert record["reviewed_by_native_speaker"] is False  # honest: no native-speaking clinician yet
        assert record["reviewer"] is None


def test_a_translation_not_yet_reviewed_says_so(qapp):
    assert review_notice("en") is None
    installed = install_translation(qapp, "es")
    try:
        notice = review_notice()
        assert notice is not None
        assert notice.startswith("Traducción de la interfaz")  # said in the language it is about
    finally:
        installed.remove()
    assert review_notice() is None


def test_the_main_window_shows_the_review_notice_in_spanish(qapp, qtbot, app_context):
    from screenaid.ui.main_window import MainWindow

    installed = install_translation(qapp, "es")
    try:
        window = MainWindow(app_context.clipboard)
        qtbot.addWidget(window)
        window.install_context(app_context, searcher=_NoSearch())
        assert window.notices.isVisibleTo(window)
        assert review_notice() in window.notices.text
        window.shutdown()
    finally:
        installed.remove()


class _NoSearch:
    def search(self, query, limit=10, context=None):
        return []


def test_the_jurisdiction_names_the_interface_translates_are_the_cores_names():
    from screenaid.content.jurisdictions import SHIPPED_NAMES, jurisdiction_name
    from screenaid.ui.labels import JURISDICTION_NAMES, jurisdiction_label

    assert {code: jurisdiction_name(code) for code in JURISDICTION_NAMES} == JURISDICTION_NAMES
    assert JURISDICTION_NAMES.items() <= SHIPPED_NAMES.items()  # the core names them without pycountry
    assert jurisdiction_label("de") == jurisdiction_name("DE")  # any other place: the core's name


def test_jurisdiction_names_follow_the_interface_language(qapp):
    from screenaid.ui.widgets.jurisdiction_bar import label_for

    installed = install_translation(qapp, "es")
    try:
        assert label_for("GB-SCT") == "Escocia (GB-SCT)"
    finally:
        installed.remove()
    assert label_for("GB-SCT") == "Scotland (GB-SCT)"


def test_qts_own_catalogues_are_found_in_the_pyside6_package_too(qapp, monkeypatch):
    """A bundle whose Qt paths point elsewhere still finds qtbase_<lang>.qm beside PySide6."""

    class Elsewhere:
        LibraryPath = translation.QLibraryInfo.LibraryPath

        @staticmethod
        def path(_which):
            return "/nonexistent/translations"

    monkeypatch.setattr(translation, "QLibraryInfo", Elsewhere)
    assert translation.qt_translation_dirs()[0] == "/nonexistent/translations"
    installed = install_translation(qapp, "fr")
    try:
        assert len(installed.translators) == 2
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuler"
    finally:
        installed.remove()


@pytest.mark.parametrize("language", translation.LANGUAGES)
def test_every_interface_language_is_laid_out_left_to_right(qapp, language):
    """install_translation sets the layout direction by name, left to right, for every interface language; an
    interface language written right to left would need that line changed."""
    from PySide6.QtCore import Qt

    assert QLocale(language).textDirection() == Qt.LayoutDirection.LeftToRight
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    installed = install_translation(qapp, language)
    try:
        assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
    finally:
        installed.remove()
