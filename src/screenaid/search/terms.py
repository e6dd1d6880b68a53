"""What the search index holds for one entry: its terms, each with the summed weight of the fields it
occurs in, and the entry's length.

This is the costly part of building the index (reading every text of every entry and stemming its words),
and it depends only on the entry and on this code. So the bundled library's terms are computed once, when
the content snapshot is signed (:mod:`screenaid.search.prepared`), and at run time only for entries that
are not in it (a clinic's own resources, the fallback, entries the jurisdiction view rewrote).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from screenaid.content.audience_presets import AudiencePreset
from screenaid.content.common import Record, Source
from screenaid.content.handout_text import HandoutText
from screenaid.content.note_template import NoteTemplate
from screenaid.content.plain import plain_data
from screenaid.content.search_models import SynonymGroup
from screenaid.content.training_models import TestQuestion
from screenaid.content.wording_rules import WordingRule
from screenaid.search.negation import CUES, negated_terms
from screenaid.search.text import stem, words

TITLE_WEIGHT = 3.0
KEYWORD_WEIGHT = 2.0
BODY_WEIGHT = 1.0

# Fields that hold ids, dates, addresses or flags rather than readable text.
_NOT_TEXT = frozenset(
    {
        "id", "sources", "reviewed", "verified", "prompts", "modules", "guidance", "objectives",
        "related_indicators", "related_prompts", "related_guidance", "indicators", "when", "correct",
        "number", "order", "minutes", "year", "items", "value", "url", "handout",
    }
)  # fmt: skip
_KEYWORD_FIELDS = frozenset({"keywords", "key_points", "code", "short_name", "topics", "services"})
_TITLE_FIELDS = ("title", "name", "text", "code")
UNSEARCHED = (Source, SynonymGroup, HandoutText, NoteTemplate, WordingRule, TestQuestion, AudiencePreset)
"""Kinds that no page shows as an entry of its own (post-test questions: search must not give answers away)."""


def entry_terms(entry: Record) -> tuple[dict[str, float], float]:
    """The index terms of ``entry`` with their weights (a term in the title and twice in the body weighs
    3 + 1 + 1), in the order they first occur, and the entry's length (the sum of all its terms' weights)."""
    weights: dict[str, float] = {}
    length = 0.0
    for text, weight, lang in [(title_of(entry), TITLE_WEIGHT, "en"), *weighted_texts(entry)]:
        for term in text_terms(text, lang):
            weights[term] = weights.get(term, 0.0) + weight
            length += weight
    return weights, length


def _title_field(entry: Record) -> str | None:
    for field in _TITLE_FIELDS:
        if isinstance(getattr(entry, field, None), str):
            return field
    return None


def title_of(entry: Record) -> str:
    field = _title_field(entry)
    if field is None:
        return entry.id
    title: str = getattr(entry, field)
    descriptor = getattr(entry, "descriptor", None)
    if field == "code" and isinstance(descriptor, str):
        return f"{title} {descriptor}"
    return title


def weighted_texts(entry: Record) -> Iterator[tuple[str, float, str]]:
    """Every readable string of an entry except its title, with its field's weight and its language."""
    title_field = _title_field(entry)
    for key, value in plain_data(entry).items():
        if key in _NOT_TEXT or key == title_field:
            continue
        weight = KEYWORD_WEIGHT if key in _KEYWORD_FIELDS else BODY_WEIGHT
        for text, lang in _strings(value, "en"):
            yield text, weight, lang


_LANGUAGE_KEY = re.compile(r"^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$")


def _strings(value: Any, lang: str) -> Iterator[tuple[str, str]]:
    """Readable strings with their language: a mapping with an "en" key and language-tag keys is a text
    in several languages (``MultilingualText``); anything else is in the language of its parent."""
    if isinstance(value, str):
        yield value, lang
    elif isinstance(value, dict):
        by_language = "en" in value and all(isinstance(k, str) and _LANGUAGE_KEY.match(k) for k in value)
        for key, child in value.items():
            if key not in _NOT_TEXT:
                yield from _strings(child, key if by_language else lang)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _strings(item, lang)


def text_terms(text: str, lang: str) -> list[str]:
    """The index terms of one text: its stemmed words, then its negated terms (only a text with a negation
    cue has any: most have none, and looking for them is half the cost of indexing)."""
    found = words(text)
    stems = [stem(word, lang) for word in found]
    if CUES.isdisjoint(found):
        return stems
    return stems + negated_terms(text)
