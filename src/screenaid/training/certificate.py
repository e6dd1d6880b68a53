"""The certificate of completion: PDF bytes built in memory from a name and a date, and nothing else.

There is deliberately no other input: no score, no place of work, no licence number. The PDF metadata is
neutral and fixed (reportlab's invariant mode), like a handout's, and nothing is written to disk.
"""

from __future__ import annotations

import datetime as dt
import re
from io import BytesIO

from reportlab.lib.colors import HexColor
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, LETTER, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer

from screenaid.handout.fonts import BODY_FONT, BOLD_FONT, markup, register_fonts
from screenaid.handout.neutral_document import neutral_document

NEUTRAL_TITLE = "Certificate"
MAX_NAME_LENGTH = 80
COURSE_TITLE = "ScreenAid condensed course for health professionals"
NOT_ACCREDITED = (
    "This certificate records that the course and its post-test were completed in ScreenAid. "
    "It is not an accredited continuing-education (CE) or continuing-medical-education (CME) credit, "
    "and no body has reviewed it for credit."
)
_SPACES = re.compile(r"\s+")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def clean_name(name: str) -> str:
    """The name as it will print: control characters removed, spaces collapsed; ValueError when empty."""
    cleaned = _SPACES.sub(" ", _CONTROL.sub("", name)).strip()
    if not cleaned:
        raise ValueError("type the name to print on the certificate")
    if len(cleaned) > MAX_NAME_LENGTH:
        raise ValueError(f"the name is longer than {MAX_NAME_LENGTH} characters")
    return cleaned


def certificate_text(name: str, date: dt.date) -> list[str]:
    """The lines of the certificate, in order (the PDF prints exactly these)."""
    return [
        "Certificate of completion",
        clean_name(name),
        f"completed the {COURSE_TITLE} and its post-test",
        f"Date: {date.isoformat()}",
        NOT_ACCREDITED,
    ]


def render_certificate(name: str, date: dt.date, *, letter: bool = False) -> bytes:
    """The certificate as PDF bytes, one landscape page. Raises ValueError for an empty or over-long name."""
    lines = certificate_text(name, date)
    register_fonts()
    page_size = landscape(LETTER if letter else A4)
    width, height = page_size
    buffer = BytesIO()
    document = neutral_document(BaseDocTemplate, buffer, title=NEUTRAL_TITLE, pagesize=page_size, lang="en")
    margin = 25 * mm
    frame = Frame(margin, margin, width - 2 * margin, height - 2 * margin, id="body")
    document.addPageTemplates([PageTemplate(id="certificate", frames=[frame], onPage=_border)])
    heading = ParagraphStyle("heading", fontName=BOLD_FONT, fontSize=30, leading=38, alignment=TA_CENTER)
    person = ParagraphStyle("person", fontName=BOLD_FONT, fontSize=24, leading=30, alignment=TA_CENTER)
    body = ParagraphStyle("body", fontName=BODY_FONT, fontSize=14, leading=20, alignment=TA_CENTER)
    small = ParagraphStyle(
        "small",
        fontName=BODY_FONT,
        fontSize=10,
        leading=14,
        alignment=TA_CENTER,
        textColor=HexColor("#333333"),
    )
    title, who, what, when, notice = lines
    story = [
        Spacer(1, 18 * mm),
        Paragraph(markup(title), heading),
        Spacer(1, 14 * mm),
        Paragraph(markup(who), person),
        Spacer(1, 6 * mm),
        Paragraph(markup(what), body),
        Spacer(1, 8 * mm),
        Paragraph(markup(when), body),
        Spacer(1, 22 * mm),
        Paragraph(markup(notice), small),
    ]
    document.build(story)
    return buffer.getvalue()


def _border(canvas: object, document: BaseDocTemplate) -> None:
    width, height = document.pagesize
    canvas.setStrokeColor(HexColor("#1f4e79"))  # type: ignore[attr-defined]
    canvas.setLineWidth(2)  # type: ignore[attr-defined]
    canvas.rect(12 * mm, 12 * mm, width - 24 * mm, height - 24 * mm)  # type: ignore[attr-defined]
