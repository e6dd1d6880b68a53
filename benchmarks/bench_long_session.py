"""Memory over a long shift: the real window driven by seeded random clicks, keys and place switches.

Starts the app as a user would (``screenaid.ui.app.start``, offscreen), waits until content, start page and
search are loaded, then sends ``--events`` random events with the seeded monkey from ``tests/privacy/monkey.py``
(quick exit disarmed, dialogs closed at once) and prints the resident set size every 1,000 events, as a ratio
to the loaded figure measured in the same run. Every ``--wipe-every`` events it also wipes the session as the
idle timer does, so pages rebuilt on wipe are part of the shift.

    .venv/bin/python benchmarks/bench_long_session.py [--events 30000] [--seed 16] [--json]
    .venv/bin/python benchmarks/bench_long_session.py --events 3000 --objects   # also count live objects
    .venv/bin/python benchmarks/bench_long_session.py --events 6000 --detail    # where the memory is

Goal (issue 16): RSS at the end ≤ 1.2× the loaded figure, and flat. Besides the last sample (taken at once,
maybe just after a wipe) it reports ``settled_rss_mb``: the end of the shift after the event loop has run
on its own as long as it did before the loaded figure was taken, so both ends are measured alike.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

_SHOWN = ("events", "rss_mb", "ratio")
SETTLE_MS = 600
"""How long the event loop runs on its own before the loaded and the settled end figures are taken."""


def rss_mb() -> float:
    """Current resident set size (not the peak), from /proc."""
    with open("/proc/self/statm") as statm:
        pages = int(statm.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def memory_detail() -> dict[str, float]:
    """Where the resident memory is (``--detail``): anonymous vs file-backed pages (/proc/self/smaps_rollup),
    glibc's heap in use vs free but still mapped (mallinfo2, every arena), threads, widgets and live Python
    objects. Linux with glibc only."""
    import ctypes

    from PySide6.QtWidgets import QApplication

    class MallInfo2(ctypes.Structure):
        _fields_ = [
            (name, ctypes.c_size_t)
            for name in [
                "arena",
                "ordblks",
                "smblks",
                "hblks",
                "hblkhd",
                "usmblks",
                "fsmblks",
                "uordblks",
                "fordblks",
                "keepcost",
            ]
        ]

    libc = ctypes.CDLL(None)
    libc.mallinfo2.restype = MallInfo2
    info = libc.mallinfo2()
    detail: dict[str, float] = {}
    with open("/proc/self/smaps_rollup") as rollup:
        for line in rollup:
            key, value, *_ = line.split()
            if key in ("Anonymous:", "Pss_File:"):
                detail[key[:-1].lower() + "_mb"] = round(int(value) / 1024, 1)
    detail["heap_in_use_mb"] = round((info.uordblks + info.hblkhd) / 2**20, 1)
    detail["heap_free_mb"] = round(info.fordblks / 2**20, 1)
    detail["threads"] = len(os.listdir("/proc/self/task"))
    detail["widgets"] = len(QApplication.allWidgets())
    detail["python_objects"] = len(gc.get_objects())
    return detail


def live_counts() -> Counter[str]:
    """Live Python objects by type name, plus Qt objects reachable under every top-level widget."""
    gc.collect()
    counts: Counter[str] = Counter(type(obj).__name__ for obj in gc.get_objects())
    from PySide6.QtCore import QObject
    from PySide6.QtWidgets import QApplication

    qt: Counter[str] = Counter()
    for top in QApplication.topLevelWidgets():
        qt[f"top:{type(top).__name__}"] += 1
        for child in top.findChildren(QObject):
            qt[f"qt:{type(child).__name__}"] += 1
    counts.update(qt)
    return counts


def start_loaded() -> tuple[Any, Any] | None:
    """The app started as a user starts it (``screenaid.ui.app.start``), once content, start page and search
    are loaded: (application, window); None, said on stderr, if that takes over 60 s."""
    from screenaid.ui.app import start

    app, window = start([])
    loaded = {"done": False}
    window.search_ready.connect(lambda: loaded.update(done=True))
    deadline = time.monotonic() + 60
    while not loaded["done"] and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.005)
    if not loaded["done"]:
        print("content did not load within 60 s", file=sys.stderr)
        return None
    return app, window


def settle(app: Any, seconds: float) -> None:
    """Let the event loop run on its own for ``seconds`` (deferred deletes, the heap trim after a load or a
    wipe), then collect."""
    from PySide6.QtCore import QCoreApplication, QEvent

    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        time.sleep(0.005)
    gc.collect()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=30000)
    parser.add_argument("--seed", type=int, default=16)
    parser.add_argument("--every", type=int, default=1000, help="report memory every N events")
    parser.add_argument("--wipe-every", type=int, default=5000, help="idle wipe every N events (0: never)")
    parser.add_argument("--objects", action="store_true", help="print the types whose live count grew most")
    parser.add_argument(
        "--objects-from", type=int, default=0, help="with --objects: count growth from this event on"
    )
    parser.add_argument(
        "--detail", action="store_true", help="with each sample: anon/file pages, heap in use/free, widgets"
    )
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from tests.privacy.monkey import Monkey

    started = start_loaded()
    if started is None:
        return 2
    app, window = started
    settle(app, SETTLE_MS / 1000)  # the loop's own clean-up after loading
    loaded_mb = rss_mb()
    before: Counter[str] = live_counts() if args.objects else Counter()
    monkey = Monkey(window, args.seed)
    samples: list[dict[str, float]] = [{"events": 0, "rss_mb": round(loaded_mb, 1), "ratio": 1.0}]
    if args.detail:
        samples[0].update(memory_detail())
    state: dict[str, Any] = {"done": 0, "before": before, "settled_mb": 0.0, "settled_detail": {}}

    def chunk() -> None:
        """One slice of the shift, then back to the event loop: Qt deletes what deleteLater() let go only
        there, as it does in the real app (a driver that never returns to the loop measures a false leak)."""
        done = state["done"]
        step = min(100, args.events - done)
        monkey.run(step)
        done += step
        state["done"] = done
        if args.wipe_every and done % args.wipe_every == 0:
            window.wipe()
        if done % args.every == 0 or done == args.events:
            if args.objects and done == args.objects_from:
                state["before"] = live_counts()
            mb = rss_mb()
            sample: dict[str, float] = {
                "events": done,
                "rss_mb": round(mb, 1),
                "ratio": round(mb / loaded_mb, 2),
            }
            if args.detail:
                sample.update(memory_detail())
            samples.append(sample)
            if not args.json:
                extra = "  " + " ".join(f"{k} {v}" for k, v in sample.items() if k not in _SHOWN)
                print(
                    f"{done:6d} events  RSS {mb:7.1f} MB  {mb / loaded_mb:5.2f}x loaded{extra.rstrip()}",
                    flush=True,
                )
        if done < args.events:
            QTimer.singleShot(0, chunk)
        else:
            QTimer.singleShot(SETTLE_MS, settled)

    def settled() -> None:
        """The end of the shift measured as the loaded figure was: after the event loop has run its own
        clean-up for a moment (the last sample may fall just after a wipe, before the app trims the heap)."""
        gc.collect()
        state["settled_mb"] = rss_mb()
        if args.detail:
            state["settled_detail"] = memory_detail()
        app.quit()

    started = time.perf_counter()
    QTimer.singleShot(0, chunk)
    app.exec()
    before = state["before"]
    elapsed = time.perf_counter() - started
    result = {
        "events": args.events,
        "seed": args.seed,
        "loaded_rss_mb": round(loaded_mb, 1),
        "final_rss_mb": samples[-1]["rss_mb"],
        "final_ratio_to_loaded": samples[-1]["ratio"],
        "peak_ratio_to_loaded": max(s["ratio"] for s in samples),
        "settled_rss_mb": round(state["settled_mb"], 1),
        "settled_ratio_to_loaded": round(state["settled_mb"] / loaded_mb, 2),
        **({"settled_detail": state["settled_detail"]} if args.detail else {}),
        "seconds": round(elapsed, 1),
        "samples": samples,
        "monkey": monkey.stats.summary(),
    }
    if args.objects:
        after = live_counts()
        grown = {name: after[name] - before[name] for name in after if after[name] - before[name] > 0}
        result["grown_objects"] = dict(sorted(grown.items(), key=lambda kv: -kv[1])[:25])
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        print(result["monkey"])
        if args.objects:
            for name, grew in result["grown_objects"].items():
                print(f"  +{grew:6d} {name}")
        verdict = "met" if result["final_ratio_to_loaded"] <= 1.2 else "NOT met"
        print(f"loaded {loaded_mb:.1f} MB -> final {samples[-1]['rss_mb']} MB: goal (≤ 1.2×) {verdict}")
        print(f"settled after the shift: {result['settled_rss_mb']} MB, {result['settled_ratio_to_loaded']}×")
        if args.detail:
            print("settled:", " ".join(f"{k} {v}" for k, v in state["settled_detail"].items()))
    window.close()
    QApplication.processEvents()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
