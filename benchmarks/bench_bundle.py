"""The installed bundle: size on disk, and launch to a visible window, against a bare PySide6 window.

Reads the one-folder bundle that ``scripts/build-bundle`` writes (``dist/screenaid/``, or ``--bundle``). When
there is none, it says so and reports nothing else: it never builds one itself (that takes minutes).

Launch time needs an X display, because "visible" means an X window is mapped: run it under ``xvfb-run -a``.
Each run starts the bundle and a bare PySide6 QMainWindow (from this Python), interleaved, and polls with
``xdotool search --onlyvisible`` until the window is mapped; the ratio of the medians is the figure that
travels between machines.

    xvfb-run -a .venv/bin/python benchmarks/bench_bundle.py [--runs 7] [--json]

Goals (issue 16): launch to visible window ≤ 0.4 s; bundle ≤ 150 MB on disk.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WINDOW_TITLE = "Clinical reference"
"""The main window's neutral title (screenaid.ui.main_window.WINDOW_TITLE)."""

CHILD_BARE = """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setWindowTitle("BareReferenceWindow")
window.resize(1100, 760)
window.show()
app.exec()
"""


def size_mb(folder: Path) -> float:
    return (
        sum(path.stat().st_size for path in folder.rglob("*") if path.is_file() and not path.is_symlink())
        / 2**20
    )


def launch_seconds(command: list[str], title: str, env: dict[str, str]) -> float:
    started = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    try:
        while time.perf_counter() - started < 30:
            found = subprocess.run(
                ["xdotool", "search", "--onlyvisible", "--name", title], capture_output=True, text=True
            )
            if found.stdout.strip():
                return time.perf_counter() - started
            time.sleep(0.01)
        raise RuntimeError(f"no visible window titled {title!r} within 30 s")
    finally:
        child.kill()
        child.wait()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "screenaid")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    result: dict[str, object] = {"bundle": str(args.bundle)}
    executable = args.bundle / "screenaid"
    if not executable.is_file():
        result["status"] = "no bundle: build one with scripts/build-bundle, then run this again"
    else:
        result["bundle_size_mb"] = round(size_mb(args.bundle), 1)
        if not os.environ.get("DISPLAY") or shutil.which("xdotool") is None:
            result["launch"] = "skipped: needs an X display (xvfb-run -a) and xdotool"
        else:
            with tempfile.TemporaryDirectory() as home:  # the launched bundle sees an empty, throw-away home
                env = {**os.environ, "HOME": home, "XDG_CONFIG_HOME": home, "XDG_CACHE_HOME": home}
                bundle_runs, bare_runs = [], []
                launch_seconds([str(executable)], WINDOW_TITLE, env)  # warm the file cache
                for _ in range(args.runs):
                    bare_runs.append(
                        launch_seconds([sys.executable, "-c", CHILD_BARE], "BareReferenceWindow", env)
                    )
                    bundle_runs.append(launch_seconds([str(executable)], WINDOW_TITLE, env))
            bundle_s, bare_s = statistics.median(bundle_runs), statistics.median(bare_runs)
            result.update(
                runs=args.runs,
                bundle_launch_to_visible_s=round(bundle_s, 3),
                bare_launch_to_visible_s=round(bare_s, 3),
                launch_ratio=round(bundle_s / bare_s, 2),
            )
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        for key, value in result.items():
            print(f"{key:28} {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
