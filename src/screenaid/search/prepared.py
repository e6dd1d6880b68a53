"""Search's index terms for the bundled library, computed when the content snapshot is signed.

Building the index means reading every text of every entry and stemming its words (about 70 ms at every
launch). The result for an entry depends only on the entry and on the code in :data:`CODE`, so
``scripts/sign-bundled-resources`` hands :func:`derive` to the snapshot writer
(:func:`screenaid.content.snapshot.write_snapshot`): the snapshot then holds every searchable entry's terms
and weights, under :data:`NAME`, with :func:`code_version`. At run time :class:`Prepared` gives them back
for exactly the entry objects read from that snapshot, and only while the version matches this code;
any other entry (a clinic's resource, the fallback, an entry the jurisdiction view rewrote) and every
entry of a snapshot written by other search code is indexed at run time, with the same result
(tests/search/test_prepared.py).

The version is a digest of that code and of what it does: the source files in :data:`CODE` (in a frozen
bundle, which holds no sources, the digest compiled into :mod:`screenaid.search.code_digest` when the
snapshot was signed; a test checks that it matches the sources), the stems and folded forms of a fixed
set of words in every stemmer language (a different Snowball or Unicode version stems differently), and
the Unicode version.

Packed form, plain values only (the snapshot's unpickler builds nothing else): ``(vocabulary, weights,
entries)``: ``vocabulary`` the sorted tuple of every term, ``weights`` the sorted tuple of every distinct
weight (a few dozen: sums of field weights), ``entries`` by id ``(term numbers, weight numbers, length)``,
the numbers little-endian unsigned 32-bit, as bytes. The index files an entry's postings by these numbers
(:meth:`Prepared.numbers`, without looking a term up) and shares one float object per weight.
"""

from __future__ import annotations

import sys
import unicodedata
from array import array
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from operator import lt
from pathlib import Path
from typing import Any

from screenaid.content.common import Record
from screenaid.content.digest import Sha256
from screenaid.content.library import Library
from screenaid.search.terms import UNSEARCHED, entry_terms
from screenaid.search.text import SNOWBALL_LANGUAGES, stem, words

NAME = "search"
"""The name of search's data in the snapshot and in ``Library.derived``."""
CODE = (
    "search/prepared.py",
    "search/terms.py",
    "search/text.py",
    "search/negation.py",
    "content/plain.py",
)
"""The code that decides an entry's terms (paths below the ``screenaid`` package)."""
_PROBES = (
    "trafficking", "traffickers", "passports", "forced", "working", "nationalities", "interpreting",
    "pasaportes", "amenazas", "explotación", "niñas", "précarité", "forcée", "esclavage", "travaillant",
    "trabalhadores", "торговля", "людьми", "الاتجار", "hộ chiếu", "Đường dây", "人口贩卖", "护照", "ǅemal",
)  # fmt: skip
"""Words whose folded forms and stems in every stemmer language go into the version."""
_UINT32 = next(code for code in "IL" if array(code).itemsize == 4)
_BIG_ENDIAN = sys.byteorder == "big"


def code_version() -> str:
    """The version of the code that decides an entry's terms (see the module's documentation)."""
    return _code_version(_sources_digest())


@lru_cache(maxsize=2)
def _code_version(sources: str) -> str:
    digest = Sha256(f"{sources}\nunicode {unicodedata.unidata_version}\n".encode())
    for probe in _PROBES:
        for word in words(probe):
            stems = [stem(word, lang) for lang in SNOWBALL_LANGUAGES]
            digest.update(f"{word} {' '.join(stems)}\n".encode())
    return digest.hexdigest()


@lru_cache(maxsize=1)
def _sources_digest() -> str:
    return code_digest() or _compiled_digest()


def code_digest() -> str | None:
    """SHA-256 over the files of :data:`CODE`; None where they cannot be read (a frozen bundle)."""
    package = Path(__file__).resolve().parent.parent
    digest = Sha256()
    try:
        for name in CODE:
            data = (package / name).read_bytes()
            digest.update(f"{name} {len(data)}\n".encode())
            digest.update(data)
    except OSError:
        return None
    return digest.hexdigest()


def _compiled_digest() -> str:
    from screenaid.search.code_digest import CODE_SHA256

    return CODE_SHA256


def derive(entries: Mapping[str, Record]) -> tuple[str, Any]:
    """The snapshot's search data for ``entries`` (see the module's documentation for its form)."""
    found = {
        entry_id: entry_terms(entry)
        for entry_id, entry in entries.items()
        if not isinstance(entry, UNSEARCHED)
    }
    vocabulary = tuple(sorted({term for weights, _ in found.values() for term in weights}))
    table = tuple(sorted({weight for weights, _ in found.values() for weight in weights.values()}))
    number = {term: position for position, term in enumerate(vocabulary)}
    weight_number = {weight: position for position, weight in enumerate(table)}
    packed = {
        entry_id: (
            _packed(array(_UINT32, [number[term] for term in weights])),
            _packed(array(_UINT32, [weight_number[weight] for weight in weights.values()])),
            length,
        )
        for entry_id, (weights, length) in found.items()
    }
    return code_version(), (vocabulary, table, packed)


def _packed(values: array[Any]) -> bytes:
    if _BIG_ENDIAN:
        values.byteswap()
    return values.tobytes()


def _unpacked(code: str, data: bytes) -> array[Any]:
    values = array(code)
    values.frombytes(data)
    if _BIG_ENDIAN:
        values.byteswap()
    return values


@dataclass(frozen=True, slots=True)
class Prepared:
    """The snapshot's search data, where this code may use it."""

    entries: Mapping[str, Record]
    vocabulary: tuple[str, ...]
    weights: tuple[float, ...]
    packed: Mapping[str, Any]

    @classmethod
    def of(cls, library: Library) -> Prepared | None:
        """The library's prepared terms; None when it has none or they were derived by other code."""
        derived = library.derived.get(NAME)
        if derived is None or derived.version != code_version():
            return None
        data = derived.data
        if not (isinstance(data, tuple) and len(data) == 3):
            return None
        vocabulary, weights, packed = data
        if not (isinstance(vocabulary, tuple) and isinstance(weights, tuple) and isinstance(packed, dict)):
            return None
        if not all(type(weight) is float for weight in weights):
            return None
        if not (set(map(type, vocabulary)) <= {str} and all(map(lt, vocabulary, vocabulary[1:]))):
            return None  # the index looks terms up in it by bisection: sorted strings, each once
        return cls(derived.entries, vocabulary, weights, packed)

    def terms(self, entry: Record) -> tuple[Iterable[tuple[str, float]], float] | None:
        """``entry``'s (term, weight) pairs and length as :func:`entry_terms` gives them, if it is one of the
        entries they were derived from (the same object); else None."""
        found = self.numbers(entry)
        if found is None:
            return None
        numbers, weight_numbers, length = found
        terms = map(self.vocabulary.__getitem__, numbers)
        return zip(terms, map(self.weights.__getitem__, weight_numbers), strict=True), length

    def numbers(self, entry: Record) -> tuple[array[int], array[int], float] | None:
        """What :meth:`terms` gives, as numbers: each term's position in :attr:`vocabulary`, each weight's in
        :attr:`weights` (the index files them without looking a term up), and the length; None as there."""
        if self.entries.get(entry.id) is not entry:
            return None
        found = self.packed.get(entry.id)
        if not (isinstance(found, tuple) and len(found) == 3):
            return None
        numbers, weight_numbers, length = found
        try:
            numbers, weight_numbers = _unpacked(_UINT32, numbers), _unpacked(_UINT32, weight_numbers)
        except (TypeError, ValueError):
            return None
        if len(numbers) != len(weight_numbers) or not isinstance(length, float):
            return None
        if numbers and (max(numbers) >= len(self.vocabulary) or max(weight_numbers) >= len(self.weights)):
            return None
        return numbers, weight_numbers, length
