"""The one way ScreenAid starts a PDF: in memory, with neutral, fixed metadata and an embedded body font.

Handouts, the referral preparation sheet and the training certificate all start here, so none of them can
carry an author, a creation date, the program's name or anything about a patient, and two runs give the
same bytes (reportlab's ``invariant`` mode).
"""

from __future__ import annotations

from io import BytesIO
from typing import Any, TypeVar

from reportlab.platypus import BaseDocTemplate

from screenaid.handout.fonts import BODY_FONT

T = TypeVar("T", bound=BaseDocTemplate)


def neutral_document(
    template: type[T], buffer: BytesIO, *, title: str, pagesize: tuple[float, float], lang: str, **layout: Any
) -> T:
    """A reportlab document writing to ``buffer``: the neutral ``title`` and nothing else in its metadata."""
    document: T = template(
        buffer,
        pagesize=pagesize,
        invariant=1,
        title=title,
        author="",
        creator="",
        producer="",
        subject="",
        keywords="",
        lang=lang,
        initialFontName=BODY_FONT,  # otherwise every page names Helvetica, a font that is not embedded
        **layout,
    )
    return document
