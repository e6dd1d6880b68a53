"""Where ScreenAid's own keyboard and mouse watches sit: on the windows and on the focused object, not on the
whole application.

Quick exit, the cover key, the idle wipe and Enter on a button must see the user's input wherever it goes, an
open dialog, menu or list included. Qt's straightforward way is one event filter on the application, but a
filter written in Python there sees every event of every object of the GUI thread, Qt's internal ones
included (its animation timer, a line edit's cursor blinking). The first time it is handed an object of a
class PySide6 has no Python type for, PySide6 (6.11) makes the Python types of every Qt class it has not made
yet, to find the nearest one: about 2.8 MB that stay for the whole session and 20 ms
(``benchmarks/bench_startup.py``; README, "Where the loaded memory goes").

Input from the window system always reaches a window (``QWindow``) first; the window passes it on to the
widget. So a filter on every window sees every key, click, wheel turn and touch before any widget does:

* :meth:`InputWatch.add_window_filter` installs a filter on every top-level window that exists, and again on
  every window each time the keyboard moves to another window (``QGuiApplication.focusWindowChanged``): a
  dialog, a menu, a combo box's list or the idle warning is covered before it gets its first key. A key
  taken by a shortcut never reaches the window as a key press; its release still does.
* :meth:`InputWatch.add_focus_filter` installs a filter on the object that has the keyboard focus, and moves
  it when the focus moves: for what is sent to that object directly, not through its window, such as text
  from an input method (Chinese, Vietnamese, Korean).

Events that a program sends straight to a widget (``QTest.keyClick(widget, …)``) skip its window: tests send
keys to the window, as the window system does.
"""

from __future__ import annotations

from contextlib import suppress

from PySide6.QtCore import QObject
from PySide6.QtGui import QGuiApplication, QWindow


class InputWatch(QObject):
    """The filters of one application (see the module's documentation); get it with :func:`input_watch`."""

    def __init__(self, app: QGuiApplication) -> None:
        super().__init__(app)
        self._window_filters: list[QObject] = []
        self._focus_filters: list[QObject] = []
        self._focused: QObject | None = None
        app.focusWindowChanged.connect(self._window_focused)
        app.focusObjectChanged.connect(self._focus_moved)

    def add_window_filter(self, event_filter: QObject) -> None:
        """``event_filter`` sees every input event of every window from now on."""
        if event_filter not in self._window_filters:
            self._window_filters.append(event_filter)
        for window in QGuiApplication.topLevelWindows():
            _install(window, event_filter)

    def watch_open_windows(self) -> None:
        """Cover every window open now. A window the window manager does not activate (a session without
        one, such as a bare X server) gets no focus change: its owner calls this once it is shown."""
        self._window_focused(None)

    def add_focus_filter(self, event_filter: QObject) -> None:
        """``event_filter`` sees every event sent to the focused object from now on."""
        if event_filter not in self._focus_filters:
            self._focus_filters.append(event_filter)
        self._object_focused(QGuiApplication.focusObject())

    def remove_filter(self, event_filter: QObject) -> None:
        """Stop ``event_filter`` wherever it was installed."""
        if event_filter in self._window_filters:
            self._window_filters.remove(event_filter)
            for window in QGuiApplication.topLevelWindows():
                _uninstall(window, event_filter)
        if event_filter in self._focus_filters:
            self._focus_filters.remove(event_filter)
            if self._focused is not None:
                _uninstall(self._focused, event_filter)

    def _window_focused(self, window: QWindow | None) -> None:
        # every window, not only the focused one: one shown without the focus is covered from now on too
        windows = QGuiApplication.topLevelWindows()
        if window is not None and window not in windows:
            windows.append(window)
        for target in windows:
            for event_filter in self._window_filters:
                _install(target, event_filter)

    def _focus_moved(self, _focused: QObject | None) -> None:
        # the signal's argument is not used: PySide6 6.11 sometimes hands None while a widget has the focus
        self._object_focused(QGuiApplication.focusObject())

    def _object_focused(self, focused: QObject | None) -> None:
        if self._focused is not None and self._focused is not focused:
            for event_filter in self._focus_filters:
                _uninstall(self._focused, event_filter)
        self._focused = focused
        if focused is not None:
            for event_filter in self._focus_filters:
                _install(focused, event_filter)


_made: list[InputWatch] = []


def input_watch(app: QGuiApplication) -> InputWatch:
    """The application's :class:`InputWatch`, made the first time it is asked for. (Not found with
    ``findChild``: PySide6 would make a Python object for every child of the application to compare it.)"""
    for watch in _made:
        with suppress(RuntimeError):  # the watch of an application that no longer exists
            if watch.parent() is app:
                return watch
    _made[:] = [InputWatch(app)]
    return _made[0]


def _install(target: QObject, event_filter: QObject) -> None:
    # installing a filter again only moves it to the front: each event still reaches it once
    with suppress(RuntimeError):  # a window or widget Qt has just deleted (a closed menu)
        target.installEventFilter(event_filter)


def _uninstall(target: QObject, event_filter: QObject) -> None:
    with suppress(RuntimeError):
        target.removeEventFilter(event_filter)
