"""The real window in Spanish and in French: every interface text found its translation (no English source
text shows where a translation exists, so no string is lost to a wrong context), accelerators stay unique,
plurals follow Qt's rules, and a fresh start in a Spanish locale comes up in Spanish."""

from __future__ import annotations

import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from screenaid.ui.translation import install_translation
from tests.ui.conftest import shown_main_window
from tests.ui.interface_walk import walk

FOLDER = Path(__file__).resolve().parents[2] / "src" / "screenaid" / "ui" / "translations"


def english_with_another_translation(language: str) -> set[str]:
    """English source texts (without placeholders) whose translation in ``language`` differs from them."""
    texts = set()
    for message in ET.parse(FOLDER / f"screenaid_{language}.ts").getroot().iter("message"):
        source = message.findtext("source", "")
        translation = message.findtext("translation") or ""
        if "{" in source or "%n" in source or message.get("numerus") == "yes":
            continue
        if translation and translation.replace("&", "") != source.replace("&", ""):
            texts.add(source.replace("&", ""))
    return texts


@pytest.fixture(params=["es", "fr"])
def translated_window(request, qapp, qtbot, app_context, search_index):
    installed = install_translation(qapp, request.param)
    with shown_main_window(qtbot, app_context, search_index) as window:
        yield request.param, window
    installed.remove()


def test_no_english_interface_text_shows_where_a_translation_exists(translated_window):
    language, window = translated_window
    seen = walk(window)
    english = english_with_another_translation(language)
    content = {line.strip() for text in _library_texts(window) for line in text.splitlines()}
    left = sorted(
        f"{where}: {line.strip()!r}"
        for text, where in seen.texts.items()
        for line in text.replace("&", "").splitlines()
        if line.strip() in english and line.strip() not in content
    )
    assert left == []
    assert seen.clashes == []


def _library_texts(window) -> set[str]:
    from tests.ui.interface_walk import content_strings

    return content_strings(window.context.library, set(), set())


def test_plurals_follow_the_language(translated_window):
    language, window = translated_window
    window._on_shift_progress(1)
    one = window.statusBar().currentMessage()
    window._on_shift_progress(2)
    two = window.statusBar().currentMessage()
    expected = {
        "es": (
            "Mayús: pulse 1 vez más para la salida rápida.",
            "Mayús: pulse 2 veces más para la salida rápida.",
        ),
        "fr": (
            "Maj : appuyez encore 1 fois pour la sortie rapide.",
            "Maj : appuyez encore 2 fois pour la sortie rapide.",
        ),
    }
    assert (one, two) == expected[language]


def test_the_window_title_and_places_are_translated(translated_window):
    language, window = translated_window
    titles = {"es": "Referencia clínica", "fr": "Référence clinique"}
    places = {"es": "Detectar", "fr": "Repérer"}
    assert window.windowTitle() == titles[language]
    assert window.navigation.buttons["screen"].text() == places[language]


@pytest.mark.parametrize(
    ("locale", "title"), [("es_MX.UTF-8", "Referencia clínica"), ("de_DE.UTF-8", "Clinical reference")]
)
def test_a_fresh_start_follows_the_system_language(tmp_path, locale, title):
    """The real start-up path, in its own process: no setting, the system's language decides."""
    script = (
        "from PySide6.QtCore import QTimer\n"
        "from screenaid.ui.app import start\n"
        "app, window = start([])\n"
        "QTimer.singleShot(0, lambda: (print(window.windowTitle()), app.quit()))\n"
        "app.exec()\n"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("SCREENAID_")}
    env.update(LC_ALL=locale, LANG=locale, HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "config"))
    env.pop("LANGUAGE", None)
    result = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=120, check=True
    )
    assert result.stdout.strip().splitlines()[-1] == title
    assert not any(tmp_path.rglob("*")), "starting in a language wrote a file"
