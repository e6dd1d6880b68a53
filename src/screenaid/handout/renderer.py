"""Render a referral handout to PDF bytes, in memory.

The handout is a pure function of the chosen resources, the language, the layout, the title style, the
paper and the date the resource list was verified. There is deliberately no way to pass anything about a
patient. The PDF's metadata is fixed and neutral (reportlab's invariant mode: no author, no real dates, a
stable /ID, no XMP), so two runs give the same bytes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from io import BytesIO

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph

from screenaid.content.resources import Resource
from screenaid.handout.card_layout import cards_story
from screenaid.handout.fonts import BODY_FONT, markup, register_fonts
from screenaid.handout.options import NEUTRAL_TITLE, Layout, Paper, TitleStyle
from screenaid.handout.page_layout import FOOTER_SPACE, MARGIN, page_story
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
) -> bytes:
    """The handout as PDF bytes. Raises ValueError for an empty selection or an unknown option."""
    if not resources:
        raise ValueError("choose at least one resource for the handout")
    layout, title_style, paper = Layout(layout), TitleStyle(title_style), Paper(paper)
    register_fonts()
    wording = wording_for(language)
    page_size = paper.size
    width, height = page_size
    buffer = BytesIO()
    document = BaseDocTemplate(
        buffer,
        pagesize=page_size,
        invariant=1,
        title=NEUTRAL_TITLE,
        author="",
        creator="",
        producer="",
        subject="",
        keywords="",
        lang=wording.language,
        initialFontName=BODY_FONT,  # otherwise every page names Helvetica, a font that is not embedded
    )
    footer_text = wording.verified_on.format(date=verified_on.isoformat()) if verified_on else None
    if layout is Layout.PAGE:
        styles = make_styles(language)
        frame_height = height - 2 * MARGIN - FOOTER_SPACE
        frame = Frame(MARGIN, MARGIN + FOOTER_SPACE, width - 2 * MARGIN, frame_height, id="body")
        story: list[Flowable] = page_story(
            resources, wording, language, title_style, styles, width - 2 * MARGIN - 12, frame_height - 12
        )
    else:
        styles = make_styles(language, scale=0.74)
        frame = Frame(0, 0, width, height, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        story = cards_story(resources, wording, language, title_style, styles, page_size)
    footer_style = make_styles(language, scale=0.85).small
    document.addPageTemplates(
        [PageTemplate(id=layout.value, frames=[frame], onPage=_footer(footer_text, footer_style, width))]
    )
    document.build(story)
    return buffer.getvalue()


def _footer(text: str | None, style: object, width: float) -> Callable[[Canvas, BaseDocTemplate], None]:
    def draw(canvas: Canvas, _document: BaseDocTemplate) -> None:
        if text is None:
            return
        paragraph = Paragraph(markup(text), style)
        paragraph.wrap(width - 2 * MARGIN, 40)
        paragraph.drawOn(canvas, MARGIN, FOOTER_BASELINE)

    return draw
