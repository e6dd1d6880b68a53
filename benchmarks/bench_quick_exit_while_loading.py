"""Quick exit while a hostile clinic folder is being read (issue 11 item 11).

Starts the real app (offscreen) with a machine-wide config whose clinic folder holds one 2 MB YAML file of
~180,000 small broken entries, presses quick exit 300 ms after the first paint, and reports:
- the longest the event loop went without running (a 10 ms timer) while the content was read;
- the time from the quick-exit press to the end of the process.

Run: .venv/bin/python benchmarks/bench_quick_exit_while_loading.py
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CHILD = r"""
import sys, time
from pathlib import Path
import screenaid.config.loading as loading
loading._MACHINE_DIRS_FOR_TESTS = (Path(sys.argv[1]),)
from PySide6.QtCore import QTimer
import screenaid.ui.app as app_module
real_start = app_module.start
def start(argv=None):
    app, window = real_start(argv)
    gaps, last = [], [time.monotonic()]
    def tick():
        now = time.monotonic(); gaps.append(now - last[0]); last[0] = now
    timer = QTimer(window); timer.timeout.connect(tick); timer.start(10)
    def press():
        loaded = window.context is not None
        print(f"pressed {time.monotonic():.6f} loaded={loaded} max_gap={max(gaps, default=0):.3f}", flush=True)
        window.quick_exit.trigger()
    window.first_painted.connect(lambda: QTimer.singleShot(300, press))
    return app, window
app_module.start = start
sys.exit(app_module.run_app([sys.argv[0]]))
"""


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        clinic = root / "clinic"
        clinic.mkdir()
        body = "  - {a: 1}\n"
        (clinic / "huge.yaml").write_text(
            "kind: resource\nentries:\n" + body * (1_990_000 // len(body)), encoding="utf-8"
        )
        machine = root / "etc"
        machine.mkdir()
        config = f'local_resources_dir = "{clinic}"\n' if os.environ.get("BENCH_CLINIC", "1") == "1" else ""
        (machine / "config.toml").write_text(config, encoding="utf-8")
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(root)}
        started = time.monotonic()
        done = subprocess.run(
            [sys.executable, "-c", CHILD, str(machine)], capture_output=True, text=True, env=env, timeout=300,
            check=False,
        )  # fmt: skip
        ended = time.monotonic()
    line = next((x for x in done.stdout.splitlines() if x.startswith("pressed")), None)
    if line is None:
        print(done.stderr[-2000:])
        return 1
    pressed = float(line.split()[1])
    print(f"clinic file 2 MB; {line.split(' ', 2)[2]}; quick exit press -> process end: {ended - pressed:.3f} s "
          f"(whole run {ended - started:.1f} s, exit code {done.returncode})")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
