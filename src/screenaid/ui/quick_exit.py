"""Quick exit: hide every window at once, clear our clipboard text and end the process.

Triggered by the Quick exit button or by pressing Shift three times, each press within 5 seconds of
the last (the GOV.UK "Exit this page" convention). The key watch is an event filter on every window
(:mod:`screenaid.ui.input_watch`), so it works whatever has focus, a modal dialog or a menu included. A
Shift that served as a modifier (a capital letter) does not count, and any other key starts the count
again, a key taken by a shortcut included (its release still reaches the window). Esc is deliberately
not used: it already closes dialogs and menus.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6 import QtCore, QtGui
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal
from PySide6.QtWidgets import QApplication

from screenaid.ui.input_watch import input_watch
from screenaid.ui.private_clipboard import PrivateClipboard

if TYPE_CHECKING:
    from PySide6.QtGui import QKeyEvent

PRESSES_NEEDED = 3
WINDOW_SECONDS = 5.0
EXIT_CODE = 0

_KEY_EVENTS = (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride)


class QuickExit(QObject):
    """Watches the keyboard for 3×Shift and performs the exit."""

    progress = Signal(int)
    """Shift presses still needed (2 or 1) after a counted press; 0 when a count was abandoned."""
    triggered = Signal()
    """Emitted after every window was hidden and just before the application is asked to quit."""

    def __init__(
        self,
        clipboard: PrivateClipboard,
        parent: QObject | None = None,
        clock: Callable[[], float] = time.monotonic,
        end_process: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._clipboard = clipboard
        self._clock = clock
        self.end_process: Callable[[], None] = end_process or _exit_event_loops
        """Ends the app (tests replace it: ``QCoreApplication.exit`` stops every later event loop too)."""
        self._count = 0
        self._last_press = 0.0
        self._shift_used_as_modifier = False
        self._done = False
        self._shortcut_enabled = True

    def set_shortcut_enabled(self, enabled: bool) -> None:
        """Clinics may turn the 3×Shift shortcut off (``quick_exit_shortcut``); the button always works."""
        self._shortcut_enabled = enabled
        self._count = 0

    def watch(self, app: QApplication) -> None:
        input_watch(app).add_window_filter(self)

    def unwatch(self, app: QApplication) -> None:
        input_watch(app).remove_filter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # QtGui.QKeyEvent, not a name imported at the top: PySide makes that class (about 1 ms) when it is first
        # used, which is then at the first event, not before the first paint
        if not self._shortcut_enabled or not isinstance(event, QtGui.QKeyEvent):
            return False
        kind = event.type()
        if kind == QEvent.Type.KeyRelease:
            # each key from the window system reaches its window once, and only the window is watched
            if self._is_plain_shift(event):
                self._on_shift_released()
            elif event.key() != QtCore.Qt.Key.Key_Shift and not event.isAutoRepeat():
                self._abandon()  # a key a shortcut took: its press never reached the window
        elif kind in _KEY_EVENTS and event.key() != QtCore.Qt.Key.Key_Shift:
            if event.modifiers() & QtCore.Qt.KeyboardModifier.ShiftModifier:
                self._shift_used_as_modifier = True
            self._abandon()
        return False

    @staticmethod
    def _is_plain_shift(event: QKeyEvent) -> bool:
        return event.key() == QtCore.Qt.Key.Key_Shift and not event.isAutoRepeat()

    def _on_shift_released(self) -> None:
        if self._shift_used_as_modifier:
            self._shift_used_as_modifier = False
            return
        now = self._clock()
        if self._count and now - self._last_press > WINDOW_SECONDS:
            self._count = 0
        self._count += 1
        self._last_press = now
        if self._count >= PRESSES_NEEDED:
            self.trigger()
        else:
            self.progress.emit(PRESSES_NEEDED - self._count)

    def _abandon(self) -> None:
        if self._count:
            self._count = 0
            self.progress.emit(0)

    def trigger(self) -> None:
        """Hide everything now, clear our clipboard text, and quit with exit code 0."""
        if self._done:
            return
        self._done = True
        for widget in QApplication.topLevelWidgets():
            widget.hide()
        self._clipboard.clear_if_ours()
        self.triggered.emit()
        self.end_process()


def _exit_event_loops() -> None:
    QCoreApplication.exit(EXIT_CODE)  # also leaves any nested loop, e.g. a dialog's exec()
