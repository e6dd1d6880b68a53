"""Reading handout PDFs back with pypdf, for the tests."""

from __future__ import annotations

import re
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
    """Text without any whitespace, to compare strings that the layout may wrap onto several lines."""
    return WHITESPACE.sub("", text)


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
