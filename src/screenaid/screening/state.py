"""What the clinician has checked and answered on the Screen page: an immutable value, held in memory only."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType


def _frozen_answers(answers: Mapping[str, str] | None = None) -> Mapping[str, str]:
    return MappingProxyType(dict(answers or {}))


@dataclass(frozen=True)
class ScreeningState:
    """Checked indicator ids and pathway answers (question id → answer id).

    Every change returns a new state, so a view can never alter what another view is showing.
    """

    checked: frozenset[str] = frozenset()
    answers: Mapping[str, str] = field(default_factory=_frozen_answers)

    def __post_init__(self) -> None:
        object.__setattr__(self, "checked", frozenset(self.checked))
        object.__setattr__(self, "answers", _frozen_answers(self.answers))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ScreeningState):
            return NotImplemented
        return self.checked == other.checked and dict(self.answers) == dict(other.answers)

    def __hash__(self) -> int:
        return hash((self.checked, frozenset(self.answers.items())))

    @property
    def is_empty(self) -> bool:
        return not self.checked and not self.answers

    def with_checked(self, indicator_id: str, checked: bool = True) -> ScreeningState:
        """This state with ``indicator_id`` checked (or unchecked)."""
        ids = self.checked | {indicator_id} if checked else self.checked - {indicator_id}
        return ScreeningState(ids, self.answers)

    def with_answer(self, question_id: str, answer_id: str | None) -> ScreeningState:
        """This state with ``question_id`` answered by ``answer_id``; ``None`` clears the answer."""
        answers = dict(self.answers)
        if answer_id is None:
            answers.pop(question_id, None)
        else:
            answers[question_id] = answer_id
        return ScreeningState(self.checked, answers)
