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
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Literal

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

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


def public_key_from_base64(text: str) -> Ed25519PublicKey:
    try:
        raw = base64.b64decode(text.strip(), validate=True)
        return Ed25519PublicKey.from_public_bytes(raw)
    except (binascii.Error, ValueError) as error:
        raise KeyFileError(f"not a base64 Ed25519 public key ({error})") from None


def public_key_to_base64(key: Ed25519PublicKey) -> str:
    return base64.b64encode(key.public_bytes_raw()).decode("ascii")


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


def read_private_key(path: Path) -> Ed25519PrivateKey:
    from cryptography.hazmat.primitives import serialization  # signing only: not on the app's launch path

    try:
        key = serialization.load_pem_private_key(path.read_bytes(), password=None)
    except (OSError, ValueError, TypeError) as error:
        raise KeyFileError(f"{path}: cannot read an Ed25519 private key ({error})") from None
    if not isinstance(key, Ed25519PrivateKey):
        raise KeyFileError(f"{path}: not an Ed25519 private key")
    return key


def private_key_pem(key: Ed25519PrivateKey) -> bytes:
    from cryptography.hazmat.primitives import serialization

    return key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
