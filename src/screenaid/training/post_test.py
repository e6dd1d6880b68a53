"""The post-test: questions drawn in a fresh order each time, scored per objective, kept only in memory."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, field

from screenaid.content.course import Objective
from screenaid.content.training_models import TestQuestion

PASS_FRACTION = 0.8
"""Share of questions right, overall, for the certificate to be offered (a course convention, not a standard)."""


@dataclass(frozen=True, slots=True)
class ObjectiveScore:
    objective: Objective
    right: int
    total: int

    @property
    def fraction(self) -> float:
        return self.right / self.total if self.total else 0.0


@dataclass
class PostTestAttempt:
    """One sitting: the order of questions and of their options, and the answers given so far."""

    questions: tuple[TestQuestion, ...]
    option_orders: tuple[tuple[int, ...], ...]
    answers: dict[str, int] = field(default_factory=dict)
    """question id -> index of the chosen option (in the question's own order)."""

    @classmethod
    def start(cls, questions: Sequence[TestQuestion], rng: random.Random | None = None) -> PostTestAttempt:
        rng = rng or random.SystemRandom()
        drawn = list(questions)
        rng.shuffle(drawn)
        orders = []
        for question in drawn:
            order = list(range(len(question.options)))
            rng.shuffle(order)
            orders.append(tuple(order))
        return cls(tuple(drawn), tuple(orders))

    def answer(self, question_id: str, option_index: int) -> None:
        question = next(q for q in self.questions if q.id == question_id)
        if not 0 <= option_index < len(question.options):
            raise ValueError(f"question {question_id!r} has no option {option_index}")
        self.answers[question_id] = option_index

    @property
    def complete(self) -> bool:
        return all(q.id in self.answers for q in self.questions)

    def is_right(self, question: TestQuestion) -> bool:
        return self.answers.get(question.id) == question.correct_index

    @property
    def right(self) -> int:
        return sum(self.is_right(q) for q in self.questions)

    @property
    def passed(self) -> bool:
        return self.complete and self.right >= PASS_FRACTION * len(self.questions)

    def scores(self, objectives: Sequence[Objective]) -> list[ObjectiveScore]:
        """Right and total per objective, in the objectives' order; objectives with no question are left out."""
        result = []
        for objective in objectives:
            mine = [q for q in self.questions if q.objective == objective.id]
            if mine:
                result.append(ObjectiveScore(objective, sum(self.is_right(q) for q in mine), len(mine)))
        return result
