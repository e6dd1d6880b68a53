"""The app's first frame (issue 16): Quick exit over the loading page, painted before the rest of the shell.

``MainWindow(progressive=True)`` (what ``screenaid.ui.app.start`` makes) paints Quick exit first and adds the
places, search box, cover button, notices and jurisdiction bar in the next turn of the event loop, or at the
first key if one comes sooner, so no key is ever handled by a half-made shell. These tests check the frames
and that the finished shell is the one the rest of the suite tests (focus, Tab order, names, quick exit).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QRadioButton, QWidget

from screenaid.ui.main_window import PLACES, MainWindow


def shown_texts(window: MainWindow) -> list[str]:
    return [label.text() for label in window.findChildren(QLabel) if label.isVisibleTo(window)]


def progressive_window(qtbot, clipboard) -> MainWindow:
    window = MainWindow(clipboard, progressive=True)
    window.quick_exit.end_process = lambda: None  # QCoreApplication.exit would stop every later event loop
    qtbot.addWidget(window)
    return window


def test_the_first_paint_shows_quick_exit_and_the_rest_follows_before_the_next_paint(qtbot, clipboard):
    window = progressive_window(qtbot, clipboard)
    at_first_paint: dict[str, object] = {}

    def first_frame() -> None:
        at_first_paint["complete"] = window.shell_complete
        at_first_paint["quick exit shown"] = window.quick_exit_button.isVisible()
        at_first_paint["texts"] = shown_texts(window)

    window.first_painted.connect(first_frame)
    assert not window.shell_complete
    assert window.findChildren(QRadioButton) == []  # no places, no search box before the first paint
    assert window.findChildren(QLineEdit) == []
    with qtbot.waitSignals([window.first_painted, window.shell_painted], timeout=5000):
        window.show()
    assert at_first_paint == {"complete": False, "quick exit shown": True, "texts": ["Loading…"]}
    assert window.shell_complete
    for part in (window.navigation, window.search.box, window.cover_button, window.jurisdiction_bar):
        assert part.isVisible(), part
    assert not window.navigation.buttons[PLACES[0][0]].isEnabled()  # places wait for the content, as before
    window.shutdown()


def test_the_quick_exit_button_works_in_the_first_frame(qtbot, clipboard):
    window = progressive_window(qtbot, clipboard)
    window.show()
    ended: list[bool] = []
    window.quick_exit.end_process = lambda: ended.append(True)
    window.quick_exit_button.click()
    assert ended == [True]
    assert not window.isVisible()
    window.shutdown()


def test_three_shifts_before_the_shell_is_complete_quit(qtbot, clipboard):
    """The first key completes the shell (and with it the 3×Shift watch on the window) before it is
    handled, so a Shift pressed at once counts. Keys are sent to the window, as the window system does."""
    window = progressive_window(qtbot, clipboard)
    ended: list[bool] = []
    window.quick_exit.end_process = lambda: ended.append(True)
    window.show()  # no event processed yet: the shell is still to come
    assert not window.shell_complete
    focus = window.focusWidget()
    assert focus is window.stack  # what holds the keyboard in the first frame, never Quick exit
    qtbot.keyClick(window.windowHandle(), Qt.Key.Key_Shift)
    assert window.shell_complete
    qtbot.keyClick(window.windowHandle(), Qt.Key.Key_Shift)
    assert ended == []
    qtbot.keyClick(window.windowHandle(), Qt.Key.Key_Shift)
    assert ended == [True]
    window.shutdown()


def test_the_cover_key_pressed_before_the_shell_is_complete_covers(qtbot, clipboard):
    window = progressive_window(qtbot, clipboard)
    window.show()
    assert not window.shell_complete
    qtbot.keyClick(window.windowHandle(), Qt.Key.Key_F12)
    assert window.shell_complete
    assert window.cover.covered
    qtbot.keyClick(window.windowHandle(), Qt.Key.Key_F12)
    assert not window.cover.covered
    window.shutdown()


def test_the_finished_shell_has_the_usual_tab_order_names_and_launch_focus(
    qtbot, clipboard, app_context, search_index
):
    window = progressive_window(qtbot, clipboard)
    with qtbot.waitSignal(window.shell_painted, timeout=5000):
        window.show()
    window.install_context(app_context, searcher=search_index)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.search.box, timeout=2000)
    expected = [window.quick_exit_button, *window.navigation.buttons.values(), window.search.box]
    chain = [window.quick_exit_button]
    widget: QWidget = window.quick_exit_button
    while len(chain) < len(expected):
        widget = widget.nextInFocusChain()
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisible() and widget.isEnabled():
            chain.append(widget)
    assert chain == expected
    first = window.nextInFocusChain()
    while not (first.focusPolicy() & Qt.FocusPolicy.TabFocus and first.isVisible()):
        first = first.nextInFocusChain()
    assert first is window.quick_exit_button
    assert window.search.box.accessibleName() == "Search everything"
    assert window.navigation.accessibleName() == "Places"
    window.shutdown()


def test_content_arriving_before_the_shell_completes_it_first(qtbot, clipboard, app_context, search_index):
    window = progressive_window(qtbot, clipboard)
    window.install_context(app_context, searcher=search_index)  # before any paint
    assert window.shell_complete
    assert window.navigation.buttons[PLACES[0][0]].isEnabled()
    assert window.search.ready()
    window.shutdown()


def test_a_part_of_the_shell_asked_for_early_is_made_at_once(qtbot, clipboard):
    """Tools and tests that use the window right after ``start()`` never meet a half-made shell."""
    window = progressive_window(qtbot, clipboard)
    assert not window.shell_complete
    assert not window.search.box.isEnabled()  # asking for the search box made the shell
    assert window.shell_complete
    assert window.findChildren(QRadioButton) == list(window.navigation.buttons.values())
    window.shutdown()


def test_the_search_results_list_is_made_on_the_first_query_and_keeps_its_place(qtbot, main_window):
    search = main_window.search
    search.clear()  # before any query: nothing to empty, nothing made
    assert search._results is None
    qtbot.keyClick(search.box, Qt.Key.Key_Escape)
    qtbot.keyClick(search.box, Qt.Key.Key_Down)
    qtbot.keyClick(search.box, Qt.Key.Key_Return)
    assert search._results is None
    assert main_window.current_place() is None  # Enter with no results opened nothing

    search.focus_box()
    qtbot.keyClicks(search.box, "debt")
    results = search.results
    assert results is search._results
    assert results.isVisible()
    assert results.count() > 0
    assert results.accessibleName() == "Search results"
    assert results.styleSheet()  # the item-view rules of app_style, as when it was made with the box
    assert search.box.nextInFocusChain() is results  # Tab from the box reaches the results, as before
    qtbot.keyClick(search.box, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is results
    qtbot.keyClick(results, Qt.Key.Key_Escape)
    assert not results.isVisible()
    assert search.box.text() == ""
    assert QApplication.focusWidget() is search.box


_FONTS_PROBE = """
import json
from PySide6.QtGui import QFontDatabase
from screenaid.ui import app as app_module

