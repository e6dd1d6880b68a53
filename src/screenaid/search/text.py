"""Text normalisation for search: accents folded, case folded, light stemming for English and Spanish."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_WORD = re.compile(r"[^\W_]+", re.UNICODE)

# Suffixes removed by the light stemmer, longest first. Applied once, only to words of 5+ letters,
# so "trafficking" → "traffick", "debts" → "debt", "documentos" → "document".
_SUFFIXES = ("ations", "ation", "ings", "ing", "edly", "ed", "es", "s", "os", "as", "o", "a")
_MIN_STEM = 4


def fold(text: str) -> str:
    """Lower-case and strip accents: 'Trata de Niñas' → 'trata de ninas'."""
    if text.isascii():  # most of the content: NFKD leaves ASCII as it is and it has no accents to strip
        return text.casefold()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=8192)
def stem(word: str) -> str:
    if len(word) < _MIN_STEM + 1 or word.isdigit():
        return word
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= _MIN_STEM:
            return word[: -len(suffix)]
    return word


def words(text: str) -> list[str]:
    """Folded words of ``text``, in order."""
    return _WORD.findall(fold(text))


def terms(text: str) -> list[str]:
    """Folded, stemmed words of ``text``, in order."""
    return [stem(word) for word in words(text)]
