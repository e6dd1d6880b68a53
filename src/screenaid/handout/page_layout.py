"""The full-page layout: a title, a short introduction, then one block per resource with its QR code."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, HRFlowable, KeepTogether, Paragraph, Spacer

from screenaid.content.handout_text import HandoutText
from screenaid.content.resources import Resource
from screenaid.handout.blocks import details, intro_text, qr_with_caption, resource_row, title_text
from screenaid.handout.fonts import markup
from screenaid.handout.options import TitleStyle
from screenaid.handout.styles import RULE, Styles

MARGIN = 18 * mm
QR_SIZE = 26 * mm
FOOTER_SPACE = 10 * mm


def page_story(
    resources: Sequence[Resource],
    wording: HandoutText,
    language: str,
    title_style: TitleStyle,
    styles: Styles,
    width: float,
) -> list[Flowable]:
    story: list[Flowable] = [
        Paragraph(markup(title_text(wording, title_style)), styles.title),
        Paragraph(markup(intro_text(wording, title_style)), styles.intro),
        HRFlowable(width="100%", thickness=1.2, color=RULE, spaceAfter=8),
    ]
    for resource in resources:
        row = resource_row(
            details(resource, wording, language, styles, with_blurb=True),
            qr_with_caption(resource, wording, styles, QR_SIZE),
            width,
            QR_SIZE + 4 * mm,
            4 * mm,
        )
        story.append(
            KeepTogether(
                [row, Spacer(1, 6), HRFlowable(width="100%", thickness=0.4, color=RULE, spaceAfter=8)]
            )
        )
    return story
