"""Render a referral handout to PDF bytes, in memory.

The handout is a pure function of the chosen resources, the language, the layout, the title style, the
paper, the date the resource list was verified and what to do with lines that have no text in the language.
Every printed word is in one language (organisation names aside): see ``screenaid.handout.printed``. There is deliberately no way to pass anything about a
patient. The PDF's metadata is fixed and neutral (reportlab's invariant mode: no author, no real dates, a
stable /ID, no XMP), so two runs give the same bytes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from io import BytesIO

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from screenaid.content.handout_text import HandoutText
from screenaid.content.resources import Resource
from screenaid.handout.blocks import para
from screenaid.handout.card_layout import cards_story, hideaway_story
from screenaid.handout.fonts import register_fonts
from screenaid.handout.neutral_document import neutral_document
from screenaid.handout.options import NEUTRAL_TITLE, Layout, MissingText, Paper, TitleStyle
from screenaid.handout.page_layout import FOOTER_SPACE, MARGIN, page_story
from screenaid.handout.printed import printed_lines
from screenaid.handout.rtl import isolate_ltr
from screenaid.handout.styles import make_styles
from screenaid.handout.wording import wording_for

FOOTER_BASELINE = 8 * mm
"""The footer sits 8 mm above the bottom edge of every page."""


def render_handout(
    resources: Sequence[Resource],
    *,
    language: str,
    layout: Layout | str,
    title_style: TitleStyle | str,
    paper: Paper | str,
    verified_on: dt.date | None = None,
    missing: MissingText | str = MissingText.NUMBER_ONLY,
) -> bytes:
    """The handout as PDF bytes.

    A hide-away handout is always discreet. Lines without text in the language are handled as ``missing``
    says; with ``MissingText.REFUSE`` they raise ``MissingLanguageError`` (a ValueError naming them).
    Raises ValueError for an empty selection or an unknown option.
    """
    if not resources:
        raise ValueError("choose at least one resource for the handout")
    layout, title_style, paper = Layout(layout), TitleStyle(title_style), Paper(paper)
    missing = MissingText(missing)
    if layout is Layout.HIDEAWAY:
        title_style = TitleStyle.DISCREET
    register_fonts()
    wording = wording_for(language)
    language = wording.language  # an unknown language prints wholly in English, never half and half
    discreet = title_style is TitleStyle.DISCREET
    lines = printed_lines(resources, wording, discreet=discreet, missing=missing)
    if not lines:
        raise ValueError("none of the chosen lines can be printed in this language")
    page_size = paper.size
    width, height = page_size
    buffer = BytesIO()
    document = neutral_document(
        BaseDocTemplate, buffer, title=NEUTRAL_TITLE, pagesize=page_size, lang=wording.language
    )
    footer_text = None
    if verified_on:
        date = verified_on.isoformat()
        footer_text = wording.verified_on.format(date=isolate_ltr(date) if wording.rtl else date)
    if layout is Layout.PAGE:
        styles = make_styles(language)
        frame_height = height - 2 * MARGIN - FOOTER_SPACE
        frame = Frame(MARGIN, MARGIN + FOOTER_SPACE, width - 2 * MARGIN, frame_height, id="body")
        story: list[Flowable] = page_story(
            lines, wording, title_style, styles, width - 2 * MARGIN - 12, frame_height - 12
        )
    else:
        frame = Frame(0, 0, width, height, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        if layout is Layout.CARDS:
            story = cards_story(lines, wording, title_style, make_styles(language, scale=0.74), page_size)
        else:
            story = hideaway_story(lines, wording, make_styles(language, scale=0.62), page_size)
    footer_style = make_styles(language, scale=0.85).small
    footer = [wording.history_warning] if layout is not Layout.PAGE else []
    if footer_text:
        footer.append(footer_text)
    document.addPageTemplates(
        [PageTemplate(id=layout.value, frames=[frame], onPage=_footer(footer, footer_style, width, wording))]
    )
    document.build(story)
    return buffer.getvalue()


def _footer(
    texts: list[str], style: ParagraphStyle, width: float, wording: HandoutText
) -> Callable[[Canvas, BaseDocTemplate], None]:
    def draw(canvas: Canvas, _document: BaseDocTemplate) -> None:
        y = FOOTER_BASELINE
        for text in reversed(texts):
            paragraph = para(text, style, wording)
            _, height = paragraph.wrap(width - 2 * MARGIN, 40)
            paragraph.drawOn(canvas, MARGIN, y)
            y += height

    return draw
