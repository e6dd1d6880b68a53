"""The neutral cover: a page with nothing sensitive on it, at start, after an idle wipe, and on one key.

* :class:`NeutralPage` is what a companion glancing at the screen may see: a plain title and a line on how to
  carry on. It is the start page (unless the clinic's ``start_page`` setting names a place) and the page
  shown after an idle wipe.
* :class:`CoverStack` holds the whole window content (places, search, pages) and the cover. F12 shows the
  cover at once, over everything, and F12 again returns to exactly what was there, keyboard focus included:
  nothing is reset, unlike Quick exit (which ends the app) or the idle wipe (which clears everything).
  The key is watched on every window (:mod:`screenaid.ui.input_watch`), so it works whatever has focus, an
  open dialog included.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6 import QtCore, QtGui
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal
from PySide6.QtWidgets import QApplication, QLabel, QSizePolicy, QStackedWidget, QVBoxLayout, QWidget

from screenaid.ui.input_watch import input_watch
from screenaid.ui.translation import QT_TRANSLATE_NOOP
from screenaid.ui.widgets.heading import Heading

if TYPE_CHECKING:
    from PySide6.QtCore import Qt

COVER_KEY_NAME = "F12"
TITLE = QT_TRANSLATE_NOOP("Cover", "Clinical reference")
START_TEXT = QT_TRANSLATE_NOOP(
    "Cover",
    "Choose a section above, or search with Ctrl+K. Press {key} at any time to show this plain page "
    "instead of your work, and {key} again to go back to it.",
)
COVER_TEXT = QT_TRANSLATE_NOOP("Cover", "Press {key} to continue.")


def qt_cover_key() -> Qt.Key:
    """The cover key, F12 (a function, not a constant made at import: see screenaid.ui.enum_property)."""
    return QtCore.Qt.Key.Key_F12


def cover_text(text: str) -> str:
    """``START_TEXT`` or ``COVER_TEXT`` in the interface language, with the cover key's name."""
    return QCoreApplication.translate("Cover", text).format(key=COVER_KEY_NAME)


class NeutralPage(QWidget):
    """A title and one line of help, nothing else."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QCoreApplication.translate("Cover", TITLE)
        self.setAccessibleName(title)
        # holds the focus while covering, so keys go nowhere
        self.setFocusPolicy(QtCore.Qt.FocusPolicy.StrongFocus)
        self.heading = Heading(title, 1, self)
        self.heading.setAlignment(QtCore.Qt.AlignmentFlag.AlignCenter)
        self.text = QLabel(text, self)
        self.text.setWordWrap(True)
        self.text.setAlignment(QtCore.Qt.AlignmentFlag.AlignCenter)
        self.text.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.heading)
        layout.addWidget(self.text)
        layout.addStretch(2)

    # Every page offers these two; the neutral page has nothing to show or forget.
    def show_entry(self, entry_id: str) -> bool:
        return False

    def reset(self) -> None:
        return None


class CoverStack(QStackedWidget):
    """The window's content with a neutral cover that one key shows and hides."""

    toggled = Signal(bool)
    """True when the cover is now showing."""

    def __init__(self, work: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.work = work
        self.addWidget(work)
        self._page: NeutralPage | None = None
        self._focus: QWidget | None = None

    @property
    def page(self) -> NeutralPage:
        """The cover page, made the first time it is needed (the window's first frame does not show it)."""
        if self._page is None:
            self._page = NeutralPage(cover_text(COVER_TEXT), self)
            self._page.setObjectName("cover")
            self.addWidget(self._page)
        return self._page

    @property
    def covered(self) -> bool:
        return self._page is not None and self.currentWidget() is self._page

    def toggle(self) -> None:
        if self.covered:
            self.uncover()
        else:
            self.cover()

    def cover(self) -> None:
        if self.covered:
            return
        focus = QApplication.focusWidget()
        self._focus = focus if focus is not None and self.work.isAncestorOf(focus) else None
        self.setCurrentWidget(self.page)
        self.page.setFocus(QtCore.Qt.FocusReason.OtherFocusReason)
        self.toggled.emit(True)

    def uncover(self) -> None:
        if not self.covered:
            return
        self.setCurrentWidget(self.work)
        if self._focus is not None:
            self._focus.setFocus(QtCore.Qt.FocusReason.OtherFocusReason)
        self._focus = None
        self.toggled.emit(False)

    def forget_focus(self) -> None:
        """After an idle wipe: return to the work without restoring a focus that no longer means anything."""
        self._focus = None
        self.uncover()


class CoverKey(QObject):
    """Watch for the cover key on every window (a key event filter, like Quick exit's)."""

    def __init__(self, stack: CoverStack, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._stack = stack

    def watch(self, app: QApplication) -> None:
        input_watch(app).add_window_filter(self)

    def unwatch(self, app: QApplication) -> None:
        input_watch(app).remove_filter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QtGui.QKeyEvent)  # not imported by name: see screenaid.ui.quick_exit
            and event.key() == qt_cover_key()
            and not event.isAutoRepeat()
            and self._stack.isVisible()
        ):
            self._stack.toggle()
            return True  # consumed at the window: no widget sees it
        return False
