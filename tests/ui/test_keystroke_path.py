"""From launch to printed discreet Spanish wallet cards with the keys the README gives, through real CUPS.

The app runs in a fresh process (tests/ui/keystroke_driver.py) that sends exactly the README's keys to
whatever has the focus, the print dialog included. It prints to a private cupsd (tests/handout/cups_queue.py)
through a cups-pdf queue of its own, whose output goes to a private folder (cups-pdf reads
/etc/cups/cups-pdf-NAME.conf for a device ``cups-pdf:/NAME``), so parallel runs never share files; the test
reads the paper size of the PDF that cups-pdf wrote.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.handout.cups_queue import CUPSD, PPD, PrintQueue, start_queue
from tests.handout.pdf_reading import all_text, reader
from tests.handout.system_tools import require_tools

pytestmark = [pytest.mark.gui, pytest.mark.system]

REPO = Path(__file__).resolve().parents[2]
DRIVER = Path(__file__).with_name("keystroke_driver.py")
MARKER = "<!-- keystroke-path:"
MAX_KEYS = 6
LETTER = (612, 792)
A4 = (595, 842)


def readme_keys() -> list[str]:
    """The keys on the line after the README's keystroke-path marker, e.g. `Ctrl+5` `Alt+G` …"""
    lines = (REPO / "README.md").read_text(encoding="utf-8").splitlines()
    marker = next(i for i, line in enumerate(lines) if line.startswith(MARKER))
    return re.findall(r"`([^`]+)`", lines[marker + 1])


@dataclass
class KeysQueue:
    server: PrintQueue
    name: str
    out: Path


@pytest.fixture(scope="module")
def queue() -> Iterator[KeysQueue]:
    if os.geteuid() != 0:
        pytest.skip("starting a private cupsd with a cups-pdf queue needs root (cups-pdf runs as root)")
    require_tools(CUPSD, "lp", "lpadmin", "lpstat", "/usr/lib/cups/backend/cups-pdf")
    server = start_queue()
    name = f"screenaid-keys-{os.getpid()}"
    config = Path(f"/etc/cups/cups-pdf-{name}.conf")
    out = server.root / "out"
    out.mkdir()
    out.chmod(0o777)
    try:
        config.write_text(f"Out {out}\n", encoding="utf-8")
        for command in (["-p", name, "-E", "-v", f"cups-pdf:/{name}", "-P", str(PPD)], ["-d", name]):
            subprocess.run(["lpadmin", *command], env=server.env, check=True, capture_output=True)
        yield KeysQueue(server, name, out)
    finally:
        config.unlink(missing_ok=True)
        Path(f"/var/log/cups/cups-pdf-{name}_log").unlink(missing_ok=True)
        subprocess.run(["lpadmin", "-x", name], env=server.env, check=False, capture_output=True)
        server.stop()


def app_env(queue: KeysQueue, tmp_path: Path) -> dict[str, str]:
    """A clean environment: settings and caches in ``tmp_path``, the clinic in the US, the private printer."""
    home = tmp_path / "home"
    for sub in ("config", "cache", "data", "state", "runtime", "tmp"):
        (home / sub).mkdir(parents=True, exist_ok=True)
    (home / "runtime").chmod(0o700)
    config = tmp_path / "clinic.toml"
    config.write_text('country = "US"\nhandout_layout = "page"\n', encoding="utf-8")
    return {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONDONTWRITEBYTECODE": "1",
        "PYTHONPATH": f"{REPO / 'src'}{os.pathsep}{REPO}",
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_CACHE_HOME": str(home / "cache"),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_STATE_HOME": str(home / "state"),
        "XDG_RUNTIME_DIR": str(home / "runtime"),
        "XDG_CONFIG_DIRS": str(home / "etc-xdg"),
        "TMPDIR": str(home / "tmp"),
        "SCREENAID_CONFIG": str(config),
        "CUPS_SERVER": queue.server.env["CUPS_SERVER"],
        "PRINTER": queue.name,
    }


