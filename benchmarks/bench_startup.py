"""Start-up time and peak memory of the app, as ratios to a bare PySide6 QMainWindow measured in the same run.

Each run starts a fresh Python process (offscreen) and times it from process launch until the window's
first paint event. The app's first frame is Quick exit (button and 3×Shift) over the loading page; the rest
of its shell follows in the next turn of the event loop, so the app also reports when that complete shell
(places, search box, cover button, notices, jurisdiction) has been painted ("shell complete"), and when
its content, start page and search are ready (other pages are built on first visit). Peak memory is the
child's peak resident set size (ru_maxrss), taken for the app both at its first paint and once content,
start page and search are loaded.

    .venv/bin/python benchmarks/bench_startup.py [--runs 15] [--json]

Goals (issue 16): first paint ≤ 1.3× the bare window (the shell-complete ratio is reported beside it),
content + start page + search ready ≤ 250 ms, peak memory once loaded ≤ 1.5×. ``content_source`` says
whether the content came from the signed, validated snapshot (data/library.snapshot) or had to be parsed
and validated from the YAML (a stale or missing snapshot: run scripts/sign-bundled-resources).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time

CHILD_BARE = """
import resource, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

class Watch(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            print("painted", flush=True)
            print("paint_rss_kb", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, flush=True)
            window.removeEventFilter(self)
            QTimer.singleShot(0, done)
        return False

def done():
    print("ready", flush=True)
    print("maxrss_kb", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, flush=True)
    app.quit()

app = QApplication(sys.argv[:1])
window = QMainWindow()
watch = Watch()
window.installEventFilter(watch)
window.resize(1100, 760)
window.show()
app.exec()
"""

CHILD_APP = """
import resource
from PySide6.QtCore import QTimer
from screenaid.ui.app import start

app, window = start([])
window.first_painted.connect(lambda: print("painted", flush=True))
window.first_painted.connect(
    lambda: print("paint_rss_kb", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, flush=True)
)
window.shell_painted.connect(lambda: print("shell", flush=True))

def done():
    print("ready", flush=True)
    print("maxrss_kb", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, flush=True)
    app.quit()

window.search_ready.connect(lambda: QTimer.singleShot(0, done))
app.exec()
"""


def run_child(code: str) -> dict[str, float]:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    started = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env
    )
    marks: dict[str, float] = {}
    assert child.stdout is not None
    for line in child.stdout:
        name, *value = line.split()
        marks[name] = float(value[0]) if value else time.perf_counter() - started
    child.wait(timeout=60)
    if child.returncode != 0 or "painted" not in marks:
        raise RuntimeError(f"child failed (exit {child.returncode}): {marks}")
    return marks


def content_source() -> str:
    """Where the app reads its content from on this checkout: the validated snapshot, or the YAML files."""
    code = (
        "from screenaid.integrity.app_content import load_app_content;"
        "r = load_app_content(country='US').result;"
        "print('snapshot' if r.from_snapshot else 'yaml (' + (r.snapshot_problem or 'no snapshot') + ')')"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    return out.stdout.strip() or f"unknown (exit {out.returncode})"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    run_child(CHILD_BARE)  # warm the file cache for both
    run_child(CHILD_APP)
    bare: list[dict[str, float]] = []
    app: list[dict[str, float]] = []
    for _ in range(args.runs):  # interleaved, so background load hits both alike
        bare.append(run_child(CHILD_BARE))
        app.append(run_child(CHILD_APP))

    def median(runs: list[dict[str, float]], key: str) -> float:
        return statistics.median(run[key] for run in runs)

    result = {
        "runs": args.runs,
        "content_source": content_source(),
        "platform": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        "bare_first_paint_ms": round(median(bare, "painted") * 1000, 1),
        "app_first_paint_ms": round(median(app, "painted") * 1000, 1),
        "app_shell_complete_ms": round(median(app, "shell") * 1000, 1),
        "app_content_ready_ms": round(median(app, "ready") * 1000, 1),
        "bare_peak_rss_mb": round(median(bare, "maxrss_kb") / 1024, 1),
        "app_peak_rss_at_first_paint_mb": round(median(app, "paint_rss_kb") / 1024, 1),
        "app_peak_rss_loaded_mb": round(median(app, "maxrss_kb") / 1024, 1),
    }
    result["first_paint_ratio"] = round(result["app_first_paint_ms"] / result["bare_first_paint_ms"], 2)
    result["shell_complete_ratio"] = round(result["app_shell_complete_ms"] / result["bare_first_paint_ms"], 2)
    result["peak_memory_ratio_at_first_paint"] = round(
        result["app_peak_rss_at_first_paint_mb"] / result["bare_peak_rss_mb"], 2
    )
    result["peak_memory_ratio_loaded"] = round(
        result["app_peak_rss_loaded_mb"] / result["bare_peak_rss_mb"], 2
    )
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        for key, value in result.items():
            print(f"{key:24} {value}")
        verdict = "met" if result["first_paint_ratio"] <= 1.3 else "NOT met"
        print(
            f"first paint goal (≤ 1.3×): {verdict} (complete shell painted at {result['shell_complete_ratio']}×)"
        )
        verdict = "met" if result["app_content_ready_ms"] <= 250 else "NOT met"
        print(f"content, start page and search ready goal (≤ 250 ms): {verdict}")
        verdict = "met" if result["peak_memory_ratio_at_first_paint"] <= 1.5 else "NOT met"
        print(f"peak memory goal at first paint (≤ 1.5×): {verdict}")
        verdict = "met" if result["peak_memory_ratio_loaded"] <= 1.5 else "NOT met"
        print(f"peak memory goal with content, start page and search loaded (≤ 1.5×): {verdict}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
