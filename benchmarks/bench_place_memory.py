"""What the first visit to each place adds to the resident memory, once content, start page and search are loaded.

The long session (bench_long_session.py) climbs from the loaded figure to its level within the first hundred
events, the time the monkey takes to visit all five places; this says which place brings what. Each place is
measured in a fresh process of its own (the app started as a user starts it, loaded, then that one place
shown and the event loop left to settle), then all five in turn in one more process. Figures are RSS deltas
from the loaded figure of the same process, split into anonymous and file-backed pages (/proc/self/
smaps_rollup), with the number of widgets the place made; medians over ``--runs`` processes.

    .venv/bin/python benchmarks/bench_place_memory.py [--runs 3] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PLACES = ("learn", "screen", "ask", "document", "refer")

CHILD = """
import json, sys
sys.path.insert(0, {benchmarks!r})
from bench_long_session import memory_detail, rss_mb, settle, start_loaded

app, window = start_loaded()
settle(app, 0.6)
loaded = rss_mb()
before = memory_detail()
out = {{"loaded_mb": round(loaded, 1)}}
for place in sys.argv[1].split(","):
    window.go_to(place)
    settle(app, 0.8)
    after = memory_detail()
    out[place] = {{
        "rss_mb": round(rss_mb() - loaded, 1),
        "anonymous_mb": round(after["anonymous_mb"] - before["anonymous_mb"], 1),
        "file_mb": round(after["pss_file_mb"] - before["pss_file_mb"], 1),
        "widgets": after["widgets"] - before["widgets"],
    }}
print(json.dumps(out))
"""


def run_child(places: str) -> dict:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    code = CHILD.format(benchmarks=str(ROOT / "benchmarks"))
    done = subprocess.run(
        [sys.executable, "-c", code, places], capture_output=True, text=True, env=env, cwd=ROOT, check=True
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def median_of(runs: list[dict], place: str) -> dict[str, float]:
    keys = runs[0][place].keys()
    return {key: round(statistics.median(run[place][key] for run in runs), 1) for key in keys}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    alone = {place: median_of([run_child(place) for _ in range(args.runs)], place) for place in PLACES}
    together_runs = [run_child(",".join(PLACES)) for _ in range(args.runs)]
    together = {place: median_of(together_runs, place) for place in PLACES}
    result = {
        "loaded_mb": statistics.median(run["loaded_mb"] for run in together_runs),
        "each_place_alone": alone,
        "all_five_in_turn_cumulative": together,
    }
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    print(f"loaded: {result['loaded_mb']} MB")
    print("first visit, each place in a process of its own (MB over loaded; widgets made):")
    for place, figures in alone.items():
        print(
            f"  {place:9s} +{figures['rss_mb']:5.1f}  anonymous {figures['anonymous_mb']:5.1f}"
            f"  files {figures['file_mb']:5.1f}  widgets {figures['widgets']:5.0f}"
        )
    print("all five in turn, one process (cumulative MB over loaded):")
    for place, figures in together.items():
        print(f"  {place:9s} +{figures['rss_mb']:5.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
