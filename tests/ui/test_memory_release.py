"""What a long shift must not keep alive (issue 16). Counts objects, never times anything: the figures
themselves come from benchmarks/bench_long_session.py."""

from __future__ import annotations

import gc
import subprocess
import sys

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QWidget

from screenaid.config import ClinicConfig
from screenaid.ui.context import AppContext
from screenaid.ui.main_window import PLACES, MainWindow
from screenaid.ui.screening_session import ScreeningSession


def _settle() -> None:
    """What the event loop does between two user actions, including the deletes deleteLater() asked for."""
    QCoreApplication.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


def _widgets(window: MainWindow) -> int:
    return len(window.findChildren(QWidget))


def test_switching_jurisdictions_and_wiping_releases_the_pages_it_replaces(main_window):
    window = main_window
    combo = window.jurisdiction_bar.combo

    def one_round() -> int:
        for index in range(combo.count()):
            combo.setCurrentIndex(index)
            for place, _ in PLACES:
                window.go_to(place)
            _settle()
        window.wipe()
        _settle()
        return _widgets(window)

    first = one_round()
    assert window.stack.count() <= len(PLACES) + 2  # the pages, the start page and at most one more
    assert one_round() == first  # the replaced pages are gone, not hidden and kept


FONT_PROBE = """
import datetime as dt
from reportlab.pdfbase import pdfmetrics
from screenaid.handout import render_handout
from screenaid.handout.fonts import CJK_FONT, HANGUL_FONT
from tests.handout import samples

def fallbacks():
    return sorted({CJK_FONT, HANGUL_FONT} & set(pdfmetrics.getRegisteredFontNames()))

render_handout(samples.eight_resources(), language="en", layout="page", title_style="plain", paper="letter",
               verified_on=dt.date(2026, 11, 2))
print("after en", fallbacks())
render_handout(samples.eight_resources(), language="zh-Hans", layout="page", title_style="plain",
               paper="letter", verified_on=dt.date(2026, 11, 2))
print("after zh", fallbacks())
"""


def test_a_handout_without_chinese_or_korean_text_does_not_load_those_fonts():
    """The Chinese fallback font costs about 30 MB once parsed: only a handout that needs it loads it."""
    out = subprocess.run(
        [sys.executable, "-c", FONT_PROBE], capture_output=True, text=True, check=True, timeout=120
    ).stdout.splitlines()
    assert out[0] == "after en []"
    assert "ScreenAidCJK" in out[1]


def test_freed_memory_is_handed_back_once_after_place_switches_and_zooms(
    qtbot, bundled, clipboard, monkeypatch
):
    """A burst of place switches and zoom steps leads to one trim, once the event loop is quiet again."""
    from screenaid.ui import free_memory

    trims: list[int] = []
    monkeypatch.setattr(free_memory, "release_free_memory", lambda: trims.append(1))
    window = MainWindow(clipboard)
    window.quick_exit.end_process = lambda: None
    qtbot.addWidget(window)
    window.install_context(AppContext(bundled.library, ClinicConfig(), ScreeningSession(), clipboard, ()))
    window.show()
    for place, _ in PLACES:
        window.go_to(place)
    window.zoom.zoom_in()
    window.zoom.zoom_out()
    assert trims == []  # not while the user is still acting
    qtbot.waitUntil(lambda: trims == [1], timeout=5000)
    qtbot.wait(free_memory.SETTLE_MS * 2)
    assert trims == [1]
    window.wipe()
    qtbot.waitUntil(lambda: trims == [1, 1], timeout=5000)
    window.shutdown()
    window.close()
