"""Search ranks what a clinician means first: the project's own relevance set, in tests/search/relevance_set.yaml.

Each line is a query a nurse or social worker types during a visit, with the clinic's country and the
patient's age where they matter, and the entries that must come first (or near the top, or never first).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from screenaid.content import LoadResult
from screenaid.content.jurisdiction_view import library_for_jurisdiction
from screenaid.content.resources import Resource
from screenaid.search import SearchIndex
from screenaid.search.context import SearchContext

CASES: list[dict[str, Any]] = yaml.safe_load((Path(__file__).with_name("relevance_set.yaml")).read_text())[
    "queries"
]


def _case_id(case: dict[str, Any]) -> str:
    extras = [str(case[key]) for key in ("country", "age") if key in case]
    return " ".join([case["query"], *extras])


@pytest.fixture(scope="module")
def index(bundled: LoadResult) -> SearchIndex:
    return SearchIndex(bundled.library)


@pytest.fixture(scope="module")
def clinic_index(bundled: LoadResult) -> dict[str, SearchIndex]:
    """The index a clinic in each country searches: the app indexes the library as the clinic's jurisdiction
    sees it (law, routes and steps for that country), not every country's variants at once."""
    countries = {case.get("country", "US") for case in CASES}
    return {code: SearchIndex(library_for_jurisdiction(bundled.library, code)) for code in countries}


def test_the_set_is_large_enough_and_names_real_entries(bundled: LoadResult) -> None:
    assert len(CASES) >= 30
    library = bundled.library
    for case in CASES:
        for key in ("top", "in_top", "not_first"):
            for entry_id in case.get(key, []):
                assert library.get(entry_id) is not None, f"{case['query']}: unknown id {entry_id}"


@pytest.mark.parametrize("case", CASES, ids=_case_id)
def test_relevance(clinic_index: dict[str, SearchIndex], bundled: LoadResult, case: dict[str, Any]) -> None:
    context = SearchContext(country=case.get("country"), age=case.get("age"))
    hits = clinic_index[case.get("country", "US")].search(case["query"], limit=10, context=context)
    assert hits, case["query"]
    ids = [hit.id for hit in hits]
    if "top" in case:
        assert ids[0] in case["top"], f"{case['query']!r} → {ids[:5]}"
    if "in_top" in case:
        within = ids[: case.get("within", 3)]
        assert set(case["in_top"]) & set(within), f"{case['query']!r} → {within}"
    if "not_first" in case:
        assert ids[0] not in case["not_first"], f"{case['query']!r} → {ids[:5]}"
    if "not_first_kind" in case:
        assert hits[0].kind != case["not_first_kind"], f"{case['query']!r} → {ids[:5]}"
    if "only_countries" in case:
        for hit in hits:
            entry = bundled.library.get(hit.id)
            if isinstance(entry, Resource):
                assert entry.country in case["only_countries"], f"{case['query']!r} listed {hit.id}"


def test_another_countrys_resources_are_labelled_when_asked_for(index: SearchIndex) -> None:
    hits = index.search("emergency usa", context=SearchContext(country="IE"))
    assert hits[0].id == "res-us-911"
    assert hits[0].place == "United States"
    own = next(hit for hit in hits if hit.id == "res-ie-emergency")
    assert own.place is None


def test_without_a_country_every_resource_is_labelled(index: SearchIndex) -> None:
    hits = [hit for hit in index.search("emergency") if hit.kind == "resource"]
    assert len({hit.place for hit in hits}) > 2
    assert all(hit.place for hit in hits)


def test_negated_words_prefer_what_says_not_to(clinic_index: dict[str, SearchIndex]) -> None:
    index = clinic_index["US"]
    plain = index.search("police", limit=3)
    negated = index.search("no police", limit=3)
    assert negated[0].id not in {hit.id for hit in plain}
    assert "not contact police" in " ".join(negated[0].snippet.lower().split())
