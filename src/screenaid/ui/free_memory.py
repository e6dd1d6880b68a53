"""Hand freed memory back to the system after a wipe, a jurisdiction switch, a place switch or a zoom.

Pages, previews and search indexes rebuilt by a wipe or a switch are released properly (tests/ui/
test_memory_release.py counts them), but glibc's allocator keeps the freed heap pages mapped, so the
process's resident size only ever climbs over a shift (benchmarks/bench_long_session.py: about 15 MB per
early wipe, and 30–40 MB of free but mapped heap after 12,000 events of clicks, typing, place switches and
zooms, all returned by one trim). ``malloc_trim`` returns them; it takes about a millisecond. Only on Linux
with glibc; elsewhere, and if the call is missing, this does nothing.
"""

from __future__ import annotations

import ctypes
import functools
import sys
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

SETTLE_MS = 250
"""Long enough for Qt to carry out the deleteLater() calls of a switch or wipe first."""


@functools.cache
def _malloc_trim() -> Callable[[int], int] | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(None)  # the program's own symbols, libc's among them (no find_library)
        trim: Callable[[int], int] = libc.malloc_trim
    except (OSError, AttributeError):  # not glibc (musl has no malloc_trim)
        return None
    return trim


def release_free_memory() -> None:
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


class FreeMemorySoon(QTimer):
    """Trims once the event loop has deleted what was let go: :meth:`request` after each action that frees
    memory. Requests in quick succession (place after place) lead to one trim, ``SETTLE_MS`` after the first,
    so that even nonstop use is trimmed every ``SETTLE_MS`` at most."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSingleShot(True)
        self.setInterval(SETTLE_MS)
        self.timeout.connect(self._release)

    def request(self) -> None:
        if not self.isActive():
            self.start()

    def _release(self) -> None:
        release_free_memory()
