"""The main window: five places by mouse and keyboard, global search that jumps to entries, neutral title."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from screenaid.ui.main_window import PLACES, WINDOW_TITLE


def test_title_is_neutral(main_window):
    assert main_window.windowTitle() == WINDOW_TITLE
    assert "traffick" not in main_window.windowTitle().lower()


@pytest.mark.parametrize(("number", "place"), [(n, key) for n, (key, _label) in enumerate(PLACES, 1)])
def test_ctrl_number_opens_each_place(qtbot, main_window, number, place):
    other = "refer" if place != "refer" else "learn"
    main_window.go_to(other)
    qtbot.keyClick(main_window, getattr(Qt.Key, f"Key_{number}"), Qt.KeyboardModifier.ControlModifier)
    assert main_window.current_place() == place
    assert main_window.navigation.buttons[place].isChecked()


def test_clicking_a_place_opens_it(qtbot, main_window):
    qtbot.mouseClick(main_window.navigation.buttons["ask"], Qt.MouseButton.LeftButton)
    assert main_window.current_place() == "ask"
    assert main_window.stack.currentWidget() is main_window.page("ask")


def test_search_shows_results_while_typing_and_enter_jumps_to_the_entry(qtbot, main_window, bundled):
    prompt = bundled.library.get("prm-privacy-companion-task")
    assert prompt is not None
    qtbot.keyClick(main_window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    box = main_window.search.box
    assert QApplication.focusWidget() is box
    qtbot.keyClicks(box, "neutral task")
    results = main_window.search.results
    assert results.isVisible()
    assert results.count() >= 1
    titles = [results.item(i).text() for i in range(results.count())]
    assert any(prompt.title in title for title in titles)
    row = next(i for i, title in enumerate(titles) if prompt.title in title)
    qtbot.keyClick(box, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is results
    results.setCurrentRow(row)
    qtbot.keyClick(results, Qt.Key.Key_Return)
    assert main_window.current_place() == "ask"
    ask = main_window.page("ask")
    assert ask.cards["prm-privacy-companion-task"].lineWidth() == 3  # highlighted
    assert box.text() == ""
    assert not results.isVisible()


def test_search_enter_opens_first_result_on_its_page(qtbot, main_window, bundled):
    code = bundled.library.icd_codes[0]
    main_window.search.focus_box()
    qtbot.keyClicks(main_window.search.box, code.code)
    first = main_window.search.results.item(0)
    assert first is not None
    first_id = first.data(Qt.ItemDataRole.UserRole)
    qtbot.keyClick(main_window.search.box, Qt.Key.Key_Return)
    assert main_window.current_place() == "document"
    assert bundled.library.kind_of(first_id) == "icd_code"
    table = main_window.page("document").codes
    assert table.currentItem().data(Qt.ItemDataRole.UserRole) == first_id


def test_slash_focuses_search_only_outside_text_fields(qtbot, main_window):
    main_window.go_to("learn")
    modules = main_window.page("learn").modules
    modules.setFocus()
    qtbot.keyClick(modules, Qt.Key.Key_Slash)
    assert QApplication.focusWidget() is main_window.search.box
    qtbot.keyClicks(main_window.search.box, "a/b")
    assert main_window.search.box.text() == "a/b"


def test_module_links_and_search_reach_every_page_kind(main_window, bundled):
    module = bundled.library.modules[0]
    assert main_window.show_entry(module.id)
    assert main_window.current_place() == "learn"
    assert main_window.show_entry("prm-ask-debt")
    assert main_window.current_place() == "ask"
    assert not main_window.show_entry("src-does-not-exist")
