"""Honest reading and study times, computed from the words a module actually shows.

The rate is an assumption stated in one place: WORDS_PER_MINUTE, below the average silent-reading rate of
adults for non-fiction reported by Brysbaert (2019, about 238 words a minute), because clinical text read with
care goes slower. Self-checks also take time to think: THINK_SECONDS_PER_QUESTION is added per question.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from screenaid.content.course import CourseModule, Depth

WORDS_PER_MINUTE = 200
THINK_SECONDS_PER_QUESTION = 20

_WORD = re.compile(r"[^\W_]+(?:['’.-][^\W_]+)*", re.UNICODE)
_MARKUP = re.compile(r"[*_`#>|]+|\]\([^)]*\)")


def count_words(text: str) -> int:
    """Words a reader sees in a Markdown text (markup, link targets and table rules are not words)."""
    return len(_WORD.findall(_MARKUP.sub(" ", text)))


@dataclass(frozen=True, slots=True)
class StudyTime:
    core_words: int
    more_words: int
    case_words: int
    check_words: int
    questions: int

    @property
    def core_minutes(self) -> int:
        """Summary, key points and core sections."""
        return _minutes(self.core_words)

    @property
    def study_minutes(self) -> int:
        """Everything shown on the page, extra depth included, plus time to answer the self-checks."""
        words = self.core_words + self.more_words + self.case_words + self.check_words
        return max(1, math.ceil(words / WORDS_PER_MINUTE + self.questions * THINK_SECONDS_PER_QUESTION / 60))


def _minutes(words: int) -> int:
    return max(1, math.ceil(words / WORDS_PER_MINUTE))


def study_time(module: CourseModule, objective_texts: tuple[str, ...] = ()) -> StudyTime:
    core = [module.title, *objective_texts, module.summary, *module.key_points]
    more: list[str] = []
    for section in module.sections:
        target = core if section.depth is Depth.CORE else more
        target.extend((section.title, section.body))
    cases = [text for case in module.cases for text in (case.title, case.scenario, case.discussion)]
    checks = [
        text
        for check in module.self_checks
        for text in (check.question, *(t for choice in check.choices for t in (choice.text, choice.feedback)))
    ]
    return StudyTime(
        core_words=sum(map(count_words, core)),
        more_words=sum(map(count_words, more)),
        case_words=sum(map(count_words, cases)),
        check_words=sum(map(count_words, checks)),
        questions=len(module.self_checks),
    )
