from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from screenaid.screening import (
    ScreeningState,
    StepStatus,
    asked_questions,
    conditional_steps,
    effective_answers,
    next_steps,
    pathway_plan,
)
from tests.screening.conftest import TEMPLATE, library_of, small_entries, step


def ids(steps):
    return [s.id for s in steps]


def status_of(library, state):
    return {p.step.id: p.status for p in pathway_plan(library, state)}


def test_the_findings_question_is_answered_by_the_checklist(small):
    assert effective_answers(small, ScreeningState())["pq-findings"] == "none"
    assert effective_answers(small, ScreeningState(frozenset({"ind-a"})))["pq-findings"] == "some"
    assert effective_answers(small, ScreeningState(frozenset({"ind-b"})))["pq-findings"] == "high"


def test_only_valid_answers_count_and_the_derived_one_cannot_be_overridden(small):
    state = ScreeningState(
        frozenset(),
        {"pq-age": "minor", "pq-danger": "maybe", "pq-unknown": "yes", "pq-findings": "high"},
    )
    assert dict(effective_answers(small, state)) == {"pq-findings": "none", "pq-age": "minor"}


def test_asked_questions_leave_out_the_derived_one(small):
    assert [q.id for q in asked_questions(small)] == ["pq-age", "pq-danger", "pq-wishes"]


def test_empty_screen_shows_the_unconditional_step_and_waits_for_answers(small):
    state = ScreeningState()
    assert ids(next_steps(small, state)) == ["ps-always"]
    assert status_of(small, state) == {
        "ps-always": StepStatus.APPLIES,
        "ps-some": StepStatus.RULED_OUT,
        "ps-minor": StepStatus.RULED_OUT,
        "ps-danger": StepStatus.CONDITIONAL,
        "ps-adult-help": StepStatus.CONDITIONAL,
    }


def test_checking_an_indicator_adds_steps_for_findings(small):
    state = ScreeningState(frozenset({"ind-a"}))
    assert ids(next_steps(small, state)) == ["ps-always", "ps-some"]


def test_unanswered_age_shows_the_minor_step_as_if_minor(small):
    state = ScreeningState(frozenset({"ind-a"}))
    minor = next(p for p in conditional_steps(small, state) if p.step.id == "ps-minor")
    (condition,) = minor.waiting_for
    assert condition.question_id == "pq-age"
    assert condition.question is not None
    assert [a.id for a in condition.answers] == ["minor", "unknown"]
    assert [a.label for a in condition.answers] == ["Label minor", "Label unknown"]


def test_answering_minor_makes_the_minor_step_apply(small):
    state = ScreeningState(frozenset({"ind-a"})).with_answer("pq-age", "minor")
    assert ids(next_steps(small, state)) == ["ps-always", "ps-some", "ps-minor"]
    assert status_of(small, state)["ps-adult-help"] is StepStatus.RULED_OUT


def test_answering_adult_rules_the_minor_step_out(small):
    state = ScreeningState(frozenset({"ind-a"})).with_answer("pq-age", "adult")
    assert status_of(small, state)["ps-minor"] is StepStatus.RULED_OUT
    assert "ps-minor" not in ids(next_steps(small, state))


def test_a_step_with_two_conditions_needs_both(small):
    adult = ScreeningState().with_answer("pq-age", "adult")
    plan = {p.step.id: p for p in pathway_plan(small, adult)}
    assert plan["ps-adult-help"].status is StepStatus.CONDITIONAL
    assert [c.question_id for c in plan["ps-adult-help"].waiting_for] == ["pq-wishes"]
    helped = adult.with_answer("pq-wishes", "wants-help-now")
    assert "ps-adult-help" in ids(next_steps(small, helped))
    declined = adult.with_answer("pq-wishes", "declines")
    assert status_of(small, declined)["ps-adult-help"] is StepStatus.RULED_OUT


def test_danger_step_appears_in_pathway_order(small):
    state = ScreeningState(frozenset({"ind-b"})).with_answer("pq-danger", "yes")
    assert ids(next_steps(small, state)) == ["ps-always", "ps-some", "ps-danger"]


def test_a_condition_on_a_missing_question_keeps_the_step_waiting():
    library = library_of(*small_entries(), TEMPLATE, step("ps-orphan", 9, {"pq-missing": ("x",)}))
    orphan = next(p for p in pathway_plan(library, ScreeningState()) if p.step.id == "ps-orphan")
    assert orphan.status is StepStatus.CONDITIONAL
    assert orphan.waiting_for[0].question is None
    assert orphan.waiting_for[0].answers == ()


STATES = st.builds(
    ScreeningState,
    st.frozensets(st.sampled_from(["ind-a", "ind-b", "ind-c", "ind-d", "ind-gone"])),
    st.dictionaries(
        st.sampled_from(["pq-age", "pq-danger", "pq-wishes", "pq-findings"]),
        st.sampled_from(["minor", "adult", "unknown", "yes", "no", "unsure", "declines", "wants-help-now"]),
    ),
)


@settings(max_examples=150, deadline=None)
@given(STATES)
def test_every_step_has_one_status_that_matches_the_rule(state):
    library = library_of(*small_entries(), TEMPLATE)
    answers = effective_answers(library, state)
    plan = pathway_plan(library, state)
    assert ids(p.step for p in plan) == ["ps-always", "ps-some", "ps-minor", "ps-danger", "ps-adult-help"]
    for planned in plan:
        when = planned.step.when
        answered = {q: a for q, a in answers.items() if q in when}
        if any(answer not in when[q] for q, answer in answered.items()):
            assert planned.status is StepStatus.RULED_OUT
        elif len(answered) == len(when):
            assert planned.status is StepStatus.APPLIES
        else:
            assert planned.status is StepStatus.CONDITIONAL
            assert {c.question_id for c in planned.waiting_for} == set(when) - set(answered)
    assert ids(next_steps(library, state)) == [p.step.id for p in plan if p.status is StepStatus.APPLIES]
