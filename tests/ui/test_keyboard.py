"""Keyboard use of the real main window: unique Alt-key mnemonics on every page, Enter presses buttons."""

from __future__ import annotations

from collections import defaultdict
from typing import ClassVar

import pytest
from PySide6.QtCore import QKeyCombination, Qt
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import QAbstractButton, QApplication, QGroupBox, QLabel, QMenu, QTabBar, QTabWidget

from screenaid.ui.enter_key import install_enter_key
from screenaid.ui.input_watch import input_watch
from screenaid.ui.main_window import PLACES

pytestmark = pytest.mark.gui


def mnemonic(text: str) -> str | None:
    """The letter after a single '&' ('&&' is a literal ampersand), lower-cased; None when there is none."""
    index = 0
    while index < len(text) - 1:
        if text[index] == "&":
            if text[index + 1] == "&":
                index += 2
                continue
            return text[index + 1].lower()
        index += 1
    return None


def test_mnemonic_reads_qt_markup():
    assert mnemonic("&Print handout…") == "p"
    assert mnemonic("Save as PD&F…") == "f"
    assert mnemonic("Salt && pepper") is None
    assert mnemonic("Salt && &pepper") == "p"
    assert mnemonic("No mnemonic") is None


def visible_mnemonics(window) -> dict[str, list[str]]:
    """Every Alt+letter that the visible window answers to, with what it reaches."""
    found: dict[str, list[str]] = defaultdict(list)
    for widget in window.findChildren(QAbstractButton):
        if widget.isVisible() and (key := mnemonic(widget.text())):
            found[key].append(f"button {widget.text()!r}")
    for label in window.findChildren(QLabel):
        if label.isVisible() and label.buddy() is not None and (key := mnemonic(label.text())):
            found[key].append(f"label {label.text()!r}")
    for box in window.findChildren(QGroupBox):
        if box.isVisible() and (key := mnemonic(box.title())):
            found[key].append(f"group {box.title()!r}")
    for bar in window.findChildren(QTabBar):
        if bar.isVisible():
            for index in range(bar.count()):
                if key := mnemonic(bar.tabText(index)):
                    found[key].append(f"tab {bar.tabText(index)!r}")
    for shortcut in window.findChildren(QShortcut):
        parent = shortcut.parent()
        if not shortcut.isEnabled() or (hasattr(parent, "isVisible") and not parent.isVisible()):
            continue
        for sequence in shortcut.keys():  # noqa: SIM118 (a QShortcut, not a dict)
            if sequence.count() != 1:
                continue
            combination: QKeyCombination = sequence[0]
            if combination.keyboardModifiers() == Qt.KeyboardModifier.AltModifier:
                found[sequence.toString().split("+")[-1].lower()].append(f"shortcut {sequence.toString()}")
    return found


def page_states(window):
    """Each place of the window, and within it each tab of every tab widget, one after another."""
    for place, _label in PLACES:
        window.go_to(place)
        QApplication.processEvents()
        yield place
        page = window.page(place)
        for tabs in page.findChildren(QTabWidget):
            if not tabs.isVisible():
                continue
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                QApplication.processEvents()
                yield f"{place}, tab {tabs.tabText(index)!r}"
            tabs.setCurrentIndex(0)


def mnemonic_clashes(window) -> tuple[list[str], dict[str, list[str]]]:
    clashes = {}
    visited = []
    for state in page_states(window):
        visited.append(state)
        for key, holders in visible_mnemonics(window).items():
            if len(holders) > 1:
                clashes[f"{state}: Alt+{key.upper()}"] = holders
    return visited, clashes


def test_no_two_visible_controls_share_a_mnemonic_on_any_page(main_window):
    visited, clashes = mnemonic_clashes(main_window)
    assert len(visited) >= len(PLACES)
    assert not clashes, clashes


@pytest.mark.parametrize("jurisdiction", ["CA", "GB-SCT"])
def test_no_mnemonic_clash_outside_the_us_either(main_window, jurisdiction):
    """Pages differ by jurisdiction (e.g. Document's coding tab): walk them again for a clinic elsewhere."""
    main_window.jurisdiction_bar.combo.setCurrentIndex(
        main_window.jurisdiction_bar.combo.findData(jurisdiction)
    )
    assert main_window.context.config.jurisdiction == jurisdiction
    visited, clashes = mnemonic_clashes(main_window)
    assert len(visited) >= len(PLACES)
    assert not clashes, clashes


