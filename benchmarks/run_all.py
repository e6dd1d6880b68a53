"""Every figure of issue 16 in one command, each beside the reference measured in the same run.

Runs, one after another (never in parallel: the machine is shared):
  bench_startup.py        first paint, content + start page + search ready, peak memory; bare PySide6 window
  bench_long_session.py   RSS every 1,000 events of a seeded monkey session; ratio to the loaded figure
  bench_first_handout.py  first handout in a fresh process; ratios to a warm render and a reportlab reference
  bench_bundle.py         bundle size and launch to visible window (needs dist/ and an X display)
and records the machine's load (os.getloadavg, before and after), since absolute timings are noisy.

    .venv/bin/python benchmarks/run_all.py --json                     # defaults: 15 runs, 30,000 events
    xvfb-run -a .venv/bin/python benchmarks/run_all.py --json         # also times the bundle, if one exists
    .venv/bin/python benchmarks/run_all.py --runs 5 --events 5000     # quicker
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def bench(script: str, *options: str) -> dict[str, object]:
    out = subprocess.run(
        [sys.executable, str(HERE / script), *options, "--json"],
        capture_output=True,
        text=True,
        cwd=HERE.parent,
        env={**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")},
    )
    if out.returncode != 0:
        return {"error": f"{script} exited {out.returncode}", "stderr_tail": out.stderr[-2000:]}
    text = out.stdout
    return dict(json.loads(text[text.index("{") :]))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15, help="fresh-process runs per start-up figure")
    parser.add_argument("--events", type=int, default=30000, help="events in the long session")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    load_before = os.getloadavg()
    startup = bench("bench_startup.py", "--runs", str(args.runs))
    session = bench("bench_long_session.py", "--events", str(args.events))
    handout = bench("bench_first_handout.py", "--runs", str(max(3, args.runs // 2)))
    bundle = bench("bench_bundle.py", "--runs", str(max(3, args.runs // 2)))
    table = {
        "first_paint_vs_bare": startup.get("first_paint_ratio"),
        "shell_complete_vs_bare": startup.get("shell_complete_ratio"),
        "content_start_search_ready_ms": startup.get("app_content_ready_ms"),
        "content_source": startup.get("content_source"),
        "content_ready_vs_bare_first_paint": (
            round(float(startup["app_content_ready_ms"]) / float(startup["bare_first_paint_ms"]), 2)  # type: ignore[arg-type]
            if "app_content_ready_ms" in startup
            else None
        ),
        "peak_memory_loaded_vs_bare": startup.get("peak_memory_ratio_loaded"),
        "long_session_final_vs_loaded": session.get("final_ratio_to_loaded"),
        "long_session_settled_vs_loaded": session.get("settled_ratio_to_loaded"),
        "long_session_peak_vs_loaded": session.get("peak_ratio_to_loaded"),
        "bundle_launch_vs_bare": bundle.get("launch_ratio", bundle.get("status") or bundle.get("launch")),
        "bundle_size_mb": bundle.get("bundle_size_mb", bundle.get("status")),
        "first_handout_ms": handout.get("first_handout_ms"),
        "first_handout_vs_warm": handout.get("first_to_warm_ratio"),
        "first_handout_vs_reportlab_reference": handout.get("first_to_reference_ratio"),
    }
    result = {
        "machine": {"cpus": os.cpu_count(), "loadavg_before": load_before, "loadavg_after": os.getloadavg()},
        "table": table,
        "startup": startup,
        "long_session": session,
        "first_handout": handout,
        "bundle": bundle,
    }
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        print(f"load average before {load_before}, after {result['machine']['loadavg_after']}")
        for key, value in table.items():
            print(f"{key:40} {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
