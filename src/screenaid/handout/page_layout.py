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
    frame_height: float,
) -> list[Flowable]:
    story: list[Flowable] = [
        Paragraph(markup(title_text(wording, title_style)), styles.title),
        Paragraph(markup(intro_text(wording, title_style)), styles.intro),
        HRFlowable(width="100%", thickness=1.2, color=RULE, spaceAfter=8),
    ]
    for resource in resources:
        block = _block(resource, wording, language, styles, width, frame_height)
        story.append(
            KeepTogether(
                [*block, Spacer(1, 6), HRFlowable(width="100%", thickness=0.4, color=RULE, spaceAfter=8)]
            )
        )
    return story


def _block(
    resource: Resource, wording: HandoutText, language: str, styles: Styles, width: float, frame_height: float
) -> list[Flowable]:
    """The details beside the QR code; when that would take more than half a page (a very long blurb), only
    the name sits beside the code and the rest flows below it as plain paragraphs, which reportlab splits
    across pages reliably (a table row that must split several times can overflow a frame by a fraction
    of a point)."""
    qr_code = qr_with_caption(resource, wording, styles, QR_SIZE)
    row = _row(details(resource, wording, language, styles, with_blurb=True), qr_code, width)
    _, row_height = row.wrap(width, frame_height)
    if row_height <= frame_height / 2:
        return [row]
    flowing = details(resource, wording, language, styles, with_blurb=True)
    return [_row(flowing[:1], qr_code, width), *flowing[1:]]


def _row(left: list[Flowable], right: list[Flowable], width: float) -> Flowable:
    return resource_row(left, right, width, QR_SIZE + 4 * mm, 4 * mm)
