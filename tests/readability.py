"""One way to measure how easy patient text is to read, for every test: textstat (pinned 0.7.8, offline).

English: the Flesch–Kincaid grade level (lower is easier). Spanish: the Fernández-Huerta reading ease, the
Flesch formula refitted for Spanish (higher is easier: 60–70 "normal" for adults, 70–80 "somewhat easy",
about grade 6, 80–90 "easy", per legible.es/blog/lecturabilidad-fernandez-huerta), counted
with Spanish syllables. Each language has its own textstat instance, so the language of one never leaks
into the other (``textstat.set_lang`` is global).
"""

from __future__ import annotations

from textstat.textstat import textstatistics

_ENGLISH = textstatistics()
_ENGLISH.set_lang("en_US")
_SPANISH = textstatistics()
_SPANISH.set_lang("es")


def english_grade(text: str) -> float:
    """Flesch–Kincaid grade level of English text."""
    return float(_ENGLISH.flesch_kincaid_grade(text))


def spanish_reading_ease(text: str) -> float:
    """Fernández-Huerta reading ease of Spanish text (higher is easier)."""
    return float(_SPANISH.fernandez_huerta(text))


def handout_wording_text(wording: object) -> str:
    """The printed strings of one language's handout wording as sentences, placeholders filled with words."""
    from screenaid.content.handout_text import HandoutText

    assert isinstance(wording, HandoutText)
    metadata = ("id", "language", "language_name", "direction", "translated_by", "native_speaker_reviewed")
    from screenaid.content.plain import plain_data

    printed = {k: v for k, v in plain_data(wording).items() if k not in {*metadata, "reviewed_by", "labels"}}
    strings = [*printed.values(), *wording.labels.values()]
    filled = (
        str(s).replace("{keyword}", "word").replace("{number}", "number").replace("{date}", "today")
        for s in strings
    )
    return ". ".join(filled) + "."
