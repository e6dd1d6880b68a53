"""The full-page layout: a title, a short introduction, the phone-history warning, then one block per line."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, HRFlowable, KeepTogether, Spacer

from screenaid.content.handout_text import HandoutText
from screenaid.handout.blocks import details, intro_text, para, qr_with_caption, resource_row, title_text
from screenaid.handout.options import TitleStyle
from screenaid.handout.printed import PrintedLine
from screenaid.handout.styles import RULE, Styles

MARGIN = 18 * mm
QR_SIZE = 26 * mm
FOOTER_SPACE = 14 * mm


def page_story(
    lines: Sequence[PrintedLine],
    wording: HandoutText,
    title_style: TitleStyle,
    styles: Styles,
    width: float,
    frame_height: float,
) -> list[Flowable]:
    story: list[Flowable] = [
        para(title_text(wording, title_style), styles.title, wording),
        para(intro_text(wording, title_style), styles.intro, wording),
        para(wording.history_warning, styles.intro, wording),
        HRFlowable(width="100%", thickness=1.2, color=RULE, spaceAfter=8),
    ]
    for line in lines:
        block = _block(line, wording, styles, width, frame_height)
        story.append(
            KeepTogether(
                [*block, Spacer(1, 6), HRFlowable(width="100%", thickness=0.4, color=RULE, spaceAfter=8)]
            )
        )
    return story


def _block(
    line: PrintedLine, wording: HandoutText, styles: Styles, width: float, frame_height: float
) -> list[Flowable]:
    """The details beside the QR code; when that would take more than half a page (a very long blurb), only
    the name sits beside the code and the rest flows below it as plain paragraphs, which reportlab splits
    across pages reliably (a table row that must split several times can overflow a frame by a fraction
    of a point)."""
    qr_code = qr_with_caption(line, wording, styles, QR_SIZE)
    row = _row(details(line, wording, styles, with_blurb=True), qr_code, width, wording)
    _, row_height = row.wrap(width, frame_height)
    if row_height <= frame_height / 2:
        return [row]
    flowing = details(line, wording, styles, with_blurb=True)
    return [_row(flowing[:1], qr_code, width, wording), *flowing[1:]]


def _row(left: list[Flowable], right: list[Flowable], width: float, wording: HandoutText) -> Flowable:
    return resource_row(left, right, width, QR_SIZE + 4 * mm, 4 * mm, rtl=wording.rtl)
