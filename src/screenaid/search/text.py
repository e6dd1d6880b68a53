"""Text normalisation for search: case and accents folded, Snowball stems per language, Chinese bigrams.

* Folding lower-cases and strips diacritics (also Vietnamese đ), so "hộ chiếu" and "ho chieu", "niña" and
  "nina", "précarité" and "precarite" give the same words.
* Stemming uses the Snowball algorithms (the ``snowballstemmer`` package) for every content language Snowball
  covers. Text is stemmed in its own language; a query, whose language is unknown, is stemmed in each of
  them, and each stem that occurs in the index counts.
* Han text has no spaces: a run of Han characters becomes its overlapping two-character pairs (character
  bigrams, as Lucene's CJK analyser does), so 护照 or 人口贩卖 match inside a sentence.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import snowballstemmer

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f]+")

SNOWBALL_LANGUAGES: dict[str, str] = {
    "en": "english",
    "es": "spanish",
    "fr": "french",
    "pt": "portuguese",
    "ru": "russian",
    "ar": "arabic",
}
"""Content languages with a Snowball stemmer. Ukrainian, Haitian Creole, Filipino, Korean, Vietnamese and
Chinese have none: their words are matched folded but unstemmed (Vietnamese and Chinese do not inflect)."""

_STEMMERS = {lang: snowballstemmer.stemmer(name) for lang, name in SNOWBALL_LANGUAGES.items()}
_NOT_FOLDED_BY_NFKD = str.maketrans({"đ": "d", "ð": "d", "ø": "o", "ł": "l", "ß": "ss", "æ": "ae", "œ": "oe"})


def fold(text: str) -> str:
    """Lower-case and strip accents: 'Trata de Niñas' → 'trata de ninas', 'Đường' → 'duong'."""
    if text.isascii():
        return text.lower()  # most of the content: nothing to decompose
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_NOT_FOLDED_BY_NFKD))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=65536)
def stem(word: str, lang: str = "en") -> str:
    """The Snowball stem of a folded word in ``lang`` (the word itself for a language Snowball lacks)."""
    stemmer = _STEMMERS.get(lang.split("-")[0])
    if stemmer is None or len(word) < 3 or word.isdigit():
        return word
    # Stemmed again until it settles: folding removed the accents some rules look for ("forcee" → "force"
    # → "forc", as "forcée" → "forc"), and this makes a query without accents meet text with them.
    for _ in range(3):
        shorter = str(stemmer.stemWord(word))
        if shorter == word or len(shorter) < 3:
            break
        word = shorter
    return word


@lru_cache(maxsize=16384)
def query_stems(word: str) -> tuple[str, ...]:
    """A query word's stems in every Snowball language, and the word itself, English first, no repeats."""
    found = [stem(word, lang) for lang in SNOWBALL_LANGUAGES]
    found.append(word)
    return tuple(dict.fromkeys(found))


def _split_han(word: str) -> list[str]:
    if not _HAN.search(word):
        return [word]
    pieces: list[str] = []
    position = 0
    for run in _HAN.finditer(word):
        if run.start() > position:
            pieces.append(word[position : run.start()])
        han = run.group()
        pieces.extend([han] if len(han) == 1 else [han[i : i + 2] for i in range(len(han) - 1)])
        position = run.end()
    if position < len(word):
        pieces.append(word[position:])
    return pieces


def words(text: str) -> list[str]:
    """Folded words of ``text``, in order; Han runs as their character bigrams."""
    folded = fold(text)
    found: list[str] = _WORD.findall(folded)
    if folded.isascii() or not _HAN.search(folded):
        return found
    return [piece for word in found for piece in _split_han(word)]


def terms(text: str, lang: str = "en") -> list[str]:
    """Folded words of ``text`` stemmed in its language ``lang``, in order."""
    return [stem(word, lang) for word in words(text)]
