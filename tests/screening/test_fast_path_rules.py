"""Rules over all the bundled data for the fast path: the core checklist view and the order of next steps."""

from __future__ import annotations

import itertools

import pytest

from screenaid.content import LoadResult
from screenaid.content.common import Domain, Population, Source
from screenaid.content.jurisdiction_view import library_for_jurisdiction
from screenaid.content.screening_models import Concern
from screenaid.screening import ScreeningState, StepStatus, asked_questions, pathway_plan
from screenaid.screening.priority import core_indicators, steps_by_priority

CORE_MIN, CORE_MAX = 8, 15


def test_the_core_view_is_about_a_dozen_items_of_high_concern_or_strong_evidence(bundled: LoadResult) -> None:
    library = bundled.library
    core = core_indicators(library)
    assert CORE_MIN <= len(core) <= CORE_MAX, [i.id for i in core]
    for indicator in core:
        sources = [library.get_as(source_id, Source) for source_id in indicator.sources]
        assert all(sources), indicator.id
        assert indicator.concern is Concern.HIGH or len(sources) >= 2, (
            f"{indicator.id}: a core item is of high concern or rests on at least two sources"
        )


def test_every_high_concern_item_is_in_the_core_view(bundled: LoadResult) -> None:
    library = bundled.library
    core = {indicator.id for indicator in core_indicators(library)}
    missing = [i.id for i in library.indicators if i.concern is Concern.HIGH and i.id not in core]
    assert not missing


def test_the_core_view_covers_labor_sex_and_young_people(bundled: LoadResult) -> None:
    core = core_indicators(bundled.library)
    assert any(i.domain.covers(Domain.LABOR) and i.domain is not Domain.BOTH for i in core)
    assert any(i.domain.covers(Domain.SEX) and i.domain is not Domain.BOTH for i in core)
    assert any(Population.CHILDREN_YOUTH in i.populations for i in core)


def _every_state(bundled: LoadResult):
    library = bundled.library
    questions = asked_questions(library)
    high = next(i.id for i in library.indicators if i.concern is Concern.HIGH)
    some = next(i.id for i in library.indicators if i.concern is Concern.STANDARD)
    for checked in (frozenset(), frozenset({some}), frozenset({high})):
        for answers in itertools.product(*[[None, *(a.id for a in q.answers)] for q in questions]):
            given = {q.id: a for q, a in zip(questions, answers, strict=True) if a is not None}
            yield ScreeningState(checked=checked, answers=given)


def test_next_steps_shown_first_are_urgent_then_specific_and_universal_ones_last(bundled: LoadResult) -> None:
    library = bundled.library
    for state in _every_state(bundled):
        plan = pathway_plan(library, state)
        shown = steps_by_priority(plan)
        assert {p.step.id for p in shown} == {p.step.id for p in plan if p.status is StepStatus.APPLIES}
        urgent = [p.step.urgent for p in shown]
        assert urgent == sorted(urgent, reverse=True), state
        universal = [not p.step.when for p in shown if not p.step.urgent]
        assert universal == sorted(universal), state


@pytest.mark.parametrize("jurisdiction", ["US", "CA", "GB-ENG", "GB-SCT", "GB-NIR", "AU", "IE", "DE"])
def test_a_minor_with_a_high_concern_finding_sees_the_report_step_first(
    bundled: LoadResult, jurisdiction: str
) -> None:
    library = library_for_jurisdiction(bundled.library, jurisdiction)  # what a clinician there sees
    high = next(i.id for i in library.indicators if i.concern is Concern.HIGH)
    state = ScreeningState(checked=frozenset({high}), answers={"pq-age": "minor", "pq-danger": "no"})
    assert steps_by_priority(pathway_plan(library, state))[0].step.id == "ps-minor-report"
