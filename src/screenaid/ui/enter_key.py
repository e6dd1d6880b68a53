"""Enter (or Return) on a focused button presses it, everywhere in the app.

Qt presses a focused button with Space; Enter does so only for auto-default buttons inside dialogs. Users
who move with Tab expect Enter to work too, so one event filter on every window
(:mod:`screenaid.ui.input_watch`) gives every push button, tool button and radio button (the row of places
is one) the same behaviour, in dialogs and outside them: it looks at the object the window is about to hand
the key to. An open menu or list keeps Enter for itself.
Check boxes are left to Space, so Enter never ticks a finding by accident.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QWindow
from PySide6.QtWidgets import QApplication, QPushButton, QRadioButton, QToolButton

from screenaid.ui.input_watch import input_watch

_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class EnterPressesButtons(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(watched, QWindow):
            return False
        assert isinstance(event, QKeyEvent)
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if event.key() not in _ENTER_KEYS or modifiers != Qt.KeyboardModifier.NoModifier:
            return False
        if QApplication.activePopupWidget() is not None:
            return False
        button = watched.focusObject()  # where the window sends the key
        if not isinstance(button, QPushButton | QToolButton | QRadioButton):
            return False
        if not (button.hasFocus() and button.isEnabled() and button.isVisible()):
            return False
        if not event.isAutoRepeat():
            button.animateClick()
        return True


def install_enter_key(app: QApplication) -> EnterPressesButtons:
    """Install the filter for ``app`` (once); returns it so a caller can remove it again
    (``input_watch(app).remove_filter``)."""
    existing = app.findChild(EnterPressesButtons)
    if existing is not None:
        return existing
    enter = EnterPressesButtons(app)
    input_watch(app).add_window_filter(enter)
    return enter
