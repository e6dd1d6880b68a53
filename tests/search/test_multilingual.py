"""Search in the patient's languages: the project's own set in tests/search/multilingual_set.yaml, and the
word forms a stemmer must join (Snowball per language, Chinese bigrams, accent folding)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from screenaid.content import LoadResult
from screenaid.content.jurisdiction_view import library_for_jurisdiction
from screenaid.search import SearchIndex
from screenaid.search.context import SearchContext
from screenaid.search.text import fold, query_stems, stem, terms, words

CASES: list[dict[str, Any]] = yaml.safe_load(Path(__file__).with_name("multilingual_set.yaml").read_text())[
    "queries"
]


@pytest.fixture(scope="module")
def clinic_index(bundled: LoadResult) -> dict[str, SearchIndex]:
    countries = {case.get("country", "US") for case in CASES}
    return {code: SearchIndex(library_for_jurisdiction(bundled.library, code)) for code in countries}


def _ids(clinic_index: dict[str, SearchIndex], query: str, country: str) -> list[str]:
    hits = clinic_index[country].search(query, limit=10, context=SearchContext(country=country))
    return [hit.id for hit in hits]


def test_the_set_covers_four_languages_and_names_real_entries(bundled: LoadResult) -> None:
    for lang in ("es", "fr", "zh", "vi"):
        assert sum(1 for case in CASES if case["lang"] == lang and "top3" in case) >= 5, lang
    for case in CASES:
        for entry_id in case.get("top3", []):
            assert bundled.library.get(entry_id) is not None, f"{case['query']}: unknown id {entry_id}"


@pytest.mark.parametrize("case", CASES, ids=lambda case: f"{case['lang']} {case['query']}")
def test_multilingual_query(clinic_index: dict[str, SearchIndex], case: dict[str, Any]) -> None:
    country = case.get("country", "US")
    ids = _ids(clinic_index, case["query"], country)
    if "same_as" in case:
        assert fold(case["query"]) == fold(case["same_as"])
        assert ids
        assert ids == _ids(clinic_index, case["same_as"], country)
    else:
        assert set(ids[:3]) & set(case["top3"]), f"{case['query']!r} → {ids[:5]}"


@pytest.mark.parametrize(
    ("lang", "forms"),
    [
        ("en", ["injury", "injuries"]),
        ("en", ["bruise", "bruising", "bruised"]),
        ("en", ["trafficker", "trafficking", "trafficked"]),
        ("en", ["employer", "employment", "employed"]),
        ("en", ["abuse", "abusive", "abused"]),
        ("es", ["deuda", "deudas"]),
        ("es", ["amenaza", "amenazas", "amenazado"]),
        ("fr", ["forcée", "forcées", "forcé"]),
        ("pt", ["ameaça", "ameaças"]),
        ("ru", ["долг", "долги", "долгов"]),
    ],
)
def test_snowball_joins_word_forms(lang: str, forms: list[str]) -> None:
    assert len({stem(fold(form), lang) for form in forms}) == 1, forms


def test_queries_are_stemmed_in_every_snowball_language() -> None:
    assert stem("deudas", "es") in query_stems("deudas")
    assert stem("forcees", "fr") in query_stems("forcees")
    assert stem("injuries", "en") in query_stems("injuries")


def test_han_text_becomes_bigrams_and_accents_fold() -> None:
    assert words("被贩运的人") == ["被贩", "贩运", "运的", "的人"]
    assert words("HIV阳性") == ["hiv", "阳性"]
    assert words("护") == ["护"]
    assert words("Đường dây nóng") == words("duong day nong") == ["duong", "day", "nong"]
    assert terms("Précarité", "fr") == terms("precarite", "fr")


def test_abusive_finds_more_than_one_entry(bundled: LoadResult) -> None:
    index = SearchIndex(bundled.library)
    hits = index.search("abusive", limit=10)
    assert len(hits) > 1
    assert len([hit for hit in hits if "abus" in fold(hit.title + " " + hit.snippet)]) > 1


@pytest.mark.parametrize(
    ("query", "entry_id"),
    [
        ("injury", "care-tetanus"),  # says "injuries", never "injury"
        ("employer", "ind-rf-transgender-care-gap"),  # says "employment", never "employer"
        ("bruise", "ind-injuries-unexplained"),  # says "bruises"
        ("trafficker", "cod-ca-icd10ca"),  # says "trafficking", never "trafficker"
    ],
)
def test_a_word_form_finds_entries_that_use_another(bundled: LoadResult, query: str, entry_id: str) -> None:
    index = SearchIndex(bundled.library)
    assert entry_id in {hit.id for hit in index.search(query, limit=len(index))}
