"""Run the scripted session in a sandbox of fresh, empty folders and look for anything it left behind.

HOME, TMPDIR and every XDG base directory point at their own empty folders ("watched"). XDG_RUNTIME_DIR is
set to an empty 0700 folder too, so Qt has no reason to create ``$TMPDIR/runtime-<user>``; the only entries
allowed afterwards are those empty folders (and an empty ``runtime-*`` folder, should Qt make one anyway).
Everything the test itself needs (the clinic config, the report, the printed PDF, the strace log) lives in
an "outside" folder.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import time
import uuid
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
DRIVER = Path(__file__).with_name("session_driver.py")
WATCHED = {
    "HOME": "home",
    "TMPDIR": "tmp",
    "XDG_CONFIG_HOME": "config",
    "XDG_CACHE_HOME": "cache",
    "XDG_DATA_HOME": "data",
    "XDG_STATE_HOME": "state",
    "XDG_RUNTIME_DIR": "runtime",
}
CLINIC_CONFIG = 'country = "US"\nidle_wipe_minutes = 1\nidle_warning_seconds = 20\nhandout_layout = "page"\n'
"""The shortest idle time the config allows; the driver then compresses it with IdleWipe.set_timing."""
SCAN_ROOTS = ("/tmp", "/var/tmp", "/dev/shm", "/root", "/var/spool", "/var/log", str(REPO))
SKIP_DIRS = {".git"}
"""Git's object store is zlib-compressed (a byte search finds nothing there) and the app never runs git."""
MAX_SCAN_BYTES = 256 * 1024 * 1024


def make_sentinels() -> list[str]:
    """Fresh per run, so no file that existed before the session can contain them."""
    tag = uuid.uuid4().hex[:12]
    return [f"zqxSENTINEL{tag}", f"Ñandú-ŝentinel-{tag}-ÆØ", f"مريض{tag}שלום", f"患者{tag}"]


@dataclass
class SessionRun:
    root: Path
    returncode: int
    stdout: str
    stderr: str
    report: dict[str, Any]
    sentinels: list[str]
    started: float
    seconds: float
    strace_log: Path | None
    printed_pdf: Path | None
    cups_output: Path | None = None
    scans: dict[str, Any] = field(default_factory=dict)

    @property
    def watched(self) -> Path:
        return self.root / "watched"

    @property
    def outside(self) -> Path:
        return self.root / "outside"


def strace_works() -> bool:
    if shutil.which("strace") is None:
        return False
    done = subprocess.run(["strace", "-f", "-o", os.devnull, "true"], capture_output=True, check=False)
    return done.returncode == 0


def run_session(
    root: Path,
    *,
    monkey_events: int = 0,
    seed: int = 1,
    cups: tuple[str, str] | None = None,
    use_strace: bool = False,
    timeout: float = 240,
) -> SessionRun:
    """Run the driver once. ``cups`` is (queue name, CUPS_SERVER socket) of a running print queue."""
    watched, outside = root / "watched", root / "outside"
    env = {
        "PATH": "/usr/bin:/bin",
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONDONTWRITEBYTECODE": "1",
        "PYTHONPATH": str(REPO / "src"),
        "XDG_CONFIG_DIRS": str(outside / "etc-xdg"),
        "SCREENAID_CONFIG": str(outside / "clinic.toml"),
    }
    for variable, name in WATCHED.items():
        folder = watched / name
        folder.mkdir(parents=True)
        env[variable] = str(folder)
    (watched / "runtime").chmod(0o700)
    (outside / "etc-xdg").mkdir(parents=True)
    (outside / "clinic.toml").write_text(CLINIC_CONFIG, encoding="utf-8")
    printed = outside / "printed-handout.pdf"
    if cups is not None:
        queue, server = cups
        env["CUPS_SERVER"] = server
        printer = f"cups:{queue}"
    else:
        # No print server here. CUPS_SERVER is deliberately NOT set: libcups then does what it does on a real
        # workstation without /run/cups/cups.sock and probes the local print service at 127.0.0.1/::1 port 631
        # (loopback). test_no_network allows exactly that and nothing else (issue 11 item 12).
        printer = f"pdf:{printed}"
    sentinels = make_sentinels()
    env["SESSION_DRIVER_SENTINELS"] = json.dumps(sentinels)
    report_path = outside / "report.json"
    command = [sys.executable, str(DRIVER), str(report_path), "--printer", printer]
    command += ["--monkey", str(monkey_events), "--seed", str(seed)]
    strace_log = None
    if use_strace:
        strace_log = outside / "strace.log"
        trace = ["strace", "-f", "-qq", "-e", "signal=none", "-e", "trace=socket,socketpair,connect,bind"]
        command = [*trace, "-o", str(strace_log), *command]
    started = time.time()
    time.sleep(0.01)  # file times have coarse resolution on some file systems
    done = subprocess.run(
        command, env=env, cwd=outside, capture_output=True, text=True, timeout=timeout, check=False
    )
    report = json.loads(report_path.read_text(encoding="utf-8")) if report_path.exists() else {}
    return SessionRun(
        root=root,
        returncode=done.returncode,
        stdout=done.stdout,
        stderr=done.stderr,
        report=report,
        sentinels=sentinels,
        started=started,
        seconds=time.time() - started,
        strace_log=strace_log,
        printed_pdf=printed if printed.exists() else None,
    )


