"""Prints the SHA-256 of what pyproject.toml asks to install (build requirements, dependencies, extras).

scripts/lock writes it into requirements/lock.txt; scripts/bootstrap and tests/packaging/test_lock.py compare it, so
a dependency changed in pyproject.toml without a new lock is caught, while other pyproject edits are not.
"""

import hashlib
import json
import sys
import tomllib
from pathlib import Path

root = Path(__file__).resolve().parent.parent
pyproject = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))
wanted = {
    "build": pyproject["build-system"]["requires"],
    "dependencies": pyproject["project"]["dependencies"],
    "extras": pyproject["project"].get("optional-dependencies", {}),
    "build.in": (root / "requirements" / "build.in").read_text(encoding="utf-8"),
}
sys.stdout.write(hashlib.sha256(json.dumps(wanted, sort_keys=True).encode()).hexdigest() + "\n")
