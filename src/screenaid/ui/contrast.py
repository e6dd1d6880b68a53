"""Colour contrast of what the app actually paints, measured with the WCAG 2.2 formula.

:func:`contrast_checks` lists every text colour on the background it is drawn on (the palette the app
runs with, the Quick exit colours, the response-pathway diagram) and every focus indicator against the
backgrounds it sits on. Text needs at least 4.5:1 (WCAG 1.4.3), focus indicators and the diagram's lines at
least 3:1 (WCAG 1.4.11). ``scripts/check-contrast`` prints the figures; tests/ui/test_contrast.py holds them.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette

TEXT_MINIMUM = 4.5
GRAPHIC_MINIMUM = 3.0
QUICK_EXIT_BACKGROUND = "#a4001d"
QUICK_EXIT_TEXT = "#ffffff"


def relative_luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())
    )


def contrast_ratio(first: QColor, second: QColor) -> float:
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


@dataclass(frozen=True)
class Check:
    what: str
    foreground: str
    background: str
    minimum: float

    @property
    def ratio(self) -> float:
        return contrast_ratio(QColor(self.foreground), QColor(self.background))

    @property
    def passes(self) -> bool:
        return self.ratio >= self.minimum

    def line(self) -> str:
        verdict = "ok" if self.passes else "FAIL"
        return (
            f"{self.ratio:5.2f}:1 (needs {self.minimum}:1) {verdict:4} {self.what}: "
            f"{self.foreground} on {self.background}"
        )


_TEXT_PAIRS = (
    ("window text", QPalette.ColorRole.WindowText, QPalette.ColorRole.Window),
    ("text in fields and lists", QPalette.ColorRole.Text, QPalette.ColorRole.Base),
    ("text on alternate rows", QPalette.ColorRole.Text, QPalette.ColorRole.AlternateBase),
    ("button text", QPalette.ColorRole.ButtonText, QPalette.ColorRole.Button),
    ("selected text", QPalette.ColorRole.HighlightedText, QPalette.ColorRole.Highlight),
    ("placeholder text", QPalette.ColorRole.PlaceholderText, QPalette.ColorRole.Base),
    ("links", QPalette.ColorRole.Link, QPalette.ColorRole.Base),
    ("links on the window", QPalette.ColorRole.Link, QPalette.ColorRole.Window),
    ("tooltips", QPalette.ColorRole.ToolTipText, QPalette.ColorRole.ToolTipBase),
)
_FOCUS_BACKGROUNDS = (QPalette.ColorRole.Window, QPalette.ColorRole.Base, QPalette.ColorRole.Button)


def contrast_checks(palette: QPalette) -> list[Check]:
    """Every colour pair the app draws with ``palette`` (the application palette at run time)."""
    from screenaid.ui.widgets.pathway_diagram import diagram_colours

    group = QPalette.ColorGroup.Active

    def hex_of(role: QPalette.ColorRole) -> str:
        return str(palette.color(group, role).name())

    checks = [Check(what, hex_of(fg), hex_of(bg), TEXT_MINIMUM) for what, fg, bg in _TEXT_PAIRS]
    checks.append(Check("Quick exit label", QUICK_EXIT_TEXT, QUICK_EXIT_BACKGROUND, TEXT_MINIMUM))
    focus = hex_of(QPalette.ColorRole.Highlight)
    for role in _FOCUS_BACKGROUNDS:
        checks.append(Check(f"focus ring on {role.name}", focus, hex_of(role), GRAPHIC_MINIMUM))
    checks.append(
        Check(
            "Quick exit focus ring on the window", focus, hex_of(QPalette.ColorRole.Window), GRAPHIC_MINIMUM
        )
    )
    for what, ink, paper, is_text in diagram_colours(palette):
        minimum = TEXT_MINIMUM if is_text else GRAPHIC_MINIMUM
        checks.append(Check(f"pathway diagram: {what}", ink.name(), paper.name(), minimum))
    return checks
