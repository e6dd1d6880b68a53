"""The choices a handout is built from: layout, title style, paper and language. Nothing about a patient."""

from __future__ import annotations

from enum import StrEnum

from reportlab.lib.pagesizes import A4, LETTER

from screenaid.config.settings import LETTER_COUNTRIES


class Layout(StrEnum):
    PAGE = "page"
    """A full page, one block per resource."""
    CARDS = "cards"
    """Credit-card-sized wallet cards, several per page, with cut marks."""


class TitleStyle(StrEnum):
    PLAIN = "plain"
    """'Where to get help'."""
    DISCREET = "discreet"
    """A neutral health title that does not say what the handout is about."""


class Paper(StrEnum):
    LETTER = "letter"
    A4 = "a4"

    @property
    def size(self) -> tuple[float, float]:
        """Width and height in PDF points."""
        width, height = LETTER if self is Paper.LETTER else A4
        return float(width), float(height)


HANDOUT_LANGUAGES = ("en", "es", "fr", "zh-Hans", "vi")
"""Languages the handout wording is written in (data/handout/)."""

NEUTRAL_TITLE = "Handout"
"""The PDF title and the print job name: the same for every handout, saying nothing about its subject."""


def paper_for_country(country: str) -> Paper:
    """US Letter in the United States and Canada, A4 everywhere else."""
    return Paper.LETTER if country.upper() in LETTER_COUNTRIES else Paper.A4
