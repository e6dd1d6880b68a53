"""The screening logic over the bundled data: fixed pathway ids, the minor pathway, the note wording."""

from __future__ import annotations

import pytest

from screenaid.content.common import Domain
from screenaid.content.screening_models import Concern, IndicatorKind
from screenaid.screening import (
    FindingsLevel,
    ScreeningState,
    StepStatus,
    compose_note,
    filter_indicators,
    group_by_category,
    left_out_of_note,
    linked_prompts,
    next_steps,
    note_template,
    pathway_plan,
    summarize,
)

FIXED_ANSWERS = {
    "pq-findings": {"none", "some", "high"},
    "pq-age": {"minor", "adult", "unknown"},
    "pq-danger": {"yes", "unsafe", "no", "unsure"},
    "pq-wishes": {"wants-help-now", "wants-information", "declines"},
}


@pytest.fixture(scope="module")
def library(bundled):
    # The pathway as a clinic in the default jurisdiction (US) sees it; every other shipped jurisdiction is
    # checked in tests/content/test_jurisdiction_pathways.py.
    from screenaid.content.jurisdiction_view import library_for_jurisdiction

    return library_for_jurisdiction(bundled.library, "US")


@pytest.fixture(scope="module")
def high(library):
    return next(i for i in library.indicators if i.concern is Concern.HIGH)


def ids(steps):
    return [s.id for s in steps]


def steps_for_minors(library):
    return [s for s in library.pathway_steps if "minor" in s.when.get("pq-age", ())]


def test_the_pathway_questions_have_their_fixed_ids_and_answers(library):
    questions = {q.id: q for q in library.pathway_questions}
    assert {qid: {a.id for a in q.answers} for qid, q in questions.items()} == FIXED_ANSWERS
    assert questions["pq-findings"].derived_from == "findings"


def test_an_empty_screen_applies_only_unconditional_or_no_findings_steps(library):
    for step in next_steps(library, ScreeningState()):
        assert set(step.when) <= {"pq-findings"}
        assert "none" in step.when.get("pq-findings", ("none",))


def test_a_minor_with_a_high_concern_finding_gets_a_reporting_step(library, high):
    minor_steps = steps_for_minors(library)
    assert minor_steps, "the bundled pathway has steps for minors"
    state = ScreeningState(frozenset({high.id}))
    assert summarize(library, state).findings is FindingsLevel.HIGH
    before = {p.step.id: p.status for p in pathway_plan(library, state)}
    after = ids(next_steps(library, state.with_answer("pq-age", "minor")))
    adult = {p.step.id: p.status for p in pathway_plan(library, state.with_answer("pq-age", "adult"))}
    applying_for_minor = [s.id for s in minor_steps if s.id in after]
    assert applying_for_minor
    for step_id in applying_for_minor:
        assert before[step_id] is StepStatus.CONDITIONAL  # shown as "if under 18" until age is answered
        assert adult[step_id] is StepStatus.RULED_OUT


def test_immediate_danger_brings_an_urgent_step(library):
    danger = next_steps(library, ScreeningState().with_answer("pq-danger", "yes"))
    assert any(step.urgent for step in danger)
    calm = next_steps(library, ScreeningState().with_answer("pq-danger", "no"))
    assert not any(step.urgent and "pq-danger" in step.when for step in calm)


def test_every_indicator_is_in_one_category_group_and_a_domain_filter(library):
    grouped = [i.id for _, items in group_by_category(filter_indicators(library)) for i in items]
    assert sorted(grouped) == sorted(i.id for i in library.indicators)
    by_domain = {i.id for d in (Domain.LABOR, Domain.SEX) for i in filter_indicators(library, domain=d)}
    assert by_domain == set(grouped)


def test_prompts_linked_from_checked_indicators_come_first(library):
    indicator = next(i for i in library.indicators if i.prompts)
    ranked = linked_prompts(library, ScreeningState(frozenset({indicator.id})))
    assert {p.id for p in ranked[: len(set(indicator.prompts))]} == set(indicator.prompts)
    assert len(ranked) == len(library.prompts)


def test_the_bundled_note_lists_every_checked_item_in_its_own_wording(library):
    template = note_template(library)
    assert template is not None
    assert template.id == "note-template"
    everything = ScreeningState(frozenset(i.id for i in library.indicators))
    note = compose_note(library, everything)
    lines = note.splitlines()
    written = [i for i in library.indicators if i.note_text]
    for indicator in written:
        assert f"{template.bullet} {indicator.note_text}" in lines
    headings = {template.title, f"{template.indicators_heading}:", f"{template.risk_factors_heading}:", ""}
    assert set(lines) - {f"{template.bullet} {i.note_text}" for i in written} == headings
    assert [i.id for i in left_out_of_note(library, everything)] == [
        i.id for i in library.indicators if i.note_text is None
    ]
    kinds = {i.kind for i in library.indicators}
    assert kinds == {IndicatorKind.INDICATOR, IndicatorKind.RISK_FACTOR}


def test_the_bundled_note_for_an_empty_screen_says_so(library):
    template = note_template(library)
    assert compose_note(library, ScreeningState()) == f"{template.title}\n\n{template.nothing_recorded}\n"
