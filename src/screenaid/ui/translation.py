"""The interface language: English, Spanish or French, through Qt's own translation system.

Every user-visible string of the interface is wrapped for translation (``tr()``, ``QCoreApplication.translate``,
``QT_TRANSLATE_NOOP``); ``scripts/update-translations`` extracts them into Linguist files
(``translations/screenaid_<lang>.ts``) and compiles those into the ``.qm`` files loaded here. Qt's own
translations (``qtbase_<lang>.qm``) translate its standard dialogs and buttons.

The language is the clinic's ``interface_language`` setting, else the first of the system's preferred
languages that the interface has, else English. Nothing is saved: the choice is made again at each start.
Content (course text, indicators, prompts, resources) is not translated here; it keeps its own languages.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from screenaid.interface_language import INTERFACE_LANGUAGES
from screenaid.paths import package_file
from screenaid.ui.enum_property import set_enum_property

LANGUAGES = INTERFACE_LANGUAGES
"""The interface's languages."""
DEFAULT = "en"
CATALOGUE = "screenaid"
"""Compiled catalogues are ``screenaid_<lang>.qm``; English has one too, holding only its plural forms."""


_active = DEFAULT


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation in ``context`` without translating it now (module-level tables); it is
    translated where it is shown, with ``QCoreApplication.translate(context, text)``. Qt's own marker, typed
    for mypy: ``pyside6-lupdate`` finds it by its name."""
    return text


def translations_dir() -> Path:
    return package_file("ui", "translations")


def language_from_tags(tags: Sequence[str]) -> str:
    """The first tag (``es-MX``, ``fr_CA``, ``de``) whose language the interface has, else English."""
    for tag in tags:
        primary = tag.replace("_", "-").split("-")[0].lower()
        if primary in LANGUAGES:
            return primary
    return DEFAULT


def choose_language(configured: str | None, system_tags: Sequence[str]) -> str:
    """The clinic's setting when it names an interface language, else the system's languages, else English."""
    return configured if configured in LANGUAGES else language_from_tags(system_tags)


def system_languages() -> list[str]:
    """The system's preferred interface languages, most preferred first (``LANGUAGE``, ``LC_ALL``, ``LANG``
    on Linux; the user's language list on Windows and macOS)."""
    return list(QLocale.system().uiLanguages())


def configured_language() -> str | None:
    """The clinic's ``interface_language`` setting (unset: None), read without loading every setting, so
    that first paint does not wait (``screenaid.interface_language``). Never raises."""
    from screenaid.interface_language import configured_interface_language

    return configured_interface_language()


class InstalledTranslation:
    """What :func:`install_translation` put in place; :meth:`remove` takes it away again (tests, tools).

    A plain class, not a dataclass: it is made before the first paint, which importing dataclasses delays."""

    def __init__(self, language: str, translators: list[QTranslator] | None = None) -> None:
        self.language = language
        self.translators: list[QTranslator] = translators if translators is not None else []

    def remove(self) -> None:
        app = QCoreApplication.instance()
        for translator in self.translators:
            if app is not None:
                app.removeTranslator(translator)
            translator.deleteLater()
        self.translators.clear()
        QLocale.setDefault(QLocale.system())
        _set_active(DEFAULT)


def install_translation(app: QCoreApplication, language: str | None = None) -> InstalledTranslation:
    """Load the interface's and Qt's translations for ``language`` (default: the configured or system one),
    and make it the default locale, so numbers, dates and layout direction follow it."""
    if language is None:
        language = choose_language(configured_language(), system_languages())
    if language not in LANGUAGES:
        language = DEFAULT
    system = QLocale.system()
    same_language = system.name().split("_")[0] == language
    locale = system if same_language else QLocale(language)  # keeps the region: es-MX stays es-MX
    QLocale.setDefault(locale)
    if hasattr(app, "setLayoutDirection"):
        # Every interface language is written left to right (tests/ui/test_interface_language.py checks each
        # against QLocale); set by name, before the first paint (see screenaid.ui.enum_property)
        set_enum_property(app, "layoutDirection", "LeftToRight")
    installed = InstalledTranslation(language)
    qt_own = next(
        (t for folder in qt_translation_dirs() if (t := _load(app, f"qtbase_{language}", folder))), None
    )
    ours = _load(app, f"{CATALOGUE}_{language}", str(translations_dir()))
    installed.translators += [t for t in (qt_own, ours) if t is not None]
    _set_active(language)
    return installed


def _load(app: QCoreApplication, name: str, folder: str) -> QTranslator | None:
    """Install the catalogue ``folder/name.qm`` if it is there."""
    translator = QTranslator(app)
    if translator.load(name, folder):
        app.installTranslator(translator)
        return translator
    translator.deleteLater()
    return None


def qt_translation_dirs() -> list[str]:
    """Where Qt's own catalogues are: Qt's configured folder, then the one inside the PySide6 package (where a
    PyInstaller bundle keeps them, should Qt's configured path not point there)."""
    import PySide6

    folders = [QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)]
    folders.append(str(Path(PySide6.__file__).resolve().parent / "Qt" / "translations"))
    return list(dict.fromkeys(folders))


def _set_active(language: str) -> None:
    global _active
    _active = language


def active_language() -> str:
    """The interface language installed last (English until :func:`install_translation` runs)."""
    return _active


def review_notice(language: str | None = None) -> str | None:
    """A notice for the banner while the interface is in a language no native speaker has reviewed yet."""
    language = language or _active
    if language == DEFAULT:
        return None
    status = translation_status().get(language)
    if status is None or status.get("reviewed_by_native_speaker"):
        return None
    return QCoreApplication.translate(
        "InterfaceTranslation",
        "Interface translation not yet reviewed by a native-speaking clinician: if a word is unclear, "
        "check the English interface.",
    )


def translation_status() -> dict[str, dict[str, object]]:
    """``translations/status.yaml`` by language: who translated, how, and the review status."""
    from screenaid.content.yaml_reader import read_yaml_file

    entries = read_yaml_file(translations_dir() / "status.yaml")
    return {str(entry["language"]): dict(entry) for entry in entries or ()}
