"""Issue 11 item 6 (the part owned here): a crash must not leave a core dump holding what was typed."""

from __future__ import annotations

import subprocess
import sys

import pytest

PROBE = """
import resource, sys
from screenaid.crash_privacy import is_dumpable
import screenaid.cli
try:
    screenaid.cli.main(["--version"])
except SystemExit:
    pass
print(resource.getrlimit(resource.RLIMIT_CORE), is_dumpable())
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="prctl is Linux only")
def test_the_program_turns_core_dumps_off_first_thing(capsys: pytest.CaptureFixture[str]) -> None:
    before = subprocess.run(
        [sys.executable, "-c", "import resource; from screenaid.crash_privacy import is_dumpable;"
         "print(is_dumpable())"], capture_output=True, text=True, check=True,
    )  # fmt: skip
    assert before.stdout.strip() == "True"  # a plain Python process would dump core
    done = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, check=True)
    limits, dumpable = done.stdout.strip().splitlines()[-1].rsplit(" ", 1)
    assert limits == "(0, 0)"
    assert dumpable == "False"
    with capsys.disabled():
        print(f"\n[item 6] after screenaid.cli.main: RLIMIT_CORE {limits}, dumpable {dumpable}")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="core dumps on Linux")
def test_a_crash_after_start_up_leaves_no_core(tmp_path) -> None:  # type: ignore[no-untyped-def]
    crash = (
        "import os, signal, screenaid.cli\n"
        "try:\n    screenaid.cli.main(['--version'])\nexcept SystemExit:\n    pass\n"
        "os.kill(os.getpid(), signal.SIGSEGV)\n"
    )
    done = subprocess.run(
        ["sh", "-c", f'ulimit -c unlimited; cd "{tmp_path}"; exec "{sys.executable}" -c "$0"', crash],
        capture_output=True, check=False, timeout=60,
    )  # fmt: skip
    assert done.returncode != 0
    assert not any(p.name.startswith("core") for p in tmp_path.iterdir())
    assert b"core dumped" not in done.stderr
