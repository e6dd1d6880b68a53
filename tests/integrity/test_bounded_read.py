"""read_bounded: a regular file's exact bytes, within a size bound, never blocking."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from screenaid.content.bounded_read import read_bounded


@pytest.mark.parametrize("size", [0, 1, 4096, 65_536, 65_537, 300_001])
def test_exact_bytes_of_small_and_large_files(tmp_path: Path, size: int) -> None:
    data = os.urandom(size)
    path = tmp_path / "file.bin"
    path.write_bytes(data)
    assert read_bounded(path, 1_000_000) == data
    assert read_bounded(path, size) == data  # exactly at the bound is allowed


def test_a_file_larger_than_the_bound_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "big.bin"
    path.write_bytes(b"x" * 101)
    with pytest.raises(OSError, match="at most 100"):
        read_bounded(path, 100)


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="needs Linux /proc")
def test_a_file_that_holds_more_than_its_size_says_is_cut_at_the_bound() -> None:
    """/proc files say they are empty and hold text: the same case as a file that grows while it is read."""
    path = Path("/proc/self/status")
    assert path.stat().st_size == 0
    with pytest.raises(OSError, match="grew past 10 bytes"):
        read_bounded(path, 10)
    assert b"Name:" in read_bounded(path, 1_000_000)  # read to its end when it fits


def test_a_fifo_or_a_folder_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(OSError, match="not a regular file"):
        read_bounded(fifo, 100)
    with pytest.raises(OSError):
        read_bounded(tmp_path, 100)


def test_a_symlink_is_not_followed(tmp_path: Path) -> None:
    target = tmp_path / "target.txt"
    target.write_bytes(b"secret")
    link = tmp_path / "link.txt"
    link.symlink_to(target)
    with pytest.raises(OSError):
        read_bounded(link, 100)


def test_no_descriptor_is_left_open(tmp_path: Path) -> None:
    path = tmp_path / "file.bin"
    path.write_bytes(b"abc")
    big = tmp_path / "big.bin"
    big.write_bytes(b"x" * 20)
    before = len(os.listdir("/proc/self/fd")) if Path("/proc/self/fd").exists() else None
    for _ in range(50):
        read_bounded(path, 10)
        with pytest.raises(OSError):
            read_bounded(big, 10)
    if before is not None:
        assert len(os.listdir("/proc/self/fd")) == before
