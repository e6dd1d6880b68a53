"""Counts of the training content, for ``screenaid dump --json`` and for reviewers."""

from __future__ import annotations

from typing import Any

from screenaid.content import Library


def training_summary(library: Library) -> dict[str, Any]:
    """Care topics with their sources, cases with their branches, post-test questions per objective."""
    return {
        "care_topics": [
            {
                "id": topic.id,
                "guideline": topic.guideline,
                "written_for": list(topic.written_for),
                "sources": list(topic.sources),
            }
            for topic in library.care_topics
        ],
        "case_exercises": [
            {
                "id": case.id,
                "steps": len(case.steps),
                "branches": case.branch_count(),
                "paths": len(case.paths()),
            }
            for case in library.case_exercises
        ],
        "test_questions_per_objective": {
            objective.id: sum(q.objective == objective.id for q in library.test_questions)
            for objective in library.objectives
        },
    }
