"""The library as a clinician in one jurisdiction sees it.

Rules (also in docs/jurisdictions.md):

* An entry without ``jurisdictions`` is not tied to any law and is kept everywhere (indicators, prompts…).
* An entry with ``jurisdictions`` is kept only where one of its codes fits: the jurisdiction itself
  (``GB-SCT``), its country (``GB``), or ``ALL``.
* An entry and the entries that name it in ``variant_of`` form one group. In each group the best-fitting
  entry is shown, under the group's id (so links to it keep working): a region entry beats a country
  entry, which beats an ``ALL`` entry. So an entry for ``US`` applies in Texas unless a ``US-TX`` entry
  overrides it, and an ``ALL`` fallback ("No guidance for Scotland yet") shows only where nothing fits.
* Course sections with ``jurisdictions`` are kept only where they fit.
* ``{jurisdiction}`` in the text of a pathway step, question or note is replaced by the jurisdiction's
  name, so a fallback can say plainly where it has no guidance.
* Sources that no kept entry cites are left out.

Jurisdiction notes are looked up per topic with :func:`notes_by_topic`; a topic with no note gets the
plain :func:`no_guidance` sentence instead of another country's law.
"""

from __future__ import annotations

import weakref
from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from screenaid.content.common import ClinicalEntry, Record, Source
from screenaid.content.course import CourseModule
from screenaid.content.jurisdiction_models import JurisdictionNote, NoteTopic, ReferralSheet
from screenaid.content.jurisdictions import (
    NO_MATCH,
    jurisdiction_name,
    match_score,
    normalise_jurisdiction,
)
from screenaid.content.library import Library
from screenaid.content.references import references
from screenaid.content.screening_models import PathwayQuestion, PathwayStep

PLACEHOLDER = "{jurisdiction}"
_TEXT_FIELDS: dict[type[Record], tuple[str, ...]] = {
    PathwayStep: ("title", "detail"),
    PathwayQuestion: ("text", "help"),
    JurisdictionNote: ("title", "summary", "detail"),
}


def no_guidance(jurisdiction: str) -> str:
    """The sentence shown where ScreenAid has nothing for a jurisdiction."""
    return f"No guidance for {jurisdiction_name(jurisdiction)} yet — follow your local policy."


def missing_message(library: Library, jurisdiction: str, topic: NoteTopic) -> str:
    """What to say where ``topic`` has no note: the plain sentence, or, for a country whose regions each
    have their own (the UK's nations), which region to choose."""
    code = normalise_jurisdiction(jurisdiction)
    regions = regions_with_notes(library, code, topic)
    if regions:
        names = ", ".join(f"{jurisdiction_name(r)} ({r})" for r in regions)
        return (
            f"Guidance for {jurisdiction_name(code)} differs by region: choose one in the header "
            f"({names}), or ask IT to set the jurisdiction."
        )
    return no_guidance(code)


def regions_with_notes(library: Library, jurisdiction: str, topic: NoteTopic) -> list[str]:
    """For a country with no note on ``topic`` of its own: its regions that have one (the UK's nations)."""
    code = normalise_jurisdiction(jurisdiction)
    if "-" in code:
        return []
    return sorted(
        {
            j
            for n in library.of(JurisdictionNote)
            if n.topic is topic
            for j in n.jurisdictions
            if j.startswith(f"{code}-")
        }
    )


def _declared(entry: Record) -> tuple[str, ...] | None:
    """The entry's ``jurisdictions`` field, None for a kind without one."""
    declared: tuple[str, ...] | None = getattr(entry, "jurisdictions", None)
    return declared


def applies(entry: Record, jurisdiction: str) -> bool:
    """Whether ``entry`` may be shown in ``jurisdiction`` at all (before variants are compared)."""
    declared = _declared(entry)
    return declared is None or match_score(declared, jurisdiction) > NO_MATCH


def _score(entry: Record, jurisdiction: str) -> int:
    declared = _declared(entry)
    return 1 if declared is None else match_score(declared, jurisdiction)


def _group(entry: Record) -> str:
    return (entry.variant_of if isinstance(entry, ClinicalEntry) else None) or entry.id


_last_view: tuple[weakref.ref[Library], str, Library] | None = None
"""The last view made, by its library (weakly) and code: the app makes the configured view twice at every
start (the content thread for the search index, the window for its pages), from the same library object."""


