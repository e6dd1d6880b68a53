"""Turning resource ids into resources for a handout."""

from __future__ import annotations

from collections.abc import Iterable

from screenaid.content import Library
from screenaid.content.resources import Resource


def chosen_resources(library: Library, ids: Iterable[str]) -> tuple[list[Resource], list[str]]:
    """The resources named by ``ids`` in the given order (each once), and the ids that name none."""
    found: list[Resource] = []
    unknown: list[str] = []
    for entry_id in dict.fromkeys(ids):
        resource = library.get_as(entry_id, Resource)
        if resource is None:
            unknown.append(entry_id)
        else:
            found.append(resource)
    return found, unknown
