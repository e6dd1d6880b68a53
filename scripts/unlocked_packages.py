"""Print the distributions installed in this Python that requirements/lock.txt does not list, one per line.

scripts/bootstrap removes them, so a .venv made before a dependency was dropped (pydantic-settings, say)
cannot carry it into a bundle built here: the venv holds exactly the lock. Kept: pip itself, uv (installed
by scripts/lock to write the lock) and screenaid (installed from the checkout).
"""

from __future__ import annotations

import importlib.metadata
import re
import sys
from pathlib import Path

KEPT = frozenset({"pip", "uv", "screenaid"})


def normalized(name: str) -> str:
    """A project name as the package index compares them (PEP 503)."""
    return re.sub(r"[-_.]+", "-", name).lower()


def locked(lock: Path) -> set[str]:
    return {
        normalized(re.split(r"[=;\s\\]", line)[0])
        for line in lock.read_text(encoding="utf-8").splitlines()
        if line[:1].isalpha()
    }


def unlocked(lock: Path) -> list[str]:
    installed = {normalized(d.metadata["Name"]) for d in importlib.metadata.distributions()}
    return sorted(installed - locked(lock) - KEPT)


if __name__ == "__main__":
    lock = (
        Path(sys.argv[1])
        if len(sys.argv) > 1
        else Path(__file__).resolve().parent.parent / "requirements" / "lock.txt"
    )
    print("\n".join(unlocked(lock)))
