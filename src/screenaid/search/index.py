"""Ranked, typo-tolerant search over every kind of content, held in memory.

Scoring is BM25 over weighted fields (title > keywords > body). Text is indexed with the stems of its own
language (see ``search.text``). Each query word is expanded to
  * its stems in every content language Snowball covers,
  * synonyms from ``data/search/`` (a clinician types "pimp", the data says "trafficker"),
  * vocabulary words it is a prefix of (results while typing), and
  * close spellings found with rapidfuzz ("trafficing" → "trafficking"),
and a document's score is the sum over query words of its best expansion, scaled by how many of the query
words it matched. See the README for why this engine was chosen over SQLite FTS5.

Which documents each term occurs in is held in flat arrays (``search.postings``), not in a dict per term.
"""

from __future__ import annotations

import math
import re
from array import array
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from screenaid.content.common import Population, Record
from screenaid.content.kinds import KIND_OF
from screenaid.content.library import Library
from screenaid.content.resources import Resource
from screenaid.content.screening_models import Concern, Indicator, IndicatorKind
from screenaid.content.search_models import SynonymGroup
from screenaid.search.context import SearchContext
from screenaid.search.negation import NEGATED, split_negation
from screenaid.search.places import applies_in, named_places, place_name
from screenaid.search.postings import NARROW, WIDE, Postings, PostingsBuilder
from screenaid.search.prepared import Prepared
from screenaid.search.terms import (
    KEYWORD_WEIGHT,
    TITLE_WEIGHT,
    UNSEARCHED,
    entry_terms,
    title_of,
    weighted_texts,
)
from screenaid.search.text import query_stems, stem, terms, words

SYNONYM_WEIGHT = 0.7
PREFIX_WEIGHT = 0.6
FUZZY_WEIGHT = 0.8
FUZZY_CUTOFF = 78.0
MAX_QUERY_WORDS = 12
MAX_QUERY_CHARS = 200
EXACT_TITLE_WORD_WEIGHT = 1.0
"""Added for each query word that stands, unstemmed, in a title: stems join "interpreter" and "interpreting",
and the entry that names what was typed comes first."""
NEGATED_PLAIN_WEIGHT = 0.2
"""Weight of the plain word after "no"/"not": "no police" still finds police, but after what says *not* to."""

KIND_PRIOR = {"indicator": 1.2, "pathway_step": 1.05, "icd_code": 0.8, "objective": 0.9}
"""How likely a kind of entry is to be what a clinician means during a visit; other kinds 1.0. Tuned on
tests/search/relevance_set.yaml (a sign seen now before the billing code that names it)."""
RISK_FACTOR_PRIOR = 0.92
HIGH_CONCERN_PRIOR = 1.1
"""An item that on its own calls for the response pathway ranks a little above one that does not."""
NAMED_PLACE_BOOST = 1.5
"""A vulnerability ranks a little below a sign of trafficking now when both match as well."""
MINOR_YOUTH_BOOST = 1.3
MINOR_ADULT_ONLY = 0.5
ADULT_YOUTH_ONLY = 0.7
OTHER_REGION = 0.6

_BM25_K1 = 1.2
_BM25_B = 0.5
_SNIPPET_RADIUS = 70
_WORD = re.compile(r"[^\W_]+")
_AFTER_NEGATED = chr(ord(NEGATED) + 1)
"""Sorts after every term that starts with NEGATED (one character), before any other that sorts after it."""


@dataclass(frozen=True, slots=True)
class SearchHit:
    id: str
    kind: str
    title: str
    snippet: str
    score: float
    place: str | None = None
    """For a resource outside the clinic's country (or region): where it applies, e.g. "Canada"."""

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "title": self.title,
            "snippet": self.snippet,
            "score": round(self.score, 3),
        }


