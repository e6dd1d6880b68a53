"""No network: the scripted session (the same run as the zero-trace tests) opens no internet socket, except
the one kind of connection the README declares: the local print service (CUPS) on the loopback address, port 631,
which libcups uses when the computer has no CUPS Unix socket. Loopback traffic never leaves the computer.

strace follows the whole process tree at the system-call level (Qt's C++ code included) and lists every
socket() and connect(). Where ptrace is not allowed, only the driver's Python audit hook watches
(socket.__new__/connect/bind/getaddrinfo), and the test says so. A static check finds no network library
imported anywhere in the app's source.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.privacy.figures import show
from tests.privacy.sandbox import SessionRun, read_strace

pytestmark = pytest.mark.gui

SOURCE = Path(__file__).resolve().parents[2] / "src" / "screenaid"
NETWORK_IMPORT = re.compile(
    r"^\s*(?:from|import)\s+(?:PySide6\.QtNetwork|PySide6\.QtWebEngine\w*|urllib(?!\.parse\b)|requests|httpx|aiohttp|"
    r"http\.client|socket|ftplib|smtplib|xmlrpc|websocket\w*)\b",
    re.MULTILINE,
)
UNIX_EXPLAINED = {
    "nscd": "glibc asks the name-service cache daemon for the user's passwd entry (no such daemon here)",
    "no-cups.sock": "libcups (Qt's CUPS print plugin) looking for the print server at CUPS_SERVER",
    "cups.sock": "libcups talking to the private CUPS print server (local Unix socket)",
    "dbus": "Qt's D-Bus platform services looking for the system/session bus",
}


LOOPBACK_CUPS = re.compile(r'htons\(631\).*(?:inet_addr\("127\.0\.0\.1"\)|"::1")')
"""The only internet-family connect allowed: the local CUPS daemon on loopback port 631 (README, "Offline")."""


def explain(target: str) -> str:
    return next((why for key, why in UNIX_EXPLAINED.items() if key in target), "not identified")


def test_no_internet_socket_is_opened(
    privacy_session: SessionRun, capsys: pytest.CaptureFixture[str]
) -> None:
    assert privacy_session.returncode == 0, privacy_session.stderr[-2000:]
    python_events = privacy_session.report["python_socket_events"]
    lines = [f"Python audit hook: socket events {python_events or 'none'}"]
    if privacy_session.strace_log is None:
        lines.insert(0, "mechanism: in-process audit hook only (strace missing or ptrace not allowed)")
        show(capsys, "no network", lines)
        assert python_events == {}
        return
    seen = read_strace(privacy_session.strace_log)
    families = seen["socket_families"]
    inet = sum(families.get(f, 0) for f in ("AF_INET", "AF_INET6", "PF_INET", "PF_INET6"))
    connects = [line for line in seen["inet"] if " connect(" in line]
    loopback_cups = [line for line in connects if LOOPBACK_CUPS.search(line)]
    elsewhere = [line for line in connects if not LOOPBACK_CUPS.search(line)]
    lines = [
        "mechanism: strace -f -e trace=socket,socketpair,connect,bind (whole process tree) + Python audit hook",
        f"sockets opened by family: {families or 'none'}; socketpair calls: {seen['socketpairs']}",
        f"AF_INET/AF_INET6 sockets opened: {inet}; connects to loopback port 631 (local CUPS): "
        f"{len(loopback_cups)}; connects anywhere else: {len(elsewhere)}",
        *[f"AF_UNIX connect {target} x{n}: {explain(target)}" for target, n in seen["unix_connects"].items()],
        *lines,
    ]
    show(capsys, "no network", lines)
    assert elsewhere == []
    assert inet == 0 or loopback_cups, seen[
        "inet"
    ]  # an internet-family socket only for the local print service
    assert python_events == {}


def test_no_network_library_is_imported_by_the_app() -> None:
    offenders = [
        f"{path.relative_to(SOURCE)}: {match.group().strip()}"
        for path in sorted(SOURCE.rglob("*.py"))
        for match in NETWORK_IMPORT.finditer(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []
