"""The search index's postings: which documents each term occurs in, and with what weight.

A mapping from each term to ``{document number: weight}``, held in three flat objects instead of one dict
per term (a dict per term took about 1.8 MB for the bundled library, these about 0.2 MB): the sorted list of
terms (a term is found by bisection), one array of (document number, weight number) pairs, term after term
and each term's documents in increasing order, and the offset of each term's pairs in it. The weights
themselves are a short table (a few dozen distinct sums of field weights), so the index shares one float
object per weight, as :mod:`screenaid.search.prepared` already does.

:class:`PostingsBuilder` files the pairs as entries are added, into one small array per term, and joins
them once at the end; an entry whose terms come from the content snapshot is filed by their numbers,
without looking a term up.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left
from collections import deque
from collections.abc import Iterable, Iterator, Mapping, Sequence
from itertools import accumulate, compress, pairwise, repeat

NARROW = "H"
"""Type code of the pairs while document and weight numbers fit in 16 bits (they do by far)."""
WIDE = "I"
"""Type code when they do not: the index is then built again with it (``array`` raises OverflowError)."""
_OFFSET = "I"


class Postings(Mapping[str, Mapping[int, float]]):
    """term → {document number: weight}; read-only. :meth:`position` and :meth:`documents` are what search
    reads; indexing by term builds that term's dict (for comparing indexes)."""

    __slots__ = ("_offsets", "_pairs", "_weights", "terms")

    def __init__(self, terms: list[str], offsets: array[int], pairs: array[int], weights: tuple[float, ...]):
        self.terms = terms
        """Every term, sorted."""
        self._offsets = offsets
        self._pairs = pairs
        self._weights = weights

    def position(self, term: str) -> int:
        """``term``'s position in :attr:`terms`; -1 when no document has it."""
        at = bisect_left(self.terms, term)
        return at if at < len(self.terms) and self.terms[at] == term else -1

    def documents(self, position: int) -> Iterator[tuple[int, float]]:
        """(document number, weight) for each document the term at ``position`` occurs in, in order."""
        start, end = self._offsets[position], self._offsets[position + 1]
        pairs = self._pairs
        return zip(
            pairs[start:end:2], map(self._weights.__getitem__, pairs[start + 1 : end : 2]), strict=True
        )

    def counts(self) -> Iterator[int]:
        """How many documents each term occurs in, in the order of :attr:`terms`."""
        return ((end - start) // 2 for start, end in pairwise(self._offsets))

    def __getitem__(self, term: str) -> dict[int, float]:
        position = self.position(term)
        if position < 0:
            raise KeyError(term)
        return dict(self.documents(position))

    def __contains__(self, term: object) -> bool:
        return isinstance(term, str) and self.position(term) >= 0

    def __iter__(self) -> Iterator[str]:
        return iter(self.terms)

    def __len__(self) -> int:
        return len(self.terms)


class PostingsBuilder:
    """Collects each document's terms and weights, documents in increasing order, then :meth:`build`\\ s."""

    def __init__(self, typecode: str, vocabulary: Sequence[str] = (), weights: Sequence[float] = ()):
        """``vocabulary`` (sorted) and ``weights`` number the terms and weights of :meth:`add_numbers`."""
        self._typecode = typecode
        self._vocabulary = vocabulary
        self._rows: list[array[int]] = [array(typecode) for _ in vocabulary]
        self._others: dict[str, int] = {}
        """Terms not in the vocabulary, with their row."""
        self._weights = list(weights)
        self._weight_number = {weight: number for number, weight in enumerate(self._weights)}

    def add(self, document: int, weighted: Iterable[tuple[str, float]]) -> None:
        """Files ``document``'s (term, weight) pairs (each term once)."""
        weight_number = self._weight_number
        for term, weight in weighted:
            row = self._row(term)
            number = weight_number.get(weight)
            if number is None:
                number = weight_number[weight] = len(self._weights)
                self._weights.append(weight)
            row.append(document)
            row.append(number)

    def add_numbers(self, document: int, numbers: Iterable[int], weight_numbers: Iterable[int]) -> None:
        """Files ``document``'s terms and weights given by their positions in the vocabulary and weights
        the builder was made with (each term once)."""
        rows = list(map(self._rows.__getitem__, numbers))
        deque(map(array.append, rows, repeat(document)), maxlen=0)
        deque(map(array.append, rows, weight_numbers), maxlen=0)

    def _row(self, term: str) -> array[int]:
        vocabulary = self._vocabulary
        at = bisect_left(vocabulary, term)
        if at < len(vocabulary) and vocabulary[at] == term:
            return self._rows[at]
        at = self._others.get(term, -1)
        if at < 0:
            at = self._others[term] = len(self._rows)
            self._rows.append(array(self._typecode))
        return self._rows[at]

    def build(self) -> Postings:
        """The postings of every term some document has, terms sorted."""
        rows = self._rows
        names = [*self._vocabulary, *self._others]
        used = list(compress(range(len(rows)), rows))
        used.sort(key=names.__getitem__)  # already sorted but for terms outside the vocabulary
        ordered = list(map(rows.__getitem__, used))
        pairs = array(self._typecode)
        pairs.frombytes(b"".join(ordered))
        offsets = array(_OFFSET, accumulate(map(len, ordered), initial=0))
        return Postings(list(map(names.__getitem__, used)), offsets, pairs, tuple(self._weights))
