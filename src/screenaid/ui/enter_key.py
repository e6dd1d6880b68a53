"""Enter (or Return) on a focused button presses it, everywhere in the app.

Qt presses a focused button with Space; Enter does so only for auto-default buttons inside dialogs. Users
who move with Tab expect Enter to work too, so one application-wide event filter gives every push button,
tool button and radio button (the row of places is one) the same behaviour, in dialogs and outside them.
Check boxes are left to Space, so Enter never ticks a finding by accident.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QPushButton, QRadioButton, QToolButton

_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class EnterPressesButtons(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(
            watched, QPushButton | QToolButton | QRadioButton
        ):
            return False
        assert isinstance(event, QKeyEvent)
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if event.key() not in _ENTER_KEYS or modifiers != Qt.KeyboardModifier.NoModifier:
            return False
        if not (watched.hasFocus() and watched.isEnabled() and watched.isVisible()):
            return False
        if not event.isAutoRepeat():
            watched.animateClick()
        return True


def install_enter_key(app: QApplication) -> EnterPressesButtons:
    """Install the filter on ``app`` (once); returns it so a caller can remove it again."""
    existing = app.findChild(EnterPressesButtons)
    if existing is not None:
        return existing
    enter = EnterPressesButtons(app)
    app.installEventFilter(enter)
    return enter
