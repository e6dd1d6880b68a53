"""On a workstation with no fonts installed at all, the interface still gets one: the bundled handout fonts
are registered at start-up and the app's font resolves to one of them (issue 17: "bundled UI font fallback")."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

PROBE = """
from PySide6.QtGui import QFontDatabase, QFontInfo, QFontMetrics
from PySide6.QtWidgets import QApplication
from screenaid.ui.app import _ensure_font

app = QApplication([])
real = [f for f in QFontDatabase.families() if f not in ("Monospace", "Sans Serif", "Serif")]
print("before:", "|".join(real))
_ensure_font()
print("resolved:", QFontInfo(QApplication.font()).family())
print("width:", QFontMetrics(QApplication.font()).horizontalAdvance("Quick exit"))
"""


def test_the_interface_has_a_font_on_a_system_without_fonts(tmp_path: Path) -> None:
    config = tmp_path / "fonts.conf"
    config.write_text(  # fontconfig with no font folder at all
        '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd">'
        f"<fontconfig><cachedir>{tmp_path / 'cache'}</cachedir></fontconfig>",
        encoding="utf-8",
    )
    env = {**os.environ, "FONTCONFIG_FILE": str(config), "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, check=True, env=env, timeout=120
    ).stdout
    lines = dict(line.split(": ", 1) for line in out.splitlines() if ": " in line)
    assert lines["before"] == ""  # really no system font
    assert lines["resolved"] in ("DejaVu Sans", "Droid Sans Fallback", "NanumSquare")
    assert int(lines["width"]) > 0
