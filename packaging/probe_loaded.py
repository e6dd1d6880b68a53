"""What a running ScreenAid actually loads: start it under X, visit every place, let the handout preview
render, open the print dialog, then read the process's memory map (every shared library and Qt plug-in).

This is how the bundle's exclusion rules in packaging/screenaid.spec were chosen and how they are checked:
    .venv/bin/python packaging/probe_loaded.py dist/screenaid/screenaid
    .venv/bin/python packaging/probe_loaded.py .venv/bin/screenaid     (the same, unbundled)
It prints one loaded file per line. Needs Xvfb and xdotool; it starts its own X server (``Xvfb -displayfd``,
which picks a free display itself, so it never collides with another developer's), and gives the program a
throw-away HOME.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

WINDOW_TITLE = "Clinical reference"
PLACE_KEYS = ("ctrl+1", "ctrl+2", "ctrl+3", "ctrl+4", "ctrl+5")
"""Learn, Screen, Ask, Document, Refer (the navigation bar's shortcuts); Refer renders the handout preview."""


@contextmanager
def private_display(screen: str = "1366x768x24") -> Iterator[str]:
    """A private Xvfb server for the duration of the block; yields its DISPLAY (e.g. ``:42``)."""
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", screen, "-nolisten", "tcp"],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    try:
        with os.fdopen(read_end) as ready:
            number = ready.readline().strip()
        if not number:
            raise RuntimeError("Xvfb did not start")
        yield f":{number}"
    finally:
        server.terminate()
        server.wait()


def _xdotool(*args: str) -> str:
    return subprocess.run(["xdotool", *args], capture_output=True, text=True, check=False).stdout.strip()


def _wait_for_window(title: str, timeout: float, child: subprocess.Popen[bytes]) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = _xdotool("search", "--onlyvisible", "--name", title)
        if found:
            return found.split()[0]
        if child.poll() is not None:
            raise RuntimeError(f"ended with {child.returncode} before showing a window")
        time.sleep(0.05)
    raise RuntimeError(f"no visible window titled {title!r} within {timeout} s")


def _mapped_files(pid: int) -> set[str]:
    files = set()
    for line in Path(f"/proc/{pid}/maps").read_text().splitlines():
        parts = line.split(maxsplit=5)
        if len(parts) == 6 and parts[5].startswith("/"):
            files.add(parts[5])
    return files


def _window_names(pid: int) -> list[str]:
    found = _xdotool("search", "--onlyvisible", "--pid", str(pid))
    return sorted(_xdotool("getwindowname", window) for window in found.split())


def loaded_files(command: list[str], *, settle: float = 2.5) -> tuple[set[str], list[str], str]:
    """Run ``command`` (the app, no arguments), visit everything; return the files it has mapped, the names
    of its visible windows once the print dialog is open, and what it wrote to standard error."""
    with tempfile.TemporaryDirectory() as home, tempfile.TemporaryFile() as errors:
        env = {
            **os.environ,
            "HOME": home,
            "XDG_CONFIG_HOME": home,
            "XDG_CACHE_HOME": home,
            "XDG_DATA_HOME": home,
            "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",  # load the AT-SPI bridge as a screen reader would
        }
        env.pop("QT_QPA_PLATFORM", None)
        child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=errors, env=env)
        try:
            try:
                window = _wait_for_window(WINDOW_TITLE, 60, child)
            except RuntimeError:
                errors.seek(0)
                raise RuntimeError(
                    f"no window; the program wrote: {errors.read().decode(errors='replace')}"
                ) from None
            time.sleep(settle)  # the content loads after the first paint
            _xdotool("windowfocus", "--sync", window)
            for key in PLACE_KEYS:
                _xdotool("key", "--window", window, key)
                time.sleep(settle / 2)
            _xdotool("key", "--window", window, "ctrl+p")  # the print dialog (on the Refer page)
            time.sleep(settle)
            if child.poll() is not None:
                raise RuntimeError(f"the program ended with {child.returncode} while being driven")
            files = _mapped_files(child.pid)
            windows = _window_names(child.pid)
        finally:
            child.kill()
            child.wait()
        errors.seek(0)
        return files, windows, errors.read().decode(errors="replace")


def main() -> int:
    with private_display() as display:
        os.environ["DISPLAY"] = display
        try:
            files, windows, stderr = loaded_files(sys.argv[1:])
        except (
            RuntimeError
        ) as error:  # e.g. "could not connect to display" once in a while on a loaded machine
            sys.stderr.write(f"retrying once: {error}\n")
            files, windows, stderr = loaded_files(sys.argv[1:])
    for name in sorted(files):
        print(name)
    sys.stderr.write(f"visible windows: {windows}\n{stderr}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
