"""Drive the real app on the current X display the way a nurse meets it: each place at 100 % and 200 % text.

Used by scripts/take-screenshots (``--shots DIR``) and by tests/ui/test_screen_fit.py (``--report``), both on
Xvfb at clinic screen sizes with the openbox window manager. For every place and zoom it checks that the
window's frame lies inside the screen's available area and that every focusable control can be brought into
view: the control is scrolled to, as Tab does, and must then lie inside the window and inside every scroll
area around it; and it lists every visible button, label or combo box that cuts its own text (a combo box
whose tool tip shows the whole choice is allowed, see screenaid.ui.choice_tip). It runs in the interface
language the environment chooses (SCREENAID_INTERFACE_LANGUAGE) and prints one JSON report. Only bundled
content; the example answers are made up here.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from PySide6.QtCore import QLocale, QPoint, QRect, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QComboBox,
    QLabel,
    QScrollArea,
    QWidget,
)

from screenaid.ui.accessibility import focusable_controls
from screenaid.ui.app import start
from screenaid.ui.choice_tip import choice_is_cut
from screenaid.ui.main_window import PLACES, MainWindow


def rect_in_window(widget: QWidget, window: QWidget) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def bring_into_view(widget: QWidget) -> None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            parent.ensureWidgetVisible(widget, 4, 4)
        parent = parent.parentWidget()


def visible_part(widget: QWidget, window: MainWindow) -> QRect:
    """The part of ``widget`` that shows: clipped by the window and by every scroll area around it."""
    part = rect_in_window(widget, window).intersected(window.rect())
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QAbstractScrollArea):
            part = part.intersected(rect_in_window(parent.viewport(), window))
        parent = parent.parentWidget()
    return part


def unreachable(window: MainWindow, root: QWidget) -> list[str]:
    """Visible focusable controls under ``root`` that cannot be scrolled into view inside the window.

    A control is reachable when, once scrolled to (as Tab does), at least a 12×12 pixel part of it shows,
    or all of it when it is smaller than that."""
    found = []
    for control in focusable_controls(root):
        if not control.isVisible():
            continue
        bring_into_view(control)
        QTest.qWait(1)
        part = visible_part(control, window)
        need_w, need_h = min(12, control.width()), min(12, control.height())
        if part.width() < need_w or part.height() < need_h:
            label = control.accessibleName() or type(control).__name__
            found.append(
                f"{type(control).__name__} {label[:50]!r} at {rect_in_window(control, window).getRect()}"
            )
    return found


def cut_text(root: QWidget) -> list[str]:
    """Visible controls and labels under ``root`` whose own text does not fit in them.

    A button, check box or radio button narrower than its text needs; a one-line label narrower than its
    text; a wrapping label shorter than its wrapped text; a combo box whose current choice is cut, unless
    its tool tip carries the choice in full (a screen reader reads the whole choice as its value anyway)."""
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or widget.width() <= 0:
            continue
        text = ""
        if isinstance(widget, QComboBox) and not widget.isEditable():
            if (
                widget.currentText()
                and choice_is_cut(widget)
                and widget.currentText() not in widget.toolTip()
            ):
                text = widget.currentText()
        elif isinstance(widget, QAbstractButton) and widget.text():
            if widget.sizeHint().width() > widget.width() + 1:
                text = widget.text()
        elif isinstance(widget, QLabel) and widget.text():
            if widget.wordWrap():
                if widget.heightForWidth(widget.width()) > widget.height() + 1:
                    text = widget.text()
            elif widget.sizeHint().width() > widget.width() + 1:
                text = widget.text()
        if text:
            found.append(f"{type(widget).__name__} {text[:60]!r} ({widget.width()} px)")
    return found


def fill_example(window: MainWindow) -> None:
    assert window.context is not None
    library, session = window.context.library, window.context.session
    for indicator in [i for i in library.indicators if i.kind.value == "indicator"][:3]:
        session.set_checked(indicator.id, True)
    if any(q.id == "pq-age" for q in library.pathway_questions):
        session.set_answer("pq-age", "adult")


def tour(window: MainWindow, zooms: list[int], shots: Path | None, tag: str) -> dict[str, object]:
    screen = window.screen() or QGuiApplication.primaryScreen()
    area = screen.availableGeometry()
    report: dict[str, object] = {"screen": [screen.geometry().width(), screen.geometry().height()]}
    report["language"] = QLocale().name().split("_")[0]  # the interface language sets the default locale
    report["available"] = area.getRect()
    runs: dict[str, object] = {}
    report["runs"] = runs
    fill_example(window)
    for zoom in zooms:
        window.zoom.set_percent(zoom)
        QTest.qWait(300)
        for key, _label in (("start", "Start"), *PLACES):
            if key == "start":
                window.go_to_start()
            else:
                window.go_to(key)
            QTest.qWait(250)
            frame = window.frameGeometry()
            page = window.stack.currentWidget()
            runs[f"{key}@{zoom}"] = {
                "frame": frame.getRect(),
                "fits": area.contains(frame),
                "shell_unreachable": unreachable(window, window.navigation)
                + unreachable(window, window.search),
                "page_unreachable": unreachable(window, page),
                "cut_text": cut_text(window),
                "sideways_scroll": window.page_area.horizontalScrollBar().maximum(),
            }
            if shots is not None and (key != "start" or zoom == zooms[0]):
                save(screen, shots / f"{key}-{tag}-{zoom}.png")
    if shots is not None:
        window.zoom.set_percent(zooms[0])
        window.go_to("ask")
        window.search.focus_box()
        QTest.keyClicks(window.search.box, "companion")
        QTest.qWait(300)
        save(screen, shots / f"search-{tag}-{zooms[0]}.png")
        QTest.keyClick(window.search.box, Qt.Key.Key_F12)
        QTest.qWait(300)
        save(screen, shots / f"cover-{tag}-{zooms[0]}.png")
        QTest.keyClick(window.cover.page, Qt.Key.Key_F12)
    window.zoom.set_percent(100)
    return report


def save(screen: QScreen, path: Path) -> None:
    """The whole screen, window manager's frame included, so the picture shows how the window fits."""
    screen.grabWindow(0).save(str(path))
    print(f"saved {path}", file=sys.stderr)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--zoom", type=int, action="append", default=[])
    parser.add_argument("--shots", type=Path, default=None, help="save a screenshot of each view here")
    parser.add_argument("--tag", default="", help="screen size label used in screenshot names")
    options = parser.parse_args()
    zooms = options.zoom or [100, 200]
    app, window = start([])
    result: dict[str, object] = {}

    def run() -> None:
        QTest.qWait(500)  # let the window manager place and frame the window
        result.update(tour(window, zooms, options.shots, options.tag))
        app.quit()

    window.search_ready.connect(lambda: QTimer.singleShot(200, run))
    QTimer.singleShot(180000, lambda: app.exit(1))
    code = app.exec()
    print(json.dumps(result))
    return code


if __name__ == "__main__":
    sys.exit(main())
