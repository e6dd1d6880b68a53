"""Ed25519 through PyNaCl (libsodium): the same keys, the same key files and the same signature bytes as the
``cryptography`` package gave before, and the same refusals.

Ed25519 is deterministic (RFC 8032): one key and one message give one signature, whichever implementation
signs. So the committed ``data/MANIFEST.sig``, made with ``cryptography``, is reproduced byte for byte here,
and RFC 8032's own test vectors are checked, which any conforming implementation must give.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import shutil
import subprocess
from pathlib import Path

import pytest
from nacl.signing import SigningKey, VerifyKey

from screenaid.integrity import MANIFEST_NAME, SIGNATURE_NAME, sign_pack, verify_pack
from screenaid.integrity.keys import (
    DEVELOPMENT_PUBLIC_KEY,
    KeyFileError,
    private_key_pem,
    public_key_from_base64,
    public_key_to_base64,
    read_private_key,
)
from tests.conftest import DATA_DIR, REPO_ROOT

DEV_KEY = REPO_ROOT / "packaging" / "signing" / "dev-resources-key.pem"
TODAY = dt.date(2026, 11, 30)

# RFC 8032, section 7.1, tests 1 and 2: (secret key, public key, message, signature), in hexadecimal.
RFC_8032_VECTORS = [
    (
        "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60",
        "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a",
        "",
        "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b",
    ),
    (
        "4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb",
        "3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c",
        "72",
        "92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00",
    ),
]  # fmt: skip

# Made with `openssl genpkey` for these tests only (throw-away keys of other kinds, never used to sign).
X25519_PEM = (
    "-----BEGIN PRIVATE KEY-----\n"
    "MC4CAQAwBQYDK2VuBCIEIPgvzJyrWFg9WqFNP0ZTqbkxOG49zQPecwoY0nQ+GpdZ\n"
    "-----END PRIVATE KEY-----\n"
)
"""The same 48 bytes of DER as an Ed25519 key, but the algorithm is X25519 (1.3.101.110)."""
P256_PEM = (
    "-----BEGIN PRIVATE KEY-----\n"
    "MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgIwXJVCGpyci6ofIV\n"
    "W3CmBLhn+/cpMBNDdZQw/ov5YrehRANCAASs+08oM2CCZugS7ENZL9aj5ihvyd5g\n"
    "HbL8N/6lztKX3nj+1P2ctn7zNdJoHFDjKpGAtq2o4gP74z5NxoXGjvkw\n"
    "-----END PRIVATE KEY-----\n"
)
PREFIX = bytes.fromhex("302e020100300506032b657004220420")


@pytest.mark.parametrize(("secret", "public", "message", "signature"), RFC_8032_VECTORS)
def test_rfc_8032_test_vectors(secret: str, public: str, message: str, signature: str) -> None:
    key = SigningKey(bytes.fromhex(secret))
    assert bytes(key.verify_key).hex() == public
    assert key.sign(bytes.fromhex(message)).signature.hex() == signature
    assert VerifyKey(bytes.fromhex(public)).verify(bytes.fromhex(message), bytes.fromhex(signature)) == (
        bytes.fromhex(message)
    )


def test_the_development_key_file_reads_and_writes_back_byte_for_byte() -> None:
    """The file was written by ``cryptography``; written again here, it is the same bytes."""
    key = read_private_key(DEV_KEY)
    assert public_key_to_base64(key.verify_key) == DEVELOPMENT_PUBLIC_KEY
    assert private_key_pem(key) == DEV_KEY.read_bytes()


def test_the_committed_signature_verifies_and_re_signing_gives_the_same_bytes(tmp_path: Path) -> None:
    public = public_key_from_base64(DEVELOPMENT_PUBLIC_KEY)
    committed = verify_pack(DATA_DIR, public, today=TODAY)
    assert committed.trusted, committed.reason
    payload = (DATA_DIR / MANIFEST_NAME).read_bytes()
    signature = (DATA_DIR / SIGNATURE_NAME).read_bytes()
    key = read_private_key(DEV_KEY)
    assert key.sign(payload).signature.hex().encode() + b"\n" == signature
    # the whole signing path too: the same files, dates and version give both files byte for byte
    copy = tmp_path / "data"
    shutil.copytree(DATA_DIR, copy)
    fields = json.loads(payload)
    sign_pack(
        copy,
        key,
        pack=fields["pack"],
        version=fields["version"],
        verified_on=dt.date.fromisoformat(fields["verified_on"]),
        expires=dt.date.fromisoformat(fields["expires"]),
        signed_on=dt.date.fromisoformat(fields["signed_on"]),
    )
    assert (copy / MANIFEST_NAME).read_bytes() == payload
    assert (copy / SIGNATURE_NAME).read_bytes() == signature


@pytest.mark.parametrize(
    "signature",
    [b"", b"00" * 63, b"00" * 65, b"ab" * 64],
    ids=["empty", "63 bytes", "65 bytes", "64 wrong bytes"],
)
def test_a_signature_of_the_wrong_length_or_bytes_is_refused_as_before(
    tmp_path: Path, signature: bytes
) -> None:
    key = SigningKey.generate()
    (tmp_path / "a.txt").write_text("a", encoding="utf-8")
    sign_pack(tmp_path, key, pack="p", version=1, verified_on=TODAY, expires=TODAY + dt.timedelta(days=9))
    assert verify_pack(tmp_path, key.verify_key, today=TODAY).ok
    (tmp_path / SIGNATURE_NAME).write_bytes(signature + b"\n")
    verdict = verify_pack(tmp_path, key.verify_key, today=TODAY)
    assert (verdict.ok, verdict.trusted) == (False, False)
    assert verdict.reason == f"{MANIFEST_NAME} is not signed by a trusted key (the signature does not match)"


def test_a_truncated_signature_is_refused(tmp_path: Path) -> None:
    key = SigningKey.generate()
    (tmp_path / "a.txt").write_text("a", encoding="utf-8")
    sign_pack(tmp_path, key, pack="p", version=1, verified_on=TODAY, expires=TODAY + dt.timedelta(days=9))
    signature = (tmp_path / SIGNATURE_NAME).read_bytes().strip()
    (tmp_path / SIGNATURE_NAME).write_bytes(signature[:-2])
    verdict = verify_pack(tmp_path, key.verify_key, today=TODAY)
    assert not verdict.trusted
    assert verdict.reason == f"{MANIFEST_NAME} is not signed by a trusted key (the signature does not match)"


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("", "decodes to 0 bytes, need 32"),
        (base64.b64encode(bytes(31)).decode(), "decodes to 31 bytes, need 32"),
        (base64.b64encode(bytes(33)).decode(), "decodes to 33 bytes, need 32"),
        ("not base64!", "Only base64 data is allowed"),
    ],
)
def test_a_public_key_of_the_wrong_length_is_refused(text: str, why: str) -> None:
    with pytest.raises(KeyFileError) as error:
        public_key_from_base64(text)
    assert str(error.value).startswith("not a base64 Ed25519 public key (")
    assert why in str(error.value)


def _pem(der: bytes) -> str:
    return f"-----BEGIN PRIVATE KEY-----\n{base64.b64encode(der).decode()}\n-----END PRIVATE KEY-----\n"


@pytest.mark.parametrize(
    ("text", "why"),
    [
        (_pem(PREFIX + bytes(31)), "not an Ed25519 private key (47 bytes of DER"),
        (_pem(PREFIX + bytes(33)), "not an Ed25519 private key (49 bytes of DER"),
        (_pem(PREFIX[:-1] + b"\x21" + bytes(32)), "not an Ed25519 private key (48 bytes of DER"),
        (X25519_PEM, "not an Ed25519 private key (48 bytes of DER"),
        (P256_PEM, "not an Ed25519 private key (138 bytes of DER"),
        (_pem(PREFIX + bytes(32)).replace("MC4", "MC!"), "the PEM block is not base64"),
        (_pem(PREFIX + bytes(32)).replace("PRIVATE KEY", "RSA PRIVATE KEY"), "found: -----BEGIN RSA PRIVATE KEY"),
        (_pem(PREFIX + bytes(32)).replace("PRIVATE", "ENCRYPTED PRIVATE"), "found: -----BEGIN ENCRYPTED PRIVATE"),
        (_pem(PREFIX + bytes(32)).replace("-----END PRIVATE KEY-----\n", ""), "found: -----BEGIN PRIVATE KEY"),
        ("junk before\n" + _pem(PREFIX + bytes(32)), "found: no such block"),
        ("", "found: no such block"),
        ("-----BEGIN PRIVATE KEY-----\n-----END PRIVATE KEY-----\n", "found: -----BEGIN PRIVATE KEY"),
    ],
    ids=[
        "31-byte seed", "33-byte seed", "another prefix", "X25519 key", "P-256 key", "not base64", "RSA block",
        "encrypted", "no end", "text before", "empty", "no body",
    ],
)  # fmt: skip
def test_a_key_file_that_is_not_an_ed25519_pkcs8_key_is_refused_with_the_reason(
    tmp_path: Path, text: str, why: str
) -> None:
    path = tmp_path / "key.pem"
    path.write_text(text, encoding="ascii")
    with pytest.raises(KeyFileError) as error:
        read_private_key(path)
    assert str(error.value).startswith(f"{path}: ")
    assert why in str(error.value)


def test_a_key_file_that_cannot_be_read_or_is_not_text_is_refused(tmp_path: Path) -> None:
    with pytest.raises(KeyFileError, match="cannot read an Ed25519 private key"):
        read_private_key(tmp_path / "missing.pem")
    binary = tmp_path / "key.der"
    binary.write_bytes(PREFIX + bytes(range(200, 232)))
    with pytest.raises(KeyFileError, match="not a PEM file"):
        read_private_key(binary)


def test_windows_line_endings_and_a_base64_body_over_several_lines_are_read(tmp_path: Path) -> None:
    seed = bytes(range(32))
    body = base64.b64encode(PREFIX + seed).decode()
    path = tmp_path / "key.pem"
    path.write_bytes(
        f"-----BEGIN PRIVATE KEY-----\r\n{body[:40]}\r\n{body[40:]}\r\n-----END PRIVATE KEY-----\r\n".encode()
    )
    assert bytes(read_private_key(path)) == seed


@pytest.mark.skipif(shutil.which("openssl") is None, reason="needs the openssl command")
def test_openssl_and_screenaid_read_each_others_key_files(tmp_path: Path) -> None:
    theirs = tmp_path / "openssl.pem"
    subprocess.run(["openssl", "genpkey", "-algorithm", "ed25519", "-out", str(theirs)], check=True)
    key = read_private_key(theirs)
    assert private_key_pem(key) == theirs.read_bytes()

    def public_of(path: Path) -> bytes:
        der = subprocess.run(
            ["openssl", "pkey", "-in", str(path), "-pubout", "-outform", "DER"],
            capture_output=True,
            check=True,
        ).stdout
        return der[-32:]  # SubjectPublicKeyInfo: a 12-byte header, then the raw key

    assert public_of(theirs) == bytes(key.verify_key)
    ours = tmp_path / "ours.pem"
    mine = SigningKey.generate()
    ours.write_bytes(private_key_pem(mine))
    assert public_of(ours) == bytes(mine.verify_key)


def test_a_public_key_of_small_order_is_refused(tmp_path: Path) -> None:
    """Stricter than before: under the neutral point as a public key, the "signature" R = neutral point, S = 0
    satisfies Ed25519's equation for every message. OpenSSL (through ``cryptography``) accepted it; libsodium
    refuses public keys and R values of small order, so such a key can vouch for nothing."""
    neutral = bytes([1]) + bytes(31)
    key = public_key_from_base64(base64.b64encode(neutral).decode())
    (tmp_path / "a.txt").write_text("forged", encoding="utf-8")
    sign_pack(
        tmp_path,
        SigningKey.generate(),
        pack="p",
        version=1,
        verified_on=TODAY,
        expires=TODAY + dt.timedelta(9),
    )
    (tmp_path / SIGNATURE_NAME).write_bytes((neutral + bytes(32)).hex().encode())
    verdict = verify_pack(tmp_path, key, today=TODAY)
    assert (verdict.ok, verdict.trusted) == (False, False)
    assert verdict.reason == f"{MANIFEST_NAME} is not signed by a trusted key (the signature does not match)"
