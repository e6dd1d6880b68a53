"""The response pathway: which next steps apply to this patient, given the checklist and the answers.

How a step is decided (the rule the Screen page explains to its users):

* A step's ``when`` maps questions to the answers that make it apply; an empty ``when`` means always.
* The ``derived_from: findings`` question is never asked: the checklist answers it (see ``FindingsLevel``).
* A step **applies** when every question in its ``when`` has been answered with one of the listed answers.
* A step is **conditional** ("if …") when no answered question rules it out but some of its questions are
  not answered yet. It is shown apart, with the answers it is waiting for, e.g. "if under 18", so an
  unanswered age question never hides the steps for minors and never presents them as certain.
* Otherwise the step is **ruled out** by an answer already given.
* A step that names checklist ``indicators`` (the "act today" steps) is also ruled out unless at least one
  of them is checked: it follows from that finding, not from the answers alone.

Answers to unknown questions, unknown answer ids and answers typed for the derived question are ignored.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from types import MappingProxyType

from screenaid.content.library import Library
from screenaid.content.screening_models import PathwayAnswer, PathwayQuestion, PathwayStep
from screenaid.screening.state import ScreeningState
from screenaid.screening.summary import checked_indicators, findings_level


class StepStatus(StrEnum):
    APPLIES = "applies"
    CONDITIONAL = "conditional"
    RULED_OUT = "ruled_out"


@dataclass(frozen=True)
class OpenCondition:
    """A question a conditional step is waiting for, with the answers that would make it apply."""

    question_id: str
    question: PathwayQuestion | None
    answers: tuple[PathwayAnswer, ...]


@dataclass(frozen=True)
class PlannedStep:
    step: PathwayStep
    status: StepStatus
    waiting_for: tuple[OpenCondition, ...] = ()


def asked_questions(library: Library) -> tuple[PathwayQuestion, ...]:
    """The questions a clinician answers, in order (the derived findings question is left out)."""
    return tuple(q for q in library.pathway_questions if q.derived_from is None)


def effective_answers(library: Library, state: ScreeningState) -> Mapping[str, str]:
    """The clinician's valid answers plus the answer the checklist gives to each derived question."""
    findings = findings_level(checked_indicators(library, state))
    answers: dict[str, str] = {}
    for question in library.pathway_questions:
        known = {answer.id for answer in question.answers}
        if question.derived_from == "findings":
            if findings.value in known:
                answers[question.id] = findings.value
        elif state.answers.get(question.id) in known:
            answers[question.id] = state.answers[question.id]
    return MappingProxyType(answers)


def plan_step(
    library: Library,
    step: PathwayStep,
    answers: Mapping[str, str],
    checked: frozenset[str] | None = None,
) -> PlannedStep:
    """``step``'s status for these answers; ``checked`` (the checked item ids) decides indicator-led steps."""
    if step.indicators and not (checked or frozenset()) & set(step.indicators):
        return PlannedStep(step, StepStatus.RULED_OUT)
    waiting: list[OpenCondition] = []
    for question_id, answer_ids in step.when.items():
        given = answers.get(question_id)
        if given is None:
            question = library.get_as(question_id, PathwayQuestion)
            options = question.answers if question else ()
            waiting.append(
                OpenCondition(question_id, question, tuple(a for a in options if a.id in answer_ids))
            )
        elif given not in answer_ids:
            return PlannedStep(step, StepStatus.RULED_OUT)
    if waiting:
        return PlannedStep(step, StepStatus.CONDITIONAL, tuple(waiting))
    return PlannedStep(step, StepStatus.APPLIES)


def pathway_plan(library: Library, state: ScreeningState) -> tuple[PlannedStep, ...]:
    """Every pathway step in order, each with its status for this screen."""
    answers = effective_answers(library, state)
    return tuple(plan_step(library, step, answers, state.checked) for step in library.pathway_steps)


def next_steps(library: Library, state: ScreeningState) -> list[PathwayStep]:
    """The steps that apply now, in pathway order."""
    return [p.step for p in pathway_plan(library, state) if p.status is StepStatus.APPLIES]


def conditional_steps(library: Library, state: ScreeningState) -> list[PlannedStep]:
    """The steps still waiting for an answer, in pathway order."""
    return [p for p in pathway_plan(library, state) if p.status is StepStatus.CONDITIONAL]
