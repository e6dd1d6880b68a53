"""Reading handout PDFs back with pypdf, for the tests."""

from __future__ import annotations

import re
import unicodedata
from io import BytesIO

from pypdf import PdfReader

WHITESPACE = re.compile(r"\s+")


def reader(pdf: bytes) -> PdfReader:
    return PdfReader(BytesIO(pdf))


def page_texts(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in reader(pdf).pages]


def all_text(pdf: bytes) -> str:
    return "\n".join(page_texts(pdf))


def squeezed(text: str) -> str:
    """Text without any whitespace, to compare strings that the layout may wrap onto several lines.

    NFKC folds Arabic letters from the joined (presentation) forms the handout draws back to plain letters;
    pypdf already returns right-to-left text in reading order.
    """
    return WHITESPACE.sub("", unicodedata.normalize("NFKC", text))


def font_descriptors(pdf: bytes) -> dict[str, object]:
    """Each font used on any page, by its BaseFont name, with its font descriptor."""
    found: dict[str, object] = {}
    for page in reader(pdf).pages:
        fonts = page["/Resources"].get_object().get("/Font", {})
        for ref in fonts.get_object().values():
            font = ref.get_object()
            if font["/Subtype"] == "/Type0":
                font = font["/DescendantFonts"][0].get_object()
            found[str(font["/BaseFont"])] = font.get("/FontDescriptor")
    return found


WORD = re.compile(r"[\u0600-\u06ff]+|[A-Za-z0-9]+(?:[-./][A-Za-z0-9]+)*|\w+")


def words(text: str) -> list[str]:
    """The words of ``text`` (NFKC-folded), for right-to-left lines that mix in numbers or Latin names:
    pypdf returns such a line's pieces in a different order than a reader reads them (no full bidi)."""
    return WORD.findall(unicodedata.normalize("NFKC", text))


def printed(expected: str, text: str, *, rtl: bool) -> bool:
    """Whether ``expected`` is in the extracted ``text``: as a string, or word by word for right-to-left."""
    if not rtl:
        return squeezed(expected) in squeezed(text)
    present = set(words(text))
    return all(word in present for word in words(expected))
