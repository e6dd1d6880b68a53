"""The app's look where accessibility depends on it: a solid focus ring and tick boxes that follow text zoom.

The platform style (Fusion on Linux) draws the keyboard focus of radio buttons and check boxes as a faint
dotted outline, and draws tick boxes and radio dots at a fixed pixel size whatever the text size. A few
style-sheet rules change only those two things: indicators are sized in ``em`` (so they follow the font,
see :mod:`screenaid.ui.zoom`) and a focused radio button or check box gets a solid 2-pixel ring in the
palette's highlight colour. That colour is set to :data:`FOCUS_COLOUR`, which Fusion also uses for the focus
frame of buttons and text fields, unless the desktop asks for high contrast (then its colours are kept).

The rules are set on each radio button and check box (:func:`style_controls`), not on the application:
an application style sheet stops new application fonts from reaching widgets, and setting it again after
each zoom step re-polishes every widget of every page (about 7 s with all pages built). (A QProxyStyle
subclass would avoid style sheets, but in PySide6 6.12.0 each call Qt makes into a Python ``pixelMetric``
override with a null widget drops a reference to None, which ends in a crash.)
"""

from __future__ import annotations

import copy
import os
import sys
from typing import TYPE_CHECKING

from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

if TYPE_CHECKING:
    from PySide6.QtGui import QAccessibilityHints

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
ITEM_VIEW_STYLE = f"""
/* screenaid.ui.app_style: tick boxes inside lists, trees and tables */
QAbstractItemView::indicator {{ width: {INDICATOR_EM}em; height: {INDICATOR_EM}em; }}
"""


def high_contrast() -> bool:
    """True when the desktop asks for high contrast: then the system's own colours are kept."""
    hints = QGuiApplication.styleHints()  # keep the wrappers alive: a chained call loses the parent
    accessibility = hints.accessibility()
    preference = _contrast_preference_name(accessibility)
    if preference is None:
        from PySide6.QtCore import Qt

        return bool(accessibility.contrastPreference() == Qt.ContrastPreference.HighContrast)
    return preference == "HighContrast"


def _contrast_preference_name(accessibility: QAccessibilityHints) -> str | None:
    """The name of Qt's contrast preference ("NoPreference" or "HighContrast"), read as a number, or None.

    The first frame depends on it (Quick exit keeps the system's colours in high contrast), but PySide returns
    it as a member of ``Qt.ContrastPreference``, and the first use of any ``Qt`` enum makes PySide build the
    Python types of all of the ``Qt`` namespace's enums: about 11 ms, a third of what the app adds to a bare
    window's first paint. On Linux, Qt's own ``QAccessibilityHints::contrastPreference()`` is called through
    ctypes on the libQt6Gui already loaded (the exported function's stable name: Qt keeps its ABI within
    Qt 6), and the number is named by Qt's meta-object data for that property, which needs no Python enum.
    Anything unexpected (another platform, a Qt without the function, a number Qt does not name) gives None,
    and the caller asks PySide instead."""
    if not sys.platform.startswith("linux"):
        return None
    import ctypes

    import shiboken6

    try:
        qt_gui = ctypes.CDLL("libQt6Gui.so.6", mode=os.RTLD_NOLOAD | os.RTLD_LAZY)  # only the copy in use
        getter = qt_gui._ZNK19QAccessibilityHints18contrastPreferenceEv
    except (OSError, AttributeError):
        return None
    getter.restype = ctypes.c_uint8  # the enum's value (0 or 1) is in the lowest byte whatever its width
    getter.argtypes = [ctypes.c_void_p]
    value = getter(shiboken6.getCppPointer(accessibility)[0])
    meta = accessibility.metaObject()
    names = meta.property(meta.indexOfProperty("contrastPreference")).enumerator()
    name: object = names.valueToKey(value)  # a str (PySide's stubs say bytes: then the caller asks PySide)
    return name if name in ("NoPreference", "HighContrast") and isinstance(name, str) else None


def focus_palette(palette: QPalette) -> QPalette:
    """``palette`` with the focus colour as its highlight (Fusion's focus frames and selections use it)."""
    # a copy, not QPalette(palette): PySide's choice among the constructors builds the Python types of the
    # Qt namespace (about 11 ms, before the first paint)
    result = copy.copy(palette)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        result.setColor(group, QPalette.ColorRole.Highlight, QColor(FOCUS_COLOUR))
        result.setColor(group, QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    return result


def ensure_app_style(app: QApplication) -> None:
    """Set the focus colour as the application's highlight, unless the desktop asks for high contrast."""
    if not high_contrast() and app.palette().color(QPalette.ColorRole.Highlight) != QColor(FOCUS_COLOUR):
        app.setPalette(focus_palette(app.palette()))


def style_controls(root: QWidget) -> None:
    """Give every radio button, check box and item view under ``root`` the rules above (those without a
    sheet of their own)."""
    from PySide6.QtWidgets import QAbstractItemView, QCheckBox, QRadioButton  # not needed by the first frame

    for control in [*root.findChildren(QRadioButton), *root.findChildren(QCheckBox)]:
        if not control.styleSheet():
            control.setStyleSheet(ACCESSIBILITY_STYLE)
    for view in root.findChildren(QAbstractItemView):
        if not view.styleSheet():
            view.setStyleSheet(ITEM_VIEW_STYLE)


def restyle_after_font_change(app: QApplication) -> None:
    """Widgets with their own style sheet keep their old font until the sheet is set again; headings, whose
    size is a multiple of the application font's, take their new size."""
    from screenaid.ui.widgets.heading import Heading

    for top in app.topLevelWidgets():
        for widget in [top, *top.findChildren(QWidget)]:
            if isinstance(widget, Heading):
                widget.follow_app_font()
            sheet = widget.styleSheet()
            if sheet:
                widget.setStyleSheet(sheet)
