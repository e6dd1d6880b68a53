"""Reading a file whole, bounded in size, without ever blocking on a FIFO or a device.

Its own module, so that the manifest check and the configuration can read files without importing the YAML
parser (the app's start-up reads its content from the validated snapshot and needs no YAML at all).
"""

from __future__ import annotations

import os
import stat
from pathlib import Path


def read_bounded(path: Path, limit: int) -> bytes:
    """A regular file's bytes, at most ``limit``; raises OSError (never blocks on a FIFO or device)."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOFOLLOW", 0)
    descriptor = os.open(path, flags)
    try:
        info = os.fstat(descriptor)
        if not stat.S_ISREG(info.st_mode):
            raise OSError(0, "not a regular file", str(path))
        if info.st_size > limit:
            raise OSError(0, f"file is {info.st_size} bytes; at most {limit} are allowed", str(path))
        data = _read_to_end(descriptor, info.st_size, limit)
    finally:
        os.close(descriptor)
    if len(data) > limit:
        raise OSError(0, f"file grew past {limit} bytes while being read", str(path))
    return data


def _read_to_end(descriptor: int, expected: int, limit: int) -> bytes:
    """Everything left to read, or more than ``limit`` bytes when the file has grown past it: plain
    ``os.read`` calls (a file object around the descriptor costs more than the read itself for the small
    files the app reads at every start, about 90 of them)."""
    chunks: list[bytes] = []
    total = 0
    while total <= limit:
        chunk = os.read(descriptor, min(limit + 1 - total, max(expected + 1 - total, 65_536)))
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
    return b"".join(chunks)
