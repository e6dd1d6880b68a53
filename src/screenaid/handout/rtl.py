"""Right-to-left paragraphs (Arabic): shaped with arabic-reshaper, ordered with python-bidi, wrapped here.

reportlab's own right-to-left support needs its ``rlbidi`` package, which is not published on the package
index this project installs from, and shaping alone (uharfbuzz) leaves Arabic in left-to-right order. So the
text is wrapped into lines in logical order first, then each line is shaped (letters take their joined forms)
and reordered for display, and drawn right-aligned. Numbers and Latin names inside a line keep their
left-to-right order (the Unicode bidirectional algorithm does that).
"""

from __future__ import annotations

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

LTR_START = "\u2066"  # LEFT-TO-RIGHT ISOLATE
LTR_END = "\u2069"  # POP DIRECTIONAL ISOLATE
_CONTROLS = dict.fromkeys(map(ord, "\u2066\u2067\u2068\u2069\u202a\u202b\u202c\u202d\u202e"))


def isolate_ltr(text: str) -> str:
    """Mark a number or address so it keeps its order inside right-to-left text ('1-888-…' stays as is)."""
    return f"{LTR_START}{text}{LTR_END}"


def visual(text: str) -> str:
    """One line of logical-order text as it is drawn from left to right: shaped, reordered, controls removed."""
    # imported here: only a right-to-left handout needs them (about 1.3 MB on the first visit to Refer else)
    import arabic_reshaper
    from bidi import get_display

    return str(get_display(arabic_reshaper.reshape(text))).translate(_CONTROLS)


def wrap_logical(text: str, font: str, size: float, width: float) -> list[str]:
    """Greedy word wrap of logical-order text, measuring the shaped form (what is actually drawn)."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}" if current else word
        if current and stringWidth(visual(candidate), font, size) > width:
            lines.append(current)
            current = word
        else:
            current = candidate
    if current:
        lines.append(current)
    return lines


class RtlParagraph(Flowable):  # type: ignore[misc]  # reportlab has no type information
    """A paragraph of right-to-left text, right-aligned (or centred, for captions), that can split."""

    def __init__(self, text: str, style: ParagraphStyle, *, lines: list[str] | None = None) -> None:
        super().__init__()
        self.text = text
        self.style = style
        self._lines = lines
        self.width = 0.0
        self.height = 0.0

    def _wrapped(self, width: float) -> list[str]:
        if self._lines is None:
            return wrap_logical(self.text, self.style.fontName, self.style.fontSize, width)
        return self._lines

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        self.lines = self._wrapped(available_width)
        self.height = len(self.lines) * self.style.leading
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        lines = self._wrapped(available_width)
        fits = int(available_height // self.style.leading)
        if fits <= 0 or fits >= len(lines):
            return []
        return [
            RtlParagraph(self.text, self.style, lines=lines[:fits]),
            RtlParagraph(self.text, self.style, lines=lines[fits:]),
        ]

    def getSpaceAfter(self) -> float:  # reportlab's name
        return float(self.style.spaceAfter)

    def getSpaceBefore(self) -> float:  # reportlab's name
        return float(self.style.spaceBefore)

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setFont(self.style.fontName, self.style.fontSize)
        canvas.setFillColor(self.style.textColor)
        descent = self.style.leading - self.style.fontSize
        for index, line in enumerate(self.lines):
            y = self.height - (index + 1) * self.style.leading + descent
            if self.style.alignment == TA_CENTER:
                canvas.drawCentredString(self.width / 2, y, visual(line))
            else:
                canvas.drawRightString(self.width, y, visual(line))
        canvas.restoreState()
