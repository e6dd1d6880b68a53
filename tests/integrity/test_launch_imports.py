"""Reading the app's content needs only what checks a signature and computes digests: PyNaCl (libsodium).
cryptography (OpenSSL and a Rust extension, about 6 MB resident) is not used at all, and neither is
``hashlib`` (which would load the system's OpenSSL for the same digests)."""

from __future__ import annotations

import base64
import hashlib
from pathlib import Path

from nacl.signing import SigningKey

from screenaid.integrity.keys import private_key_pem, public_key_to_base64, read_private_key
from screenaid.integrity.manifest import fingerprint
from tests.integrity.conftest import after_reading_content


def test_reading_the_content_loads_libsodium_and_neither_cryptography_nor_hashlib() -> None:
    out = after_reading_content(
        "print(len(library), sorted({m.split('.')[0] for m in sys.modules} & {'nacl', 'cryptography', 'hashlib'}))\n"
    ).split(maxsplit=1)
    assert int(out[0]) > 500
    assert out[1].strip() == "['nacl']"


def test_raw_public_key_bytes_are_the_base64_ones_and_the_fingerprint_is_their_digest(tmp_path: Path) -> None:
    key = SigningKey.generate()
    public = key.verify_key
    raw = bytes(public)
    assert len(raw) == 32
    assert public_key_to_base64(public) == base64.b64encode(raw).decode("ascii")
    digest = hashlib.sha256(raw).hexdigest()[:32]
    assert fingerprint(public) == ":".join(digest[i : i + 4] for i in range(0, 32, 4))
    path = tmp_path / "key.pem"
    path.write_bytes(private_key_pem(key))
    assert public_key_to_base64(read_private_key(path).verify_key) == public_key_to_base64(public)
