"""Time for one text-zoom step with all five pages built (goal: well under a second).

Run: .venv/bin/python benchmarks/bench_zoom.py [--runs N]

Builds the real main window over the bundled content, opens every place once, then times
``Zoom.set_percent`` through 125, 150, 175, 200 and back to 100 % (each step until the event loop has
handed the new font to every widget). Offscreen. Before the per-control style sheets (screenaid.ui.app_style)
each step re-set an application style sheet and took about 7-8 s on the 2-core development machine.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from screenaid.ui.qt_privacy import apply_privacy_defaults

STEPS = (125, 150, 175, 200, 100)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3)
    options = parser.parse_args()
    apply_privacy_defaults()
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from screenaid.config import ClinicConfig
    from screenaid.content import load_library
    from screenaid.ui.context import AppContext
    from screenaid.ui.main_window import PLACES, MainWindow
    from screenaid.ui.private_clipboard import PrivateClipboard
    from screenaid.ui.screening_session import ScreeningSession

    app = QApplication(sys.argv[:1])
    library = load_library(Path(__file__).resolve().parent.parent / "data").library
    clipboard = PrivateClipboard()
    window = MainWindow(clipboard)
    window.install_context(AppContext(library, ClinicConfig(), ScreeningSession(), clipboard, ()))
    window.show()
    for key, _label in PLACES:
        window.go_to(key)
        QTest.qWait(10)
    times: list[float] = []
    for _ in range(options.runs):
        for percent in STEPS:
            started = time.perf_counter()
            window.zoom.set_percent(percent)
            app.processEvents()
            times.append(time.perf_counter() - started)
    print(
        f"zoom step, all pages built: median {statistics.median(times) * 1000:.0f} ms, "
        f"max {max(times) * 1000:.0f} ms over {len(times)} steps"
    )
    window.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
