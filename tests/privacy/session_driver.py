"""A scripted full ScreenAid session, run as its own process by the zero-trace and no-network tests.

    python session_driver.py REPORT.json [--printer pdf:PATH | cups:QUEUE] [--monkey N] [--seed S]

The sentinel strings to type come from the ``SESSION_DRIVER_SENTINELS`` environment variable (a JSON list),
so they never touch the disk before the session. The session: search, check indicators, answer the pathway
questions, type into every editable text field, compose and copy the note, build and print a handout, probe
Qt's settings and a non-native file dialog, an optional monkey, the idle wipe, and finally quick exit. The
process exits with the application's exit code. The report (figures only, never the sentinels) is written
to REPORT.json, which the caller places outside the watched folders.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
import traceback
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

SOCKET_EVENTS = ("socket.__new__", "socket.connect", "socket.bind", "socket.getaddrinfo", "socket.sendto")
audit: dict[str, Any] = {"socket_events": Counter(), "socket_families": Counter(), "written_files": []}


def _audit_hook(event: str, args: tuple[Any, ...]) -> None:
    """The in-process network and file-write audit (Python-level calls only; strace sees the C level)."""
    if event in SOCKET_EVENTS:
        audit["socket_events"][event] += 1
        if event == "socket.__new__" and len(args) > 1:
            audit["socket_families"][str(args[1])] += 1
    elif event == "open" and len(args) > 1 and isinstance(args[1], str) and any(c in args[1] for c in "wax+"):
        audit["written_files"].append(str(args[0]))


sys.addaudithook(_audit_hook)

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))  # for tests.privacy.monkey (no __pycache__: PYTHONDONTWRITEBYTECODE=1)

from PySide6.QtCore import (  # noqa: E402
    QCoreApplication,
    QEvent,
    QEventLoop,
    QSettings,  # noqa: TID251 - the probe that proves settings cannot be written
    Qt,
    QTimer,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtGui import QGuiApplication, QKeyEvent  # noqa: E402
from PySide6.QtPrintSupport import QPrinter  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QApplication,
    QComboBox,
    QFileDialog,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

qt_messages: Counter[str] = Counter()
critical_texts: list[str] = []
warning_texts: set[str] = set()
exceptions: list[str] = []


def _qt_message(kind: QtMsgType, _context: object, message: str) -> None:
    name = {
        QtMsgType.QtDebugMsg: "debug",
        QtMsgType.QtInfoMsg: "info",
        QtMsgType.QtWarningMsg: "warning",
        QtMsgType.QtCriticalMsg: "critical",
        QtMsgType.QtFatalMsg: "fatal",
    }.get(kind, "other")
    qt_messages[name] += 1
    if name in ("critical", "fatal"):
        critical_texts.append(message[:300])
    elif name == "warning" and len(warning_texts) < 20:
        warning_texts.add(message[:200])


def wait_until(condition: Callable[[], bool], timeout_ms: int = 20_000) -> bool:
    deadline = time.monotonic() + timeout_ms / 1000
    while not condition():
        if time.monotonic() > deadline:
            return False
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        time.sleep(0.005)
    return True


def pause(ms: int) -> None:
    QTest.qWait(ms)


def type_text(widget: QWidget, text: str) -> None:
    """Type any text, one key event per character (QTest.keyClicks aborts on non-ASCII)."""
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
            )
    QApplication.processEvents()


def text_of(widget: QWidget) -> str:
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QComboBox):
        return widget.currentText()
    return ""


def editable_fields(root: QWidget) -> list[QWidget]:
    fields: list[QWidget] = []
    for widget in root.findChildren(QWidget):
        if (
            (isinstance(widget, QLineEdit) and not widget.isReadOnly())
            or (isinstance(widget, QPlainTextEdit | QTextEdit) and not widget.isReadOnly())
            or (isinstance(widget, QComboBox) and widget.isEditable())
        ):
            fields.append(widget)
    return fields


def make_printer(page: Any, spec: str, report: dict[str, Any]) -> QPrinter:
    printer: QPrinter = page.make_printer()
    kind, _, target = spec.partition(":")
    if kind == "cups":
        printer.setPrinterName(target)
        report["print_target"] = f"CUPS queue {target}"
    else:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(target)
        report["print_target"] = f"QPrinter PDF file outside the watched folders ({Path(target).name})"
    report["print_job_name"] = printer.docName()
    report["print_creator"] = printer.creator()
    return printer


def session(
    app: QApplication, window: Any, args: argparse.Namespace, sentinels: list[str], report: dict
) -> None:
    steps: list[str] = report["steps"]
    assert wait_until(lambda: window.search.box.isEnabled()), "search never became ready"
    report["notices"] = len(window.context.notices)
    report["config_idle_wipe_minutes"] = window.context.config.idle_wipe_minutes
    steps.append("started")

    # Qt's own settings are redirected to a place where nothing can be written.
    probe = QSettings()
    probe.setValue("privacy-probe", "written?")
    probe.sync()
    report["qsettings_status"] = probe.status().name
    report["qsettings_file"] = probe.fileName()
    report["qtproject_file"] = QSettings(QSettings.Scope.UserScope, "QtProject").fileName()
    del probe
    steps.append("qsettings probed")

    typed: dict[str, str] = {}

    def type_into(name: str, widget: QWidget, text: str) -> None:
        type_text(widget, text)
        typed[name] = "ok" if text in text_of(widget) else "not accepted"

    # 1. Search: sentinels, then a real query whose first result opens its page.
    QTest.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    type_into("search box", window.search.box, " ".join(sentinels))
    QTest.keyClick(window.search.box, Qt.Key.Key_Escape)
    QTest.keyClicks(window.search.box, "debt")
    report["search_results_for_debt"] = window.search.results.count()
    QTest.keyClick(window.search.box, Qt.Key.Key_Return)
    report["search_opened_place"] = window.current_place()
    steps.append("searched")

    # 2. Screen: check indicators through the tree, answer the pathway questions with the real buttons.
    QTest.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    screen = window.page("screen")
    library = window.context.library
    screen.checklist.set_core_view(False)  # the full list: the Screen place opens on its core items
    for indicator in library.indicators[:6]:
        item = screen.checklist.item_for(indicator.id)
        if item is not None:
            item.setCheckState(0, Qt.CheckState.Checked)
    report["indicators_checked"] = len(window.context.session.state.checked)
    answered = 0
    for question_id, answer_id in (
        ("pq-age", "adult"),
        ("pq-danger", "unsure"),
        ("pq-wishes", "wants-information"),
    ):
        try:
            button = screen.questions.button(question_id, answer_id)
        except KeyError:
            continue
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)
        answered += 1
    report["questions_answered"] = answered
    steps.append("screened")

    # 3. Document: type into the note composer, copy the note through the private clipboard.
    from screenaid.ui.widgets.note_composer import COPY_ANYWAY

    QTest.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    document = window.page("document")
    document.tabs.setCurrentWidget(document.composer)
    type_into("note additions", document.composer.additions, " ".join(sentinels))
    QTest.mouseClick(document.composer.copy_button, Qt.MouseButton.LeftButton)
    if document.composer.copy_button.text() == COPY_ANYWAY:  # the note still has [blanks]: confirm
        QTest.mouseClick(document.composer.copy_button, Qt.MouseButton.LeftButton)
    clipboard_text = QGuiApplication.clipboard().text()
    report["note_copied_with_sentinels"] = all(s in clipboard_text for s in sentinels)
    steps.append("note composed and copied")

    # 4. Every other editable text field of every page gets the sentinels too.
    from screenaid.ui.main_window import PLACES

    for place, _label in PLACES:
        window.go_to(place)
        page = window.page(place)
        for number, field in enumerate(editable_fields(page)):
            if field is document.composer.additions:
                continue
            type_into(
                f"{place} field {number} ({type(field).__name__})", field, sentinels[number % len(sentinels)]
            )
    report["fields_typed"] = typed
    steps.append("every text field typed")

    # 5. Refer: handout with a different language and the discreet title, shown and printed.
    QTest.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    refer = window.page("refer")
    composer = refer.composer
    composer.language.setCurrentIndex(max(composer.language.findData("es"), 0))
    composer.title_style.setCurrentIndex(1)
    refer.refresh_preview()
    report["handout_preview_pages"] = len(refer.preview.page_labels)
    printer = make_printer(refer, args.printer, report)
    report["pages_printed"] = refer.print_to(printer)
    del printer
    steps.append("handout printed")

    # 6. A non-native file dialog (it would write QtProject.conf if the settings were not redirected).
    dialog = QFileDialog(window, "Save handout as PDF")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setDirectory(str(Path(args.report).parent))
    dialog.open()
    pause(50)
    name_box = dialog.findChild(QLineEdit)
    if name_box is not None:
        type_text(name_box, sentinels[0])
    dialog.reject()
    dialog.deleteLater()
    pause(50)
    steps.append("file dialog opened and closed")

    # 7. Optional monkey on the real window.
    if args.monkey:
        from tests.privacy.monkey import Monkey

        stats = Monkey(window, args.seed).run(args.monkey)
        report["monkey"] = {"seed": stats.seed, "events": stats.events, "summary": stats.summary()}
        steps.append("monkey")

    # 8. Idle wipe: the configured idle time (read from the clinic config) is compressed for the test.
    window.go_to("document")
    type_into("note additions (before wipe)", document.composer.additions, sentinels[0])
    wiped: list[bool] = []
    window.idle_wipe.wiped.connect(lambda: wiped.append(True))
    window.idle_wipe.set_timing(idle_ms=100, tick_ms=5)
    report["idle_wipe_fired"] = wait_until(lambda: bool(wiped), 10_000)
    leftovers = [
        f"{type(f).__name__} on {place}"
        for place, page in window.pages.items()
        for f in editable_fields(page)
        if any(s in text_of(f) for s in sentinels)
    ]
    leftovers += ["search box"] if any(s in window.search.box.text() for s in sentinels) else []
    report["sentinel_fields_after_wipe"] = leftovers
    report["session_empty_after_wipe"] = window.context.session.state.is_empty
    window.idle_wipe.set_timing(idle_ms=600_000)
    steps.append("idle wiped")

    # 9. Type again, copy again, then quick exit by its button (the event loop is running by then).
    type_into("note additions (before exit)", document.composer.additions, sentinels[-1])
    document.composer.copy()
    report["clipboard_ours_before_exit"] = window.clipboard.holds_ours()
    QTimer.singleShot(0, window.quick_exit_button.click)
    steps.append("quick exit pressed")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("report")
    parser.add_argument("--printer", default="")
    parser.add_argument("--monkey", type=int, default=0)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    sentinels = json.loads(os.environ.pop("SESSION_DRIVER_SENTINELS"))
    report: dict[str, Any] = {"steps": [], "pid": os.getpid()}
    qInstallMessageHandler(_qt_message)

    from screenaid.ui.app import start

    app, window = start([sys.argv[0]])
    app_hook = sys.excepthook

    def record_exception(kind: type[BaseException], error: BaseException, trace: Any) -> None:
        exceptions.append("".join(traceback.format_exception(kind, error, trace))[-1500:])
        app_hook(kind, error, trace)

    sys.excepthook = record_exception
    try:
        session(app, window, args, sentinels, report)
        code = app.exec()
    except Exception:
        exceptions.append(traceback.format_exc()[-1500:])
        code = 70
    report["exit_code"] = code
    report["windows_visible_after_exit"] = sum(w.isVisible() for w in QApplication.topLevelWidgets())
    report["clipboard_empty_after_exit"] = QGuiApplication.clipboard().text() == ""
    report["qt_messages"] = dict(qt_messages)
    report["qt_critical"] = critical_texts
    report["qt_warning_texts"] = sorted(warning_texts)
    report["exceptions"] = exceptions
    report["python_socket_events"] = dict(audit["socket_events"])
    report["python_socket_families"] = dict(audit["socket_families"])
    report["python_files_opened_for_writing"] = [p for p in audit["written_files"] if p != args.report]
    QCoreApplication.processEvents()
    Path(args.report).write_text(json.dumps(report, indent=1, ensure_ascii=True), encoding="utf-8")
    return code


if __name__ == "__main__":
    sys.exit(main())