def test_refer_page_keys_reach_the_controls_they_name(main_window, qtbot):
    main_window.go_to("refer")
    refer = main_window.page("refer")
    keys = visible_mnemonics(main_window)
    for key, name in (("p", "print"), ("f", "pdf"), ("l", "clear"), ("g", "language"), ("d", "discreet")):
        assert len(keys[key]) == 1, (key, keys[key])
        assert name in keys[key][0].replace("&", "").lower(), (key, keys[key])
    qtbot.keyClick(main_window, Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is refer.composer.language
    qtbot.keyClick(main_window, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is refer.preset


def test_enter_presses_the_focused_button(main_window, qtbot):
    """Keys go to the window, as the window system sends them; the window hands them to the focus."""
    enter = install_enter_key(QApplication.instance())
    window = main_window.windowHandle()
    try:
        main_window.activateWindow()
        main_window.go_to("refer")
        refer = main_window.page("refer")
        assert refer.directory.chosen()
        refer.clear_button.setFocus()
        qtbot.waitUntil(refer.clear_button.hasFocus, timeout=2000)
        qtbot.keyClick(window, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not refer.directory.chosen(), timeout=2000)
        button = main_window.navigation.buttons["screen"]
        button.setFocus()
        qtbot.keyClick(window, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
        qtbot.waitUntil(lambda: main_window.current_place() == "screen", timeout=2000)
        # Enter with a modifier is left alone.
        refer_button = main_window.navigation.buttons["refer"]
        refer_button.setFocus()
        qtbot.keyClick(window, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        qtbot.wait(300)
        assert main_window.current_place() == "screen"
        # An open menu keeps Enter: it chooses the menu's item, not the button under it (the key is sent to
        # the main window; Qt hands it to the menu).
        chosen: list[str] = []
        menu = QMenu(main_window)
        menu.addAction("item", lambda: chosen.append("item"))
        menu.popup(refer_button.mapToGlobal(refer_button.rect().center()))
        menu.setActiveAction(menu.actions()[0])
        qtbot.waitUntil(lambda: QApplication.activePopupWidget() is menu, timeout=2000)
        qtbot.keyClick(window, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: chosen == ["item"], timeout=2000)
        qtbot.wait(300)
        assert main_window.current_place() == "screen"
    finally:
        input_watch(QApplication.instance()).remove_filter(enter)
        enter.deleteLater()


class _RecordingDialog:
    """Stands in for the print dialog (which is modal): records that it was opened, then cancels."""

    opened: ClassVar[list[str]] = []
    deleted: ClassVar[int] = 0

    class DialogCode:
        Accepted = 1
        Rejected = 0

    def __init__(self, printer, parent=None) -> None:
        self.printer = printer

    def setWindowTitle(self, title: str) -> None:
        self.title = title

    def exec(self) -> int:
        _RecordingDialog.opened.append(self.title)
        return self.DialogCode.Rejected

    def deleteLater(self) -> None:  # a closed print dialog is deleted, not kept under its page
        _RecordingDialog.deleted += 1


def test_ctrl_p_and_alt_p_print_on_refer_only(main_window, qtbot, monkeypatch):
    import screenaid.ui.widgets.handout_pages as printing  # where every print dialog is opened

    _RecordingDialog.opened = []
    _RecordingDialog.deleted = 0
    monkeypatch.setattr(printing, "QPrintDialog", _RecordingDialog)
    main_window.go_to("refer")
    main_window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main_window, timeout=2000)
    qtbot.keyClick(main_window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(_RecordingDialog.opened) == 1, timeout=2000)
    qtbot.keyClick(main_window, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: len(_RecordingDialog.opened) == 2, timeout=2000)
    main_window.go_to("learn")
    qtbot.keyClick(main_window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait(300)
    assert _RecordingDialog.opened == ["Print handout", "Print handout"]
    assert _RecordingDialog.deleted == 2
