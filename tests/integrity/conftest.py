"""A copy of the bundled data signed with a throw-away key that only these tests trust (injected in-process)."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from nacl.signing import SigningKey

from screenaid.integrity import MANIFEST_NAME, SIGNATURE_NAME, sign_pack
from screenaid.integrity.keys import public_key_to_base64, trust_keys_for_tests
from tests.conftest import DATA_DIR

SIGNED_ON = dt.date(2026, 11, 30)
VERIFIED_ON = dt.date(2026, 11, 25)
EXPIRES = VERIFIED_ON + dt.timedelta(days=180)


def sign_data(folder: Path, key: SigningKey, version: int = 2) -> None:
    for name in (MANIFEST_NAME, SIGNATURE_NAME):
        (folder / name).unlink(missing_ok=True)
    sign_pack(
        folder, key, pack="test-data", version=version, verified_on=VERIFIED_ON, expires=EXPIRES,
        signed_on=SIGNED_ON,
    )  # fmt: skip


@pytest.fixture
def release_key() -> Iterator[SigningKey]:
    """A throw-away 'release' key: the only key trusted while the test runs."""
    key = SigningKey.generate()
    with trust_keys_for_tests([public_key_to_base64(key.verify_key)]):
        yield key


@pytest.fixture
def signed_data(tmp_path: Path, release_key: SigningKey) -> Path:
    copy = tmp_path / "data"
    shutil.copytree(DATA_DIR, copy)
    sign_data(copy, release_key)
    return copy


def after_reading_content(code: str) -> str:
    """What ``code`` prints in a fresh process that has just read the app's content as it does at launch
    (``library`` is the library; no SCREENAID_* setting of this shell applies)."""
    import os
    import subprocess
    import sys

    script = "import sys\nfrom screenaid.ui.context import read_content\nlibrary = read_content()[0]\n" + code
    env = {k: v for k, v in os.environ.items() if not k.upper().startswith("SCREENAID_")}
    return subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, env=env, timeout=120
    ).stdout
