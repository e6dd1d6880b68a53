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
        numbers = iter(self._pairs[self._offsets[position] : self._offsets[position + 1]])
        return zip(numbers, map(self._weights.__getitem__, numbers), strict=True)  # document, weight, ...

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


class _Rows(dict[str, int]):
    """Each term's row: the vocabulary's own, or a new one after all others, made when first looked up (so
    that looking up a known term stays a plain dict lookup)."""

    __slots__ = ("_others", "_rows", "_typecode", "_vocabulary")

    def __init__(self, typecode: str, vocabulary: Sequence[str], rows: list[array[int]], others: list[str]):
        super().__init__()
        self._typecode, self._vocabulary, self._rows, self._others = typecode, vocabulary, rows, others

    def __missing__(self, term: str) -> int:
        vocabulary = self._vocabulary
        at = bisect_left(vocabulary, term)
        if not (at < len(vocabulary) and vocabulary[at] == term):
            at = len(self._rows)
            self._rows.append(array(self._typecode))
            self._others.append(term)
        self[term] = at
        return at


class _Table(dict[float, int]):
    """Each weight's number in ``weights``; a new weight is added when first looked up."""

    __slots__ = ("_weights",)

    def __init__(self, weights: list[float]):
        super().__init__((weight, number) for number, weight in enumerate(weights))
        self._weights = weights

    def __missing__(self, weight: float) -> int:
        number = self[weight] = len(self._weights)
        self._weights.append(weight)
        return number


class PostingsBuilder:
    """Collects each document's terms and weights, documents in increasing order, then :meth:`build`\\ s."""

    def __init__(self, typecode: str, vocabulary: Sequence[str] = (), weights: Sequence[float] = ()):
        """``vocabulary`` (sorted) and ``weights`` number the terms and weights of :meth:`add_numbers`."""
        self._typecode = typecode
        self._vocabulary = vocabulary
        self._rows: list[array[int]] = [array(typecode) for _ in vocabulary]
        """Each term's (document, weight number) pairs: the vocabulary's terms, then the others."""
        self._others: list[str] = []
        """Terms not in the vocabulary, in the order of their rows."""
        self._row_of = _Rows(typecode, vocabulary, self._rows, self._others)
        self._weights = list(weights)
        self._weight_number = _Table(self._weights)

    def add(self, document: int, weights: Mapping[str, float]) -> None:
        """Files ``document``'s terms with their weights."""
        rows = map(self._row_of.__getitem__, weights)
        self.add_numbers(document, rows, map(self._weight_number.__getitem__, weights.values()))

    def add_numbers(self, document: int, numbers: Iterable[int], weight_numbers: Iterable[int]) -> None:
        """Files ``document``'s terms and weights given by their positions in the vocabulary and weights
        the builder was made with (each term once)."""
        rows = list(map(self._rows.__getitem__, numbers))
        deque(map(array.append, rows, repeat(document)), maxlen=0)
        deque(map(array.append, rows, weight_numbers), maxlen=0)

    def build(self) -> Postings:
        """The postings of every term some document has, terms sorted."""
        rows = self._rows  # the vocabulary's terms, in order, then the others as they came
        names = [*compress(self._vocabulary, rows), *self._others]
        rows = list(compress(rows, rows))
        if self._others:
            order = sorted(range(len(names)), key=names.__getitem__)
            names, rows = list(map(names.__getitem__, order)), list(map(rows.__getitem__, order))
        pairs = array(self._typecode)
        deque(map(pairs.extend, rows), maxlen=0)
        offsets = array(_OFFSET, accumulate(map(len, rows), initial=0))
        return Postings(names, offsets, pairs, tuple(self._weights))
