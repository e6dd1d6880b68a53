"""Idle wipe for shared workstations: after a quiet spell, warn with a countdown, then clear everything.

Any key, click, wheel or touch anywhere in the app restarts the idle timer, and so does typing through
an input method (Chinese, Vietnamese or Korean text arrives as input-method events, not key presses). When it runs out, a warning
counts down (at least 20 seconds, as WCAG 2.2.1 "Timing adjustable" asks) and offers "I'm still here";
using it, or closing the warning, extends the time as often as needed. If nobody answers, ``wiped`` is
emitted and the owner clears every page and the screening session.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

from screenaid.ui.input_watch import input_watch
from screenaid.ui.widgets.idle_warning_dialog import IdleWarningDialog

MIN_COUNTDOWN_SECONDS = 20

_ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.InputMethod,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


class IdleWipe(QObject):
    warned = Signal()
    """The countdown warning appeared."""
    extended = Signal()
    """The user said they are still here."""
    wiped = Signal()
    """Time ran out: clear everything now."""

    def __init__(
        self,
        window: QWidget,
        idle_minutes: float,
        countdown_seconds: int,
        tick_ms: int = 1000,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._countdown_seconds = max(MIN_COUNTDOWN_SECONDS, countdown_seconds)
        self._remaining = self._countdown_seconds
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.timeout.connect(self._warn)
        self._tick = QTimer(self)
        self._tick.timeout.connect(self._count_down)
        self._dialog: IdleWarningDialog | None = None
        self.set_timing(round(idle_minutes * 60_000), tick_ms)

    @property
    def countdown_seconds(self) -> int:
        return self._countdown_seconds

    @property
    def warning(self) -> IdleWarningDialog | None:
        """The countdown dialog while it is showing."""
        return self._dialog if self._dialog is not None and self._dialog.isVisible() else None

    def set_timing(self, idle_ms: int, tick_ms: int = 1000) -> None:
        """Idle time before the warning, and the length of one countdown second (shorter in tests)."""
        self._idle.setInterval(max(1, idle_ms))
        self._tick.setInterval(max(1, tick_ms))
        if not self._tick.isActive():
            self._idle.start()

    def start(self, app: QApplication) -> None:
        watch = input_watch(app)
        watch.add_window_filter(self)  # keys, clicks, wheel and touch reach a window first
        watch.add_focus_filter(self)  # an input method's text is sent to the focused widget only
        self._idle.start()

    def stop(self, app: QApplication) -> None:
        input_watch(app).remove_filter(self)
        self._idle.stop()
        self._tick.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY and not self._tick.isActive():
            self._idle.start()
        return False

    def _warn(self) -> None:
        self._remaining = self._countdown_seconds
        if self._dialog is None:
            self._dialog = IdleWarningDialog(self._window)
            self._dialog.still_here.connect(self.extend)
        self._dialog.set_remaining(self._remaining)
        self._tick.start()
        self._dialog.open()
        self.warned.emit()

    def _count_down(self) -> None:
        self._remaining -= 1
        if self._remaining > 0:
            if self._dialog is not None:
                self._dialog.set_remaining(self._remaining)
            return
        self._tick.stop()
        self._close_dialog()
        self.wiped.emit()
        self._idle.start()

    def extend(self) -> None:
        """Cancel the countdown and start a fresh idle period."""
        self._tick.stop()
        self._close_dialog()
        self._idle.start()
        self.extended.emit()

    def _close_dialog(self) -> None:
        if self._dialog is not None and self._dialog.isVisible():
            self._dialog.blockSignals(True)
            self._dialog.accept()
            self._dialog.blockSignals(False)
