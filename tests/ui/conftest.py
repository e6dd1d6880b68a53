"""Fixtures for the desktop shell: the privacy set-up runs before pytest-qt creates the QApplication."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from PySide6.QtCore import QCoreApplication

from screenaid.ui.qt_privacy import apply_privacy_defaults

if QCoreApplication.instance() is None:
    apply_privacy_defaults()


@pytest.fixture(scope="session")
def search_index(bundled):
    """The index the app builds for the default clinic (US): over the library as that jurisdiction sees it."""
    from screenaid.content.jurisdiction_view import library_for_jurisdiction
    from screenaid.search import SearchIndex

    return SearchIndex(library_for_jurisdiction(bundled.library, "US"))


@pytest.fixture
def clipboard(qapp):
    from screenaid.ui.private_clipboard import PrivateClipboard

    board = PrivateClipboard()
    yield board
    board.clear_if_ours()


@pytest.fixture
def app_context(bundled, clipboard):
    """A real AppContext over the bundled content with the clinic defaults."""
    from screenaid.config import ClinicConfig
    from screenaid.ui.context import AppContext
    from screenaid.ui.screening_session import ScreeningSession

    return AppContext(bundled.library, ClinicConfig(), ScreeningSession(), clipboard, ())


@contextmanager
def shown_main_window(qtbot, app_context, search_index) -> Iterator:
    """The real main window with all five pages and search, shown offscreen; closed and deleted afterwards.
    For fixtures that need to do something around it (install a translation first, for example)."""
    from screenaid.ui.main_window import MainWindow

    window = MainWindow(app_context.clipboard)
    window.quick_exit.end_process = lambda: None  # QCoreApplication.exit would stop every later event loop
    qtbot.addWidget(window)
    window.install_context(app_context, searcher=search_index)
    window.show()
    qtbot.waitExposed(window)
    try:
        yield window
    finally:
        window.shutdown()
        window.close()
        window.deleteLater()
        qtbot.wait(1)


@pytest.fixture
def main_window(qtbot, app_context, search_index):
    """The real main window with all five pages and search, shown offscreen."""
    with shown_main_window(qtbot, app_context, search_index) as window:
        yield window
