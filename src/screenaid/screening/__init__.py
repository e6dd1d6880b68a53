"""Screening logic behind the Screen page: state, live summary, response pathway, prompts and note.

Pure Python: nothing here may import Qt. Views call these functions and hold no clinical logic.
"""

from screenaid.screening.checklist import filter_indicators, group_by_category
from screenaid.screening.note import compose_note, left_out_of_note, note_template, unfilled_blanks
from screenaid.screening.pathway import (
    OpenCondition,
    PlannedStep,
    StepStatus,
    asked_questions,
    conditional_steps,
    effective_answers,
    next_steps,
    pathway_plan,
)
from screenaid.screening.prompts import linked_prompts
from screenaid.screening.state import ScreeningState
from screenaid.screening.summary import FindingsLevel, Summary, checked_indicators, summarize

__all__ = [
    "FindingsLevel",
    "OpenCondition",
    "PlannedStep",
    "ScreeningState",
    "StepStatus",
    "Summary",
    "asked_questions",
    "checked_indicators",
    "compose_note",
    "conditional_steps",
    "effective_answers",
    "filter_indicators",
    "group_by_category",
    "left_out_of_note",
    "linked_prompts",
    "next_steps",
    "note_template",
    "pathway_plan",
    "summarize",
    "unfilled_blanks",
]
