"""SHA-256, computed by the OpenSSL inside ``cryptography``.

The app checks its signed data with ``cryptography`` at every start, which loads OpenSSL with it. Python's
``hashlib`` would load the system's OpenSSL a second time for the same digests: about 3.5 MB of memory and
5 ms of imports, for no gain (the digests are the same; a test compares them with ``hashlib``'s).
"""

from __future__ import annotations

from cryptography.hazmat.primitives.hashes import SHA256, Hash


class Sha256:
    """A SHA-256 digest that can be fed in parts, like ``hashlib.sha256``."""

    __slots__ = ("_hash",)

    def __init__(self, data: bytes = b"") -> None:
        self._hash = Hash(SHA256())
        if data:
            self._hash.update(data)

    def update(self, data: bytes) -> None:
        self._hash.update(data)

    def hexdigest(self) -> str:
        """The digest so far, in hexadecimal; more data may still be added."""
        return self._hash.copy().finalize().hex()


def sha256_hex(data: bytes) -> str:
    """The SHA-256 digest of ``data``, in hexadecimal."""
    return Sha256(data).hexdigest()
