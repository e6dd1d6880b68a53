"""A small, hand-built library for the screening tests: real models, no files."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from screenaid.content.ask_document import Prompt
from screenaid.content.common import Record
from screenaid.content.library import Library
from screenaid.content.note_template import NoteTemplate
from screenaid.content.screening_models import Indicator, PathwayQuestion, PathwayStep
from screenaid.content.validation import validated

REVIEWED = dt.date(2026, 11, 25)
CLINICAL: dict[str, Any] = {"sources": ("src-test",), "reviewed": REVIEWED}


def indicator(id_: str, **fields: Any) -> Indicator:
    values: dict[str, Any] = {
        "title": f"Title of {id_}",
        "kind": "indicator",
        "domain": "both",
        "category": "situational",
        "populations": ("adults",),
        "look_for": f"What to look for in {id_}.",
        "why": f"Why {id_} matters.",
        "note_text": f"Observation {id_} was recorded.",
    }
    values.update(fields)
    return validated(Indicator, dict(id=id_, **CLINICAL, **values))


def question(id_: str, order: int, answers: tuple[str, ...], derived: bool = False) -> PathwayQuestion:
    return validated(
        PathwayQuestion,
        dict(
            id=id_,
            order=order,
            text=f"Question {id_}?",
            answers=tuple({"id": a, "label": f"Label {a}"} for a in answers),
            derived_from="findings" if derived else None,
            **CLINICAL,
        ),
    )


def step(id_: str, order: int, when: dict[str, tuple[str, ...]] | None = None) -> PathwayStep:
    return validated(
        PathwayStep,
        dict(id=id_, order=order, title=f"Step {id_}", detail="Detail.", when=when or {}, **CLINICAL),
    )


def prompt(id_: str, stage: str, title: str) -> Prompt:
    return validated(
        Prompt,
        dict(
            id=id_,
            title=title,
            stage=stage,
            topics=("general",),
            say={"en": "Say this.", "es": "Diga esto."},
            why="Because.",
            **CLINICAL,
        ),
    )


TEMPLATE = validated(
    NoteTemplate,
    {
        "id": "note-template",
        "title": "Note title",
        "indicators_heading": "Seen",
        "risk_factors_heading": "Circumstances",
        "nothing_recorded": "Nothing was recorded.",
        "steps_heading": "Steps",
        "clinician_heading": "Clinician",
    },
)


def library_of(*entries: Record) -> Library:
    return Library(entries={entry.id: entry for entry in entries})


FINDINGS = ("none", "some", "high")
SOME_OR_HIGH = ("some", "high")


def small_entries() -> list[Record]:
    return [
        indicator(
            "ind-a",
            domain="labor",
            category="work_living",
            populations=("adults", "migrants"),
            prompts=("prm-x", "prm-y"),
        ),
        indicator(
            "ind-b",
            domain="sex",
            category="physical",
            populations=("children_youth",),
            concern="high",
            prompts=("prm-y",),
        ),
        indicator("ind-c", kind="risk_factor", populations=("lgbtq", "adults")),
        # Declared out of category order on purpose: grouping must follow the Category enum.
        indicator("ind-d", domain="sex", category="physical", populations=("adults",)),
        question("pq-findings", 1, FINDINGS, derived=True),
        question("pq-age", 2, ("minor", "adult", "unknown")),
        question("pq-danger", 3, ("yes", "no", "unsure")),
        question("pq-wishes", 4, ("wants-help-now", "wants-information", "declines")),
        step("ps-always", 1),
        step("ps-some", 2, {"pq-findings": SOME_OR_HIGH}),
        step("ps-minor", 3, {"pq-findings": SOME_OR_HIGH, "pq-age": ("minor", "unknown")}),
        step("ps-danger", 4, {"pq-danger": ("yes",)}),
        step("ps-adult-help", 5, {"pq-age": ("adult",), "pq-wishes": ("wants-help-now",)}),
        prompt("prm-x", "ask", "Ask about work"),
        prompt("prm-y", "respond", "Respond calmly"),
        prompt("prm-z", "privacy", "Ensure privacy"),
        prompt("prm-w", "ask", "Another ask"),
    ]


@pytest.fixture
def small() -> Library:
    return library_of(*small_entries(), TEMPLATE)


@pytest.fixture
def bundled_library(bundled):
    return bundled.library
