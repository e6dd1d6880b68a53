"""SHA-256 from libsodium (PyNaCl) gives hashlib's digests, whole or fed in parts."""

from __future__ import annotations

import hashlib

import pytest

from screenaid.content.digest import Sha256, sha256_hex


@pytest.mark.parametrize("data", [b"", b"abc", bytes(range(256)) * 4099, "Þjóð 人口贩卖".encode()])
def test_digests_are_hashlibs(data: bytes) -> None:
    assert sha256_hex(data) == hashlib.sha256(data).hexdigest()
    parts = Sha256()
    for start in range(0, len(data), 1000):
        parts.update(data[start : start + 1000])
    assert parts.hexdigest() == hashlib.sha256(data).hexdigest()


def test_a_digest_can_be_read_and_then_fed_more() -> None:
    digest = Sha256(b"first")
    assert digest.hexdigest() == hashlib.sha256(b"first").hexdigest()
    digest.update(b" second")
    assert digest.hexdigest() == hashlib.sha256(b"first second").hexdigest()
