"""SHA-256, computed by libsodium (PyNaCl), the library that checks the signature of the bundled data.

The app checks its signed data with PyNaCl at every start, which loads libsodium with it. Python's ``hashlib``
would load the system's OpenSSL as well for the same digests: about 3.5 MB of memory and 5 ms of imports, for
no gain (the digests are the same; a test compares them with ``hashlib``'s).
"""

from __future__ import annotations

from nacl.bindings import crypto_hash_sha256


class Sha256:
    """A SHA-256 digest that can be fed in parts, like ``hashlib.sha256``.

    PyNaCl gives libsodium's one-shot SHA-256 only, so the parts are kept and hashed together: this is for the
    few small inputs that are built up piece by piece (the search code's version, a few hundred kB at most),
    not for streaming large files."""

    __slots__ = ("_parts",)

    def __init__(self, data: bytes = b"") -> None:
        self._parts = [bytes(data)] if data else []

    def update(self, data: bytes) -> None:
        self._parts.append(bytes(data))

    def hexdigest(self) -> str:
        """The digest so far, in hexadecimal; more data may still be added."""
        return sha256_hex(b"".join(self._parts))


def sha256_hex(data: bytes) -> str:
    """The SHA-256 digest of ``data``, in hexadecimal."""
    return crypto_hash_sha256(bytes(data)).hex()
