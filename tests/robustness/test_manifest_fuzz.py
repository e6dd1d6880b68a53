"""A signed pack with any single byte flipped, in any file or in the manifest or its signature, is never used
as verified: verification returns a verdict (never raises), and the flipped file's bytes are not handed on."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from nacl.signing import SigningKey

from screenaid.integrity import sign_pack, verify_pack
from tests.conftest import DATA_DIR

TODAY = dt.date(2026, 11, 30)
KEY = SigningKey.generate()


def make_pack(root: Path) -> Path:
    folder = root / "pack"
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    for name in ("us.yaml", "ca.yaml", "README.md"):
        shutil.copy(DATA_DIR / "resources" / name, folder / name)
    sign_pack(folder, KEY, pack="p", version=1, verified_on=TODAY, expires=TODAY + dt.timedelta(days=9),
              signed_on=TODAY)  # fmt: skip
    return folder


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    name=st.sampled_from(["us.yaml", "ca.yaml", "README.md", "MANIFEST.json", "MANIFEST.sig"]),
    position=st.floats(min_value=0, max_value=0.9999),
    bit=st.integers(min_value=0, max_value=7),
)
def test_any_flipped_byte_is_caught(tmp_path: Path, name: str, position: float, bit: int) -> None:
    folder = make_pack(tmp_path)
    path = folder / name
    original = path.read_bytes()
    data = bytearray(original)
    index = int(position * len(data))
    data[index] ^= 1 << bit
    path.write_bytes(bytes(data))
    verdict = verify_pack(folder, KEY.verify_key, today=TODAY)
    if name == "MANIFEST.sig":
        if _same_signature(original, bytes(data)):  # hex case or trailing whitespace: the same signature
            assert verdict.ok
        else:
            assert not verdict.trusted
        return
    assert not verdict.ok
    assert name not in verdict.files


def _same_signature(before: bytes, after: bytes) -> bool:
    try:
        return bytes.fromhex(after.decode("ascii").strip()) == bytes.fromhex(before.decode("ascii").strip())
    except (UnicodeDecodeError, ValueError):
        return False
