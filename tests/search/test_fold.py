"""fold() takes a shortcut for ASCII text (most of the content): it must give what the full path gives."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from screenaid.search.text import _NOT_FOLDED_BY_NFKD, fold


def full_fold(text: str) -> str:
    """The full path: case-fold, map the letters NFKD does not decompose (Vietnamese đ), decompose, strip marks."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_NOT_FOLDED_BY_NFKD))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@given(st.text(alphabet=st.characters(max_codepoint=127)))
def test_the_ascii_shortcut_folds_as_the_full_path_does(text):
    assert fold(text) == full_fold(text)


@given(st.text())
def test_any_text_folds_as_the_full_path_does(text):
    assert fold(text) == full_fold(text)


def test_accents_and_case_are_folded():
    assert fold("Trata de Niñas") == "trata de ninas"
    assert fold("STRASSE") == "strasse"