def library_for_jurisdiction(library: Library, jurisdiction: str) -> Library:
    """A new Library holding what applies in ``jurisdiction`` (see the module's rules). Both are immutable,
    so the same library and code give the very view made last time, if it was the last one made."""
    global _last_view
    code = normalise_jurisdiction(jurisdiction)
    last = _last_view
    if last is not None and last[0]() is library and last[1] == code:
        return last[2]
    view = _view(library, code)
    _last_view = (weakref.ref(library), code, view)
    return view


def _view(library: Library, code: str) -> Library:
    name = jurisdiction_name(code)
    groups: dict[str, list[Record]] = {}
    for entry in library:
        groups.setdefault(_group(entry), []).append(entry)
    entries: dict[str, Record] = {}
    files: dict[str, str] = {}
    origins: dict[str, Any] = {}
    for group_id, members in groups.items():
        fitting = [m for m in members if _score(m, code) > NO_MATCH]
        if not fitting:
            continue
        # Best fit wins; on a tie the group's own entry comes first, then the others by id.
        best = fitting[0] if len(fitting) == 1 else max(fitting, key=lambda m: _rank(m, group_id, code))
        shown = _localised(best, group_id, code, name)
        entries[group_id] = shown
        files[group_id] = library.files.get(best.id, "")
        origins[group_id] = library.origins[best.id]
    cited = {
        target for entry in entries.values() for _, target, model in references(entry) if model is Source
    }
    for entry_id in [i for i, e in entries.items() if isinstance(e, Source) and i not in cited]:
        del entries[entry_id], files[entry_id], origins[entry_id]
    return Library(entries=entries, files=files, origins=origins, derived=library.derived)


def _rank(entry: Record, group_id: str, code: str) -> tuple[int, bool, tuple[int, ...]]:
    return _score(entry, code), entry.id == group_id, _negated(entry.id)


def _negated(text: str) -> tuple[int, ...]:
    return tuple(-ord(ch) for ch in text)


def _localised(entry: Record, group_id: str, code: str, name: str) -> Record:
    update: dict[str, Any] = {}
    if entry.id != group_id:
        update["id"] = group_id
    for field in _TEXT_FIELDS.get(type(entry), ()):
        value = getattr(entry, field)
        if isinstance(value, str) and PLACEHOLDER in value:
            update[field] = value.replace(PLACEHOLDER, name)
    if isinstance(entry, CourseModule):
        kept = tuple(
            s for s in entry.sections if s.jurisdictions is None or match_score(s.jurisdictions, code)
        )
        if len(kept) != len(entry.sections):
            update["sections"] = kept
    return replace(entry, **update) if update else entry


def notes_by_topic(library: Library, jurisdiction: str) -> dict[NoteTopic, tuple[JurisdictionNote, ...]]:
    """For each topic, the notes that fit ``jurisdiction`` best (an empty tuple where none fits).

    Works on a full or an already selected library: only the most specific notes of a topic are kept, so a
    US-TX note replaces the US notes of its topic in Texas.
    """
    code = normalise_jurisdiction(jurisdiction)
    result: dict[NoteTopic, tuple[JurisdictionNote, ...]] = {}
    for topic in NoteTopic:
        scored = [
            (match_score(n.jurisdictions, code), n) for n in library.of(JurisdictionNote) if n.topic is topic
        ]
        best = max((score for score, _ in scored), default=NO_MATCH)
        chosen = sorted((n for score, n in scored if score == best and best > NO_MATCH), key=lambda n: n.id)
        result[topic] = tuple(_localised(n, n.id, code, jurisdiction_name(code)) for n in chosen)  # type: ignore[misc]
    return result


def referral_sheets(library: Library, jurisdiction: str) -> tuple[ReferralSheet, ...]:
    """The blank referral preparation sheets for ``jurisdiction``, most specific first."""
    code = normalise_jurisdiction(jurisdiction)
    fitting = [(match_score(s.jurisdictions, code), s) for s in library.of(ReferralSheet)]
    return tuple(
        sheet for score, sheet in sorted(fitting, key=lambda p: (-p[0], p[1].id)) if score > NO_MATCH
    )


def not_covered(library: Library, jurisdiction: str) -> tuple[NoteTopic, ...]:
    """Topics for which ScreenAid has no note for ``jurisdiction`` (shown as :func:`no_guidance`)."""
    return tuple(topic for topic, notes in notes_by_topic(library, jurisdiction).items() if not notes)


def declared_everywhere(entries: Iterable[Record]) -> list[str]:
    """Ids of the given entries that do not declare their jurisdictions (for content checks)."""
    return [e.id for e in entries if _declared(e) is None]
