"""Keyboard and assistive-technology access: names on every focusable control, Tab order, text zoom."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractButton, QLabel, QTabBar, QWidget

from screenaid.ui.main_window import PLACES


def focusable_widgets(root: QWidget) -> list[QWidget]:
    return [
        widget
        for widget in root.findChildren(QWidget)
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isEnabled() and widget.window() is root
    ]  # popups (a combo box's list) are separate windows, reached through their owner


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None, widget
    return interface.text(QAccessible.Text.Name).strip()


def describe(widget: QWidget) -> str:
    return f"{type(widget).__name__} {widget.objectName()!r} in {type(widget.parentWidget()).__name__}"


@pytest.mark.parametrize("place", [key for key, _label in PLACES])
def test_every_focusable_widget_has_an_accessible_name(qtbot, main_window, place):
    main_window.go_to(place)
    page = main_window.page(place)
    for toggle in page.findChildren(QAbstractButton):
        if toggle.isCheckable() and toggle.text().startswith(("Show", "More detail")):
            toggle.setChecked(True)  # open every "more" section so hidden controls are checked too
    shell = [main_window.quick_exit_button, *main_window.navigation.buttons.values(), main_window.search.box]
    widgets = shell + [widget for widget in focusable_widgets(main_window) if page.isAncestorOf(widget)]
    assert len(widgets) > 10
    unnamed = [describe(widget) for widget in widgets if not accessible_name(widget)]
    assert unnamed == []


def test_tab_order_starts_at_quick_exit_then_places_then_search(qtbot, main_window):
    main_window.activateWindow()
    main_window.quick_exit_button.setFocus()
    expected = [
        main_window.quick_exit_button,
        *main_window.navigation.buttons.values(),
        main_window.search.box,
    ]
    chain = [main_window.quick_exit_button]
    widget = main_window.quick_exit_button
    while len(chain) < len(expected):
        widget = widget.nextInFocusChain()
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisible() and widget.isEnabled():
            chain.append(widget)
    assert chain == expected


def test_quick_exit_is_the_first_tab_stop_of_the_window(main_window):
    first = main_window.nextInFocusChain()
    while not (first.focusPolicy() & Qt.FocusPolicy.TabFocus and first.isVisible()):
        first = first.nextInFocusChain()
    assert first is main_window.quick_exit_button


def test_zoom_scales_text_to_200_percent_and_back(qtbot, main_window, qapp):
    base = qapp.font().pointSizeF()
    for _ in range(6):
        qtbot.keyClick(main_window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert main_window.zoom.percent == 200
    assert qapp.font().pointSizeF() == pytest.approx(base * 2)
    qtbot.wait(10)  # Qt hands the new application font to each widget through the event loop
    assert main_window.quick_exit_button.font().pointSizeF() == pytest.approx(base * 2)
    qtbot.keyClick(main_window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert main_window.zoom.percent == 175
    qtbot.keyClick(main_window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert qapp.font().pointSizeF() == pytest.approx(base)
    qtbot.wait(10)
    assert main_window.quick_exit_button.font().pointSizeF() == pytest.approx(base)


@pytest.mark.parametrize("place", ["learn", "screen", "ask", "document", "refer"])
def test_nothing_is_clipped_at_200_percent(qtbot, main_window, place):
    main_window.zoom.set_percent(200)
    main_window.go_to(place)
    main_window.resize(1280, 900)
    shell = main_window.navigation.parentWidget()  # its rows take a few layout passes after the font change
    qtbot.waitUntil(lambda: shell.height() >= shell.sizeHint().height())
    qtbot.wait(50)
    clipped = []
    for widget in main_window.findChildren(QWidget):
        if not widget.isVisible() or not isinstance(widget, QAbstractButton | QLabel):
            continue
        if isinstance(widget.parent(), QTabBar):
            continue  # a tab bar's own scroll arrows, sized by Qt: every tab stays reachable (and by Ctrl+Tab)
        hint = widget.minimumSizeHint() if isinstance(widget, QLabel) else widget.sizeHint()
        too_narrow = widget.width() + 1 < hint.width()
        too_short = widget.height() + 1 < (
            widget.heightForWidth(widget.width()) if widget.hasHeightForWidth() else hint.height()
        )
        if too_narrow or too_short:
            clipped.append(f"{describe(widget)} {widget.size().toTuple()} < {hint.toTuple()}")
    assert clipped == []
