"""Launch the real app, send a list of keys one by one as a keyboard would, and report what was printed.

    python keystroke_driver.py REPORT.json KEY [KEY ...]     (keys as Qt names: Ctrl+5, Alt+G, S, Enter)
    python keystroke_driver.py REPORT.json --external        (someone else types: e.g. xdotool on X11)

Each key goes to the widget that has the focus (inside the open dialog when one is open), after the app
has settled from the previous one. With --external the driver sends nothing: it prints "READY" once the
window is up and then waits for the handout to be printed. Run by tests/ui/test_keystroke_path.py in a fresh process, with the
printer and the clinic settings set through the environment.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QKeyCombination, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

STEP_MS = 500
TIMEOUT_MS = 90_000


def combination(name: str) -> QKeyCombination:
    sequence = QKeySequence(name)
    if sequence.count() != 1:
        raise SystemExit(f"not one key: {name!r}")
    return sequence[0]


def main() -> int:
    report_path = Path(sys.argv[1])
    external = sys.argv[2:] == ["--external"]
    keys = [] if external else sys.argv[2:]
    report: dict[str, Any] = {"keys_sent": []}

    from screenaid.ui.app import start

    app, window = start([sys.argv[0]])

    def target() -> Any:
        modal = QApplication.activeModalWidget()
        if modal is not None:
            return modal.focusWidget() or modal
        return QApplication.focusWidget() or window

    def finish(code: int) -> None:
        refer = window.pages.get("refer")
        if refer is not None:
            options = refer.composer.options()
            report.update(
                place=window.current_place(),
                language=options.language,
                layout=options.layout.value,
                title_style=options.title_style.value,
                paper=options.paper.value,
                chosen=[r.id for r in refer.directory.chosen()],
                status=refer.status.text(),
            )
            pdf = refer.handout_pdf()
            report["handout_pdf_hex"] = pdf.hex() if pdf else None
        report["exit"] = code
        report_path.write_text(json.dumps(report), encoding="utf-8")
        app.exit(code)

    def send(index: int) -> None:
        if index == len(keys):
            wait_for_print(0)
            return
        key = combination(keys[index])
        widget = target()
        report["keys_sent"].append([keys[index], type(widget).__name__])
        # Schedule the next key first: a key that opens a modal dialog does not return until it closes.
        QTimer.singleShot(STEP_MS, lambda: send(index + 1))
        QTest.keyClick(widget, key.key(), key.keyboardModifiers())

    def wait_for_print(waited: int) -> None:
        refer = window.pages.get("refer")
        if refer is not None and refer.status.text().startswith("Sent "):
            finish(0)
        elif waited > (60_000 if external else 20_000):
            finish(3)
        else:
            QTimer.singleShot(200, lambda: wait_for_print(waited + 200))

    def begin() -> None:
        window.activateWindow()
        window.raise_()
        if external:
            print(f"READY {int(window.winId())}", flush=True)
        QTimer.singleShot(STEP_MS, lambda: send(0))

    window.content_installed.connect(lambda: QTimer.singleShot(STEP_MS, begin))
    QTimer.singleShot(TIMEOUT_MS, lambda: finish(2))
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
