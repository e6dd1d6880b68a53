"""Labels shown without a text document where nothing would look different (issue 16: a rich-text or selectable
label costs a text document of its own, about 27 KB against 4 KB).

- A Markdown text with no Markdown in it is shown as plain text; the rule is checked over every text of the
  bundled content: wherever it chooses plain text, Qt's Markdown would have shown exactly the same characters.
- Such a label becomes selectable at the first mouse press, so selecting and copying work as before.
- Headings are plain text in a bold font of the sizes Qt gives <h1>…<h4>, and follow text zoom.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from screenaid.ui.widgets.heading import SCALES, Heading
from screenaid.ui.widgets.markdown_label import MarkdownLabel, needs_markdown
from screenaid.ui.zoom import Zoom


def _texts(value: object) -> Iterator[str]:
    """Every string inside a content entry (fields, lists, mappings), recursively."""
    if isinstance(value, str):
        yield value
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for item in dataclasses.fields(value):
            yield from _texts(getattr(value, item.name))
    elif isinstance(value, dict):
        for item in value.values():
            yield from _texts(item)
    elif isinstance(value, list | tuple | frozenset | set):
        for item in value:
            yield from _texts(item)


def _markdown_shows(text: str) -> str:
    document = QTextDocument()
    document.setMarkdown(text)
    return document.toPlainText()


def test_every_content_text_shown_as_plain_text_reads_as_its_markdown_would(qapp, bundled):
    texts = {text for entry in bundled.library for text in _texts(entry)}
    plain = [text for text in texts if not needs_markdown(text)]
    assert len(texts) > 2000
    assert len(plain) > 500  # the rule does apply: most short texts have no Markdown
    differ = [text for text in plain if _markdown_shows(text) != text]
    assert differ == []


@pytest.mark.parametrize(
    "text",
    [
        "**Why:** because",
        "a *word*",
        "snake_case",
        "1. first",
        "- item",
        "+ item",
        "# heading",
        "see www.example.org",
        "see https://example.org",
        "write to a@example.org",
        "two  spaces",
        "line\nbreak",
        " leading space",
        "a <b>tag</b>",
        "AT&amp;T",
        "a | table",
        "~~struck~~",
        "back\\slash",
        "![image](x)",
    ],
)
def test_text_that_markdown_would_change_is_shown_as_markdown(text):
    assert needs_markdown(text)


def test_a_plain_label_becomes_selectable_at_the_first_press(qtbot):
    holder = QWidget()
    qtbot.addWidget(holder)
    label = MarkdownLabel("Is there anything you would like me to know today?", holder)
    QVBoxLayout(holder).addWidget(label)
    holder.show()
    qtbot.waitExposed(holder)
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert label.cursor().shape() == Qt.CursorShape.IBeamCursor  # looks selectable from the start
    assert not label.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    QTest.mouseDClick(
        label, Qt.MouseButton.LeftButton, pos=label.rect().topLeft() + label.rect().center() / 4
    )
    assert label.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    assert label.hasSelectedText()  # the double click selected a word, as on any selectable label


def test_markdown_still_shows_as_markdown(qtbot):
    label = MarkdownLabel("**Why:** it matters")
    qtbot.addWidget(label)
    assert label.textFormat() == Qt.TextFormat.MarkdownText
    label.setText("now plain")
    assert label.textFormat() == Qt.TextFormat.PlainText
    label.setText("now *emphasised*")
    assert label.textFormat() == Qt.TextFormat.MarkdownText


def _qt_heading_size(level: int) -> float:
    """The point size Qt gives the text of an <hN> heading in the application font."""
    document = QTextDocument()
    document.setDefaultFont(QApplication.font())
    document.setHtml(f"<h{level} style='margin:0'>Heading</h{level}>")
    cursor = QTextCursor(document)
    cursor.movePosition(QTextCursor.MoveOperation.Right)
    return cursor.charFormat().font().pointSizeF()


@pytest.mark.parametrize("level", sorted(SCALES))
def test_a_heading_has_the_size_and_weight_qt_gives_the_html_heading(qtbot, level):
    heading = Heading("Heading", level)
    qtbot.addWidget(heading)
    assert heading.textFormat() == Qt.TextFormat.PlainText
    assert heading.text() == "Heading"
    assert heading.font().bold()
    assert heading.font().pointSizeF() == pytest.approx(_qt_heading_size(level))


def test_headings_and_bold_labels_follow_text_zoom(qtbot, main_window):
    window = main_window
    window.go_to("ask")
    page = window.page("ask")
    headings = page.findChildren(Heading)
    bold = [label for label in page.findChildren(type(page.count)) if label.text() == "Say (English)"]
    assert headings
    assert bold
    base = QApplication.font().pointSizeF()
    sizes = {id(h): h.font().pointSizeF() / base for h in headings}
    zoom = window.zoom
    assert isinstance(zoom, Zoom)
    zoom.set_percent(200)
    qtbot.wait(10)  # the new application font reaches child widgets through the event loop
    try:
        assert QApplication.font().pointSizeF() == pytest.approx(base * 2)
        for heading in headings:
            assert heading.font().pointSizeF() / (base * 2) == pytest.approx(sizes[id(heading)])
        for label in bold:
            assert label.font().bold()
            assert label.font().pointSizeF() == pytest.approx(base * 2)
    finally:
        zoom.reset()
    qtbot.wait(10)
    assert all(h.font().pointSizeF() / base == pytest.approx(sizes[id(h)]) for h in headings)
