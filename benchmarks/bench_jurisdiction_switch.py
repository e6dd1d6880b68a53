"""Time to switch jurisdiction: selecting the library, and rebuilding the current page in the window.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_jurisdiction_switch.py [--runs N]

Reports the median and worst time of ``library_for_jurisdiction`` over the shipped jurisdictions, and of a
full switch in the real main window (selection, page rebuild on the Screen place, search index rebuild).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from screenaid.content import load_library
from screenaid.content.jurisdiction_view import library_for_jurisdiction

DATA = Path(__file__).resolve().parent.parent / "data"
CODES = ("US", "CA", "GB-ENG", "GB-WLS", "GB-SCT", "GB-NIR", "AU", "IE")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=20)
    runs = parser.parse_args().runs
    full = load_library(DATA).library
    selection = []
    for _ in range(runs):
        for code in CODES:
            started = time.perf_counter()
            library_for_jurisdiction(full, code)
            selection.append((time.perf_counter() - started) * 1000)
    print(
        f"library_for_jurisdiction: median {statistics.median(selection):.1f} ms, max {max(selection):.1f} ms"
    )

    from screenaid.ui.qt_privacy import apply_privacy_defaults

    apply_privacy_defaults()
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv)
    from screenaid.config import ClinicConfig
    from screenaid.ui.context import AppContext
    from screenaid.ui.main_window import MainWindow
    from screenaid.ui.private_clipboard import PrivateClipboard
    from screenaid.ui.screening_session import ScreeningSession

    clipboard = PrivateClipboard()
    window = MainWindow(clipboard)
    window.quick_exit.end_process = lambda: None
    window.install_context(AppContext(full, ClinicConfig(), ScreeningSession(), clipboard, ()))
    window.resize(1280, 720)
    window.show()
    window.go_to("screen")
    app.processEvents()
    switches = []
    for index in range(runs):
        code = CODES[(index + 1) % len(CODES)]
        started = time.perf_counter()
        window.jurisdiction_bar.choose(code)
        app.processEvents()
        switches.append((time.perf_counter() - started) * 1000)
    window.shutdown()
    print(f"full switch on Screen: median {statistics.median(switches):.0f} ms, max {max(switches):.0f} ms")


if __name__ == "__main__":
    main()
