"""Hand freed memory back to the system after a wipe or a jurisdiction switch.

Pages, previews and search indexes rebuilt by a wipe or a switch are released properly (tests/ui/
test_memory_release.py counts them), but glibc's allocator keeps the freed heap pages mapped, so the
process's resident size only ever climbs over a shift (benchmarks/bench_long_session.py: about 15 MB per
early wipe). ``malloc_trim`` returns them. Only on Linux with glibc; elsewhere, and if the call is missing,
this does nothing.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
import sys
from collections.abc import Callable

from PySide6.QtCore import QTimer

SETTLE_MS = 250
"""Long enough for Qt to carry out the deleteLater() calls of a switch or wipe first."""


@functools.cache
def _malloc_trim() -> Callable[[int], int] | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        trim: Callable[[int], int] = libc.malloc_trim
    except (OSError, AttributeError):  # not glibc (musl has no malloc_trim)
        return None
    return trim


def release_free_memory() -> None:
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


def release_free_memory_soon() -> None:
    """Trim once the event loop has deleted what was let go (a single-shot timer, nothing kept)."""
    QTimer.singleShot(SETTLE_MS, release_free_memory)
