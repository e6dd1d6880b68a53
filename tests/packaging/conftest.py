"""Shared set-up for the packaging tests: an isolated environment in which only the test's settings apply."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def isolated(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """No SCREENAID_* variables, a fresh HOME and XDG folders; returns the machine-wide settings folder."""
    if not sys.platform.startswith("linux"):
        pytest.skip("the machine-wide folder can only be redirected on Linux (XDG_CONFIG_DIRS)")
    for name in list(os.environ):
        if name.upper().startswith("SCREENAID_"):
            monkeypatch.delenv(name)
    home = tmp_path / "home"
    home.mkdir()
    for name in ("HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(name, str(home))
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(tmp_path / "xdg"))
    machine = tmp_path / "xdg" / "screenaid"
    machine.mkdir(parents=True)
    # The machine-wide folder is a fixed path; only an in-process test hook can move it.
    monkeypatch.setattr("screenaid.config.loading._MACHINE_DIRS_FOR_TESTS", (machine,))
    return machine
