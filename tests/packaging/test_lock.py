"""The dependency lock: complete, hash-checked, current with pyproject.toml and silent about package indexes."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LOCK = ROOT / "requirements" / "lock.txt"
PIN = re.compile(r"^([A-Za-z0-9_.\-]+)==([^\s;\\]+)")


def _locked() -> dict[str, tuple[str, list[str]]]:
    """Package name (normalised) -> (version, hashes), parsed from the lock's requirement blocks."""
    packages: dict[str, tuple[str, list[str]]] = {}
    current: str | None = None
    for line in LOCK.read_text(encoding="utf-8").splitlines():
        match = PIN.match(line)
        if match:
            current = re.sub(r"[-_.]+", "-", match.group(1)).lower()
            packages[current] = (match.group(2), [])
        elif current and (hashed := re.search(r"--hash=sha256:([0-9a-f]{64})", line)):
            packages[current][1].append(hashed.group(1))
    return packages


def test_lock_matches_the_dependencies_in_pyproject() -> None:
    digest = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "dependency_digest.py")],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    header = re.search(r"^# dependencies-sha256: ([0-9a-f]{64})$", LOCK.read_text(encoding="utf-8"), re.M)
    assert header is not None, "the lock has no dependencies-sha256 header"
    assert header.group(1) == digest, "pyproject.toml's dependencies changed: run scripts/lock"


def test_every_locked_package_has_hashes() -> None:
    packages = _locked()
    assert len(packages) > 30
    unhashed = sorted(name for name, (_, hashes) in packages.items() if not hashes)
    assert unhashed == []


def test_lock_names_no_package_index_or_url() -> None:
    text = LOCK.read_text(encoding="utf-8")
    assert not re.search(r"^\s*(-i|--index-url|--extra-index-url|--find-links|-f)\b", text, re.M)
    assert "://" not in text


def test_exact_pins_in_pyproject_are_the_locked_versions() -> None:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    requirements = list(pyproject["project"]["dependencies"])
    for extra in pyproject["project"]["optional-dependencies"].values():
        requirements += extra
    locked = _locked()
    pinned = [PIN.match(r.replace(" ", "")) for r in requirements]
    checked = 0
    for match in filter(None, pinned):
        name = re.sub(r"[-_.]+", "-", match.group(1)).lower()
        assert locked[name][0] == match.group(2), name
        checked += 1
    assert checked >= 1


def test_every_runtime_dependency_is_locked() -> None:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    names = {
        re.sub(r"[-_.]+", "-", re.match(r"[A-Za-z0-9_.\-]+", r).group(0)).lower()  # type: ignore[union-attr]
        for r in pyproject["project"]["dependencies"]
    }
    assert names - set(_locked()) == set()


def _unlocked(lock: Path) -> list[str]:
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "unlocked_packages.py"), str(lock)],
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout.split()


def test_the_venv_holds_nothing_beyond_the_lock() -> None:
    """scripts/bootstrap removes what the lock does not list, so a dropped dependency cannot reach a bundle."""
    assert _unlocked(LOCK) == []


def test_a_package_missing_from_the_lock_is_reported(tmp_path: Path) -> None:
    text = LOCK.read_text(encoding="utf-8")
    assert "\nrapidfuzz==" in text
    shorter = tmp_path / "lock.txt"
    shorter.write_text(text.replace("\nrapidfuzz==", "\n# rapidfuzz==", 1), encoding="utf-8")
    assert _unlocked(shorter) == ["rapidfuzz"]