@dataclass(frozen=True, slots=True)
class _Document:
    id: str
    kind: str
    title: str
    entry: Record
    """Its readable texts give the snippets (read when it is a hit, see ``SearchIndex._texts_of``)."""
    length: float
    prior: float = 1.0
    country: str | None = None
    """Resources only: ISO code of the country (or EU) where they apply."""
    regions: tuple[str, ...] = ()
    populations: frozenset[str] = frozenset()
    title_phrase: str = ""
    """The title's folded words between spaces, and the id's: matched against the whole query (and the
    title's against each query word: a word has no space)."""
    id_phrase: str = ""


class SearchIndex:
    """An inverted index over a Library. Build once; ``search`` is then a few milliseconds."""

    def __init__(self, library: Library) -> None:
        self._texts: dict[int, tuple[str, ...]] = {}
        try:
            self._postings = self._build(library, NARROW)
        except OverflowError:  # 65,536 entries or distinct weights: never so far
            self._postings = self._build(library, WIDE)
        terms = self._postings.terms
        self._vocabulary = terms[: bisect_left(terms, NEGATED)] + terms[bisect_left(terms, _AFTER_NEGATED) :]
        """Every term but the negated ones, sorted (they all start with NEGATED, so they follow each other)."""
        n = len(self._documents)
        self._idf = array(
            "d", (math.log(1 + (n - count + 0.5) / (count + 0.5)) for count in self._postings.counts())
        )
        """Each term's inverse document frequency, in the order of ``self._postings.terms``."""
        self._average_length = (
            sum(doc.length for doc in self._documents) / len(self._documents) if self._documents else 1.0
        )
        self._synonyms = _synonym_table(library.synonyms)

    def __len__(self) -> int:
        return len(self._documents)

    def _build(self, library: Library, typecode: str) -> Postings:
        self._documents: list[_Document] = []
        self.prepared = 0
        """How many entries' terms came from the content snapshot (:mod:`screenaid.search.prepared`)."""
        prepared = Prepared.of(library)
        if prepared is None:
            postings = PostingsBuilder(typecode)
        else:
            postings = PostingsBuilder(typecode, prepared.vocabulary, prepared.weights)
        for entry in library:
            if not isinstance(entry, UNSEARCHED):
                self._add(entry, prepared, postings)
        return postings.build()

    def _add(self, entry: Record, prepared: Prepared | None, postings: PostingsBuilder) -> None:
        index = len(self._documents)
        title = title_of(entry)
        numbers = prepared.numbers(entry) if prepared is not None else None
        if numbers is None:
            weights, length = entry_terms(entry)
            postings.add(index, weights)
        else:
            self.prepared += 1
            term_numbers, weight_numbers, length = numbers
            postings.add_numbers(index, term_numbers, weight_numbers)
        kind = KIND_OF[type(entry)]
        prior = KIND_PRIOR.get(kind, 1.0)
        if isinstance(entry, Indicator) and entry.kind is IndicatorKind.RISK_FACTOR:
            prior *= RISK_FACTOR_PRIOR
        if isinstance(entry, Indicator) and entry.concern is Concern.HIGH:
            prior *= HIGH_CONCERN_PRIOR
        populations = _population_set(tuple(str(p) for p in getattr(entry, "populations", None) or ()))
        country = entry.country if isinstance(entry, Resource) else None
        regions = tuple(entry.regions) if isinstance(entry, Resource) else ()
        self._documents.append(
            _Document(
                entry.id,
                kind,
                title,
                entry,
                max(length, 1.0),
                prior,
                country,
                regions,
                populations,
                f" {' '.join(words(title))} ",
                f" {' '.join(words(entry.id))} ",
            )
        )

    def search(self, query: str, limit: int = 10, context: SearchContext | None = None) -> list[SearchHit]:
        """The best ``limit`` entries for ``query``, best first. Never raises on odd input.

        With a ``context``, resources of other countries are left out unless the query names their country
        (then they carry a ``place`` label), resources of other regions rank lower, and once the patient's
        age is known, items for young people rank first for a minor and after the others for an adult.
        """
        query_words = words(query[:MAX_QUERY_CHARS])[:MAX_QUERY_WORDS]
        if not query_words or limit < 1 or not self._documents:
            return []
        context = context or SearchContext()
        named, query_words = named_places(query_words)
        query_words, negated = split_negation(query_words, self._synonyms)
        expansions = self._expand(query_words)
        for position in negated:
            expansions[position] = self._negate(expansions[position])
        scores: dict[int, float] = defaultdict(float)
        matched: dict[int, int] = defaultdict(int)
        matched_terms: dict[int, set[str]] = defaultdict(set)
        for expansion in expansions:
            best: dict[int, tuple[float, str]] = {}
            hits: dict[int, list[str]] = defaultdict(list)
            for term, weight in expansion.items():
                position = self._postings.position(term)
                if position < 0:
                    continue
                idf = self._idf[position]
                for doc, tf in self._postings.documents(position):
                    value = weight * self._bm25(idf, doc, tf)
                    hits[doc].append(term)
                    if value > best.get(doc, (0.0, ""))[0]:
                        best[doc] = (value, term)
            for doc, (value, term) in best.items():
                scores[doc] += value
                matched[doc] += 1
                # the snippet may also show a term at least as close to what was typed as the best-scoring
                # one (a rare foreign spelling can outscore the English word the user meant)
                closeness = expansion[term]
                matched_terms[doc].update(t for t in hits[doc] if expansion[t] >= closeness)
        folded_query = f" {' '.join(query_words)} "
        spaced_words = [f" {word} " for word in query_words]
        ranked: list[tuple[float, int]] = []
        for doc, score in scores.items():
            document = self._documents[doc]
            factor = _context_factor(document, context, named)
            if factor == 0.0:
                continue
            coverage = matched[doc] / len(expansions)
            exact = sum(1 for word in spaced_words if word in document.title_phrase)
            score += EXACT_TITLE_WORD_WEIGHT * exact / len(query_words)
            if not negated and folded_query in document.title_phrase:
                score += TITLE_WEIGHT
            elif not negated and folded_query in document.id_phrase:
                score += KEYWORD_WEIGHT  # ids are readable slugs that name the entry's topic
            ranked.append((score * coverage * coverage * document.prior * factor, doc))
        ranked.sort(key=lambda item: (-item[0], self._documents[item[1]].id))
        return [self._hit(doc, score, matched_terms[doc], context) for score, doc in ranked[:limit]]

    def _negate(self, expansion: dict[str, float]) -> dict[str, float]:
        """A word after "no"/"not": what says *not* to do it first, what merely mentions it far behind."""
        negated = {
            NEGATED + term: weight for term, weight in expansion.items() if NEGATED + term in self._postings
        }
        plain = {term: weight * NEGATED_PLAIN_WEIGHT for term, weight in expansion.items()}
        return {**plain, **negated}

    def _bm25(self, idf: float, doc: int, tf: float) -> float:
        norm = 1 - _BM25_B + _BM25_B * self._documents[doc].length / self._average_length
        return idf * tf * (_BM25_K1 + 1) / (tf + _BM25_K1 * norm)

    def _expand(self, query_words: list[str]) -> list[dict[str, float]]:
        expansions: list[dict[str, float]] = []
        for position, word in enumerate(query_words):
            term = stem(word)
            expansion: dict[str, float] = {}
            for candidate in query_stems(word):
                if candidate in self._postings:
                    expansion[candidate] = 1.0
            if position == len(query_words) - 1 and len(word) >= 3:
                for candidate in self._with_prefix(word):
                    expansion.setdefault(candidate, PREFIX_WEIGHT)
            if not expansion and len(word) >= 4:
                from rapidfuzz import fuzz, process  # only for a word not in the index (6 ms, once)

                for candidate, similarity, _ in process.extract(
                    term, self._vocabulary, scorer=fuzz.ratio, limit=3, score_cutoff=FUZZY_CUTOFF
                ):
                    expansion.setdefault(candidate, FUZZY_WEIGHT * similarity / 100)
            expansions.append(expansion)
        for end, group in self._synonym_matches(query_words):
            for other in group:
                for term in terms(other):
                    if term in self._postings:
                        current = expansions[end - 1].get(term, 0.0)
                        expansions[end - 1][term] = max(current, SYNONYM_WEIGHT)
        return expansions

    def _with_prefix(self, prefix: str) -> Iterator[str]:
        start = bisect_left(self._vocabulary, prefix)
        for candidate in self._vocabulary[start : start + 30]:
            if not candidate.startswith(prefix):
                break
            yield candidate

    def _synonym_matches(self, query_words: list[str]) -> Iterator[tuple[int, tuple[str, ...]]]:
        """(end position, group) for every run of query words that is a synonym term."""
        for size in range(1, 5):
            for start in range(len(query_words) - size + 1):
                phrase = " ".join(query_words[start : start + size])
                group = self._synonyms.get(phrase) or self._synonyms.get(" ".join(terms(phrase)))
                if group:
                    yield start + size, group

    def _texts_of(self, doc: int) -> tuple[str, ...]:
        """A document's readable texts for snippets, most important first (keywords before the body)."""
        texts = self._texts.get(doc)
        if texts is None:
            fields = sorted(weighted_texts(self._documents[doc].entry), key=lambda item: -item[1])
            texts = self._texts[doc] = tuple(text for text, _, _ in fields)
        return texts

    def _hit(self, doc: int, score: float, matched_terms: set[str], context: SearchContext) -> SearchHit:
        document = self._documents[doc]
        snippet = _snippet(self._texts_of(doc), {term.removeprefix(NEGATED) for term in matched_terms})
        return SearchHit(
            document.id, document.kind, document.title, snippet, score, _place_label(document, context)
        )


