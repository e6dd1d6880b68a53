"""Keep what was typed out of crash dumps: a core dump of the process would hold the typed note.

Called first thing by :func:`screenaid.cli.main`, for the app and every command. On Linux this sets the
core-file size limit to 0 (hard and soft, so a child cannot raise it again) and marks the process as not
dumpable (``prctl(PR_SET_DUMPABLE, 0)``), which also keeps other processes of the same user from attaching
to it or reading its memory through ``/proc``. Elsewhere it does what the platform allows (RLIMIT_CORE on
macOS) and nothing on Windows, where Windows Error Reporting dumps are an administrator's setting.
"""

from __future__ import annotations

import ctypes
import sys

PR_SET_DUMPABLE = 4
PR_GET_DUMPABLE = 3


def _libc() -> ctypes.CDLL:
    """The C library's functions, through the program's own symbol table (where libc always is on Linux):
    no ``ctypes.util.find_library``, which imports subprocess and may run ``ldconfig`` at every start."""
    return ctypes.CDLL(None, use_errno=True)


def disable_core_dumps() -> list[str]:
    """Turn off core dumps for this process; returns what could not be done (empty when all succeeded)."""
    failed: list[str] = []
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ImportError, ValueError, OSError):
        if sys.platform != "win32":
            failed.append("RLIMIT_CORE")
    if sys.platform.startswith("linux"):
        try:
            libc = _libc()
            if libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0:
                failed.append("PR_SET_DUMPABLE")
        except (OSError, AttributeError):
            failed.append("PR_SET_DUMPABLE")
    return failed


def is_dumpable() -> bool | None:
    """Linux only: whether the kernel would write a core dump of this process (None elsewhere)."""
    if not sys.platform.startswith("linux"):
        return None
    libc = _libc()
    return bool(libc.prctl(PR_GET_DUMPABLE, 0, 0, 0, 0))
