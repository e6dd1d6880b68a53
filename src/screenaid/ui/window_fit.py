"""Keep the main window inside the screen's available area (clinic screens are often 1280×720 or 1366×768).

The window opens at a comfortable size no larger than the available area (taskbars and panels excluded),
and its maximum size is that area, so no page, at any text zoom, can push it past the screen edge:
content that does not fit scrolls instead (see ``MainWindow``).
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

PREFERRED = QSize(1200, 800)
FRAME_ALLOWANCE = QSize(12, 40)
"""Room left for a window manager's title bar and borders before the real frame is known."""


def available_area(window: QWidget) -> QRect:
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def frame_extra(window: QWidget) -> QSize:
    """Width and height the window manager's frame adds (an allowance until the window has a frame)."""
    frame, inner = window.frameGeometry(), window.geometry()
    extra = QSize(frame.width() - inner.width(), frame.height() - inner.height())
    return extra if extra.width() > 0 or extra.height() > 0 else FRAME_ALLOWANCE


def fit_to_screen(window: QWidget, initial: bool = False) -> None:
    """Cap the window at the available area and move it inside; ``initial`` also picks its opening size."""
    area = available_area(window)
    extra = frame_extra(window)
    room = QSize(max(320, area.width() - extra.width()), max(240, area.height() - extra.height()))
    window.setMaximumSize(room)
    size = PREFERRED.boundedTo(room) if initial else window.size().boundedTo(room)
    if size != window.size():
        window.resize(size)
    outer_w, outer_h = size.width() + extra.width(), size.height() + extra.height()
    if initial:
        x = area.x() + (area.width() - outer_w) // 2
        y = area.y() + (area.height() - outer_h) // 2
    else:
        frame = window.frameGeometry()
        x = min(max(frame.x(), area.x()), area.x() + area.width() - outer_w)
        y = min(max(frame.y(), area.y()), area.y() + area.height() - outer_h)
    window.move(max(x, area.x()), max(y, area.y()))


def fits(window: QWidget) -> bool:
    """The window's frame lies inside the available area of its screen."""
    return available_area(window).contains(window.frameGeometry())
