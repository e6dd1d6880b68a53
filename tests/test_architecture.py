"""The pure-Python core must never import Qt: checked in a fresh interpreter and with import-linter."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

CORE_PACKAGES = ["content", "search", "screening", "handout", "integrity", "config", "paths", "cli"]
CORE_PACKAGES += ["presets"]  # audience presets (screenaid.presets)
CORE_PACKAGES += ["interface_language"]  # the interface language setting, read before first paint
SRC = Path(__file__).resolve().parent.parent / "src" / "screenaid"


def core_modules() -> list[str]:
    modules = []
    for package in CORE_PACKAGES:
        if (SRC / f"{package}.py").exists():
            modules.append(f"screenaid.{package}")
        for path in sorted((SRC / package).rglob("*.py")) if (SRC / package).is_dir() else []:
            relative = path.relative_to(SRC.parent).with_suffix("")
            parts = list(relative.parts)
            if parts[-1] == "__init__":
                parts.pop()
            modules.append(".".join(parts))
    return modules


def test_core_modules_found() -> None:
    modules = core_modules()
    assert "screenaid.content.loader" in modules
    assert "screenaid.search.index" in modules


@pytest.mark.parametrize("module", core_modules())
def test_core_module_does_not_import_qt(module: str) -> None:
    code = (
        "import importlib, sys\n"
        f"importlib.import_module({module!r})\n"
        "qt = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6'))\n"
        "print(','.join(qt))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "", f"{module} imported Qt: {result.stdout.strip()}"


def test_import_linter_contracts_hold() -> None:
    linter = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(linter)], capture_output=True, text=True, check=False, cwd=SRC.parent.parent)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "The core never imports Qt KEPT" in result.stdout
