"""Search finds care topics and cases (Learn opens them), and never post-test questions."""

from __future__ import annotations

import pytest

from screenaid.search import SearchIndex


@pytest.fixture(scope="module")
def index(bundled):
    return SearchIndex(bundled.library)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("post-exposure prophylaxis", "care-hiv-pep"),
        ("morning after pill", "care-emergency-contraception"),
        ("strangulation", "care-strangulation"),
        ("tetanus", "care-tetanus"),
        ("scabies", "care-tb-scabies"),
        ("foster care teenager", "case-foster-teen"),
    ],
)
def test_care_topics_and_cases_are_found(index, query, expected):
    assert expected in [hit.id for hit in index.search(query, limit=5)]


def test_post_test_questions_are_never_search_results(index, bundled):
    for question in bundled.library.test_questions[:10]:
        hits = index.search(question.question, limit=20)
        assert all(hit.kind != "test_question" for hit in hits)
