"""The fixed handout wording in each language, read from the bundled ``data/handout/`` files once their
signature is checked.

Two ways in, one cache: the app hands over the wording of the library it has already loaded and checked
(:func:`use_library_wording`, from the Refer page), so its first handout checks nothing a second time;
anywhere else (the command line, a script, a test), the first handout checks the signed data itself and
reads it as the app does (:func:`all_wording`): from the validated snapshot when every file is intact, so
it needs no pydantic (about 13 ms against about 37 ms to validate the wording files' YAML).
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING

from screenaid.content.common import pick_language
from screenaid.content.handout_text import HandoutText
from screenaid.content.loader import load_library  # every model kind: a handout needs them all loaded anyway
from screenaid.paths import bundled_data_dir

if TYPE_CHECKING:
    from screenaid.content import Library

WORDING_FOLDER = "handout"
"""The sub-folder of the bundled data holding one wording file per language."""

_offered: list[dict[str, HandoutText]] = []
"""The library's wording while :func:`use_library_wording` puts it into the cache (empty otherwise)."""


class HandoutWordingMissing(LookupError):
    """The bundled handout wording could not be read (a broken install)."""


@functools.cache
def all_wording() -> Mapping[str, HandoutText]:
    """Every language's wording, by language tag, from bytes that passed the bundled data's signature check:
    the signed manifest is checked in full (keys, rollback floor, clock) and each wording file against its
    hash in it, as the app checks its content. A wording file changed after signing is never printed: its
    language prints in English instead. Raises HandoutWordingMissing when no English wording passes."""
    if _offered:
        return _offered[0]
    return _checked_wording()


def _checked_wording() -> Mapping[str, HandoutText]:
    from screenaid.integrity.app_content import bundled_root, verify_bundled_tree

    verdict = verify_bundled_tree(bundled_data_dir())  # says what is wrong; does not raise for it
    if not verdict.trusted:
        raise HandoutWordingMissing(
            f"handout wording cannot be read: the bundled content was rejected: {verdict.reason}"
        )
    # An expired manifest still vouches for each file's bytes: expiry is about the referral list, and the
    # app shows its other content from an expired tree too. A changed file is left out, whatever it holds.
    result = load_library(bundled_root(verdict))
    wording = {entry.language: entry for entry in result.library.of(HandoutText)}
    if "en" not in wording:
        folder = f"{WORDING_FOLDER}/"
        bad = [why for name, why in verdict.bad_files if name.startswith(folder)]
        problems = [str(problem) for problem in result.problems if f"/{folder}" in f"/{problem.file}"]
        details = "; ".join([*bad, *problems])
        raise HandoutWordingMissing(
            f"handout wording cannot be read: {details or 'no English wording found'}"
        )
    return wording


def use_library_wording(library: Library) -> None:
    """Print the wording of the app's loaded ``library`` from now on: its bundled entries passed the same
    signature check when it was loaded (:func:`screenaid.integrity.app_content.load_app_content`), so the
    first handout does not check the data a second time. A library without English wording (its bundled
    content was rejected) changes nothing: the next handout then checks the files itself and says why."""
    from screenaid.content import Origin

    wording = {
        entry.language: entry
        for entry in library.of(HandoutText)
        if library.origins.get(entry.id) is Origin.BUNDLED
    }
    if "en" not in wording:
        return
    all_wording.cache_clear()
    _offered.append(wording)
    try:
        all_wording()  # cached from here on, until the next library is handed over
    finally:
        _offered.clear()


def wording_for(language: str) -> HandoutText:
    """The wording in ``language``, else in its base language, else in English."""
    return pick_language(all_wording(), language)
