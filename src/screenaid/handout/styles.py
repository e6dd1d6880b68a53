"""Paragraph styles for handouts, in the shipped fonts, scaled for a page or a wallet card."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle

from screenaid.handout.fonts import BODY_FONT, BOLD_FONT

INK = HexColor("#1a1a1a")
MUTED = HexColor("#555555")
RULE = HexColor("#999999")


@dataclass(frozen=True, slots=True)
class Styles:
    title: ParagraphStyle
    intro: ParagraphStyle
    name: ParagraphStyle
    body: ParagraphStyle
    contact: ParagraphStyle
    small: ParagraphStyle
    caption: ParagraphStyle


def _wrap_mode(language: str) -> str | None:
    """Chinese and Japanese text has no spaces: let lines break between any two characters."""
    return "CJK" if language.split("-")[0] in ("zh", "ja") else None


def make_styles(language: str, scale: float = 1.0) -> Styles:
    wrap = _wrap_mode(language)

    def style(
        name: str, size: float, *, font: str = BODY_FONT, color: Color = INK, **extra: object
    ) -> ParagraphStyle:
        points = size * scale
        return ParagraphStyle(
            name,
            fontName=font,
            fontSize=points,
            leading=points * 1.3,
            textColor=color,
            wordWrap=wrap,
            **extra,
        )

    return Styles(
        title=style("title", 20, font=BOLD_FONT, spaceAfter=6 * scale),
        intro=style("intro", 12, spaceAfter=10 * scale),
        name=style("name", 13, font=BOLD_FONT, spaceAfter=2 * scale),
        body=style("body", 11, spaceAfter=3 * scale),
        contact=style("contact", 11.5),
        small=style("small", 9.5, color=MUTED),
        caption=style("caption", 8, color=MUTED, alignment=TA_CENTER),
    )
