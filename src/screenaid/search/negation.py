"""Negation in search: "no police" looks first for what says *not* to involve the police.

At indexing, the few words that follow a negation ("do not contact police") within the same clause are also
indexed as negated terms (``¬polic``). In a query, the words after "no", "not", "without" or "never" are
looked up as negated terms first; the plain word still counts, far less. A negation that is itself a
search phrase ("no ID", from the synonym list) is left as it is.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from screenaid.search.text import stem, words

NEGATED = "¬"
CUES = frozenset({"no", "not", "never", "without", "dont", "don", "doesn", "didn", "isn", "nor", "sin"})
"""Words that negate what follows (English and Spanish; "don't" is read as "don" and "t")."""
SCOPE = 3
"""How many words after a cue count as negated."""
_SKIPPED = frozenset({"t"})
_CLAUSE = re.compile(r"[.,;:!?()\[\]\n—–]+")


def negated_terms(text: str) -> list[str]:
    """The negated terms of ``text``: up to three words after each cue, within one clause."""
    found: list[str] = []
    for clause in _CLAUSE.split(text):
        remaining = 0
        for word in words(clause):
            if word in CUES:
                remaining = SCOPE
            elif remaining and word not in _SKIPPED:
                found.append(NEGATED + stem(word))
                remaining -= 1
    return found


def split_negation(query_words: list[str], phrases: Mapping[str, object]) -> tuple[list[str], set[int]]:
    """The query without its cue words, and the positions (in that list) of the negated words.

    A cue followed by a word that together form a known phrase (``phrases``, e.g. "no id") is kept as
    plain words. A query made only of cues is searched as it is.
    """
    kept: list[str] = []
    negated: set[int] = set()
    remaining = 0
    for position, word in enumerate(query_words):
        following = query_words[position + 1] if position + 1 < len(query_words) else None
        if word in CUES and following is not None and f"{word} {following}" not in phrases:
            remaining = SCOPE
            continue
        if remaining and word not in _SKIPPED:
            negated.add(len(kept))
            remaining -= 1
        if word not in _SKIPPED or not negated:
            kept.append(word)
    if not kept:
        return list(query_words), set()
    return kept, negated
