"""Cards cut from a sheet: wallet cards and hide-away slips, a grid per page, with cut marks.

Wallet cards are credit-card size (ISO/IEC 7810 ID-1, 85.60 × 53.98 mm): heading, numbers, hours, a QR
code and the phone-history warning. Hide-away slips (85 × 25 mm) fit behind a phone case or in a shoe: the
neutral label, the number, the hours and the warning, never a name or a code. Each card holds one line.
The last page is filled by repeating the chosen lines, so a sheet gives spares instead of blank space.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepInFrame, PageBreak

from screenaid.content.handout_text import HandoutText
from screenaid.handout.blocks import details, para, qr_with_caption, resource_row, title_text
from screenaid.handout.options import TitleStyle
from screenaid.handout.printed import PrintedLine
from screenaid.handout.styles import MUTED, Styles

CARD_WIDTH = 85.60 * mm
CARD_HEIGHT = 53.98 * mm
CARD_PADDING = 3.5 * mm
SLIP_WIDTH = 85 * mm
SLIP_HEIGHT = 25 * mm
SLIP_PADDING = 2 * mm
MIN_MARGIN = 18 * mm
"""Room left at the page edges for the printer and the cut marks."""
MARK_GAP = 1.5 * mm
MARK_LENGTH = 5 * mm
QR_SIZE = 20 * mm


def grid_for(
    page_width: float, page_height: float, card_width: float = CARD_WIDTH, card_height: float = CARD_HEIGHT
) -> tuple[int, int]:
    """How many cards fit across and down."""
    columns = int((page_width - 2 * MIN_MARGIN) // card_width)
    rows = int((page_height - 2 * MIN_MARGIN) // card_height)
    return max(columns, 1), max(rows, 1)


class CardSheet(Flowable):  # type: ignore[misc]  # reportlab has no type information
    """One page of cards drawn on a grid, with cut marks in the margins along every card edge."""

    def __init__(
        self,
        cards: Sequence[Flowable],
        page_size: tuple[float, float],
        card_size: tuple[float, float] = (CARD_WIDTH, CARD_HEIGHT),
        padding: float = CARD_PADDING,
    ) -> None:
        super().__init__()
        self.cards = list(cards)
        self.page_width, self.page_height = page_size
        self.card_width, self.card_height = card_size
        self.padding = padding
        self.columns, self.rows = grid_for(*page_size, *card_size)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.page_width, self.page_height

    def draw(self) -> None:
        canvas: Canvas = self.canv
        left = (self.page_width - self.columns * self.card_width) / 2
        bottom = (self.page_height - self.rows * self.card_height) / 2
        top = bottom + self.rows * self.card_height
        for index, card in enumerate(self.cards):
            row, column = divmod(index, self.columns)
            x = left + column * self.card_width + self.padding
            y = top - (row + 1) * self.card_height + self.padding
            inner_height = self.card_height - 2 * self.padding
            _, height = card.wrapOn(canvas, self.card_width - 2 * self.padding, inner_height)
            card.drawOn(canvas, x, y + inner_height - height)  # top-aligned in the card
        self._cut_marks(canvas, left, bottom)

    def _cut_marks(self, canvas: Canvas, left: float, bottom: float) -> None:
        right = left + self.columns * self.card_width
        top = bottom + self.rows * self.card_height
        canvas.saveState()
        canvas.setStrokeColor(MUTED)
        canvas.setLineWidth(0.5)
        for column in range(self.columns + 1):
            x = left + column * self.card_width
            canvas.line(x, top + MARK_GAP, x, top + MARK_GAP + MARK_LENGTH)
            canvas.line(x, bottom - MARK_GAP, x, bottom - MARK_GAP - MARK_LENGTH)
        for row in range(self.rows + 1):
            y = bottom + row * self.card_height
            canvas.line(left - MARK_GAP, y, left - MARK_GAP - MARK_LENGTH, y)
            canvas.line(right + MARK_GAP, y, right + MARK_GAP + MARK_LENGTH, y)
        canvas.restoreState()


def card(line: PrintedLine, wording: HandoutText, title_style: TitleStyle, styles: Styles) -> Flowable:
    inner_width = CARD_WIDTH - 2 * CARD_PADDING
    inner_height = CARD_HEIGHT - 2 * CARD_PADDING
    heading = para(title_text(wording, title_style), styles.small, wording)
    row = resource_row(
        details(line, wording, styles, with_blurb=False),
        qr_with_caption(line, wording, styles, QR_SIZE),
        inner_width,
        QR_SIZE + 2 * mm,
        2 * mm,
        rtl=wording.rtl,
    )
    warning = para(wording.history_warning, styles.caption, wording)
    return KeepInFrame(inner_width, inner_height, [heading, row, warning], mode="shrink", vAlign="TOP")


def slip(line: PrintedLine, wording: HandoutText, styles: Styles) -> Flowable:
    """A hide-away slip: neutral label, the first number, the hours and the phone-history warning."""
    inner_width = SLIP_WIDTH - 2 * SLIP_PADDING
    inner_height = SLIP_HEIGHT - 2 * SLIP_PADDING
    content: list[Flowable] = [para(line.heading, styles.small, wording)]
    number = line.first_number
    if number is not None:
        content.append(para(number.value, styles.name, wording))  # the number alone: no direction issue
    content += [
        para(line.hours, styles.small, wording),
        para(wording.history_warning, styles.caption, wording),
    ]
    return KeepInFrame(inner_width, inner_height, content, mode="shrink", vAlign="TOP")


def _sheets(
    cards: Sequence[Flowable], page_size: tuple[float, float], card_size: tuple[float, float], padding: float
) -> list[Flowable]:
    columns, rows = grid_for(*page_size, *card_size)
    per_page = columns * rows
    pages = math.ceil(len(cards) / per_page)
    chosen = [cards[i % len(cards)] for i in range(pages * per_page)]
    story: list[Flowable] = []
    for page in range(pages):
        if story:
            story.append(PageBreak())
        story.append(
            CardSheet(chosen[page * per_page : (page + 1) * per_page], page_size, card_size, padding)
        )
    return story


def cards_story(
    lines: Sequence[PrintedLine],
    wording: HandoutText,
    title_style: TitleStyle,
    styles: Styles,
    page_size: tuple[float, float],
) -> list[Flowable]:
    columns, rows = grid_for(*page_size)
    per_page = columns * rows
    pages = math.ceil(len(lines) / per_page)
    chosen = [lines[i % len(lines)] for i in range(pages * per_page)]
    cards = [card(line, wording, title_style, styles) for line in chosen]
    return _sheets(cards, page_size, (CARD_WIDTH, CARD_HEIGHT), CARD_PADDING)


def hideaway_story(
    lines: Sequence[PrintedLine], wording: HandoutText, styles: Styles, page_size: tuple[float, float]
) -> list[Flowable]:
    columns, rows = grid_for(*page_size, SLIP_WIDTH, SLIP_HEIGHT)
    per_page = columns * rows
    pages = math.ceil(len(lines) / per_page)
    chosen = [lines[i % len(lines)] for i in range(pages * per_page)]
    slips = [slip(line, wording, styles) for line in chosen]
    return _sheets(slips, page_size, (SLIP_WIDTH, SLIP_HEIGHT), SLIP_PADDING)
