"""Training and care content: care topics for the visit, branching cases and the post-test.

- ``care_topic``: what to offer at the visit (tests, prophylaxis, timing), each from a named national guideline.
- ``case_exercise``: a branching case; every choice carries feedback that names the principle behind it, and
  every path ends at an ending with a closing summary.
- ``test_question``: one post-test question, mapped to one course objective, with an explanation.
"""

from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum
from typing import Annotated

from screenaid.content.common import CleanShortText, CleanText, ClinicalEntry, ContentModel, EntryId
from screenaid.content.constraints import Limits

JurisdictionTag = Annotated[str, Limits(pattern=r"^[a-z]{2}(-[a-z0-9]{1,3})?$|^intl$")]
"""Where a fact applies: an ISO 3166-1 alpha-2 code in lower case (``us``, ``gb``), or ``intl``."""


@dataclass(frozen=True, slots=True, kw_only=True, eq=False, repr=False)
class CareTopic(ClinicalEntry):
    """What to offer at the visit for one health need, from the guideline that sets it."""

    title: CleanShortText
    summary: CleanText
    """One or two sentences: what to offer and how urgent it is."""
    body: CleanText
    """Markdown: the steps, with time windows only as the guideline gives them."""
    guideline: CleanShortText
    """The national guideline the timing and steps come from."""
    written_for: tuple[JurisdictionTag, ...] = ()
    """Countries whose guideline the card follows (lower case, e.g. us, gb); empty means the practice does not
    differ by country. Shown everywhere, with a warning outside these countries."""
    time_critical: bool = False
    """True when a treatment window closes within days."""
    keywords: tuple[CleanShortText, ...] = ()


class Quality(StrEnum):
    BEST = "best"
    ACCEPTABLE = "acceptable"
    HARMFUL = "harmful"


@dataclass(frozen=True, slots=True, kw_only=True, eq=False, repr=False)
class CaseChoice(ContentModel):
    """One choice at a step of a branching case, with its feedback and where it leads."""

    text: CleanText
    quality: Quality
    principle: CleanShortText
    """The principle the feedback rests on, named in a few words."""
    feedback: CleanText
    """Why this choice helps or harms; shown once it is picked."""
    next: EntryId | None = None
    """The step this choice leads to; none ends the case."""


@dataclass(frozen=True, slots=True, kw_only=True, eq=False, repr=False)
class CaseStep(ContentModel):
    """One step of a branching case: choices that lead on, or an ending."""

    id: EntryId
    text: CleanText
    """Markdown: what the clinician sees and hears at this point."""
    choices: Annotated[tuple[CaseChoice, ...], Limits(max_length=6)] = ()
    ending: CleanText | None = None
    """Closing summary; required when no choices."""

    def __post_init__(self) -> None:
        if not self.choices and self.ending is None:
            raise ValueError("a step without choices must have an 'ending' summary")
        if self.choices and len(self.choices) < 2:
            raise ValueError("a step with choices needs at least two")


@dataclass(frozen=True, slots=True, kw_only=True, eq=False, repr=False)
class CaseExercise(ClinicalEntry):
    """An interactive branching case."""

    title: CleanShortText
    setting: CleanShortText
    objectives: Annotated[tuple[EntryId, ...], Limits(min_length=1)]
    steps: Annotated[tuple[CaseStep, ...], Limits(min_length=2)]
    """The first step is where the case starts."""

    def __post_init__(self) -> None:
        by_id = {step.id: step for step in self.steps}
        if len(by_id) != len(self.steps):
            raise ValueError("step ids must be unique within a case")
        for step in self.steps:
            for choice in step.choices:
                if choice.next is not None and choice.next not in by_id:
                    raise ValueError(f"step {step.id!r}: choice leads to unknown step {choice.next!r}")
        reached = set(self._walk(self.steps[0].id, by_id, ()))
        unreached = [step.id for step in self.steps if step.id not in reached]
        if unreached:
            raise ValueError(f"steps not reachable from the start: {', '.join(unreached)}")

    @staticmethod
    def _walk(step_id: str, by_id: dict[str, CaseStep], path: tuple[str, ...]) -> Iterator[str]:
        if step_id in path:
            raise ValueError(f"the case loops back to step {step_id!r}")
        yield step_id
        for choice in by_id[step_id].choices:
            if choice.next is not None:
                yield from CaseExercise._walk(choice.next, by_id, (*path, step_id))

    @property
    def start(self) -> CaseStep:
        return self.steps[0]

    def step(self, step_id: str) -> CaseStep:
        return next(step for step in self.steps if step.id == step_id)

    def branch_count(self) -> int:
        """Choices across all steps: each is a branch with its own feedback."""
        return sum(len(step.choices) for step in self.steps)

    def paths(self) -> list[list[tuple[CaseStep, CaseChoice | None]]]:
        """Every path from the start to an end, as (step, choice taken) pairs; the last choice may be None."""
        result: list[list[tuple[CaseStep, CaseChoice | None]]] = []

        def follow(step: CaseStep, so_far: list[tuple[CaseStep, CaseChoice | None]]) -> None:
            if not step.choices:
                result.append([*so_far, (step, None)])
                return
            for choice in step.choices:
                if choice.next is None:
                    result.append([*so_far, (step, choice)])
                else:
                    follow(self.step(choice.next), [*so_far, (step, choice)])

        follow(self.start, [])
        return result


@dataclass(frozen=True, slots=True, kw_only=True, eq=False, repr=False)
class AnswerOption(ContentModel):
    """One option of a post-test question."""

    text: CleanText
    correct: bool = False


@dataclass(frozen=True, slots=True, kw_only=True, eq=False, repr=False)
class TestQuestion(ClinicalEntry):
    """One post-test question: one objective, one correct answer, and an explanation shown after scoring."""

    __test__ = False  # not a pytest test class

    objective: EntryId
    question: CleanText
    options: Annotated[tuple[AnswerOption, ...], Limits(min_length=3, max_length=6)]
    explanation: CleanText

    def __post_init__(self) -> None:
        if sum(option.correct for option in self.options) != 1:
            raise ValueError("exactly one option must be marked correct")

    @property
    def correct_index(self) -> int:
        return next(i for i, option in enumerate(self.options) if option.correct)
