"""``screenaid`` without a command goes straight to the window: it does not build the command-line parser,
whose handout options import pydantic, the configuration and the content models (about 0.3 s in the bundle
before the first paint; benchmarks/bench_bundle.py measures the launch)."""

from __future__ import annotations

import json
import subprocess
import sys

PROBE = """
import json, sys
from screenaid import cli
seen = {}
def record():
    seen["modules"] = sorted(name for name in sys.modules if name.split(".")[0] in ("pydantic", "reportlab")
                             or name.startswith(("screenaid.handout", "screenaid.config", "screenaid.content")))
    return 0
cli._open_app = record
print(json.dumps({"code": cli.main(sys.argv[1:]), "modules": seen.get("modules")}))
"""


def _run(*args: str) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, *args], capture_output=True, text=True, check=True, timeout=60
    )
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def test_no_command_opens_the_app_before_importing_the_heavy_core() -> None:
    assert _run() == {"code": 0, "modules": []}


def test_a_command_still_goes_through_the_parser() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "screenaid", "--version"],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert done.returncode == 0
    assert done.stdout.startswith("ScreenAid ")
