"""Referral handouts: neutral, patient-free PDFs of where to get help (pure Python, never imports Qt)."""

from screenaid.handout.options import (
    HANDOUT_LANGUAGES,
    NEUTRAL_TITLE,
    Layout,
    MissingText,
    Paper,
    TitleStyle,
    paper_for_country,
)
from screenaid.handout.printed import MissingLanguageError, lines_without_language
from screenaid.handout.renderer import render_handout
from screenaid.handout.selection import national_resources

__all__ = [
    "HANDOUT_LANGUAGES",
    "NEUTRAL_TITLE",
    "Layout",
    "MissingLanguageError",
    "MissingText",
    "Paper",
    "TitleStyle",
    "lines_without_language",
    "national_resources",
    "paper_for_country",
    "render_handout",
]
