"""Keys: which public keys this build trusts for the bundled data, and helpers to read and make key pairs.

A **development** build trusts only the development key, whose private half is committed to the repository
(``packaging/signing/dev-resources-key.pem``) so that anyone can re-sign after editing data. Its signature
proves nothing against someone who has read the repository, so a development build says so on every screen
and in ``selftest``.

A **release** build trusts only the release key. Its public half is written into the package as
``release-key.pub`` by the build scripts (``scripts/build-deb --release``, ``scripts/build-bundle --release``)
from a value supplied at build time; its private half is kept offline and never enters the repository. The
build scripts refuse to make a release build with the development key.

Tests inject a throw-away key with :func:`trust_keys_for_tests`, a Python call inside the test process:
nothing on disk or in the environment can add a trusted key.

Keys are PyNaCl's (libsodium): :class:`nacl.signing.VerifyKey` and :class:`nacl.signing.SigningKey`. A public
key is written as the base64 of its raw 32 bytes; a private key as a PKCS#8 PEM file (RFC 8410), the format
OpenSSL and the ``cryptography`` package read and write, so key files made before or elsewhere still work.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Literal

from nacl.signing import SigningKey, VerifyKey

DEVELOPMENT_PUBLIC_KEY = "7V9Xe5N2L7JC6Sb6plpHyMPtUQ7QWtEadKkko3jGcvk="
"""Public half of ``packaging/signing/dev-resources-key.pem``: trusted by development builds only."""
BUNDLED_PUBLIC_KEY = DEVELOPMENT_PUBLIC_KEY  # the former name, kept for callers
RELEASE_KEY_FILE = "release-key.pub"
"""Written next to this module by the release build scripts; absent in the repository."""

MIN_BUNDLED_VERSION = 2
"""Rollback floor: a validly signed bundled data tree older than this is rejected. Raise it with each release."""

BuildKind = Literal["release", "development"]
_TEST_KEYS: tuple[str, ...] | None = None


class KeyFileError(ValueError):
    """A key that cannot be read; the message says why."""


def public_key_from_base64(text: str) -> VerifyKey:
    try:
        raw = base64.b64decode(text.strip(), validate=True)
    except (binascii.Error, ValueError) as error:
        raise KeyFileError(f"not a base64 Ed25519 public key ({error})") from None
    if len(raw) != PUBLIC_KEY_BYTES:
        raise KeyFileError(f"not a base64 Ed25519 public key (decodes to {len(raw)} bytes, need 32)")
    return VerifyKey(raw)


def public_key_to_base64(key: VerifyKey) -> str:
    return base64.b64encode(bytes(key)).decode("ascii")


def _release_key_path() -> Path:
    from screenaid.paths import package_file

    return package_file("integrity", RELEASE_KEY_FILE)


def release_public_key() -> str | None:
    """The release key built into this installation, or None in a development build."""
    try:
        text = _release_key_path().read_text(encoding="ascii").strip()
        public_key_from_base64(text)
    except (OSError, UnicodeDecodeError, KeyFileError):
        return None
    return None if text == DEVELOPMENT_PUBLIC_KEY else text


def build_kind() -> BuildKind:
    if _TEST_KEYS is not None:
        return "release"
    return "release" if release_public_key() else "development"


def trusted_public_keys() -> tuple[str, ...]:
    """The base64 public keys whose signature on the bundled data this build accepts (exactly one)."""
    if _TEST_KEYS is not None:
        return _TEST_KEYS
    release = release_public_key()
    return (release,) if release else (DEVELOPMENT_PUBLIC_KEY,)


@contextmanager
def trust_keys_for_tests(keys: Sequence[str]) -> Iterator[None]:
    """For tests only: trust ``keys`` (and nothing else) as if they were this build's release key."""
    global _TEST_KEYS
    previous = _TEST_KEYS
    _TEST_KEYS = tuple(keys)
    try:
        yield
    finally:
        _TEST_KEYS = previous


PUBLIC_KEY_BYTES = 32
_PKCS8_ED25519_PREFIX = bytes.fromhex("302e020100300506032b657004220420")
"""RFC 8410's PKCS#8 encoding of an Ed25519 private key is always these 16 bytes of DER (a version-0
PrivateKeyInfo, the algorithm id-Ed25519 1.3.101.112, an octet string of 34 bytes holding an octet string of
32), then the 32-byte seed: 48 bytes in all."""
_PEM_BEGIN = "-----BEGIN PRIVATE KEY-----"
_PEM_END = "-----END PRIVATE KEY-----"


def read_private_key(path: Path) -> SigningKey:
    """The Ed25519 private key in a PKCS#8 PEM file (unencrypted, RFC 8410), as ``openssl genpkey -algorithm
    ed25519``, the ``cryptography`` package and :func:`private_key_pem` write it; raises :class:`KeyFileError`.

    Strict on purpose: a PEM block of type ``PRIVATE KEY`` and nothing else in the file, strict base64, and
    exactly the 48 bytes of DER an Ed25519 key has (the fixed prefix, then the seed). Any other key (RSA, an
    elliptic curve, an encrypted key, one with its public half attached) is refused with the reason."""
    try:
        text = path.read_bytes().decode("ascii")
    except OSError as error:
        raise KeyFileError(
            f"{path}: cannot read an Ed25519 private key ({error.strerror or error})"
        ) from None
    except UnicodeDecodeError:
        raise KeyFileError(f"{path}: not a PEM file (it is not ASCII text)") from None
    lines = [line.strip() for line in text.strip().splitlines()]
    if len(lines) < 3 or lines[0] != _PEM_BEGIN or lines[-1] != _PEM_END:
        found = lines[0] if lines and lines[0].startswith("-----BEGIN ") else "no such block"
        raise KeyFileError(
            f"{path}: not an unencrypted PKCS#8 private key (expected a {_PEM_BEGIN} block alone; found: "
            f"{found[:60]})"
        )
    try:
        der = base64.b64decode("".join(lines[1:-1]), validate=True)
    except (binascii.Error, ValueError):
        raise KeyFileError(f"{path}: the PEM block is not base64") from None
    if len(der) != len(_PKCS8_ED25519_PREFIX) + 32 or not der.startswith(_PKCS8_ED25519_PREFIX):
        raise KeyFileError(
            f"{path}: not an Ed25519 private key ({len(der)} bytes of DER; an Ed25519 key is the 16 bytes of "
            "RFC 8410's prefix and a 32-byte seed)"
        )
    return SigningKey(der[len(_PKCS8_ED25519_PREFIX) :])


def private_key_pem(key: SigningKey) -> bytes:
    """``key`` as a PKCS#8 PEM file, byte for byte as OpenSSL and ``cryptography`` write it (one line of 64
    base64 characters between the markers), so :func:`read_private_key` and they read each other's files."""
    body = base64.b64encode(_PKCS8_ED25519_PREFIX + bytes(key)).decode("ascii")
    return f"{_PEM_BEGIN}\n{body}\n{_PEM_END}\n".encode("ascii")
