"""The Linguist files: complete, faithful to their placeholders and accelerators, extracted from the current
code, and compiled into the .qm files the app loads (scripts/update-translations makes all of this true)."""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.ui.unwrapped_strings import unextractable_calls, wrapped_literals

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "src" / "screenaid" / "ui"
FOLDER = UI / "translations"
DRAFTS = ROOT / "scripts" / "translations"
LANGUAGES = ("en", "es", "fr")
PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%n|%\d")
MNEMONIC = re.compile(r"&(?!&)(\w)")


def messages(language: str) -> list[tuple[str, ET.Element]]:
    tree = ET.parse(FOLDER / f"screenaid_{language}.ts")
    return [
        (context.findtext("name", ""), message)
        for context in tree.getroot().iter("context")
        for message in context.iter("message")
    ]


def forms(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    numerus = translation.findall("numerusform")
    return [form.text or "" for form in numerus] if numerus else [translation.text or ""]


@pytest.mark.parametrize("language", ["es", "fr"])
def test_every_message_is_translated(language):
    unfinished = [
        f"{context}: {message.findtext('source')!r}"
        for context, message in messages(language)
        if message.find("translation").get("type") == "unfinished" or not all(forms(message))  # type: ignore[union-attr]
    ]
    assert unfinished == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_every_placeholder_and_one_accelerator(language):
    wrong = []
    for context, message in messages(language):
        source = message.findtext("source", "")
        wanted = sorted(set(PLACEHOLDER.findall(source)))
        numerus = message.get("numerus") == "yes"
        for text in forms(message):
            found = sorted(set(PLACEHOLDER.findall(text)))
            if found != wanted:
                wrong.append(f"{context}: {source!r} -> {text!r}: placeholders {found} instead of {wanted}")
            if len(MNEMONIC.findall(text)) != len(MNEMONIC.findall(source)):
                wrong.append(f"{context}: {source!r} -> {text!r}: accelerator lost or added")
        if numerus and len(forms(message)) != 2:  # English, Spanish and French: singular and plural
            wrong.append(f"{context}: {source!r}: {len(forms(message))} plural forms instead of 2")
    assert wrong == []


def test_the_english_catalogue_holds_only_plural_forms():
    english = messages("en")
    assert english
    assert all(message.get("numerus") == "yes" for _, message in english)
    spanish_plurals = {m.findtext("source") for _, m in messages("es") if m.get("numerus") == "yes"}
    assert {m.findtext("source") for _, m in english} == spanish_plurals


def test_the_linguist_files_hold_exactly_the_strings_the_code_wraps():
    in_code: set[tuple[str | None, str]] = set()
    for path in UI.rglob("*.py"):
        in_code.update(wrapped_literals(path.read_text(encoding="utf-8")))
    for language in ("es", "fr"):
        in_file = {(context, message.findtext("source", "")) for context, message in messages(language)}
        texts = {text for _, text in in_file}
        missing = {(c, t) for c, t in in_code if (c is not None and (c, t) not in in_file) or t not in texts}
        assert missing == set(), f"run scripts/update-translations ({language})"
        stale = texts - {text for _, text in in_code}
        assert stale == set(), f"run scripts/update-translations ({language})"


def test_every_translation_call_can_be_extracted():
    """lupdate reads literals only: a context held in a variable would leave the text out of every file."""
    found = {
        str(path.relative_to(UI)): lines
        for path in UI.rglob("*.py")
        if (lines := unextractable_calls(path.read_text(encoding="utf-8")))
    }
    assert found == {}


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_draft_translation_is_used(language):
    spec = importlib.util.spec_from_file_location(f"draft_{language}", DRAFTS / f"{language}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    sources = {m.findtext("source") for _, m in messages(language)}
    assert [key for key in module.TRANSLATIONS if key.split("|")[-1] not in sources] == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_compiled_catalogues_are_up_to_date(tmp_path, language):
    lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    assert lrelease is not None
    compiled = tmp_path / f"screenaid_{language}.qm"
    subprocess.run(
        [lrelease, "-silent", str(FOLDER / f"screenaid_{language}.ts"), "-qm", str(compiled)], check=True
    )
    assert compiled.read_bytes() == (FOLDER / f"screenaid_{language}.qm").read_bytes(), (
        "run scripts/update-translations"
    )


def test_the_checker_catches_a_lost_placeholder_and_accelerator():
    source, text = "Show &all {count} items", "Mostrar todos los elementos"
    assert sorted(set(PLACEHOLDER.findall(text))) != sorted(set(PLACEHOLDER.findall(source)))
    assert len(MNEMONIC.findall(text)) != len(MNEMONIC.findall(source))
