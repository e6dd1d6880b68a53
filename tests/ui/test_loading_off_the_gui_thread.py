"""Issue 11 item 11: quick exit used to wait for the content to load (a 2 MB clinic file froze the window for
8.7 s). The content is now read in a worker thread: while it reads, the window answers and quick exit works.

The timing itself is measured by ``benchmarks/bench_quick_exit_while_loading.py``; this test is deterministic:
the reader blocks until the test lets it go."""

from __future__ import annotations

import gc
import threading

from PySide6.QtCore import QTimer

from screenaid.ui.app import _load_in_background
from screenaid.ui.content_loading import ContentLoader
from screenaid.ui.context import read_content
from screenaid.ui.main_window import MainWindow
from screenaid.ui.private_clipboard import PrivateClipboard


def _new_window(qtbot, *, shown: bool) -> tuple[MainWindow, PrivateClipboard]:  # type: ignore[no-untyped-def]
    """A main window without content, owned by the test, and its clipboard."""
    clipboard = PrivateClipboard()
    window = MainWindow(clipboard)
    qtbot.addWidget(window)
    if shown:
        window.show()
    return window, clipboard


def test_the_window_answers_and_quick_exit_works_while_content_is_read(qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    release = threading.Event()
    reader_thread: list[str] = []

    def slow_read():  # type: ignore[no-untyped-def]
        reader_thread.append(threading.current_thread().name)
        release.wait(30)  # a hostile clinic folder: reading does not finish on its own
        return read_content()

    window, clipboard = _new_window(qtbot, shown=True)
    qtbot.waitExposed(window)
    loader = ContentLoader(clipboard, window, read=slow_read)
    loader.loaded.connect(window.install_context)
    loader.start()
    ticks: list[int] = []
    timer = QTimer(window)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)
    qtbot.waitUntil(lambda: len(ticks) >= 10, timeout=2000)  # the event loop runs while content is read
    assert reader_thread == ["screenaid-content"]
    assert window.context is None  # still reading
    ended: list[bool] = []
    window.quick_exit.end_process = lambda: ended.append(True)
    window.quick_exit_button.click()
    assert ended == [True]
    assert not window.isVisible()
    release.set()
    qtbot.waitUntil(
        lambda: window.context is not None, timeout=30_000
    )  # the result still arrives, harmlessly
    window.shutdown()


def test_the_app_loads_its_content_in_the_background(qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    window, clipboard = _new_window(qtbot, shown=True)
    with qtbot.waitSignal(window.content_installed, timeout=60_000):
        _load_in_background(window, clipboard)
        loader = window.property("contentLoader")
        assert loader.worker is not None
        assert loader.worker is not threading.main_thread()
    assert window.context is not None
    assert len(window.context.library) > 0
    window.shutdown()


def test_jurisdiction_names_are_read_in_the_worker_thread(qtbot, qapp, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Reading pycountry's subdivision table (the bar's region names) happens off the GUI thread."""
    from screenaid.ui.widgets import jurisdiction_bar

    threads: set[str] = set()
    real = jurisdiction_bar.label_for

    def label_for(code: str) -> str:
        threads.add(threading.current_thread().name)
        return real(code)

    monkeypatch.setattr(jurisdiction_bar, "label_for", label_for)
    window, clipboard = _new_window(qtbot, shown=False)
    loader = ContentLoader(clipboard, window)
    installed: list[object] = []
    loader.loaded.connect(installed.append)
    loader.start()
    qtbot.waitUntil(lambda: bool(installed), timeout=30000)
    assert "screenaid-content" in threads


def test_the_collector_is_paused_while_reading_and_what_was_read_is_frozen(qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    """What the read creates lives for the session: the cyclic collector does not walk it during the launch
    (nor in every later full collection). It runs again as before once the read is over."""
    collecting: list[bool] = []

    def read():  # type: ignore[no-untyped-def]
        collecting.append(gc.isenabled())
        return read_content()

    window, clipboard = _new_window(qtbot, shown=False)
    assert gc.isenabled()
    loader = ContentLoader(clipboard, window, read=read)
    installed: list[object] = []
    loader.loaded.connect(installed.append)
    loader.start()
    qtbot.waitUntil(lambda: bool(installed), timeout=30000)
    assert collecting == [False]
    assert gc.isenabled()
    assert gc.get_freeze_count() > 10_000  # the modules and the library read (by this load or an earlier one)
    window.shutdown()


def _ids(searcher: object, query: str) -> list[str]:
    return [hit.id for hit in searcher.search(query, limit=20)]  # type: ignore[attr-defined]


def test_search_is_built_in_the_worker_over_the_library_the_window_shows(qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    """The index comes with the content: built off the GUI thread, over the configured jurisdiction's view of
    the library, which is the one the window installs; it finds what an index built by the window finds."""
    from screenaid.search import SearchIndex

    window, clipboard = _new_window(qtbot, shown=True)
    built_on_gui: list[bool] = []
    real_build = window._build_search
    window._build_search = lambda: (built_on_gui.append(True), real_build())  # type: ignore[method-assign]
    with qtbot.waitSignal(window.search_ready, timeout=60_000):
        _load_in_background(window, clipboard)
    loader = window.property("contentLoader")
    assert isinstance(loader.searcher, SearchIndex)
    assert window.search._searcher is loader.searcher  # handed over, not built again
    assert built_on_gui == []
    assert window.context is not None
    shown = SearchIndex(window.context.library)
    assert len(loader.searcher) == len(shown)
    for query in ("passport", "interpreter", "hotline", "tattoo branding", "no police", "pasaporte"):
        assert _ids(loader.searcher, query) == _ids(shown, query), query
    window.shutdown()


def test_without_a_search_index_from_the_worker_the_window_builds_it(qtbot, qapp, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """If the index cannot be made in the thread (here the jurisdiction view fails there), the content is
    still handed over and the window builds search itself, as it does after a change of jurisdiction."""
    from screenaid.content import jurisdiction_view

    real = jurisdiction_view.library_for_jurisdiction

    def failing_in_the_worker(library, code):  # type: ignore[no-untyped-def]
        if threading.current_thread().name == "screenaid-content":
            raise RuntimeError("cannot index here")
        return real(library, code)

    monkeypatch.setattr(jurisdiction_view, "library_for_jurisdiction", failing_in_the_worker)
    window, clipboard = _new_window(qtbot, shown=True)
    with qtbot.waitSignal(window.search_ready, timeout=60_000):
        _load_in_background(window, clipboard)
    loader = window.property("contentLoader")
    assert loader.searcher is None
    assert window.context is not None
    assert window.search._searcher is not None
    assert _ids(window.search._searcher, "passport")
    window.shutdown()
