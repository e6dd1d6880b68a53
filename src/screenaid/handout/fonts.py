"""Fonts shipped with the package, and markup that sends every character to a font that has it.

DejaVu Sans covers Latin (with Vietnamese and Haitian Creole), Greek, Cyrillic and Arabic (with its
presentation forms, which the right-to-left paragraphs draw); Nanum Square covers Korean Hangul; Droid Sans
Fallback covers Chinese. All are TrueType-outline fonts, which reportlab can embed (it cannot embed the CFF
outlines of Noto CJK). Licences and sizes: README, "Fonts".
"""

from __future__ import annotations

import functools
from array import array
from collections.abc import KeysView, Sequence
from html import escape
from typing import overload

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


class _Metrics(Sequence[tuple[int, int]]):
    """A font's horizontal metrics, (advance width, left side bearing) per glyph, in two arrays of machine
    integers instead of a list of tuples of Python numbers: about 50 KB instead of 600 KB for DejaVu Sans.
    reportlab reads it only while it cuts the subset of glyphs a PDF embeds, and takes ``int()`` of both values
    there; its parser stores some advance widths already scaled (a float), so they are kept as that ``int()``."""

    def __init__(self, pairs: Sequence[tuple[float, int]]) -> None:
        self._advances = array("l", (int(advance) for advance, _ in pairs))
        self._bearings = array("l", (int(bearing) for _, bearing in pairs))

    def __len__(self) -> int:
        return len(self._advances)

    @overload
    def __getitem__(self, index: int) -> tuple[int, int]: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[tuple[int, int]]: ...
    def __getitem__(self, index: int | slice) -> tuple[int, int] | Sequence[tuple[int, int]]:
        if isinstance(index, slice):
            return list(zip(self._advances[index], self._bearings[index], strict=True))
        return self._advances[index], self._bearings[index]


def _parsed(name: str) -> TTFont:
    """One bundled font parsed for reportlab. Handouts never use reportlab's HarfBuzz shaping (right-to-left
    lines are shaped in ``rtl``), so the font is made unshapable and the glyph-to-character table that only
    shaping reads is dropped. The two per-glyph tables that only subsetting reads (metrics and glyph offsets)
    are kept as arrays of machine integers: the same values, in about a twentieth of the memory (the embedded
    subsets are byte for byte the same: tests/handout/test_font_tables.py)."""
    font = TTFont(name, font_path(name), shapable=False)
    face = vars(font.face)
    face.pop("glyphToChar", None)
    face["hmetrics"] = _Metrics(face["hmetrics"])
    face["glyphPos"] = array("L", face["glyphPos"])
    return font


@functools.cache
def register_fonts() -> None:
    """Register the body fonts with reportlab once per process. The Korean and Chinese fallbacks are
    registered the first time a character needs them (``font_for``): parsing them costs about 30 MB and
    tens of milliseconds that a handout in a Latin, Cyrillic or Arabic script never uses."""
    for name in (BODY_FONT, BOLD_FONT):
        pdfmetrics.registerFont(_parsed(name))
    addMapping(BODY_FONT, 0, 0, BODY_FONT)
    addMapping(BODY_FONT, 1, 0, BOLD_FONT)
    addMapping(BODY_FONT, 0, 1, BODY_FONT)
    addMapping(BODY_FONT, 1, 1, BOLD_FONT)
    addMapping(BOLD_FONT, 0, 0, BOLD_FONT)
    addMapping(BOLD_FONT, 1, 0, BOLD_FONT)
    addMapping(BOLD_FONT, 0, 1, BOLD_FONT)
    addMapping(BOLD_FONT, 1, 1, BOLD_FONT)


@functools.cache
def register_fallback(name: str) -> str:
    """Register one fallback font (one weight, used for bold and italic too) once per process."""
    assert name in _FALLBACKS, name
    register_fonts()
    pdfmetrics.registerFont(_parsed(name))
    for bold in (0, 1):
        for italic in (0, 1):
            addMapping(name, bold, italic, name)
    return name


def release_fallbacks() -> None:
    """Forget the Korean and Chinese fonts if a handout registered them: parsed, they hold about 30 MB for the
    rest of the process. An idle wipe calls this (the next patient rarely needs the last one's script); a
    handout that needs them again parses them again, about 40 ms each."""
    for name in _FALLBACKS:
        if name in pdfmetrics.getRegisteredFontNames():
            font = pdfmetrics.getFont(name)
            if isinstance(font, TTFont):
                font.unregister()
    register_fallback.cache_clear()
    covered_by.cache_clear()


@functools.cache
def covered_by(name: str) -> KeysView[int]:
    """The code points the named font has a glyph for: a view of the font's own character-to-glyph table, not
    a copy (a set of every code point costs about 250 KB for the body font and 1 MB for the Chinese one)."""
    if name in _FALLBACKS:
        register_fallback(name)
    else:
        register_fonts()
    font = pdfmetrics.getFont(name)
    table: dict[int, int] = font.face.charToGlyph
    return table.keys()


def font_for(char: str) -> str | None:
    """None when the body font has the character, else the first fallback font that does."""
    code = ord(char)
    if char.isspace() or code in covered_by(BODY_FONT):
        return None
    if _is_hangul(code) and code in covered_by(HANGUL_FONT):
        return HANGUL_FONT
    return register_fallback(CJK_FONT)


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
        piece = escape("".join(chars), quote=False)  # &, < and >, as xml.sax.saxutils.escape did
        parts.append(f'<font name="{font}">{piece}</font>' if font else piece)
    return "".join(parts)
