"""Rules over all the training content: care topics are reachable, cases end in feedback, the post-test is sound."""

from __future__ import annotations

import json
import random
import re
from collections import Counter

import pytest

from screenaid.cli import main
from screenaid.content.training_models import CaseExercise
from screenaid.content.validation import validated
from screenaid.training.post_test import PostTestAttempt
from screenaid.training.reading_time import count_words, study_time

REQUIRED_CASES = {"case-ed-work-injury", "case-lgbtq-youth", "case-controlling-companion", "case-foster-teen"}


def test_bundled_training_content_loads_without_problems(bundled):
    assert bundled.ok, bundled.problems
    assert len(bundled.library.care_topics) >= 10
    assert {case.id for case in bundled.library.case_exercises} >= REQUIRED_CASES


def test_every_care_topic_is_linked_from_a_checklist_item_or_pathway_step(bundled):
    library = bundled.library
    linked = {care_id for entry in (*library.indicators, *library.pathway_steps) for care_id in entry.care}
    unlinked = [topic.id for topic in library.care_topics if topic.id not in linked]
    assert not unlinked, f"care topics no checklist item or pathway step links to: {unlinked}"


def test_every_care_topic_names_its_guideline_and_cites_sources(bundled):
    for topic in bundled.library.care_topics:
        assert topic.guideline.strip()
        assert topic.sources
        assert topic.reviewed
        for source_id in topic.sources:
            assert bundled.library.get(source_id) is not None


def test_time_windows_in_care_topics_are_stated_with_their_guideline(bundled):
    """A number of hours or days is a clinical window: the topic must be tagged where it applies."""
    window = re.compile(r"\b\d+\s*(hours?|days?)\b", re.IGNORECASE)
    for topic in bundled.library.care_topics:
        if window.search(topic.body) or window.search(topic.summary):
            assert topic.written_for, f"{topic.id} states a time window but no jurisdiction"
            assert topic.time_critical, f"{topic.id} states a time window but is not marked time-critical"


def _case_paths(case: CaseExercise):
    return case.paths()


@pytest.mark.parametrize("case_id", sorted(REQUIRED_CASES))
def test_every_case_branch_ends_in_feedback(bundled, case_id):
    case = bundled.library.get_as(case_id, CaseExercise)
    assert case is not None
    paths = _case_paths(case)
    assert len(paths) >= 4, "a branching case offers several paths"
    for path in paths:
        last_step, last_choice = path[-1]
        if last_choice is None:
            assert last_step.ending, f"{case_id}: path ends at {last_step.id} with no ending"
        else:
            assert last_choice.next is None
            assert last_choice.feedback.strip()
        for _step, choice in path:
            if choice is not None:
                assert choice.feedback.strip()
                assert choice.principle.strip()
    qualities = Counter(choice.quality.value for step in case.steps for choice in step.choices)
    assert qualities["best"] >= 1, "each case shows a good choice"
    assert qualities["harmful"] >= 1, "each case shows a harmful choice"


def test_case_models_reject_dead_ends_loops_and_unreachable_steps():
    base = {"id": "case-x", "title": "T", "setting": "S", "objectives": ["obj-x"], "sources": ["src-x"],
            "reviewed": "2026-11-01"}  # fmt: skip
    choice = {"text": "a", "quality": "best", "principle": "p", "feedback": "f"}
    dead_end = {**base, "steps": [{"id": "a", "text": "x", "choices": [choice, {**choice, "next": "b"}]},
                                  {"id": "b", "text": "y"}]}  # fmt: skip
    with pytest.raises(ValueError, match="ending"):
        validated(CaseExercise, dead_end)
    loop = {**base, "steps": [{"id": "a", "text": "x", "choices": [choice, {**choice, "next": "b"}]},
                              {"id": "b", "text": "y", "choices": [choice, {**choice, "next": "a"}]}]}  # fmt: skip
    with pytest.raises(ValueError, match="loops"):
        validated(CaseExercise, loop)
    orphan = {**base, "steps": [{"id": "a", "text": "x", "choices": [choice, choice]},
                                {"id": "b", "text": "y", "ending": "z"}]}  # fmt: skip
    with pytest.raises(ValueError, match="not reachable"):
        validated(CaseExercise, orphan)


def test_post_test_has_enough_questions_per_objective_each_with_an_explanation(bundled):
    library = bundled.library
    objectives = {objective.id for objective in library.objectives}
    questions = library.test_questions
    assert len(questions) >= 24
    per_objective = Counter(question.objective for question in questions)
    for objective_id in objectives:
        assert per_objective[objective_id] >= 6, f"{objective_id}: {per_objective[objective_id]} questions"
    for question in questions:
        assert question.objective in objectives
        assert len(question.explanation.split()) >= 8, f"{question.id}: explanation too thin"
        assert sum(option.correct for option in question.options) == 1


def test_post_test_order_is_fresh_each_time_and_scores_per_objective(bundled):
    library = bundled.library
    first = PostTestAttempt.start(library.test_questions, random.Random(1))
    second = PostTestAttempt.start(library.test_questions, random.Random(2))
    assert [q.id for q in first.questions] != [q.id for q in second.questions]
    assert sorted(q.id for q in first.questions) == sorted(q.id for q in library.test_questions)
    unseeded = [
        tuple(q.id for q in PostTestAttempt.start(library.test_questions).questions) for _ in range(3)
    ]
    assert len(set(unseeded)) == 3
    for question in first.questions[:-1]:
        first.answer(question.id, question.correct_index)
    last = first.questions[-1]
    first.answer(last.id, (last.correct_index + 1) % len(last.options))
    scores = first.scores(library.objectives)
    assert sum(s.total for s in scores) == len(library.test_questions)
    assert sum(s.right for s in scores) == len(library.test_questions) - 1
    assert first.complete
    assert first.passed
    with pytest.raises(ValueError):
        first.answer(last.id, 99)


def test_self_check_feedback_never_repeats_the_verdict_the_widget_adds(bundled):
    verdict = re.compile(r"^(right|correct|not quite|not so|wrong|yes|no)\b[.!,:]", re.IGNORECASE)
    doubled = [
        f"{module.id}/{check.id}"
        for module in bundled.library.modules
        for check in module.self_checks
        for choice in check.choices
        if verdict.match(choice.feedback)
    ]
    assert not doubled, f"feedback starting with its own verdict: {doubled}"


def test_module_minutes_match_the_words_shown(bundled):
    library = bundled.library
    for module in library.modules:
        texts = tuple(o.text for o in library.objectives if o.id in module.objectives)
        assert module.minutes == study_time(module, texts).core_minutes, module.id


def test_word_count_ignores_markup():
    assert count_words("**Act** | recruiting, [a link](https://example.org) — U.S. law's reach") == 7


def test_dump_json_counts_care_topics_cases_and_questions_per_objective(capsys):
    assert main(["dump", "--json"]) == 0
    document = json.loads(capsys.readouterr().out)
    training = document["training"]
    assert document["counts"]["care_topic"] == len(training["care_topics"]) >= 10
    assert all(topic["sources"] and topic["guideline"] for topic in training["care_topics"])
    assert document["counts"]["case_exercise"] >= 4
    assert all(case["branches"] >= 4 for case in training["case_exercises"])
    assert min(training["test_questions_per_objective"].values()) >= 6
