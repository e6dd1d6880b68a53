"""Loads the content off the GUI thread, so the window (and quick exit) stays responsive whatever the clinic
folder holds: a huge or hostile file, a slow network share, a folder being replaced.

The Qt-free part (:func:`screenaid.ui.context.read_content`: settings, signature checks, parsing) runs in a
daemon thread; the result is handed to the GUI thread through a queued signal, where the context (which holds
QObjects) is built and installed. Quick exit never waits for it: the thread is a daemon, so ending the
process does not join it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from screenaid.ui.context import AppContext
    from screenaid.ui.private_clipboard import PrivateClipboard


class ContentLoader(QObject):
    """Signals: ``loaded(AppContext)`` in the GUI thread once everything is read."""

    loaded = Signal(object)
    _read = Signal(object)

    def __init__(
        self,
        clipboard: PrivateClipboard,
        parent: QObject | None = None,
        read: Callable[[], tuple[Any, ...]] | None = None,
    ) -> None:
        super().__init__(parent)
        self._clipboard = clipboard
        self._reader = read
        self._read.connect(self._build)  # queued: emitted from the worker thread, delivered in ours
        self.worker: threading.Thread | None = None

    def start(self) -> None:
        self.worker = threading.Thread(target=self._run, name="screenaid-content", daemon=True)
        self.worker.start()

    def _run(self) -> None:
        from screenaid.ui.context import read_content

        loaded = (self._reader or read_content)()
        _read_jurisdiction_names()
        self._read.emit(loaded)

    def _build(self, loaded: tuple[Any, ...]) -> None:
        from screenaid.ui.context import context_from

        context: AppContext = context_from(loaded, self._clipboard)
        self.loaded.emit(context)


def _read_jurisdiction_names() -> None:
    """Read the names the jurisdiction bar shows ("Scotland (GB-SCT)") here, off the GUI thread: the first
    region name loads pycountry's whole subdivision table, about 40 ms that would otherwise freeze the window
    as the content is installed. Only a warm-up: if it fails, the bar reads them again and says so."""
    from screenaid.ui.widgets.jurisdiction_bar import SHIPPED, label_for

    try:
        for code in SHIPPED:
            label_for(code)
    except Exception:  # noqa: S110  # the GUI thread repeats the same calls, where a failure is reported
        pass
