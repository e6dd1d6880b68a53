"""Search's index terms read from the signed content snapshot: the index built from them is exactly the one
built at run time (same postings, same documents, same hits and scores for queries in every content
language, in every shipped jurisdiction), they are current with the code, and they are never used for an
entry they were not computed from, nor when they were computed by other code."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from screenaid.content import ContentRoot, Library, LoadResult, Origin, load_library
from screenaid.content.jurisdiction_view import library_for_jurisdiction
from screenaid.content.library import Derived
from screenaid.content.loader import bundled_root_files, snapshot_of
from screenaid.content.snapshot import MAGIC, SNAPSHOT_NAME, SnapshotError, decode, encode, with_derived
from screenaid.integrity.app_content import load_app_content
from screenaid.search import SearchIndex
from screenaid.search import prepared as prepared_module
from screenaid.search.code_digest import CODE_SHA256
from screenaid.search.context import SearchContext
from screenaid.search.prepared import NAME, Prepared, code_digest, code_version, derive
from screenaid.search.terms import UNSEARCHED, entry_terms
from tests.conftest import DATA_DIR

TODAY = dt.date(2026, 11, 30)
QUERIES = {
    "en": ["trafficing", "debt", "pimp", "no ID", "passport", "interpreter", "hotline", "T74.51", "homeless youth",
           "mandatory report", "no police", "hotline canada", "safety plan", "traff", "chil", "xyzzy"],
    "es": ["deudas", "pasaporte", "no le pagan", "línea de ayuda", "linea de ayuda", "trata de personas", "deu"],
    "fr": ["travail forcé", "travail force", "conseils juridiques", "esclavage moderne", "interprète", "forc"],
    "zh": ["热线", "法律咨询", "贩运", "人口贩卖", "护照", "被强迫工作"],
    "vi": ["tư vấn pháp lý", "tu van phap ly", "nhắn tin", "bị ép kết hôn", "bi ep ket hon", "duong day nong"],
}  # fmt: skip
CONTEXTS = [
    SearchContext(),
    SearchContext(country="US", region="US-TX", age="minor"),
    SearchContext(country="CA", age="adult"),
    SearchContext(country="IE"),
    SearchContext(country="GB", region="GB-SCT"),
]
JURISDICTIONS = ["US", "US-TX", "CA", "GB", "GB-SCT", "IE", "AU"]


def from_snapshot(snapshot: bytes | None = None) -> LoadResult:
    files = bundled_root_files(DATA_DIR)
    result = load_library(
        ContentRoot(DATA_DIR, files=files, snapshot=snapshot or (DATA_DIR / SNAPSHOT_NAME).read_bytes()),
        today=TODAY,
    )
    assert result.from_snapshot
    return result


def without_derived(library: Library) -> Library:
    return dataclasses.replace(library, derived={})


def searchable(library: Library) -> int:
    return sum(1 for entry in library if not isinstance(entry, UNSEARCHED))


def results(index: SearchIndex) -> list[Any]:
    return [
        (query, context, index.search(query, limit=40, context=context))
        for queries in QUERIES.values()
        for query in queries
        for context in CONTEXTS
    ]


def assert_same_index(prepared: SearchIndex, built: SearchIndex) -> None:
    assert prepared._postings == built._postings
    assert [list(p) for p in prepared._postings.values()] == [list(p) for p in built._postings.values()]
    assert prepared._documents == built._documents
    assert prepared._vocabulary == built._vocabulary
    assert prepared._idf == built._idf
    assert prepared._average_length == built._average_length


@pytest.fixture(scope="module")
def snapshot_library() -> Library:
    return from_snapshot().library


def test_the_index_from_the_snapshot_is_the_index_built_at_run_time(snapshot_library: Library) -> None:
    prepared = SearchIndex(snapshot_library)
    built = SearchIndex(without_derived(snapshot_library))
    assert prepared.prepared == searchable(snapshot_library) > 300  # every searchable entry came prepared
    assert built.prepared == 0
    assert_same_index(prepared, built)
    found = results(prepared)
    assert found == results(built)
    hits = [hit for _, _, hits in found for hit in hits]
    assert len(hits) > 1000  # the queries do find things, in every language
    for lang, queries in QUERIES.items():
        assert any(prepared.search(query) for query in queries), lang


def test_the_index_from_the_snapshot_equals_the_one_built_from_the_yaml(
    snapshot_library: Library, bundled: LoadResult
) -> None:
    prepared = SearchIndex(snapshot_library)
    assert prepared.prepared > 300
    assert results(prepared) == results(SearchIndex(bundled.library))


@pytest.mark.parametrize("jurisdiction", JURISDICTIONS)
def test_every_jurisdiction_view_gets_the_same_index(snapshot_library: Library, jurisdiction: str) -> None:
    """The view keeps most entries as they are (their terms come from the snapshot) and rewrites a few
    (variants shown under their group's id, "{jurisdiction}" filled in): those are indexed at run time."""
    view = library_for_jurisdiction(snapshot_library, jurisdiction)
    prepared = SearchIndex(view)
    built = SearchIndex(without_derived(view))
    rewritten = [
        e for e in view if snapshot_library.entries.get(e.id) is not e and not isinstance(e, UNSEARCHED)
    ]
    assert prepared.prepared == searchable(view) - len(rewritten) > 250
    assert_same_index(prepared, built)
    assert results(prepared) == results(built)


def test_a_rewritten_entry_is_indexed_from_what_it_says_now(snapshot_library: Library) -> None:
    entry = next(e for e in snapshot_library if not isinstance(e, UNSEARCHED) and hasattr(e, "title"))
    changed = dataclasses.replace(entry, title="Zanzibarian marmalade")
    library = dataclasses.replace(snapshot_library, entries={**snapshot_library.entries, entry.id: changed})
    index = SearchIndex(library)
    assert index.prepared == searchable(library) - 1
    assert [hit.id for hit in index.search("zanzibarian marmalade")][:1] == [entry.id]
    assert_same_index(index, SearchIndex(without_derived(library)))


def test_the_bundled_snapshot_holds_the_terms_of_this_code() -> None:
    """Fails when the code that decides an entry's terms changed and the snapshot was not rebuilt: run
    scripts/sign-bundled-resources."""
    snapshot = decode((DATA_DIR / SNAPSHOT_NAME).read_bytes(), bundled_root_files(DATA_DIR))
    version, data = snapshot.derived[NAME]
    assert version == code_version()
    assert (version, data) == derive(snapshot.entries)


def test_the_compiled_code_digest_is_the_digest_of_the_sources() -> None:
    """A bundle has no sources to digest and uses the one compiled in: it must be the sources' (run
    scripts/sign-bundled-resources after changing any file of prepared.CODE)."""
    assert code_digest() == CODE_SHA256


def test_without_sources_the_compiled_digest_gives_the_same_version(monkeypatch: pytest.MonkeyPatch) -> None:
    """A frozen bundle holds no sources: the version then comes from the digest compiled in."""
    current = code_version()
    monkeypatch.setattr(prepared_module, "CODE", ("search/no-such-file.py",))
    assert code_digest() is None
    prepared_module._sources_digest.cache_clear()
    try:
        assert code_version() == current
    finally:
        monkeypatch.undo()
        prepared_module._sources_digest.cache_clear()


def test_the_packed_numbers_are_little_endian_on_any_machine(monkeypatch: pytest.MonkeyPatch) -> None:
    from array import array

    numbers = array(prepared_module._UINT32, [1, 2, 70_000])
    little = b"\x01\x00\x00\x00\x02\x00\x00\x00\x70\x11\x01\x00"
    assert prepared_module._packed(array(prepared_module._UINT32, numbers)) == little
    assert prepared_module._unpacked(prepared_module._UINT32, little) == numbers
    monkeypatch.setattr(prepared_module, "_BIG_ENDIAN", True)  # as a big-endian machine swaps them
    swapped = prepared_module._packed(array(prepared_module._UINT32, numbers))
    assert swapped == b"\x00\x00\x00\x01\x00\x00\x00\x02\x00\x01\x11\x70"
    assert prepared_module._unpacked(prepared_module._UINT32, swapped) == numbers


def test_the_version_follows_the_code_and_the_stemmers(monkeypatch: pytest.MonkeyPatch) -> None:
    current = code_version()
    assert prepared_module._code_version("other sources") != current
    from screenaid.search import text

    monkeypatch.setitem(text._STEMMERS, "fr", text._STEMMERS["es"])  # a stemmer that behaves differently
    text.stem.cache_clear()
    prepared_module._code_version.cache_clear()
    try:
        assert code_version() != current
    finally:
        monkeypatch.undo()
        text.stem.cache_clear()
        prepared_module._code_version.cache_clear()
    assert code_version() == current


def _with_header(data: bytes, change) -> bytes:  # type: ignore[no-untyped-def]
    end = data.index(b"\n", len(MAGIC))
    header = json.loads(data[len(MAGIC) : end])
    change(header)
    return MAGIC + json.dumps(header, sort_keys=True).encode() + data[end:]


def test_terms_derived_by_other_code_are_not_used_and_search_is_the_same(snapshot_library: Library) -> None:
    """A snapshot whose search data another version of the code computed: the library still comes from the
    snapshot, and every entry is indexed at run time, with the same result."""
    stale = _with_header(
        (DATA_DIR / SNAPSHOT_NAME).read_bytes(), lambda h: h["derived"].update({NAME: "0" * 64})
    )
    library = from_snapshot(stale).library
    assert library.derived[NAME].version == "0" * 64
    assert Prepared.of(library) is None
    index = SearchIndex(library)
    assert index.prepared == 0
    assert results(index) == results(SearchIndex(snapshot_library))


@pytest.mark.parametrize(
    "data",
    [
        None,
        ("not", "terms", "at all"),
        ((), {}),
        ((), ("1.0",), {}),
        (("a",), (1.0,), {"x": (b"\x00\x00\x00\x00", b"\x00\x00\x00\x00", 1.0)}),
    ],
)
def test_malformed_search_data_is_computed_again(snapshot_library: Library, data: object) -> None:
    """Signed data is trusted, but data that does not fit is not used: the entries are indexed at run time."""
    derived = snapshot_library.derived[NAME]
    library = dataclasses.replace(
        snapshot_library, derived={NAME: Derived(derived.version, derived.entries, data)}
    )
    index = SearchIndex(library)
    assert index.prepared == 0
    assert_same_index(index, SearchIndex(without_derived(snapshot_library)))


def test_a_packed_entry_that_does_not_fit_is_computed_again(snapshot_library: Library) -> None:
    derived = snapshot_library.derived[NAME]
    vocabulary, weights, packed = derived.data
    entry_id = next(iter(packed))
    numbers, weight_numbers, length = packed[entry_id]
    for broken in [
        (numbers, weight_numbers[:-4], length),  # fewer weights than terms
        (numbers[:4], b"\xff" * 4, length),  # no such weight
        (b"\xff" * 4, weight_numbers[:4], length),  # no such term
        (numbers[:-1], weight_numbers, length),  # not whole numbers
        (numbers, weight_numbers, 1),  # not a length
        "x",
    ]:
        library = dataclasses.replace(
            snapshot_library,
            derived={
                NAME: Derived(
                    derived.version, derived.entries, (vocabulary, weights, {**packed, entry_id: broken})
                )
            },
        )
        index = SearchIndex(library)
        assert index.prepared == searchable(library) - 1
        assert_same_index(index, SearchIndex(without_derived(snapshot_library)))


def test_the_index_shares_one_object_per_weight(snapshot_library: Library) -> None:
    index = SearchIndex(snapshot_library)
    weights = {id(weight) for postings in index._postings.values() for weight in postings.values()}
    assert len(weights) == len(snapshot_library.derived[NAME].data[1]) < 200


def test_a_clinic_folder_on_top_of_the_snapshot_is_indexed_at_run_time(tmp_path: Path) -> None:
    clinic = tmp_path / "clinic"
    shutil.copytree(DATA_DIR.parent / "tests" / "fixtures" / "clinic-resources", clinic)
    content = load_app_content(country="US", clinic_dir=clinic, today=TODAY)
    library = content.result.library
    assert content.result.from_snapshot
    clinic = [
        i
        for i, o in library.origins.items()
        if o is Origin.CLINIC and not isinstance(library.get(i), UNSEARCHED)
    ]
    assert clinic
    index = SearchIndex(library)
    assert index.prepared == searchable(library) - len(clinic)
    built = SearchIndex(without_derived(library))
    assert_same_index(index, built)
    assert results(index) == results(built)


def test_the_terms_are_those_of_each_entry(snapshot_library: Library) -> None:
    prepared = Prepared.of(snapshot_library)
    assert prepared is not None
    for entry in snapshot_library:
        if isinstance(entry, UNSEARCHED):
            assert prepared.terms(entry) is None
            continue
        found = prepared.terms(entry)
        assert found is not None
        pairs, length = found
        weights, expected_length = entry_terms(entry)
        assert list(pairs) == list(weights.items())
        assert length == expected_length


def test_the_header_lists_the_derived_data_and_must_match_it() -> None:
    data = (DATA_DIR / SNAPSHOT_NAME).read_bytes()
    header = json.loads(data[len(MAGIC) : data.index(b"\n", len(MAGIC))])
    assert header["derived"] == {NAME: code_version()}
    for change in (lambda h: h.pop("derived"), lambda h: h["derived"].update({"other": "1"})):
        with pytest.raises(SnapshotError, match="derived data"):
            decode(_with_header(data, change), bundled_root_files(DATA_DIR))


def test_a_snapshot_written_without_search_data_still_serves_the_library() -> None:
    files = bundled_root_files(DATA_DIR)
    plain = encode(snapshot_of(files), files)
    library = from_snapshot(plain).library
    assert not library.derived
    index = SearchIndex(library)
    assert index.prepared == 0
    full = encode(with_derived(snapshot_of(files), {NAME: derive}), files)
    assert full == (DATA_DIR / SNAPSHOT_NAME).read_bytes()
