"""The app's look where accessibility depends on it: a solid focus ring and tick boxes that follow text zoom.

The platform style (Fusion on Linux) draws the keyboard focus of radio buttons and check boxes as a faint
dotted outline, and draws tick boxes and radio dots at a fixed pixel size whatever the text size. A few
style-sheet rules change only those two things: indicators are sized in ``em`` (so they follow the font,
see :mod:`screenaid.ui.zoom`) and a focused radio button or check box gets a solid 2-pixel ring in the
palette's highlight colour. That colour is set to :data:`FOCUS_COLOUR`, which Fusion also uses for the focus
frame of buttons and text fields, unless the desktop asks for high contrast (then its colours are kept).

(A QProxyStyle subclass would do the same, but in PySide6 6.12.0 every call Qt makes into a Python
``pixelMetric`` override with a null widget drops a reference to None, which ends in a crash.)
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

FOCUS_COLOUR = "#1a4f9c"
"""Focus ring and selection colour; ``scripts/check-contrast`` measures it against every background."""
FOCUS_RING_PX = 2
INDICATOR_EM = 0.8

ACCESSIBILITY_STYLE = f"""
/* screenaid.ui.app_style */
QCheckBox::indicator, QRadioButton::indicator, QGroupBox::indicator {{
    width: {INDICATOR_EM}em; height: {INDICATOR_EM}em;
}}
QCheckBox, QRadioButton {{
    border: {FOCUS_RING_PX}px solid transparent; border-radius: 3px; padding: 1px 3px;
}}
QCheckBox:focus, QRadioButton:focus {{ border-color: palette(highlight); }}
"""


def high_contrast() -> bool:
    """True when the desktop asks for high contrast: then the system's own colours are kept."""
    hints = QGuiApplication.styleHints()  # keep the wrappers alive: a chained call loses the parent
    accessibility = hints.accessibility()
    return bool(accessibility.contrastPreference() == Qt.ContrastPreference.HighContrast)


def focus_palette(palette: QPalette) -> QPalette:
    """``palette`` with the focus colour as its highlight (Fusion's focus frames and selections use it)."""
    result = QPalette(palette)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        result.setColor(group, QPalette.ColorRole.Highlight, QColor(FOCUS_COLOUR))
        result.setColor(group, QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    return result


def ensure_app_style(app: QApplication) -> None:
    """Add the rules above to the application's style sheet (once) and set the focus colour."""
    if ACCESSIBILITY_STYLE in app.styleSheet():
        return
    if not high_contrast():
        app.setPalette(focus_palette(app.palette()))
    app.setStyleSheet(app.styleSheet() + ACCESSIBILITY_STYLE)