bundled = ("DejaVu Sans", "Droid Sans Fallback", "NanumSquare")
app, window = app_module.start([])
seen = {}

def note(moment):
    seen[moment] = {
        "registered": list(app_module._REGISTERED_FONTS),
        "listed": sorted(f for f in QFontDatabase.families() if f.startswith(bundled[1:])),
        "quick exit styled": bool(window.quick_exit_button.styleSheet()),
    }

window.first_painted.connect(lambda: note("first paint"))
window.content_installed.connect(lambda: (note("content installed"), app.quit()))
app.exec()
print(json.dumps(seen))
"""


def test_the_bundled_fonts_are_registered_after_the_first_paint_and_before_the_content(tmp_path):
    """On a system with fonts, the handout fonts (for language names in Chinese, Korean, Arabic) are not
    needed by the first frame, whose interface is in English, Spanish or French: they are registered once the
    whole shell has painted, and before any page shows content. (On a system with no fonts at all they are
    registered before the first paint: tests/ui/test_fonts_without_system_fonts.py.)"""
    seen = _probe_start(_FONTS_PROBE, tmp_path)
    assert seen["first paint"] == {"registered": [], "listed": [], "quick exit styled": True}
    installed = seen["content installed"]
    assert {"DejaVu Sans", "Droid Sans Fallback"} <= set(installed["registered"])
    assert any(family.startswith("NanumSquare") for family in installed["registered"])
    assert installed["listed"]  # Qt's font database has them: the language picker can use them


def test_on_a_system_with_fonts_the_first_frame_registers_none(qapp):
    """What ``start()`` does before the first paint: with system fonts present, nothing is registered yet."""
    from screenaid.ui import app as app_module

    before = list(app_module._REGISTERED_FONTS)  # other tests in this process may have registered them
    app_module._ensure_font()
    assert list(app_module._REGISTERED_FONTS) == before
    assert set(app_module.QFontDatabase.families()) - app_module.GENERIC_FAMILIES  # the system has fonts


_NAMESPACE_PROBE = """
import json, sys
import PySide6.QtCore
from screenaid.ui.app import start

