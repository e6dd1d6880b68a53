"""The choices a handout is built from: layout, title style, paper and language. Nothing about a patient."""

from __future__ import annotations

from enum import StrEnum

from reportlab.lib.pagesizes import A4, LETTER

from screenaid.config.settings import LETTER_COUNTRIES


class Layout(StrEnum):
    """Every handout layout; the UI and the CLI list their choices from this enum."""

    PAGE = "page"
    """A full page, one block per resource."""
    CARDS = "cards"
    """Credit-card-sized wallet cards, several per page, with cut marks."""
    HIDEAWAY = "hideaway"
    """Small slips (85 x 25 mm), many per page: neutral label, number and hours only; always discreet."""


class MissingText(StrEnum):
    """What to do with a chosen line that has no text in the handout's language (never mix languages)."""

    REFUSE = "refuse"
    """Print nothing; the caller names the lines (the CLI's default)."""
    OMIT = "omit"
    """Leave those lines out."""
    NUMBER_ONLY = "number-only"
    """Print their name, numbers and hours in the handout's language, without the description."""


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


HANDOUT_LANGUAGES = ("en", "es", "fr", "zh-Hans", "vi", "ar", "ht", "fil", "ko", "ru", "uk", "pt")
"""Languages the handout wording is written in (data/handout/), chosen by how many patients in the six
countries need them (README, "Handout languages"). Each file records who wrote it and whether a native speaker
reviewed it."""

NEUTRAL_TITLE = "Handout"
"""The PDF title and the print job name: the same for every handout, saying nothing about its subject."""


def paper_for_country(country: str) -> Paper:
    """US Letter in the United States and Canada, A4 everywhere else."""
    return Paper.LETTER if country.upper() in LETTER_COUNTRIES else Paper.A4
