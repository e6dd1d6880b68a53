"""A crash of the app must not leave a core dump holding what was typed (issue 11, item 6)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.gui

_STARTED_APP = """
import json, os, resource, sys
# As high as this process may go (the test runner may already have lowered its own hard limit by running
# screenaid.cli.main in-process, and an unprivileged process cannot raise it again).
_, hard = resource.getrlimit(resource.RLIMIT_CORE)
resource.setrlimit(resource.RLIMIT_CORE, (hard, hard))
from screenaid.crash_privacy import is_dumpable
from screenaid.ui.app import start
before = is_dumpable()
app, window = start([sys.argv[0]])
print(json.dumps({
    "dumpable_before_start": before,
    "rlimit_core": list(resource.getrlimit(resource.RLIMIT_CORE)),
    "dumpable": is_dumpable(),
}), flush=True)
if "--abort" in sys.argv:
    os.chdir(sys.argv[-1])
    os.abort()
"""


def run_app(tmp_path: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_CONFIG_DIRS": str(tmp_path / "etc-xdg"),
        "SCREENAID_CONFIG": str(tmp_path / "none.toml"),
    }
    return subprocess.run(
        [sys.executable, "-c", _STARTED_APP, *extra],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=120,
        check=False,
    )


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="RLIMIT_CORE and PR_SET_DUMPABLE are Linux")
def test_the_started_app_cannot_dump_core(tmp_path):
    done = run_app(tmp_path)
    assert done.returncode == 0, done.stderr[-1500:]
    state = json.loads(done.stdout.strip().splitlines()[-1])
    assert state == {"dumpable_before_start": True, "rlimit_core": [0, 0], "dumpable": False}


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="RLIMIT_CORE and PR_SET_DUMPABLE are Linux")
def test_an_abort_leaves_no_core_file(tmp_path):
    crash_dir = tmp_path / "crash"
    crash_dir.mkdir()
    done = run_app(tmp_path, "--abort", str(crash_dir))
    assert done.returncode == -6, done.stderr[-1500:]
    assert list(crash_dir.iterdir()) == []
    assert not [p for p in tmp_path.rglob("core*") if p.is_file()]
