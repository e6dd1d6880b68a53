"""Fonts shipped with the package, and markup that sends every character to a font that has it.

DejaVu Sans covers Latin (with Vietnamese), Greek and Cyrillic; Droid Sans Fallback covers Chinese. Both are
TrueType-outline fonts, which reportlab can embed (it cannot embed the CFF outlines of Noto CJK).
"""

from __future__ import annotations

import functools
from xml.sax.saxutils import escape

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from screenaid.paths import package_file

BODY_FONT = "ScreenAidSans"
BOLD_FONT = "ScreenAidSans-Bold"
CJK_FONT = "ScreenAidCJK"

_FILES = {
    BODY_FONT: "DejaVuSans.ttf",
    BOLD_FONT: "DejaVuSans-Bold.ttf",
    CJK_FONT: "DroidSansFallbackFull.ttf",
}


def font_path(name: str) -> str:
    return str(package_file("handout", "fonts", _FILES[name]))


@functools.cache
def register_fonts() -> None:
    """Register the handout fonts with reportlab once per process."""
    for name in _FILES:
        pdfmetrics.registerFont(TTFont(name, font_path(name)))
    addMapping(BODY_FONT, 0, 0, BODY_FONT)
    addMapping(BODY_FONT, 1, 0, BOLD_FONT)
    addMapping(BODY_FONT, 0, 1, BODY_FONT)
    addMapping(BODY_FONT, 1, 1, BOLD_FONT)
    addMapping(BOLD_FONT, 0, 0, BOLD_FONT)
    addMapping(BOLD_FONT, 1, 0, BOLD_FONT)
    addMapping(BOLD_FONT, 0, 1, BOLD_FONT)
    addMapping(BOLD_FONT, 1, 1, BOLD_FONT)
    for bold in (0, 1):  # Droid Sans Fallback has one weight
        for italic in (0, 1):
            addMapping(CJK_FONT, bold, italic, CJK_FONT)


@functools.cache
def _covered_by_body() -> frozenset[int]:
    register_fonts()
    font = pdfmetrics.getFont(BODY_FONT)
    return frozenset(font.face.charToGlyph)


def markup(text: str) -> str:
    """Paragraph markup that prints ``text`` literally, each character in a font that has a glyph for it.

    Every run is escaped first, so ``<``, ``&`` and tags in the data print as themselves.
    """
    covered = _covered_by_body()
    runs: list[tuple[bool, list[str]]] = []
    for char in text:
        fallback = ord(char) not in covered and not char.isspace()
        if runs and (runs[-1][0] == fallback or char.isspace()):
            runs[-1][1].append(char)
        else:
            runs.append((fallback, [char]))
    parts = []
    for fallback, chars in runs:
        piece = escape("".join(chars))
        parts.append(f'<font name="{CJK_FONT}">{piece}</font>' if fallback else piece)
    return "".join(parts)