# -- what was left behind ----------------------------------------------------------------------------


def leftovers(watched: Path) -> list[str]:
    """Every entry under the watched folders except the empty folders themselves (and an empty runtime-*)."""
    found = []
    for path in sorted(watched.rglob("*")):
        relative = path.relative_to(watched)
        if path.is_dir() and not path.is_symlink():
            is_ours = len(relative.parts) == 1 and relative.parts[0] in WATCHED.values()
            is_runtime = relative.parts[-1].startswith("runtime-")
            if (is_ours or is_runtime) and not any(path.iterdir()):
                continue
            if is_ours:
                continue  # a non-empty folder of ours: its contents are listed on their own
        found.append(str(relative) + ("/" if path.is_dir() else ""))
    return found


def _needles(sentinels: list[str]) -> list[bytes]:
    needles = []
    for sentinel in sentinels:
        needles += [sentinel.encode("utf-8"), sentinel.encode("utf-16-le")]
        tag = re.search(r"[0-9a-f]{12}", sentinel)
        if tag:  # the random part alone, in case the text around it was re-encoded
            needles += [tag.group().encode("ascii"), tag.group().encode("utf-16-le")]
    return needles


def _same_device(path: Path, device: int) -> bool:
    try:
        return path.lstat().st_dev == device
    except OSError:
        return False


def scan_for_sentinels(sentinels: list[str], folders: list[Path], since: float) -> dict[str, Any]:
    """Byte-search files for the sentinels (UTF-8 and UTF-16LE): all files under ``folders[0]`` (the watched
    tree), and every file modified since ``since`` under the other folders."""
    needles = _needles(sentinels)
    hits: list[str] = []
    files = 0
    scanned = 0
    for index, folder in enumerate(folders):
        try:
            device = folder.stat().st_dev
        except OSError:
            continue
        for directory, subdirs, names in os.walk(folder):
            # Stay on the folder's own file system: a /proc or /sys mounted somewhere below (a chroot, say)
            # holds files that block when read and can hold no trace of ours.
            subdirs[:] = [
                d for d in subdirs if d not in SKIP_DIRS and _same_device(Path(directory, d), device)
            ]
            for name in names:
                path = Path(directory, name)
                try:
                    info = path.lstat()
                except OSError:
                    continue
                if info.st_dev != device:
                    continue
                if not path.is_file() or path.is_symlink() or info.st_size > MAX_SCAN_BYTES:
                    continue
                if index > 0 and max(info.st_mtime, info.st_ctime) < since:
                    continue
                try:
                    content = path.read_bytes()
                except OSError:
                    continue
                files += 1
                scanned += len(content)
                if any(needle in content for needle in needles):
                    hits.append(str(path))
    return {"files": files, "bytes": scanned, "hits": hits}


# -- sockets seen by strace ----------------------------------------------------------------------------

_SOCKET = re.compile(r"^(\d+)\s+socket\((AF_\w+|PF_\w+|\d+),")
_CONNECT = re.compile(r"^(\d+)\s+connect\(\d+, \{sa_family=(AF_\w+)(.*?)\}")
_UNIX_PATH = re.compile(r'sun_path=(@?"[^"]*")')


def read_strace(log: Path) -> dict[str, Any]:
    families: Counter[str] = Counter()
    unix_targets: Counter[str] = Counter()
    inet_lines: list[str] = []
    processes = set()
    for line in log.read_text(errors="replace").splitlines():
        socket = _SOCKET.match(line)
        if socket:
            processes.add(socket.group(1))
            families[socket.group(2)] += 1
            if socket.group(2) in ("AF_INET", "AF_INET6", "PF_INET", "PF_INET6"):
                inet_lines.append(line)
        connect = _CONNECT.match(line)
        if connect and connect.group(2) == "AF_UNIX":
            path = _UNIX_PATH.search(connect.group(3))
            result = "ok" if line.rstrip().endswith("= 0") else line.rsplit("=", 1)[-1].strip().split(" ")[0]
            unix_targets[f"{path.group(1) if path else '?'} -> {result}"] += 1
        elif connect and connect.group(2) in ("AF_INET", "AF_INET6"):
            inet_lines.append(line)
    socketpairs = sum(" socketpair(" in line for line in log.read_text(errors="replace").splitlines())
    return {
        "socket_families": dict(families),
        "inet": inet_lines,
        "unix_connects": dict(unix_targets),
        "socketpairs": socketpairs,
    }
