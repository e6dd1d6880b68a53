"""For each shipped country, the pathway reaches a step written for that country for a minor, an adult in
danger and an adult who declines; elsewhere it says plainly that it has no guidance."""

from __future__ import annotations

import pytest

from screenaid.content.jurisdiction_view import library_for_jurisdiction
from screenaid.content.jurisdictions import ALL, country_of
from screenaid.content.screening_models import Concern
from screenaid.screening import ScreeningState, next_steps

SHIPPED = [
    "US",
    "US-TX",
    "CA",
    "CA-ON",
    "CA-QC",
    "GB-ENG",
    "GB-WLS",
    "GB-SCT",
    "GB-NIR",
    "AU",
    "AU-NSW",
    "IE",
]
SCENARIOS = {
    "minor": {"pq-age": "minor"},
    "adult in danger": {"pq-age": "adult", "pq-danger": "yes"},
    "adult who declines": {"pq-age": "adult", "pq-danger": "no", "pq-wishes": "declines"},
}
# What a step written for the place must say, per country and scenario (the route it names).
EXPECTED_WORDS = {
    ("US", "minor"): "report",
    ("CA", "minor"): "province",
    ("GB-ENG", "minor"): "children's services",
    ("GB-WLS", "minor"): "children's services",
    ("GB-SCT", "minor"): "Inter-agency Referral Discussion",
    ("GB-NIR", "minor"): "HSC Trust",
    ("AU", "minor"): "state or territory",
    ("AU-NSW", "minor"): "Child Protection Helpline",
    ("CA-ON", "minor"): "children's aid society",
    ("IE", "minor"): "Tusla",
    ("US", "adult in danger"): "911",
    ("CA", "adult in danger"): "911",
    ("GB", "adult in danger"): "999",
    ("AU", "adult in danger"): "000",
    ("IE", "adult in danger"): "112",
    ("US", "adult who declines"): "state",
    ("CA", "adult who declines"): "Canadian Human Trafficking Hotline",
    ("GB-ENG", "adult who declines"): "consent",
    ("GB-WLS", "adult who declines"): "consent",
    ("GB-SCT", "adult who declines"): "does not\n  apply in Scotland",
    ("GB-NIR", "adult who declines"): "National Crime\n  Agency",
    ("AU", "adult who declines"): "Additional Referral Pathway",
    ("IE", "adult who declines"): "application",
}


@pytest.fixture(scope="module")
def high(bundled):
    return next(i for i in bundled.library.indicators if i.concern is Concern.HIGH)


def state_for(high, answers):
    state = ScreeningState(frozenset({high.id}))
    for question, answer in answers.items():
        state = state.with_answer(question, answer)
    return state


def expected(code: str, scenario: str) -> str:
    for key in ((code, scenario), (country_of(code), scenario)):
        if key in EXPECTED_WORDS:
            return EXPECTED_WORDS[key]
    raise KeyError(code)


@pytest.mark.parametrize("scenario", SCENARIOS)
@pytest.mark.parametrize("code", SHIPPED)
def test_the_pathway_reaches_a_step_written_for_this_jurisdiction(bundled, high, code, scenario):
    library = library_for_jurisdiction(bundled.library, code)
    raw = bundled.library
    steps = next_steps(library, state_for(high, SCENARIOS[scenario]))
    own = []
    for step in steps:
        # The entry the step was chosen from (variants are shown under the id of their group).
        origin = next(
            e
            for e in raw.pathway_steps
            if (e.id == step.id or e.variant_of == step.id) and e.title == step.title
        )
        if origin.jurisdictions and ALL not in origin.jurisdictions:
            assert any(country_of(j) == country_of(code) for j in origin.jurisdictions), origin.id
            own.append(step)
    assert own, f"{code}, {scenario}: no step written for this jurisdiction in {[s.id for s in steps]}"
    words = expected(code, scenario)
    text = "\n".join(f"{s.title}\n{s.detail}" for s in own)
    assert " ".join(words.split()) in " ".join(text.split()), f"{code}, {scenario}: expected {words!r}"
    assert "{jurisdiction}" not in text


@pytest.mark.parametrize("code", ["DE", "FR"])
def test_an_unshipped_jurisdiction_is_told_plainly_there_is_no_guidance(bundled, high, code):
    library = library_for_jurisdiction(bundled.library, code)
    for answers in SCENARIOS.values():
        text = "\n".join(s.detail for s in next_steps(library, state_for(high, answers)))
        assert "No guidance for " in text
        assert "yet — follow your local policy" in text
        for us_or_uk in ("911", "999", "state's law"):
            assert us_or_uk not in text