def run_keys(queue: KeysQueue, tmp_path: Path, keys: list[str]) -> tuple[dict, list[Path]]:
    """Launch the app, send ``keys``; return the driver's report and the PDFs cups-pdf wrote meanwhile."""
    env = app_env(queue, tmp_path)
    before = set(queue.out.glob("*.pdf"))
    report_path = tmp_path / "report.json"
    done = subprocess.run(
        [sys.executable, str(DRIVER), str(report_path), *keys],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert report_path.exists(), done.stderr[-2000:]
    report = json.loads(report_path.read_text(encoding="utf-8"))
    assert done.returncode == 0, (report, done.stderr[-2000:])
    return report, wait_for_printed(queue, before)


def wait_for_printed(queue: KeysQueue, before: set[Path]) -> list[Path]:
    """The PDFs cups-pdf wrote since ``before``, once every job has finished."""
    folder = queue.out
    printed: list[Path] = []
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        printed = sorted(set(folder.glob("*.pdf")) - before)
        if printed and not jobs_pending(queue) and all(path.stat().st_size > 0 for path in printed):
            sizes = [path.stat().st_size for path in printed]
            time.sleep(0.5)  # cups-pdf's ghostscript may still be writing
            if sizes == [path.stat().st_size for path in printed]:
                break
        time.sleep(0.3)
    return printed


def jobs_pending(queue: KeysQueue) -> bool:
    listing = subprocess.run(
        ["lpstat", "-W", "not-completed", "-o", queue.name],
        capture_output=True,
        text=True,
        env=queue.server.env,
        check=False,
    ).stdout
    return bool(listing.strip())


def page_sizes(pdf: Path) -> list[tuple[int, int]]:
    return [
        (round(float(p.mediabox.width)), round(float(p.mediabox.height)))
        for p in reader(pdf.read_bytes()).pages
    ]


def test_readme_path_is_at_most_six_keys():
    keys = readme_keys()
    assert keys[0] == "Ctrl+5"
    assert len(keys) <= MAX_KEYS, keys


def test_readme_keys_print_discreet_spanish_wallet_cards_on_letter(queue, tmp_path):
    keys = readme_keys()
    report, printed = run_keys(queue, tmp_path, keys)
    try:
        assert [key for key, _widget in report["keys_sent"]] == keys
        assert report["place"] == "refer"
        assert (report["language"], report["layout"], report["title_style"]) == ("es", "cards", "discreet")
        handout = bytes.fromhex(report["handout_pdf_hex"])
        text = all_text(handout)
        assert "Contactos de salud y bienestar" in text
        assert "Dónde encontrar ayuda" not in text
        assert report["status"].startswith("Sent ")
        assert len(printed) == 1, printed
        assert page_sizes(printed[0]) == [LETTER] * len(reader(handout).pages)
    finally:
        for path in printed:
            path.unlink(missing_ok=True)


def test_a4_chosen_on_the_page_prints_on_a4(queue, tmp_path):
    """Paper chosen with the keyboard (Alt+E, then A for A4) reaches the printed file, whatever the queue's default."""
    report, printed = run_keys(queue, tmp_path, ["Ctrl+5", "Alt+E", "A", "Ctrl+P", "Enter"])
    try:
        assert report["paper"] == "a4"
        assert len(printed) == 1, printed
        sizes = page_sizes(printed[0])
        assert sizes
        assert set(sizes) == {A4}
    finally:
        for path in printed:
            path.unlink(missing_ok=True)


# -- the same keys as real X11 key events --------------------------------------------------------


def xdotool_name(key: str) -> str:
    """'Ctrl+5' -> 'ctrl+5', 'S' -> 's', 'Enter' -> 'Return' (xdotool's keysym names)."""
    parts = key.split("+")
    *modifiers, last = parts
    last = {"Enter": "Return", "Return": "Return"}.get(last, last.lower() if len(last) == 1 else last)
    return "+".join([*(m.lower() for m in modifiers), last])


def test_xdotool_names():
    assert [xdotool_name(k) for k in ("Ctrl+5", "Alt+G", "S", "Ctrl+P", "Enter")] == [
        "ctrl+5",
        "alt+g",
        "s",
        "ctrl+p",
        "Return",
    ]


@pytest.fixture
def x_display() -> Iterator[str]:
    """A private Xvfb display at a clinic screen size; its number is chosen by Xvfb (-displayfd)."""
    require_tools("Xvfb", "xdotool")
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    try:
        with os.fdopen(read) as pipe:
            number = pipe.readline().strip()
        assert number.isdigit(), "Xvfb did not report a display"
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)


def xdotool(display: str, *args: str) -> str:
    done = subprocess.run(
        ["xdotool", *args], env={**os.environ, "DISPLAY": display}, capture_output=True, text=True, timeout=30
    )
    assert done.returncode == 0, (args, done.stderr)
    return done.stdout.strip()


def test_readme_keys_typed_on_a_real_x11_keyboard(queue, tmp_path, x_display):
    """The README's keys as X11 key events (xdotool) to the app on Xvfb at 1366x768.

    No window manager runs, so the test gives focus to the window, and to the print dialog when it
    opens, as a desktop's window manager would; every key itself is a real key event.
    """
    keys = readme_keys()
    env = {**app_env(queue, tmp_path), "QT_QPA_PLATFORM": "xcb", "DISPLAY": x_display}
    before = set(queue.out.glob("*.pdf"))
    report_path = tmp_path / "report.json"
    app = subprocess.Popen(
        [sys.executable, str(DRIVER), str(report_path), "--external"],
        env=env,
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    errors = ""
    try:
        assert app.stdout is not None
        ready = app.stdout.readline().split()
        assert ready[:1] == ["READY"], ready
        xdotool(x_display, "windowfocus", "--sync", ready[1])
        dialog_opened = False
        for key in keys:
            if dialog_opened:
                dialog = xdotool(x_display, "search", "--sync", "--limit", "1", "--name", "^Print handout$")
                xdotool(x_display, "windowfocus", "--sync", dialog)
                time.sleep(0.5)
            xdotool(x_display, "key", "--clearmodifiers", xdotool_name(key))
            dialog_opened = key == "Ctrl+P"
            time.sleep(0.7)
        _output, errors = app.communicate(timeout=120)
    finally:
        if app.poll() is None:
            app.kill()
        app.communicate()  # closes the pipes
    report = json.loads(report_path.read_text(encoding="utf-8"))
    assert app.returncode == 0, (report, errors[-2000:])
    printed = wait_for_printed(queue, before)
    try:
        assert (report["language"], report["layout"], report["title_style"]) == ("es", "cards", "discreet")
        assert report["status"].startswith("Sent ")
        assert len(printed) == 1, printed
        handout = bytes.fromhex(report["handout_pdf_hex"])
        assert page_sizes(printed[0]) == [LETTER] * len(reader(handout).pages)
    finally:
        for path in printed:
            path.unlink(missing_ok=True)
