"""Issue 11 item 12: with no CUPS Unix socket, libcups reaches the local print service over loopback TCP
(127.0.0.1 / ::1, port 631). The README says so; this test shows that this is the only internet-family
connection printing makes, and that it never targets another address. CUPS_SERVER is not set (the old test
set it, which hid the behaviour)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.privacy.test_no_network import LOOPBACK_CUPS

PROBE = """
from PySide6.QtWidgets import QApplication
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
app = QApplication([])
names = QPrinterInfo.availablePrinterNames()
printer = QPrinter()
print("printers", len(names))
"""


@pytest.mark.skipif(shutil.which("strace") is None or not sys.platform.startswith("linux"), reason="strace")
def test_printing_without_a_cups_socket_uses_only_loopback_port_631(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("CUPS_SERVER", "http_proxy", "https_proxy")}
    env.update({"QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)})
    log = tmp_path / "strace.log"
    done = subprocess.run(
        ["strace", "-f", "-qq", "-e", "trace=connect", "-o", str(log), sys.executable, "-c", PROBE],
        capture_output=True, text=True, env=env, timeout=120, check=False,
    )  # fmt: skip
    if done.returncode != 0 and "ptrace" in done.stderr:
        pytest.skip("ptrace is not allowed here")
    assert done.returncode == 0, done.stderr[-1500:]
    text = log.read_text(errors="replace")
    inet = [line for line in text.splitlines() if re.search(r"sa_family=AF_INET6?\b", line)]
    loopback = [line for line in inet if LOOPBACK_CUPS.search(line)]
    assert [line for line in inet if line not in loopback] == []
    cups_socket = Path("/run/cups/cups.sock").exists()
    with capsys.disabled():
        print(f"\n[item 12] printing with CUPS_SERVER unset (cups.sock present: {cups_socket}): "
              f"{len(loopback)} connect(s) to loopback:631, {len(inet) - len(loopback)} anywhere else")  # fmt: skip
