"""What one idle wipe makes anew: widgets created, time, heap in use and free, after a warmed-up session.

Starts the app as a user would (offscreen), opens all five places, runs ``--warm-up`` events of the seeded
monkey from ``tests/privacy/monkey.py`` and one wipe, then wipes ``--wipes`` more times, returning to the
event loop after each (Qt deletes what deleteLater() let go only there). For each wipe it reports the
widgets made anew (alive after the wipe, not before), by type, the time ``MainWindow.wipe()`` took, and the
change in glibc's heap in use and free (mallinfo2) and in RSS. Widgets remade on every wipe leave freed heap
glibc cannot hand back, which shows as a step in ``bench_long_session.py`` at each wipe (issue 16).

    .venv/bin/python benchmarks/bench_wipe.py [--warm-up 3000] [--wipes 5] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench_long_session import memory_detail, rss_mb, settle, start_loaded

PLACES = ("learn", "screen", "ask", "document", "refer")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--warm-up", type=int, default=3000, help="monkey events before the first wipe")
    parser.add_argument("--wipes", type=int, default=5)
    parser.add_argument("--seed", type=int, default=16)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication
    from tests.privacy.monkey import Monkey

    started = start_loaded()
    if started is None:
        return 2
    app, window = started

    for place in PLACES:
        window.go_to(place)
    monkey = Monkey(window, args.seed)
    for _ in range(0, args.warm_up, 100):
        monkey.run(100)
        settle(app, 0.005)
    window.wipe()
    wipes: list[dict[str, object]] = []
    for _ in range(args.wipes):
        settle(app, 0.7)
        before = QApplication.allWidgets()  # held: no wrapper id is reused while we compare
        seen = {id(widget) for widget in before}
        heap, mb = memory_detail(), rss_mb()
        started = time.perf_counter()
        window.wipe()
        ms = (time.perf_counter() - started) * 1000
        settle(app, 0.7)
        made = [widget for widget in QApplication.allWidgets() if id(widget) not in seen]
        after = memory_detail()
        wipes.append(
            {
                "ms": round(ms, 1),
                "widgets_made": len(made),
                "made_by_type": dict(Counter(type(w).__name__ for w in made).most_common(8)),
                "heap_in_use_change_mb": round(after["heap_in_use_mb"] - heap["heap_in_use_mb"], 2),
                "heap_free_change_mb": round(after["heap_free_mb"] - heap["heap_free_mb"], 2),
                "rss_change_mb": round(rss_mb() - mb, 2),
                "widgets": after["widgets"],
            }
        )
        del before, made
    result = {
        "warm_up_events": args.warm_up,
        "seed": args.seed,
        "median_ms": round(statistics.median(w["ms"] for w in wipes), 1),  # type: ignore[misc]
        "median_widgets_made": statistics.median(w["widgets_made"] for w in wipes),  # type: ignore[misc]
        "wipes": wipes,
    }
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        for number, wipe in enumerate(wipes, 1):
            print(f"wipe {number}: " + " ".join(f"{k} {v}" for k, v in wipe.items()))
        print(f"median {result['median_ms']} ms, {result['median_widgets_made']} widgets made anew per wipe")
    window.close()
    QApplication.processEvents()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
