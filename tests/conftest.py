"""Shared test set-up: Qt runs offscreen, and tests that use Qt are marked ``gui``."""

from __future__ import annotations

import copy
import os
from pathlib import Path
from typing import Any, TypeVar

import pytest
from hypothesis import settings

# CI runs the same examples every time (a new random case must be found, and fixed, on a developer's run,
# not block a submission); local runs stay random and keep searching.
settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")

# Offscreen, on a screen the size of a common clinic monitor (the plugin's own default is 800x800, smaller than
# any clinic screen): window-fit, next-steps-visible and keystroke tests then measure what a nurse would see.
_SCREEN = Path(__file__).resolve().parent / "fixtures" / "offscreen-1366x768.json"
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_SCREEN}"
os.environ.setdefault("PYTHONDONTWRITEBYTECODE", "1")
# The interface follows the system's languages: tests see the English interface whatever the machine's locale
# (a test about another language installs it itself), in this process and in the app processes it starts.
os.environ["LC_ALL"] = "C.UTF-8"
os.environ.pop("LANGUAGE", None)
os.environ.pop("SCREENAID_INTERFACE_LANGUAGE", None)

REPO_ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = REPO_ROOT / "data"

T = TypeVar("T")


def fresh_python(code: str) -> str:
    """What ``code`` prints in a fresh interpreter (what a module imports can only be seen there)."""
    import subprocess
    import sys

    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    ).stdout


def unchecked_copy(entry: T, **changes: Any) -> T:
    """``entry`` with ``changes``, its checks not run: what validation would refuse, handed straight to the
    code under test (as pydantic's ``model_copy(update=...)`` did when the content models were pydantic's)."""
    copied = copy.copy(entry)
    for name, value in changes.items():
        object.__setattr__(copied, name, value)
    return copied


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "qtbot" in getattr(item, "fixturenames", ()) or "qapp" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.gui)


@pytest.fixture(scope="session")
def qapp(qapp):
    """pytest-qt's application, with the English catalogue installed as the app does (Qt's plural forms)."""
    from screenaid.ui.translation import install_translation

    install_translation(qapp, "en")
    return qapp


@pytest.fixture(scope="session")
def bundled():
    """The bundled library, loaded once per test session."""
    from screenaid.content import load_library

    return load_library(DATA_DIR)
