"""A heading whose size is relative to the app font (so it follows text zoom), announced as its text.

Plain text in a bold, larger font, not rich text: rich text costs a text document in every label (about 27 KB
against 4 KB; Ask shows 64 headings). The sizes are the ones Qt gives ``<h1>``…``<h4>`` (2, 1.5, 1.2 and 1 times
the text size), which headings were shown with before. Text zoom changes the application font, which a label
with a font size of its own does not follow: :func:`screenaid.ui.app_style.restyle_after_font_change` calls
:meth:`Heading.follow_app_font` on every heading then.
"""

from __future__ import annotations

# QtCore.Qt, not `from PySide6.QtCore import Qt`: the cover imports this module before the first paint, which
# is made without the Python types of the Qt namespace (tests/ui/test_first_frame.py)
from PySide6 import QtCore
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QLabel, QWidget

SCALES = {1: 2.0, 2: 1.5, 3: 1.2, 4: 1.0}
"""Heading level: size relative to the application font (Qt's for ``<h1>``…``<h4>``)."""


class Heading(QLabel):
    def __init__(self, text: str, level: int = 2, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._scale = SCALES.get(level, SCALES[4])
        self.setTextFormat(QtCore.Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setText(text)
        self.setAccessibleName(text)
        self.follow_app_font()

    def follow_app_font(self) -> None:
        """Bold, at this level's multiple of the application font's size (again after text zoom)."""
        app_font = QApplication.font()
        font = QFont()  # only weight and size: everything else still comes from the parent
        font.setBold(True)
        if app_font.pointSizeF() > 0:
            font.setPointSizeF(app_font.pointSizeF() * self._scale)
        else:  # an application font given in pixels
            font.setPixelSize(round(app_font.pixelSize() * self._scale))
        self.setFont(font)
