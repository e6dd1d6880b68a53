"""Loads the content off the GUI thread, so the window (and quick exit) stays responsive whatever the clinic
folder holds: a huge or hostile file, a slow network share, a folder being replaced.

The Qt-free part (:func:`screenaid.ui.context.read_content`: settings, signature checks, parsing) runs in a
daemon thread; the result is handed to the GUI thread through a queued signal, where the context (which holds
QObjects) is built and installed. The thread also builds the search index over the library as the window
shows it (:attr:`ContentLoader.searcher`), so search is ready as soon as the content is installed. Quick exit
never waits for it: the thread is a daemon, so ending the process does not join it.

Python's cyclic garbage collector is paused while the content is read, and what is alive once it is read
(the modules it imported, the library: about 60,000 objects, all kept for the whole session) is moved out of
the collector's sight with :func:`gc.freeze`, once per process. Otherwise the collector walks them again and
again while they are created, 20–40 ms of the launch (benchmarks/bench_startup.py), and every later full
collection of the session walks them once more. Frozen objects are still freed as usual when nothing refers
to them; only a reference cycle among them would now stay (reading leaves about 170 unreachable objects
behind, so little is kept that way). While the collector is paused, garbage in reference cycles waits: the
read is bounded (clinic files have size and entry limits), and collection resumes when it ends.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from screenaid.search import SearchIndex
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
        self.searcher: SearchIndex | None = None
        """Search over the content as the window shows it, built in the thread; None when it could not be
        built there (the window then builds its own, as it does after a change of jurisdiction)."""

    def start(self) -> None:
        self.worker = threading.Thread(target=self._run, name="screenaid-content", daemon=True)
        self.worker.start()

    def _run(self) -> None:
        from screenaid.ui.context import read_content

        enabled = gc.isenabled()
        gc.disable()
        try:
            loaded = (self._reader or read_content)()
            self.searcher = _search_index(loaded)
            _read_jurisdiction_names()
            _freeze_once()
        finally:
            if enabled:
                gc.enable()
        self._read.emit(loaded)

    def _build(self, loaded: tuple[Any, ...]) -> None:
        from screenaid.ui.context import context_from

        context: AppContext = context_from(loaded, self._clipboard)
        self.loaded.emit(context)


_frozen: list[bool] = []


def _freeze_once() -> None:
    """Freeze what is alive after the first read of the process (the app reads its content once; tests that
    open many windows in one process must not keep each earlier window's leftovers)."""
    if not _frozen:
        _frozen.append(True)
        gc.freeze()


def _read_jurisdiction_names() -> None:
    """Read the names the jurisdiction bar shows ("Scotland (GB-SCT)") here, off the GUI thread. Cheap today:
    the shipped jurisdictions' names come from the interface's own table (``ui.labels``), and a configured
    one outside it was looked up in pycountry (whose subdivision table takes about 40 ms to load) when the
    settings were validated, in this thread. Only a warm-up: if it fails, the bar reads them again and says
    so."""
    from screenaid.ui.widgets.jurisdiction_bar import SHIPPED, label_for

    try:
        for code in SHIPPED:
            label_for(code)
    except Exception:  # noqa: S110  # the GUI thread repeats the same calls, where a failure is reported
        pass


def _search_index(loaded: tuple[Any, ...]) -> SearchIndex | None:
    """The search index over the library as the window will show it: the view of the configured
    jurisdiction, which :meth:`MainWindow.install_context` binds the jurisdiction bar to. Made here, with the
    collector paused, rather than on the GUI thread after the content is installed (about 20 ms there,
    search module imports included). None if anything goes wrong: the window then builds its own."""
    try:
        from screenaid.config import effective_jurisdiction
        from screenaid.content.jurisdiction_view import library_for_jurisdiction
        from screenaid.search import SearchIndex

        library, config = loaded[0], loaded[1]
        return SearchIndex(library_for_jurisdiction(library, effective_jurisdiction(config)))
    except Exception:  # the thread must hand over the content whatever happens; search is then made later
        return None
