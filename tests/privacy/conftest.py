"""One scripted session per test run, shared by the zero-trace and no-network tests (it takes ~15-25 s).

It runs under strace when ptrace is allowed (else only the driver's in-process audit hook watches sockets),
ends with a short monkey, and prints the handout through a private CUPS queue to cups-pdf when this machine
can run one (root, cupsd, cups-pdf), otherwise through QPrinter into a PDF file outside the watched folders.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.privacy.sandbox import SessionRun, run_session, strace_works

MONKEY_EVENTS = 600
MONKEY_SEED = 20261125


def _cups_queue():  # type: ignore[no-untyped-def]
    """A private cupsd with a cups-pdf queue (tests/handout/cups_queue.py), or None when not possible here."""
    from tests.handout.cups_queue import CUPSD, start_queue

    needed = (CUPSD, "/usr/lib/cups/backend/cups-pdf", shutil.which("lpadmin"))
    if os.geteuid() != 0 or not all(p and Path(p).exists() for p in needed):
        return None
    try:
        return start_queue()
    except (OSError, RuntimeError):
        return None


def _printed_since(folder: Path, started: float) -> list[Path]:
    """The PDFs cups-pdf wrote since ``started`` (job numbers restart with each private cupsd)."""
    return [p for p in folder.glob("*.pdf") if p.stat().st_mtime >= started] if folder.is_dir() else []


def _strace_available() -> bool:
    """Install strace with scripts/install-system-packages if it is missing; False when it cannot run."""
    from tests.handout.system_tools import require_tools

    try:
        require_tools("strace")
    except pytest.skip.Exception:
        return False
    return strace_works()


@pytest.fixture(scope="session")
def privacy_session() -> Iterator[SessionRun]:
    from tests.handout.cups_queue import QUEUE, output_folder

    root = Path(tempfile.mkdtemp(prefix="screenaid-privacy-"))
    queue = _cups_queue()
    cups_dir = output_folder() if queue is not None else None
    started = time.time()
    try:
        run = run_session(
            root,
            monkey_events=MONKEY_EVENTS,
            seed=MONKEY_SEED,
            cups=(QUEUE, str(queue.root / "cups.sock")) if queue is not None else None,
            use_strace=_strace_available(),
        )
        if queue is not None and cups_dir is not None:
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline:
                new = _printed_since(cups_dir, started)
                if new:
                    run.cups_output = sorted(new)[0]
                    time.sleep(0.5)  # let cups-pdf finish writing
                    break
                time.sleep(0.2)
        yield run
    finally:
        if queue is not None:
            queue.stop()
        for printed in _printed_since(cups_dir, started) if cups_dir is not None else []:
            printed.unlink()
        shutil.rmtree(root, ignore_errors=True)