def _context_factor(document: _Document, context: SearchContext, named: frozenset[str]) -> float:
    """How much the visit's context weighs on a document: 0 hides it, 1 leaves it as it is."""
    factor = NAMED_PLACE_BOOST if document.country in named else 1.0
    if document.country is not None and context.country is not None:
        if not applies_in(document.country, context.country) and document.country not in named:
            return 0.0
        if document.regions and context.region and context.region not in document.regions:
            factor *= OTHER_REGION
    populations = document.populations
    youth = Population.CHILDREN_YOUTH.value in populations
    adults = Population.ADULTS.value in populations
    if populations and context.age == "minor":
        if not youth:
            factor *= MINOR_ADULT_ONLY
        elif not adults:
            factor *= MINOR_YOUTH_BOOST
    elif populations and context.age == "adult" and youth and not adults:
        factor *= ADULT_YOUTH_ONLY
    return factor


def _place_label(document: _Document, context: SearchContext) -> str | None:
    if document.country is None:
        return None
    if context.country is None or not applies_in(document.country, context.country):
        return place_name(document.country)
    if document.regions and context.region not in document.regions:
        return ", ".join(document.regions)
    return None


@lru_cache(maxsize=64)
def _population_set(populations: tuple[str, ...]) -> frozenset[str]:
    """The populations of an entry (a field, if it has one) as a set: one set per combination, there are few."""
    return frozenset(populations)


def _synonym_table(groups: Iterable[SynonymGroup]) -> dict[str, tuple[str, ...]]:
    table: dict[str, tuple[str, ...]] = {}
    for group in groups:
        for term in group.terms:
            table[" ".join(words(term))] = group.terms
            table[" ".join(terms(term))] = group.terms
    return table


def _snippet(texts: tuple[str, ...], matched_terms: set[str]) -> str:
    for text in texts:
        for match in _WORD.finditer(text):
            if not matched_terms.isdisjoint(_stems_of_token(match.group())):
                return _cut(text, match.start())
    return _cut(texts[0], 0) if texts else ""


@lru_cache(maxsize=65536)
def _stems_of_token(token: str) -> frozenset[str]:
    """Every index term a word as written in a text can stand for (its stems in each language)."""
    return frozenset(stem for word in words(token) for stem in query_stems(word))


def _cut(text: str, position: int) -> str:
    start = max(0, position - _SNIPPET_RADIUS)
    end = min(len(text), position + _SNIPPET_RADIUS)
    snippet = " ".join(text[start:end].split())
    return ("…" if start > 0 else "") + snippet + ("…" if end < len(text) else "")
