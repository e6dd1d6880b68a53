"""Clinic screens: the real app on Xvfb at 1280×720 and 1366×768 with a window manager (openbox), at 100 % and
200 % text. The window's frame must stay inside the screen's available area on every page, and every focusable
control must come into view when scrolled to (scripts/bedside_tour.py does the walking and reports)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest

from tests.privacy.figures import show

from .test_atspi import REPO

SIZES = ("1280x720", "1366x768")
SIDEWAYS_KNOWN = {"refer@200"}
"""Pages that still need a sideways scroll at 200 %: the Refer widgets (filters, handout form) are wider than
1280 px at that size; they stay reachable through the scroll bar."""


@pytest.fixture(scope="module", params=SIZES)
def tour(request, tmp_path_factory) -> tuple[str, dict]:
    assert shutil.which("xvfb-run"), "run scripts/install-system-packages"
    assert shutil.which("openbox"), "run scripts/install-system-packages"
    size = request.param
    home = tmp_path_factory.mktemp(f"fit-{size}")
    env = {key: value for key, value in os.environ.items() if key not in {"DISPLAY", "WAYLAND_DISPLAY"}}
    env.update(QT_QPA_PLATFORM="xcb", HOME=str(home), XDG_CONFIG_HOME=str(home / "config"))
    script = f"openbox >/dev/null 2>&1 & sleep 1; exec {sys.executable} scripts/bedside_tour.py"
    done = subprocess.run(
        ["xvfb-run", "-a", "-s", f"-screen 0 {size}x24", "sh", "-c", script],
        env=env, cwd=REPO, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    assert done.returncode == 0, done.stderr[-3000:]
    assert lines, done.stderr[-3000:]
    return size, json.loads(lines[-1])


def test_the_window_fits_and_every_control_can_be_reached(tour, capsys):
    size, report = tour
    runs = report["runs"]
    assert report["screen"] == [int(n) for n in size.split("x")]
    show(capsys, f"Screen fit at {size} (available {report['available']})", [
        f"{view:<12} frame {run['frame']} fits={run['fits']} sideways scroll {run['sideways_scroll']} px"
        for view, run in runs.items()
    ])  # fmt: skip
    assert len(runs) == 12  # the start page and five places, at 100 % and 200 %
    assert [view for view, run in runs.items() if not run["fits"]] == []
    assert {view: run["shell_unreachable"] for view, run in runs.items() if run["shell_unreachable"]} == {}
    assert {view: run["page_unreachable"] for view, run in runs.items() if run["page_unreachable"]} == {}
    sideways = {view for view, run in runs.items() if run["sideways_scroll"] > 0}
    assert sideways <= SIDEWAYS_KNOWN
