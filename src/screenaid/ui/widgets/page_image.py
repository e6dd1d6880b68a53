"""One rendered page (a handout page, the certificate), painted straight from its own pixmap.

A plain QLabel (Qt 6.11) keeps a pixmap in a QIcon and draws it through the icon, when it paints and when a
new pixmap is compared with the old one, which files a copy of every page it ever showed in Qt's global pixmap
cache; the copies outlive their pages (and a wipe) until the cache is full, 10 MB, about eight Letter pages
at 60 dpi. This is still a QLabel with the pixmap set, so size hints, the
accessibility tree and ``pixmap()`` are those of any image label; only the painting differs.
"""

from __future__ import annotations

from PySide6.QtGui import QPainter, QPaintEvent, QPixmap
from PySide6.QtWidgets import QLabel, QStyle, QWidget


class PageImage(QLabel):
    def __init__(self, pixmap: QPixmap | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._page = QPixmap()
        if pixmap is not None:
            self.set_page(pixmap)

    def set_page(self, pixmap: QPixmap) -> None:
        self._page = pixmap
        super().clear()  # else setPixmap() draws the old page through the icon to compare it with the new one
        self.setPixmap(pixmap)

    def clear(self) -> None:
        self._page = QPixmap()
        super().clear()

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._page.isNull():
            super().paintEvent(event)
            return
        painter = QPainter(self)
        self.drawFrame(painter)
        size = self._page.deviceIndependentSize().toSize()
        target = QStyle.alignedRect(self.layoutDirection(), self.alignment(), size, self.contentsRect())
        painter.drawPixmap(target, self._page)
