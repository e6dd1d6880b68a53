"""The index's postings (:mod:`screenaid.search.postings`) hold exactly what a dict per term would, in a
few bytes per posting: the same terms, documents in the same order, the same weights and idf, and search
over them gives the same hits and scores as search over plain dicts."""

from __future__ import annotations

import copy
import dataclasses
import math
import sys
from collections import defaultdict
from collections.abc import Iterator

import pytest

from screenaid.content import Library
from screenaid.content.jurisdiction_view import library_for_jurisdiction
from screenaid.content.library import Derived
from screenaid.search import SearchIndex
from screenaid.search import index as index_module
from screenaid.search.negation import NEGATED
from screenaid.search.postings import PostingsBuilder
from screenaid.search.prepared import NAME, Prepared
from screenaid.search.terms import UNSEARCHED, entry_terms
from tests.search.test_prepared import CONTEXTS, QUERIES, from_snapshot, without_derived


def reference_postings(library: Library) -> dict[str, dict[int, float]]:
    """term → {document number: weight}, one dict per term, as the index held them before."""
    postings: dict[str, dict[int, float]] = defaultdict(dict)
    searchable = (entry for entry in library if not isinstance(entry, UNSEARCHED))
    for number, entry in enumerate(searchable):
        for term, weight in entry_terms(entry)[0].items():
            postings[term][number] = weight
    return dict(postings)


class DictPostings:
    """What search reads of :class:`screenaid.search.postings.Postings`, over plain dicts."""

    def __init__(self, postings: dict[str, dict[int, float]]):
        self.terms = sorted(postings)
        self._position = {term: position for position, term in enumerate(self.terms)}
        self._postings = postings

    def position(self, term: str) -> int:
        return self._position.get(term, -1)

    def documents(self, position: int) -> Iterator[tuple[int, float]]:
        return iter(self._postings[self.terms[position]].items())

    def __contains__(self, term: object) -> bool:
        return term in self._postings


def idf(documents: int, count: int) -> float:
    return math.log(1 + (documents - count + 0.5) / (count + 0.5))


@pytest.fixture(scope="module")
def snapshot_library() -> Library:
    return from_snapshot().library


def views(library: Library) -> list[Library]:
    return [library, library_for_jurisdiction(library, "US"), library_for_jurisdiction(library, "GB")]


@pytest.mark.parametrize("view", [0, 1, 2])
@pytest.mark.parametrize("prepared", [True, False])
def test_the_postings_are_those_of_a_dict_per_term(
    snapshot_library: Library, view: int, prepared: bool
) -> None:
    library = views(snapshot_library)[view]
    library = library if prepared else without_derived(library)
    index = SearchIndex(library)
    expected = reference_postings(library)
    assert index.prepared > 250 if prepared else index.prepared == 0
    postings = index._postings
    assert list(postings) == sorted(expected)
    assert len(postings) == len(expected)
    for term, documents in expected.items():
        assert term in postings
        assert list(postings[term].items()) == list(documents.items())  # documents in order, same weights
        assert index._idf[postings.position(term)] == idf(len(index), len(documents))
    assert index._vocabulary == sorted(term for term in expected if not term.startswith(NEGATED))
    assert "no such term" not in postings
    assert 3 not in postings
    assert postings.position("no such term") == -1
    with pytest.raises(KeyError):
        postings["no such term"]


@pytest.mark.parametrize("view", [0, 1, 2])
def test_search_over_the_postings_is_search_over_dicts(snapshot_library: Library, view: int) -> None:
    library = views(snapshot_library)[view]
    index = SearchIndex(library)
    reference = copy.copy(index)
    expected = reference_postings(library)
    reference._postings = DictPostings(expected)  # type: ignore[assignment]
    reference._idf = [idf(len(index), len(expected[term])) for term in sorted(expected)]  # type: ignore[assignment]
    found = 0
    for queries in QUERIES.values():
        for query in queries:
            for context in CONTEXTS:
                hits = index.search(query, limit=40, context=context)
                assert hits == reference.search(query, limit=40, context=context), query
                found += len(hits)
    assert found > 1000


def test_the_postings_take_a_few_bytes_each(snapshot_library: Library) -> None:
    """A dict per term took about 60 bytes per posting; the flat arrays take about 6 (terms' strings aside:
    they are the snapshot's)."""
    index = SearchIndex(library_for_jurisdiction(snapshot_library, "US"))
    postings = index._postings
    count = sum(len(documents) for documents in postings.values())
    size = sum(map(sys.getsizeof, (postings.terms, postings._offsets, postings._pairs, postings._weights)))
    assert count > 20_000
    assert size < 8 * count


def test_numbers_too_large_for_16_bits_build_the_same_index_wide(
    snapshot_library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    narrow = SearchIndex(snapshot_library)
    monkeypatch.setattr(index_module, "NARROW", "B")  # 8 bits: the documents' numbers do not fit
    wide = SearchIndex(snapshot_library)
    assert wide._postings._pairs.typecode == "I"
    assert narrow._postings._pairs.typecode == "H"
    assert wide._postings == narrow._postings
    assert wide.prepared == narrow.prepared
    assert wide.search("passport") == narrow.search("passport")


def test_a_vocabulary_that_is_not_sorted_strings_is_not_used(snapshot_library: Library) -> None:
    """The index finds run-time terms in the snapshot's vocabulary by bisection."""
    derived = snapshot_library.derived[NAME]
    vocabulary, weights, packed = derived.data
    for broken in [tuple(reversed(vocabulary)), (*vocabulary[:-1], vocabulary[0]), (*vocabulary[:-1], 7)]:
        data = (broken, weights, packed)
        library = dataclasses.replace(
            snapshot_library, derived={NAME: Derived(derived.version, derived.entries, data)}
        )
        assert Prepared.of(library) is None
        assert SearchIndex(library).prepared == 0


def test_the_builder_numbers_new_terms_and_weights_after_the_snapshots() -> None:
    builder = PostingsBuilder("H", ("b", "d"), (1.0, 3.0))
    builder.add_numbers(0, [1], [1])  # "d" weighs 3.0
    builder.add(1, {"c": 2.0, "d": 1.0, "a": 3.0})
    builder.add(2, {"c": 2.0})
    postings = builder.build()
    assert postings.terms == ["a", "c", "d"]  # "b" is in no document
    assert {term: dict(documents) for term, documents in postings.items()} == {
        "a": {1: 3.0},
        "c": {1: 2.0, 2: 2.0},
        "d": {0: 3.0, 1: 1.0},
    }
    assert list(postings.counts()) == [1, 2, 2]
    assert not hasattr(postings, "__dict__")  # slots only
