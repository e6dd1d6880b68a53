"""Debian tools the system tests use, installed on demand by scripts/install-system-packages."""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]
INSTALLER = REPO_ROOT / "scripts" / "install-system-packages"


@functools.cache
def _install_attempt() -> str:
    """Run the installer once per session; return its error output ('' when it worked)."""
    if os.geteuid() != 0 and shutil.which("sudo") is None:
        return "not root and no sudo"
    done = subprocess.run([str(INSTALLER)], capture_output=True, text=True, check=False, timeout=600)
    return "" if done.returncode == 0 else (done.stderr.strip() or f"exit code {done.returncode}")


def require_tools(*programs: str) -> None:
    """Make sure each program is on PATH, installing the test packages once if needed; else skip."""
    missing = [p for p in programs if shutil.which(p) is None and not Path(p).is_file()]
    if not missing:
        return
    problem = _install_attempt()
    missing = [p for p in programs if shutil.which(p) is None and not Path(p).is_file()]
    if missing:
        pytest.skip(
            f"{', '.join(missing)} not available and {INSTALLER.name} could not install it: {problem}"
        )
