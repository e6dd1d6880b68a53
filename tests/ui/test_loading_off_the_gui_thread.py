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


def test_the_window_answers_and_quick_exit_works_while_content_is_read(qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    release = threading.Event()
    reader_thread: list[str] = []

    def slow_read():  # type: ignore[no-untyped-def]
        reader_thread.append(threading.current_thread().name)
        release.wait(30)  # a hostile clinic folder: reading does not finish on its own
        return read_content()

    clipboard = PrivateClipboard()
    window = MainWindow(clipboard)
    qtbot.addWidget(window)
    window.show()
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
    clipboard = PrivateClipboard()
    window = MainWindow(clipboard)
    qtbot.addWidget(window)
    window.show()
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
    clipboard = PrivateClipboard()
    window = MainWindow(clipboard)
    qtbot.addWidget(window)
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

    clipboard = PrivateClipboard()
    window = MainWindow(clipboard)
    qtbot.addWidget(window)
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
