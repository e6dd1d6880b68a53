"""The environment for a real app started in a fresh process by a test: a home of its own, nothing else."""

from __future__ import annotations

from pathlib import Path


def bare_env(home: Path, platform: str = "offscreen", **extra: str) -> dict[str, str]:
    """Only what the app needs: the Qt platform, ``home`` as home and runtime folder (a test then checks that
    nothing was written there), the system's programs, and no bytecode written next to the sources."""
    return {
        "QT_QPA_PLATFORM": platform,
        "HOME": str(home),
        "XDG_RUNTIME_DIR": str(home),
        "PATH": "/usr/bin:/bin",
        "PYTHONDONTWRITEBYTECODE": "1",
        **extra,
    }
