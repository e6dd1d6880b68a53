"""A seeded GUI monkey: random keys, clicks and place switches sent to the real main window.

Used in-process by ``tests/ui/test_monkey.py`` and inside the zero-trace session driver. Quick exit is never
carried out for real here: its shortcut is turned off and its button is rewired to a counter (the quick-exit
path itself is proven by the session driver and tests/ui/test_quick_exit.py). Any modal dialog or popup the
monkey opens (print dialog, save dialog, message box, combo popup) is closed again at once, so no event loop
is left waiting and nothing is ever saved.
"""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, QPoint, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QWidget

KEYS = (
    Qt.Key.Key_Tab,
    Qt.Key.Key_Backtab,
    Qt.Key.Key_Up,
    Qt.Key.Key_Down,
    Qt.Key.Key_Left,
    Qt.Key.Key_Right,
    Qt.Key.Key_Return,
    Qt.Key.Key_Enter,
    Qt.Key.Key_Space,
    Qt.Key.Key_Backspace,
    Qt.Key.Key_Delete,
    Qt.Key.Key_Home,
    Qt.Key.Key_End,
    Qt.Key.Key_PageUp,
    Qt.Key.Key_PageDown,
    Qt.Key.Key_Escape,
    Qt.Key.Key_Slash,
    Qt.Key.Key_Shift,
)
LETTERS = tuple(getattr(Qt.Key, f"Key_{c}") for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
CTRL_KEYS = (
    Qt.Key.Key_1,
    Qt.Key.Key_2,
    Qt.Key.Key_3,
    Qt.Key.Key_4,
    Qt.Key.Key_5,
    Qt.Key.Key_K,
    Qt.Key.Key_Equal,
    Qt.Key.Key_Plus,
    Qt.Key.Key_Minus,
    Qt.Key.Key_0,
    Qt.Key.Key_A,
    Qt.Key.Key_C,
    Qt.Key.Key_Z,
)
NON_ASCII = "ñéüßçøåĳ€мир中文عربيעברית\u202e\u200f"
"""Typed with QKeyEvent per character: QTest.keyClick only takes ASCII."""


@dataclass
class MonkeyStats:
    seed: int
    events: int = 0
    kinds: Counter[str] = field(default_factory=Counter)
    dialogs_closed: int = 0
    quick_exit_presses: int = 0

    def summary(self) -> str:
        kinds = ", ".join(f"{kind} {count}" for kind, count in sorted(self.kinds.items()))
        return (
            f"monkey: seed {self.seed}, {self.events} events ({kinds}); "
            f"{self.dialogs_closed} dialogs/popups closed; quick exit button hit {self.quick_exit_presses} times"
        )


class Monkey:
    def __init__(self, window: QWidget, seed: int) -> None:
        from screenaid.ui.main_window import MainWindow

        assert isinstance(window, MainWindow)
        self.window = window
        self.rng = random.Random(seed)
        self.stats = MonkeyStats(seed)
        self._closer = QTimer()
        self._closer.setInterval(5)
        self._closer.timeout.connect(self.close_dialogs)

    # -- quick exit stays inert while the monkey plays -----------------------------------------------

    def _count_quick_exit(self) -> None:
        self.stats.quick_exit_presses += 1

    def disarm_quick_exit(self) -> None:
        self.window.quick_exit.set_shortcut_enabled(False)
        self.window.quick_exit_button.clicked.disconnect(self.window.quick_exit.trigger)
        self.window.quick_exit_button.clicked.connect(self._count_quick_exit)

    def rearm_quick_exit(self, shortcut: bool) -> None:
        self.window.quick_exit_button.clicked.disconnect(self._count_quick_exit)
        self.window.quick_exit_button.clicked.connect(self.window.quick_exit.trigger)
        self.window.quick_exit.set_shortcut_enabled(shortcut)

    # -- dialogs ---------------------------------------------------------------------------------

    def close_dialogs(self) -> None:
        """Close every modal dialog and popup (works inside a dialog's own exec() loop)."""
        for _ in range(10):
            widget = QApplication.activePopupWidget() or QApplication.activeModalWidget()
            if widget is None:
                widget = next(
                    (w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()),
                    None,
                )
            if widget is None:
                return
            self.stats.dialogs_closed += 1
            if isinstance(widget, QDialog):
                widget.reject()
            else:
                widget.close()

    # -- events ----------------------------------------------------------------------------------

    def _target(self) -> QWidget:
        focus = QApplication.focusWidget()
        return focus if focus is not None and focus.isVisible() else self.window

    def _visible_widgets(self) -> list[QWidget]:
        return [
            w
            for w in self.window.findChildren(QWidget)
            if w.isVisible() and w.width() > 1 and w.height() > 1 and w.window() is self.window
        ]

    def _key(
        self, kind: str, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
    ) -> None:
        QTest.keyClick(self._target(), key, modifier)
        self.stats.kinds[kind] += 1

    def _type_non_ascii(self) -> None:
        target = self._target()
        ch = self.rng.choice(NON_ASCII)
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                target, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
            )
        self.stats.kinds["non-ascii char"] += 1

    def _click(self) -> None:
        widgets = self._visible_widgets()
        if not widgets:
            return
        widget = self.rng.choice(widgets)
        point = QPoint(self.rng.randrange(widget.width()), self.rng.randrange(widget.height()))
        if self.rng.random() < 0.1:
            QTest.mouseDClick(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
            self.stats.kinds["double click"] += 1
        else:
            QTest.mouseClick(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
            self.stats.kinds["click"] += 1

    def _switch_place(self) -> None:
        from screenaid.ui.main_window import PLACES

        self.window.go_to(self.rng.choice(PLACES)[0])
        self.stats.kinds["place switch"] += 1

    def step(self) -> None:
        roll = self.rng.random()
        if roll < 0.40:
            self._click()
        elif roll < 0.62:
            self._key("key", self.rng.choice(KEYS))
        elif roll < 0.78:
            self._key("letter", self.rng.choice(LETTERS))
        elif roll < 0.85:
            self._type_non_ascii()
        elif roll < 0.95:
            self._key("ctrl shortcut", self.rng.choice(CTRL_KEYS), Qt.KeyboardModifier.ControlModifier)
        else:
            self._switch_place()
        self.stats.events += 1

    def run(self, events: int, process_every: int = 10) -> MonkeyStats:
        """Send ``events`` random events, letting Qt process its queue (timers, repaints) as it goes."""
        shortcut = self.window.context.config.quick_exit_shortcut if self.window.context else True
        self.disarm_quick_exit()
        self._closer.start()
        try:
            for number in range(events):
                self.close_dialogs()
                self.step()
                if number % process_every == 0:
                    QApplication.processEvents()
            self.close_dialogs()
            QApplication.processEvents()
        finally:
            self._closer.stop()
            self.rearm_quick_exit(shortcut)
        return self.stats
