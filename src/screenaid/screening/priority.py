"""What to show first during a visit: the steps that apply in order of urgency, and the core checklist items.

The pathway keeps its data order (the diagram, the note and the tests read it). For the one glance a
clinician has, the steps that apply are shown with the most pressing first:

1. steps marked ``urgent`` (immediate danger, unclear safety);
2. then the steps that depend on more of this patient's answers (a step for "a minor with a high-concern
   finding" says more about this patient than one for "any finding");
3. steps that apply to every patient (privacy, universal education, medical care) come last: they are
   already part of every visit;
4. ties keep the pathway's own order.
"""

from __future__ import annotations

from collections.abc import Iterable

from screenaid.content.library import Library
from screenaid.content.screening_models import Indicator
from screenaid.screening.pathway import PlannedStep, StepStatus


def _urgency(planned: PlannedStep) -> tuple[int, int, int, int]:
    step = planned.step
    return (0 if step.urgent else 1, 1 if not step.when else 0, -len(step.when), step.order)


def steps_by_priority(plan: Iterable[PlannedStep]) -> list[PlannedStep]:
    """The steps of ``plan`` that apply, most pressing first (see the module's rule)."""
    return sorted((p for p in plan if p.status is StepStatus.APPLIES), key=_urgency)


def core_indicators(library: Library) -> list[Indicator]:
    """The checklist's core view: items marked ``core: true``, in data order."""
    return [indicator for indicator in library.indicators if indicator.core]
