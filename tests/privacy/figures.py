"""Print a test's figures so they show in the normal test output, even while pytest captures output."""

from __future__ import annotations

import pytest


def show(capsys: pytest.CaptureFixture[str], title: str, lines: list[str]) -> None:
    with capsys.disabled():
        print(f"\n[{title}]")
        for line in lines:
            print(f"  {line}")
