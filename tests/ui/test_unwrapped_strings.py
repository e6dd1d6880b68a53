"""A user-visible string not wrapped for translation fails these tests.

Two nets: a static scan of the shell's source (every literal, f-string or concatenation with words that reaches
a call putting text on screen must be inside tr()/translate()/QT_TRANSLATE_NOOP()), and a run of the real
window under a pseudo-translation that brackets every translated text ("⟦Screen⟧"): after visiting every place
and sub-view, any text a user can see or hear must be bracketed, or content from the loaded library (which
keeps its own languages), or free of words.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QLabel, QWidget

from tests.ui.conftest import shown_main_window
from tests.ui.interface_walk import Seen, content_strings, read_window, walk
from tests.ui.unwrapped_strings import has_words, scan_source, scan_tree

UI = Path(__file__).resolve().parents[2] / "src" / "screenaid" / "ui"
OPEN, CLOSE = "⟦", "⟧"
BRACKETED = re.compile(f"{OPEN}[^{OPEN}{CLOSE}]*{CLOSE}")


# -- the static scan -------------------------------------------------------------------------------------


def test_the_shell_source_has_no_unwrapped_user_visible_string():
    assert [str(finding) for finding in scan_tree(UI)] == []


BAD = """
from PySide6.QtWidgets import QLabel, QPushButton
HINT = "Uncheck every item."
class Page(QWidget):
    def __init__(self, count):
        label = QLabel("Screen", self)
        self.button = QPushButton(f"Show all {count} items", self)
        self.button.setToolTip(HINT)
        self.setAccessibleName("Refer" + " page")
        text = "On the handout: {n}".format(n=count)
        self.status.setText(text)
        self.tabs.addTab(self, "&Guidance")
        self.window().statusBar().showMessage(f"Copied {count}")
"""

GOOD = """
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QPushButton
HINT = QT_TRANSLATE_NOOP("Page", "Uncheck every item.")
class Page(QWidget):
    def __init__(self, count, title):
        label = QLabel(self.tr("Screen"), self)
        self.button = QPushButton(self.tr("Show all %n items", "", count), self)
        self.button.setToolTip(self.tr(HINT))
        self.setAccessibleName(QCoreApplication.translate("Page", "Refer page"))
        text = self.tr("On the handout: {n}").format(n=count)
        self.status.setText(text)
        self.tabs.addTab(self, f"{title} ({count})")
        self.heading.setText("<br>")
        key = QLabel("F12", self)  # i18n: a key's name
"""


def test_the_scan_catches_each_kind_of_unwrapped_string():
    found = scan_source(BAD)
    assert [(f.line, f.call) for f in found] == [
        (6, "QLabel"),
        (7, "QPushButton"),
        (8, "setToolTip"),
        (9, "setAccessibleName"),
        (11, "setText"),
        (12, "addTab"),
        (13, "showMessage"),
    ]


def test_the_scan_accepts_wrapped_strings_content_and_markup():
    assert scan_source(GOOD) == []


def test_words_are_told_from_markup_and_placeholders():
    assert has_words("Show all")
    assert not has_words("<br>")
    assert not has_words("{title} ({code}) · 24/7")
    assert not has_words("?")


# -- the pseudo-translation run --------------------------------------------------------------------------


class Brackets(QTranslator):
    """Translates every text into itself in brackets, so untranslated text stands out."""

    def translate(self, context, source, disambiguation=None, n=-1):  # type: ignore[override]
        return f"{OPEN}{source}{CLOSE}" if source else source


def untranslated(seen: Seen, content: set[str]) -> list[str]:
    """Texts seen that hold words outside brackets that are not content from the library."""
    pieces = sorted((c for c in content if len(c) >= 2), key=len, reverse=True)
    lines = {line.strip() for c in content for line in c.splitlines()}
    flat = [" ".join(c.split()) for c in content]
    found = []
    for text, where in seen.texts.items():
        rest = text
        while True:
            shorter = BRACKETED.sub(" ", rest)
            if shorter == rest:
                break
            rest = shorter
        for line in rest.splitlines():
            line = line.strip()
            if not has_words(line) or line in lines:
                continue
            left = line
            for piece in pieces:
                if piece in left:
                    left = left.replace(piece, " ")
                    if not has_words(left):
                        break
            excerpt = " ".join(line.strip("…").split())  # a search snippet: a cut from one content text
            if has_words(left) and not any(excerpt in c for c in flat):
                found.append(f"{where}: {line!r} (in {text[:80]!r})")
    return found


@pytest.fixture
def pseudo_translated(qapp):
    translator = Brackets()
    qapp.installTranslator(translator)
    yield translator
    qapp.removeTranslator(translator)


@pytest.fixture
def pseudo_window(pseudo_translated, qtbot, app_context, search_index):
    with shown_main_window(qtbot, app_context, search_index) as window:
        yield window


def _content(window) -> set[str]:
    """The library's texts as every jurisdiction the walk visits sees them (they name the jurisdiction)."""
    from screenaid.content.jurisdiction_view import library_for_jurisdiction
    from screenaid.ui.widgets.jurisdiction_bar import SHIPPED

    base = window.jurisdiction_bar._base.library
    countries = {r.country for r in base.resources}
    languages = {lang for r in base.resources for lang in getattr(r, "languages", ())}
    content = content_strings(base, countries, languages)
    for code in SHIPPED:
        content |= content_strings(library_for_jurisdiction(base, code), set(), set())
    return content


def test_every_text_the_window_shows_is_translated_or_content(pseudo_window, bundled):
    seen = walk(pseudo_window)
    assert len(seen.texts) > 500  # the walk really visited the places
    assert untranslated(seen, _content(pseudo_window)) == []
    assert seen.clashes == []


def test_the_run_catches_an_unwrapped_label(pseudo_window):
    page: QWidget = pseudo_window.page("screen")
    QLabel("Words nobody wrapped", page).show()
    QLabel(pseudo_window.tr("Wrapped words"), page).show()
    seen = Seen()
    pseudo_window.go_to("screen")
    read_window(pseudo_window, seen, "screen")
    found = untranslated(seen, _content(pseudo_window))
    assert len(found) == 1
    assert "Words nobody wrapped" in found[0]
