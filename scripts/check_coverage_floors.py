"""Fails when any package's line coverage falls below its floor in tests/coverage-floors.json.

scripts/test runs pytest under coverage (``--cov``) and then this script. The floors were set from the measured
figures (rounded down), so they can only go up: raise a floor when a package's coverage rises, never lower one
to make a change pass. ``--write`` prints the current figures as a new floors file (for raising them).
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path

import coverage

ROOT = Path(__file__).resolve().parent.parent
FLOORS = ROOT / "tests" / "coverage-floors.json"


def package_of(filename: str) -> str:
    parts = Path(filename).resolve().relative_to(ROOT / "src").with_suffix("").parts
    return (
        ".".join(parts[:2]) if len(parts) > 2 else parts[0]
    )  # screenaid.content, or screenaid for top level


def measured() -> dict[str, float]:
    data = coverage.Coverage(data_file=str(ROOT / ".coverage"))
    data.load()
    statements: dict[str, int] = defaultdict(int)
    missing: dict[str, int] = defaultdict(int)
    for filename in data.get_data().measured_files():
        if not filename.startswith(str(ROOT / "src")):
            continue
        _, lines, _, missed, _ = data.analysis2(filename)
        package = package_of(filename)
        statements[package] += len(lines)
        missing[package] += len(missed)
    return {
        p: round(100.0 * (statements[p] - missing[p]) / statements[p], 1)
        for p in sorted(statements)
        if statements[p]
    }


def main() -> int:
    figures = measured()
    if "--write" in sys.argv:
        print(json.dumps({p: int(v) for p, v in figures.items()}, indent=2))
        return 0
    floors = json.loads(FLOORS.read_text(encoding="utf-8"))
    failed = []
    for package, floor in sorted(floors.items()):
        value = figures.get(package, 0.0)
        mark = "ok" if value >= floor else "BELOW FLOOR"
        print(f"coverage {package:<22} {value:5.1f} %  (floor {floor} %)  {mark}")
        if value < floor:
            failed.append(package)
    for package in sorted(set(figures) - set(floors)):
        print(f"coverage {package:<22} {figures[package]:5.1f} %  (no floor yet: add one to {FLOORS.name})")
        failed.append(package)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
