"""Reading the app's content needs only what checks a signature: cryptography's key serialisation (PEM, SSH,
ciphers: about 6 ms of imports) is for signing, and the raw public key is read without it."""

from __future__ import annotations

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from screenaid.integrity.keys import private_key_pem, public_key_to_base64, read_private_key
from screenaid.integrity.manifest import fingerprint
from tests.integrity.conftest import after_reading_content


def test_reading_the_content_does_not_load_key_serialisation() -> None:
    out = after_reading_content(
        "print(len(library), 'cryptography.hazmat.primitives.serialization' in sys.modules)\n"
    ).split()
    assert int(out[0]) > 500
    assert out[1] == "False"


def test_raw_public_key_bytes_are_the_serialised_ones(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import base64
    import hashlib

    key = Ed25519PrivateKey.generate()
    public = key.public_key()
    raw = public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    assert public_key_to_base64(public) == base64.b64encode(raw).decode("ascii")
    digest = hashlib.sha256(raw).hexdigest()[:32]
    assert fingerprint(public) == ":".join(digest[i : i + 4] for i in range(0, 32, 4))
    path = tmp_path / "key.pem"
    path.write_bytes(private_key_pem(key))
    assert public_key_to_base64(read_private_key(path).public_key()) == public_key_to_base64(public)
