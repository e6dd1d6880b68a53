"""Read-only Markdown text that wraps, scales with the app font and never opens links.

Most texts shown this way have no Markdown in them (a phrasing prompt, a short note). Those are shown as plain
text: Qt lays out rich text through a text document of its own in every label, about 27 KB a label against 4 KB
for plain text, and Ask alone shows over 150 such labels (benchmarks/bench_place_memory.py). For the same
reason the text becomes selectable with the mouse at the first press on it, not before: making a label
selectable makes the same text document. The label shows the text cursor on hover from the start, so it looks
and behaves as before.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

_MARKDOWN_SIGNS = re.compile(
    r"""[\\`*_\[\]<>&#|~!@\n\t]   # emphasis, code, links, HTML, headings, tables, line breaks
      | ://|www\.                 # addresses that Qt's Markdown makes into links
      | \ {2}                     # runs of spaces, which Markdown folds into one
      | ^(?:[-+=]|\d+[.)])        # a list or a rule at the start
    """,
    re.VERBOSE,
)


def needs_markdown(text: str) -> bool:
    """Whether Qt's Markdown would show ``text`` otherwise than plain text does (cautious: any sign of Markdown,
    or of something Markdown changes, counts)."""
    return text != text.strip() or _MARKDOWN_SIGNS.search(text) is not None


class SelectableLabel(QLabel):
    """Read-only text that wraps, never opens links, and becomes selectable with the mouse at the first press
    (see the module's docstring). Shown as given: plain text unless a subclass says otherwise."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setOpenExternalLinks(False)
        self.setCursor(Qt.CursorShape.IBeamCursor)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.setText(text)

    def make_selectable(self) -> None:
        """Let the mouse select the text (done at the first press, or by a caller that selects text itself)."""
        if not self.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse:
            self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.make_selectable()
        super().mousePressEvent(event)


class MarkdownLabel(SelectableLabel):
    def setText(self, text: str) -> None:
        """Show ``text`` as Markdown, or as plain text where Markdown would show it the same."""
        markdown = needs_markdown(text)
        self.setTextFormat(Qt.TextFormat.MarkdownText if markdown else Qt.TextFormat.PlainText)
        super().setText(text)
