"""Keys: the pinned public key of the bundled resource pack, and helpers to read and make key pairs."""

from __future__ import annotations

import base64
import binascii
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

BUNDLED_PUBLIC_KEY = "7V9Xe5N2L7JC6Sb6plpHyMPtUQ7QWtEadKkko3jGcvk="
"""Base64 raw Ed25519 public key that signs ``data/resources/``. Compiled in: never read from beside the data."""

MIN_BUNDLED_VERSION = 1
"""Rollback floor: a validly signed bundled pack older than this is rejected. Raise it with each release."""


class KeyFileError(ValueError):
    """A key that cannot be read; the message says why."""


def public_key_from_base64(text: str) -> Ed25519PublicKey:
    try:
        raw = base64.b64decode(text.strip(), validate=True)
        return Ed25519PublicKey.from_public_bytes(raw)
    except (binascii.Error, ValueError) as error:
        raise KeyFileError(f"not a base64 Ed25519 public key ({error})") from None


def public_key_to_base64(key: Ed25519PublicKey) -> str:
    raw = key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return base64.b64encode(raw).decode("ascii")


def read_private_key(path: Path) -> Ed25519PrivateKey:
    try:
        key = serialization.load_pem_private_key(path.read_bytes(), password=None)
    except (OSError, ValueError, TypeError) as error:
        raise KeyFileError(f"{path}: cannot read an Ed25519 private key ({error})") from None
    if not isinstance(key, Ed25519PrivateKey):
        raise KeyFileError(f"{path}: not an Ed25519 private key")
    return key


def private_key_pem(key: Ed25519PrivateKey) -> bytes:
    return key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
