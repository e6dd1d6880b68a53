"""Referral handouts: neutral, patient-free PDFs of where to get help (pure Python, never imports Qt)."""

from screenaid.handout.options import (
    HANDOUT_LANGUAGES,
    NEUTRAL_TITLE,
    Layout,
    Paper,
    TitleStyle,
    paper_for_country,
)
from screenaid.handout.renderer import render_handout
from screenaid.handout.selection import national_resources

__all__ = [
    "HANDOUT_LANGUAGES",
    "NEUTRAL_TITLE",
    "Layout",
    "Paper",
    "TitleStyle",
    "national_resources",
    "paper_for_country",
    "render_handout",
]