app, window = start([])
seen = {}
window.first_painted.connect(lambda: seen.update(
    first_paint="Qt" in vars(PySide6.QtCore),
    quick_exit_styled=bool(window.quick_exit_button.styleSheet()),
    focus_policy=window.stack.focusPolicy().name,
    alignment=window.loading.alignment().name,
    scroll_area_focus=window.page_area.focusPolicy().name,
    layout_direction=app.layoutDirection().name,
))
window.shell_painted.connect(lambda: (seen.update(shell="Qt" in vars(PySide6.QtCore)), app.quit()))
app.exec()
print(json.dumps(seen))
"""


def test_the_first_frame_is_made_without_the_python_types_of_the_qt_namespace(tmp_path):
    """PySide builds the Python types of all of the ``Qt`` namespace's enums (about 11 ms) the first time any of
    them is used; the first frame sets its few such values by name (screenaid.ui.enum_property) and reads the
    contrast preference as a number (screenaid.ui.app_style), so that work comes after the first paint. The
    values set by name are the ones the first frame needs."""
    seen = _probe_start(_NAMESPACE_PROBE, tmp_path)
    assert seen == {
        "first_paint": False,
        "quick_exit_styled": True,
        "focus_policy": "ClickFocus",
        "alignment": "AlignCenter",
        "scroll_area_focus": "NoFocus",
        "layout_direction": "LeftToRight",
        "shell": True,
    }


def test_a_property_set_by_name_that_qt_does_not_know_raises(qtbot):
    from screenaid.ui.enum_property import set_enum_property

    label = QLabel()
    qtbot.addWidget(label)
    set_enum_property(label, "alignment", "AlignRight")
    assert label.alignment() == Qt.AlignmentFlag.AlignRight
    with pytest.raises(ValueError, match="AlignSideways"):
        set_enum_property(label, "alignment", "AlignSideways")


def test_the_contrast_preference_read_as_a_number_agrees_with_pyside(qapp, monkeypatch):
    """On Linux the first frame reads Qt's contrast preference as a number (no Python enum); elsewhere, or if
    that read is not possible, it asks PySide. Both give the same answer. (No platform in the test suite can
    report high contrast: the offscreen platform never does.)"""
    import sys

    from PySide6.QtGui import QGuiApplication

    from screenaid.ui import app_style

    hints = QGuiApplication.styleHints()
    accessibility = hints.accessibility()
    pyside = accessibility.contrastPreference().name
    if sys.platform.startswith("linux"):
        assert app_style._contrast_preference_name(accessibility) == pyside
    assert app_style.high_contrast() == (pyside == "HighContrast")
    monkeypatch.setattr(app_style.sys, "platform", "win32")
    assert app_style._contrast_preference_name(accessibility) is None
    assert app_style.high_contrast() == (pyside == "HighContrast")  # PySide's answer


def test_qts_shader_cache_is_switched_off_before_the_application_exists():
    """Set by apply_privacy_defaults (tests/ui/conftest.py runs it, as start() does, before QApplication)."""
    import os

    from screenaid.ui.qt_privacy import NO_SHADER_CACHE

    name, value = NO_SHADER_CACHE
    assert (name, value) == ("QT_DISABLE_SHADER_DISK_CACHE", "1")
    assert os.environ[name] == value


def _probe_start(probe: str, tmp_path: Path) -> dict[str, Any]:
    """Run ``probe`` (which starts the app and prints what it saw as JSON) in a fresh process, offscreen and
    with no clinic settings, and return what it printed last."""
    import json
    import os
    import subprocess
    import sys

    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_CONFIG_DIRS": str(tmp_path / "etc-xdg"),
        "SCREENAID_CONFIG": str(tmp_path / "none.toml"),
    }
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, env=env, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr[-1500:]
    seen: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return seen
