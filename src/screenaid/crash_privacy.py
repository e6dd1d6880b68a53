"""No core dump may hold what a user typed: the app turns core dumps off for its own process.

A crash of the GUI (for example in a Qt binding) would otherwise leave a core file, or a crash report, with
the process memory, typed notes and ticked indicators included. On every platform with ``resource``
the core-file size limit is set to 0; on Linux the process is also marked not dumpable
(``PR_SET_DUMPABLE`` 0), which stops core-dump helpers such as systemd-coredump and stops other programs
of the same user from reading its memory.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys

PR_SET_DUMPABLE = 4
PR_GET_DUMPABLE = 3


def _prctl() -> ctypes._NamedFuncPointer | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
    except OSError:
        return None
    return libc.prctl


def disable_core_dumps() -> bool:
    """Turn core dumps off for this process; True when every available measure took effect."""
    ok = True
    try:
        import resource
    except ImportError:  # Windows: no core files; Windows Error Reporting is configured by the clinic
        resource = None  # type: ignore[assignment]
    if resource is not None:
        try:
            resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        except (OSError, ValueError):
            ok = False
    prctl = _prctl()
    if prctl is not None and prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0:
        ok = False
    return ok


def core_dumps_disabled() -> bool:
    """Whether this process can no longer leave a core dump (for selftest and the tests)."""
    try:
        import resource
    except ImportError:
        return True
    if resource.getrlimit(resource.RLIMIT_CORE) != (0, 0):
        return False
    prctl = _prctl()
    return prctl is None or prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) == 0
