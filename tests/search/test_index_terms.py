"""The index takes each text's terms in one pass (negated terms only where a negation cue occurs): the
terms must be exactly those of the plain definition, stemmed words then negated terms, for every text of
every entry, so the faster build ranks exactly as before."""

from __future__ import annotations

from screenaid.content import LoadResult
from screenaid.search.negation import NEGATED, negated_terms
from screenaid.search.terms import UNSEARCHED as _UNSEARCHED
from screenaid.search.terms import text_terms as _text_terms
from screenaid.search.terms import weighted_texts as _weighted_texts
from screenaid.search.text import terms


def test_every_text_gets_the_terms_of_the_plain_definition(bundled: LoadResult) -> None:
    checked = negated = 0
    for entry in bundled.library:
        if isinstance(entry, _UNSEARCHED):
            continue
        for text, _weight, lang in _weighted_texts(entry):
            expected = [*terms(text, lang), *negated_terms(text)]
            assert _text_terms(text, lang) == expected, (entry.id, text[:60])
            checked += 1
            negated += any(term.startswith(NEGATED) for term in expected)
    assert checked > 1000
    assert negated > 10  # the data does have negations ("do not contact police"): the shortcut is exercised


def test_negation_cues_anywhere_in_a_text_are_found() -> None:
    text = "Stay calm. Do not contact police; without consent, never share (the record)."
    assert _text_terms(text, "en") == [*terms(text, "en"), *negated_terms(text)]
    assert _text_terms("Plain words only", "en") == terms("Plain words only", "en")
