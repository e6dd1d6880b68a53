"""Which fields of which entries name other entries, so the loader can check every reference."""

from __future__ import annotations

from collections.abc import Iterator

from screenaid.content.ask_document import Guidance, Prompt
from screenaid.content.common import ClinicalEntry, Record, Source
from screenaid.content.course import CourseModule, Objective
from screenaid.content.screening_models import Indicator, PathwayQuestion, PathwayStep
from screenaid.content.training_models import CareTopic, CaseExercise, TestQuestion

Reference = tuple[str, str, type[Record]]
"""(field path, referenced id, model the id must name)."""


def references(entry: Record) -> Iterator[Reference]:
    if isinstance(entry, ClinicalEntry):
        for i, source_id in enumerate(entry.sources):
            yield f"sources.{i}", source_id, Source
        if entry.variant_of is not None:
            yield "variant_of", entry.variant_of, type(entry)
    if isinstance(entry, CourseModule):
        yield from _each("objectives", entry.objectives, Objective)
        yield from _each("related_indicators", entry.related_indicators, Indicator)
        yield from _each("related_prompts", entry.related_prompts, Prompt)
        yield from _each("related_guidance", entry.related_guidance, Guidance)
        for c, case in enumerate(entry.cases):
            yield from _each(f"cases.{c}.indicators", case.indicators, Indicator)
    elif isinstance(entry, Indicator):
        yield from _each("prompts", entry.prompts, Prompt)
        yield from _each("modules", entry.modules, CourseModule)
        yield from _each("care", entry.care, CareTopic)
    elif isinstance(entry, PathwayStep):
        for question_id in entry.when:
            yield f"when.{question_id}", question_id, PathwayQuestion
        yield from _each("modules", entry.modules, CourseModule)
        yield from _each("prompts", entry.prompts, Prompt)
        yield from _each("guidance", entry.guidance, Guidance)
        yield from _each("indicators", entry.indicators, Indicator)
        yield from _each("care", entry.care, CareTopic)
    elif isinstance(entry, CaseExercise):
        yield from _each("objectives", entry.objectives, Objective)
    elif isinstance(entry, TestQuestion):
        yield "objective", entry.objective, Objective


def _each(field: str, ids: tuple[str, ...], model: type[Record]) -> Iterator[Reference]:
    for i, entry_id in enumerate(ids):
        yield f"{field}.{i}", entry_id, model
