"""GUI under random input: thousands of seeded random clicks and keys on the real main window.

pytest-qt fails the test on any exception raised inside a Qt slot or virtual method, and on any
qCritical/qFatal message (``qt_log_level_fail``). Quick exit is rewired to a counter while the monkey plays
(see tests/privacy/monkey.py); the zero-trace session in tests/privacy runs a shorter monkey too, so the
no-file check holds after random input as well.
"""

from __future__ import annotations

import time

import pytest
from PySide6.QtWidgets import QApplication

from screenaid.ui.main_window import PLACES
from tests.privacy.figures import show
from tests.privacy.monkey import Monkey

EVENTS = 3000
SEED = 6


@pytest.mark.qt_log_level_fail("CRITICAL")
def test_random_clicks_and_keys_raise_nothing(qtbot, main_window, capsys):
    started = time.perf_counter()
    stats = Monkey(main_window, SEED).run(EVENTS)
    seconds = time.perf_counter() - started
    show(capsys, "GUI monkey", [stats.summary(), f"{seconds:.1f} s"])
    assert stats.events == EVENTS
    # the window is still whole and usable afterwards
    assert main_window.isVisible()
    assert QApplication.activeModalWidget() is None
    for key, _label in PLACES:
        main_window.go_to(key)
        assert main_window.current_place() == key
    main_window.wipe()
    assert main_window.context.session.state.is_empty
    assert main_window.search.box.text() == ""
