"""The fixed handout wording in each language, read from the bundled ``data/handout/`` files."""

from __future__ import annotations

import functools
from collections.abc import Mapping

from screenaid.content import ContentRoot, Origin, load_library
from screenaid.content.common import pick_language
from screenaid.content.handout_text import HandoutText
from screenaid.paths import bundled_data_dir


class HandoutWordingMissing(LookupError):
    """The bundled handout wording could not be read (a broken install)."""


@functools.cache
def all_wording() -> Mapping[str, HandoutText]:
    """Every language's wording, by language tag."""
    result = load_library(ContentRoot(bundled_data_dir() / "handout", Origin.BUNDLED))
    wording = {entry.language: entry for entry in result.library.of(HandoutText)}
    if "en" not in wording:
        details = "; ".join(str(problem) for problem in result.problems) or "no English wording found"
        raise HandoutWordingMissing(f"handout wording cannot be read: {details}")
    return wording


def wording_for(language: str) -> HandoutText:
    """The wording in ``language``, else in its base language, else in English."""
    return pick_language(all_wording(), language)
