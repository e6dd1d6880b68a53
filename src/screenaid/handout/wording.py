"""The fixed handout wording in each language, read from the bundled ``data/handout/`` files once their
signature is checked."""

from __future__ import annotations

import functools
from collections.abc import Mapping

from screenaid.content.common import pick_language
from screenaid.content.handout_text import HandoutText
from screenaid.paths import bundled_data_dir


class HandoutWordingMissing(LookupError):
    """The bundled handout wording could not be read (a broken install)."""


@functools.cache
def all_wording() -> Mapping[str, HandoutText]:
    """Every language's wording, by language tag, loaded the way the app loads its content (signature
    checked, from the signed snapshot when it is current): a wording file changed after signing is never
    printed, and its language prints in English instead. Raises HandoutWordingMissing when no English wording
    passes."""
    from screenaid.integrity.app_content import load_app_content

    content = load_app_content(country="US", data_dir=bundled_data_dir())  # wording is the same everywhere
    wording = {entry.language: entry for entry in content.result.library.of(HandoutText)}
    if "en" not in wording:
        details = "; ".join([*content.notices, *(str(problem) for problem in content.result.problems)])
        raise HandoutWordingMissing(
            f"handout wording cannot be read: {details or 'no English wording found'}"
        )
    return wording


def wording_for(language: str) -> HandoutText:
    """The wording in ``language``, else in its base language, else in English."""
    return pick_language(all_wording(), language)
