"""Issue 11 item 13: the command line never shows a traceback, never prints raw terminal escape codes, and
never follows a dangling symlink when it writes a key."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ENV = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}


def run(*args: str, **kwargs: object) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "screenaid", *args], capture_output=True, check=False, timeout=120, env=ENV,
        **kwargs,  # type: ignore[arg-type]
    )  # fmt: skip


def no_traceback(done: subprocess.CompletedProcess[bytes]) -> None:
    assert b"Traceback" not in done.stderr, done.stderr.decode(errors="replace")[-1500:]


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_handout_to_a_full_standard_output(capsys: pytest.CaptureFixture[str]) -> None:
    with open("/dev/full", "wb") as full:
        done = subprocess.run(
            [sys.executable, "-m", "screenaid", "handout", "-o", "-"], stdout=full, stderr=subprocess.PIPE,
            check=False, timeout=120, env=ENV,
        )  # fmt: skip
    no_traceback(done)  # type: ignore[arg-type]
    assert done.returncode == 1
    assert b"cannot write" in done.stderr
    with capsys.disabled():
        print(
            f"\n[item 13] handout -o - > /dev/full: exit {done.returncode}, {done.stderr.decode().strip()[-70:]}"
        )


def test_handout_to_a_closed_standard_output() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "screenaid", "handout", "-o", "-"], stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE, check=False, timeout=120, env=ENV, preexec_fn=lambda: os.close(1),
    )  # fmt: skip
    no_traceback(done)  # type: ignore[arg-type]
    assert done.returncode == 1


def test_keygen_into_an_existing_unwritable_or_dangling_path(tmp_path: Path) -> None:
    existing = tmp_path / "a"
    existing.mkdir()
    (existing / "screenaid-resources-key.pem").write_text("keep me", encoding="utf-8")
    done = run("keygen", "--out", str(existing))
    no_traceback(done)
    assert done.returncode == 1
    assert (existing / "screenaid-resources-key.pem").read_text(encoding="utf-8") == "keep me"

    dangling = tmp_path / "b"
    dangling.mkdir()
    target = tmp_path / "elsewhere.pem"
    (dangling / "screenaid-resources-key.pem").symlink_to(target)
    done = run("keygen", "--out", str(dangling))
    no_traceback(done)
    assert done.returncode == 1
    assert not target.exists()  # the symlink was not followed

    done = run("keygen", "--out", "/proc/no-such-place")
    no_traceback(done)
    assert done.returncode == 1


def test_a_file_name_that_is_not_utf8(tmp_path: Path) -> None:
    """keygen prints the key's path; a Latin-1 folder name used to raise UnicodeEncodeError on a strict
    UTF-8 standard output (any UTF-8 locale other than C.UTF-8)."""
    odd = os.fsdecode(bytes(tmp_path) + b"/caf\xe9")
    done = subprocess.run(
        [sys.executable, "-m", "screenaid", "keygen", "--out", odd], capture_output=True, check=False,
        timeout=60, env={**ENV, "PYTHONIOENCODING": "utf-8:strict"},
    )  # fmt: skip
    no_traceback(done)
    assert done.returncode == 0
    assert b"caf\\udce9" in done.stdout


def test_sign_resources_errors_fit_on_one_line(tmp_path: Path) -> None:
    key = tmp_path / "k"
    key.mkdir()
    assert run("keygen", "--out", str(key)).returncode == 0
    folder = tmp_path / "p"
    folder.mkdir()
    (folder / "a.yaml").write_text("kind: source\nentries: []\n", encoding="utf-8")
    done = run(
        "sign-resources", str(folder), "--key", str(key / "screenaid-resources-key.pem"), "--version", "0",
        "--verified-on", "2026-11-01", "--expires", "2027-01-01",
    )  # fmt: skip
    no_traceback(done)
    assert done.returncode == 1
    assert len(done.stderr.decode().strip().splitlines()) == 1


def test_terminal_escape_codes_are_never_printed_raw(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    hostile = "\x1b]0;owned\x07\x1b[2J\x9b31m"
    done = run("search", hostile)
    no_traceback(done)
    folder = tmp_path / f"x{hostile}"
    done2 = run("validate", str(folder))
    for output in (done.stdout, done.stderr, done2.stdout, done2.stderr):
        assert b"\x1b" not in output
        assert "\x9b" not in output.decode("utf-8", errors="replace")
    with capsys.disabled():
        print(f"\n[item 13] escape codes in arguments: shown as {done2.stderr.decode()[:60]!r}")


def test_launch_without_a_display_says_so() -> None:
    env = {k: v for k, v in ENV.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    done = subprocess.run(
        [sys.executable, "-m", "screenaid"], capture_output=True, check=False, timeout=60, env=env
    )
    assert done.returncode == 1
    assert b"needs a graphical desktop" in done.stderr
