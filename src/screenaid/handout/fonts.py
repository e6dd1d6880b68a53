"""Fonts shipped with the package, and markup that sends every character to a font that has it.

DejaVu Sans covers Latin (with Vietnamese and Haitian Creole), Greek, Cyrillic and Arabic (with its
presentation forms, which the right-to-left paragraphs draw); Nanum Square covers Korean Hangul; Droid Sans
Fallback covers Chinese. All are TrueType-outline fonts, which reportlab can embed (it cannot embed the CFF
outlines of Noto CJK). Licences and sizes: README, "Fonts".
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
HANGUL_FONT = "ScreenAidHangul"

_FILES = {
    BODY_FONT: "DejaVuSans.ttf",
    BOLD_FONT: "DejaVuSans-Bold.ttf",
    CJK_FONT: "DroidSansFallbackFull.ttf",
    HANGUL_FONT: "NanumSquareR.ttf",
}
_FALLBACKS = (HANGUL_FONT, CJK_FONT)
"""Fonts tried, in order, for a character the body font lacks."""


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
    for fallback in _FALLBACKS:  # one weight each
        for bold in (0, 1):
            for italic in (0, 1):
                addMapping(fallback, bold, italic, fallback)


@functools.cache
def covered_by(name: str) -> frozenset[int]:
    """The code points the named font has a glyph for."""
    register_fonts()
    font = pdfmetrics.getFont(name)
    return frozenset(font.face.charToGlyph)


def font_for(char: str) -> str | None:
    """None when the body font has the character, else the first fallback font that does."""
    code = ord(char)
    if char.isspace() or code in covered_by(BODY_FONT):
        return None
    if _is_hangul(code) and code in covered_by(HANGUL_FONT):
        return HANGUL_FONT
    return CJK_FONT


def _is_hangul(code: int) -> bool:
    return 0x1100 <= code <= 0x11FF or 0x3130 <= code <= 0x318F or 0xAC00 <= code <= 0xD7AF


def markup(text: str) -> str:
    """Paragraph markup that prints ``text`` literally, each character in a font that has a glyph for it.

    Every run is escaped first, so ``<``, ``&`` and tags in the data print as themselves.
    """
    runs: list[tuple[str | None, list[str]]] = []
    for char in text:
        font = font_for(char)
        if runs and (runs[-1][0] == font or char.isspace()):
            runs[-1][1].append(char)
        else:
            runs.append((font, [char]))
    parts = []
    for font, chars in runs:
        piece = escape("".join(chars))
        parts.append(f'<font name="{font}">{piece}</font>' if font else piece)
    return "".join(parts)
