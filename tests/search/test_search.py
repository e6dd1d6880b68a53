"""Search finds the right entries first, tolerates typos and synonyms, and never fails on odd input."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from screenaid.content import LoadResult
from screenaid.search import SearchIndex
from screenaid.search.text import fold, stem, terms


@pytest.fixture(scope="module")
def index(bundled: LoadResult) -> SearchIndex:
    return SearchIndex(bundled.library)


def test_text_normalisation() -> None:
    assert fold("Niña PASAPORTE Décima") == "nina pasaporte decima"
    assert stem("trafficking") == "traffick"
    assert terms("Debts, documents!") == ["debt", "document"]


def test_index_covers_all_searchable_entries(index: SearchIndex, bundled: LoadResult) -> None:
    counts = bundled.library.counts()
    unsearched = counts["source"] + counts["synonyms"] + counts["handout_text"] + counts["note_template"]
    unsearched += counts["wording_rule"]
    unsearched += counts["test_question"]  # post-test questions: search must not give answers away
    unsearched += counts.get("audience_preset", 0)
    assert len(index) == len(bundled.library) - unsearched


def test_misspelled_trafficking_finds_trafficking_entries(index: SearchIndex) -> None:
    hits = index.search("trafficing", limit=5)
    assert hits
    assert all("traffick" in (hit.title + " " + hit.snippet).lower() for hit in hits[:3])


def test_debt_finds_debt_indicators_first(index: SearchIndex) -> None:
    hits = index.search("debt", limit=5)
    assert hits[0].kind in {"indicator", "prompt", "module"}
    assert "debt" in (hits[0].title + hits[0].snippet).lower()


@pytest.mark.parametrize("query", ["pimp", "boyfriend", "no ID", "branding", "visa"])
def test_clinician_words_find_relevant_entries(index: SearchIndex, query: str) -> None:
    hits = index.search(query, limit=5)
    assert hits, query
    assert hits[0].score > 0


def test_spanish_terms_find_spanish_content(index: SearchIndex) -> None:
    hits = index.search("pasaporte", limit=5)
    assert hits
    assert any("pasaporte" in fold(hit.snippet) for hit in hits)


def test_prefix_gives_results_while_typing(index: SearchIndex) -> None:
    assert index.search("traff", limit=3)


def test_results_are_ranked_and_limited(index: SearchIndex) -> None:
    hits = index.search("passport employer", limit=7)
    assert len(hits) <= 7
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=400))
def test_search_never_fails_on_arbitrary_text(index: SearchIndex, query: str) -> None:
    hits = index.search(query, limit=5)
    assert len(hits) <= 5


def test_cli_search_json_has_the_documented_fields() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "screenaid", "search", "debt", "--json", "--limit", "3"],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    hits = json.loads(result.stdout)
    assert 1 <= len(hits) <= 3
    assert set(hits[0]) == {"id", "kind", "title", "snippet", "score"}


def test_cli_search_ranks_for_a_clinics_country() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "screenaid", "search", "emergency", "--json", "--country", "ie"],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    ids = [hit["id"] for hit in json.loads(result.stdout)]
    assert ids[0] in {
        "res-ie-emergency",
        "ps-danger-route",
    }  # Ireland's emergency-help step names 112 and 999
    assert "res-ie-emergency" in ids[:3]
    assert not [i for i in ids if i.startswith(("res-us-", "res-gb-", "res-au-", "res-ca-"))]
