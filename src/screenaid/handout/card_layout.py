"""Wallet cards: credit-card size (ISO/IEC 7810 ID-1, 85.60 × 53.98 mm), a grid per page, with cut marks.

Each card holds one resource. The last page is filled by repeating the chosen resources, so a sheet gives
spare cards instead of blank space.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepInFrame, PageBreak, Paragraph

from screenaid.content.handout_text import HandoutText
from screenaid.content.resources import Resource
from screenaid.handout.blocks import details, qr_with_caption, resource_row, title_text
from screenaid.handout.fonts import markup
from screenaid.handout.options import TitleStyle
from screenaid.handout.styles import MUTED, Styles

CARD_WIDTH = 85.60 * mm
CARD_HEIGHT = 53.98 * mm
CARD_PADDING = 3.5 * mm
MIN_MARGIN = 18 * mm
"""Room left at the page edges for the printer and the cut marks."""
MARK_GAP = 1.5 * mm
MARK_LENGTH = 5 * mm
QR_SIZE = 20 * mm


def grid_for(page_width: float, page_height: float) -> tuple[int, int]:
    """How many cards fit across and down."""
    columns = int((page_width - 2 * MIN_MARGIN) // CARD_WIDTH)
    rows = int((page_height - 2 * MIN_MARGIN) // CARD_HEIGHT)
    return max(columns, 1), max(rows, 1)


class CardSheet(Flowable):  # type: ignore[misc]  # reportlab has no type information
    """One page of cards drawn on a grid, with cut marks in the margins along every card edge."""

    def __init__(self, cards: Sequence[Flowable], page_size: tuple[float, float]) -> None:
        super().__init__()
        self.cards = list(cards)
        self.page_width, self.page_height = page_size
        self.columns, self.rows = grid_for(*page_size)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.page_width, self.page_height

    def draw(self) -> None:
        canvas: Canvas = self.canv
        left = (self.page_width - self.columns * CARD_WIDTH) / 2
        bottom = (self.page_height - self.rows * CARD_HEIGHT) / 2
        top = bottom + self.rows * CARD_HEIGHT
        for index, card in enumerate(self.cards):
            row, column = divmod(index, self.columns)
            x = left + column * CARD_WIDTH + CARD_PADDING
            y = top - (row + 1) * CARD_HEIGHT + CARD_PADDING
            inner_height = CARD_HEIGHT - 2 * CARD_PADDING
            _, height = card.wrapOn(canvas, CARD_WIDTH - 2 * CARD_PADDING, inner_height)
            card.drawOn(canvas, x, y + inner_height - height)  # top-aligned in the card
        self._cut_marks(canvas, left, bottom)

    def _cut_marks(self, canvas: Canvas, left: float, bottom: float) -> None:
        right = left + self.columns * CARD_WIDTH
        top = bottom + self.rows * CARD_HEIGHT
        canvas.saveState()
        canvas.setStrokeColor(MUTED)
        canvas.setLineWidth(0.5)
        for column in range(self.columns + 1):
            x = left + column * CARD_WIDTH
            canvas.line(x, top + MARK_GAP, x, top + MARK_GAP + MARK_LENGTH)
            canvas.line(x, bottom - MARK_GAP, x, bottom - MARK_GAP - MARK_LENGTH)
        for row in range(self.rows + 1):
            y = bottom + row * CARD_HEIGHT
            canvas.line(left - MARK_GAP, y, left - MARK_GAP - MARK_LENGTH, y)
            canvas.line(right + MARK_GAP, y, right + MARK_GAP + MARK_LENGTH, y)
        canvas.restoreState()


def card(
    resource: Resource, wording: HandoutText, language: str, title_style: TitleStyle, styles: Styles
) -> Flowable:
    inner_width = CARD_WIDTH - 2 * CARD_PADDING
    inner_height = CARD_HEIGHT - 2 * CARD_PADDING
    heading = Paragraph(markup(title_text(wording, title_style)), styles.small)
    row = resource_row(
        details(resource, wording, language, styles, with_blurb=False),
        qr_with_caption(resource, wording, styles, QR_SIZE),
        inner_width,
        QR_SIZE + 2 * mm,
        2 * mm,
    )
    return KeepInFrame(inner_width, inner_height, [heading, row], mode="shrink", vAlign="TOP")


def cards_story(
    resources: Sequence[Resource],
    wording: HandoutText,
    language: str,
    title_style: TitleStyle,
    styles: Styles,
    page_size: tuple[float, float],
) -> list[Flowable]:
    columns, rows = grid_for(*page_size)
    per_page = columns * rows
    pages = math.ceil(len(resources) / per_page)
    chosen = [resources[i % len(resources)] for i in range(pages * per_page)]
    story: list[Flowable] = []
    for page in range(pages):
        batch = chosen[page * per_page : (page + 1) * per_page]
        cards = [card(resource, wording, language, title_style, styles) for resource in batch]
        if story:
            story.append(PageBreak())
        story.append(CardSheet(cards, page_size))
    return story
