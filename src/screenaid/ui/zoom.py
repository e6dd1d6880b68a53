"""Text size: Ctrl+= (or Ctrl++) larger, Ctrl+- smaller, Ctrl+0 back to normal, from 100 % to 200 %.

The whole app scales because it changes the application font, which every widget inherits; views use
layouts, word wrap and relative (HTML/Markdown) heading sizes instead of fixed pixel or point sizes.
Tick boxes and radio dots scale with the text too: their size is set in ``em`` (:mod:`screenaid.ui.app_style`).

Qt does not hand a new application font to a widget that has its own style sheet (Quick exit, the radio
buttons and check boxes), so those sheets are set again after the font: every page, built or not, and the
shell then take the new size at once.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QWidget

from screenaid.ui.app_style import restyle_after_font_change

STEPS = (100, 125, 150, 175, 200)


class Zoom(QObject):
    changed = Signal(int)
    """The new text size in percent."""

    def __init__(self, app: QApplication, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._app = app
        self._base: QFont = app.font()
        self._percent = 100

    @property
    def percent(self) -> int:
        return self._percent

    def install_shortcuts(self, window: QWidget) -> None:
        bindings = (
            ("Ctrl+=", self.zoom_in),
            ("Ctrl++", self.zoom_in),
            ("Ctrl+-", self.zoom_out),
            ("Ctrl+0", self.reset),
        )
        for keys, slot in bindings:
            shortcut = QShortcut(QKeySequence(keys), window)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(slot)

    def zoom_in(self) -> None:
        self.set_percent(next((step for step in STEPS if step > self._percent), STEPS[-1]))

    def zoom_out(self) -> None:
        self.set_percent(next((step for step in reversed(STEPS) if step < self._percent), STEPS[0]))

    def reset(self) -> None:
        self.set_percent(STEPS[0])

    def set_percent(self, percent: int) -> None:
        percent = min(max(percent, STEPS[0]), STEPS[-1])
        if percent == self._percent:
            return
        self._percent = percent
        font = QFont(self._base)
        size = self._base.pointSizeF()
        if size > 0:
            font.setPointSizeF(size * percent / 100)
        else:
            font.setPixelSize(round(self._base.pixelSize() * percent / 100))
        self._app.setFont(font)
        restyle_after_font_change(self._app)
        self.changed.emit(percent)
