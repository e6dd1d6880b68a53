"""plain_data (used by search and ``screenaid dump``, so reading a library needs no pydantic) gives exactly
what pydantic's own JSON-mode serializer gives for the same models, for every entry of the bundled data."""

from __future__ import annotations

import datetime as dt
import json

from pydantic import TypeAdapter

from screenaid.content import load_library
from screenaid.content.common import Population
from screenaid.content.plain import plain_data
from tests.conftest import DATA_DIR


def test_plain_data_is_the_json_dump_of_every_entry() -> None:
    library = load_library(DATA_DIR).library
    assert len(library) > 500
    adapters: dict[type, TypeAdapter[object]] = {}
    for entry in library:
        plain = plain_data(entry)
        adapter = adapters.setdefault(type(entry), TypeAdapter(type(entry)))
        dumped = adapter.dump_python(entry, mode="json")
        assert plain == dumped, entry.id
        assert list(plain) == list(dumped), entry.id  # same field order
        json.dumps(plain)  # JSON-ready all the way down


def test_plain_values() -> None:
    assert plain_data({Population.ADULTS: (dt.date(2026, 1, 2), 1.5, True, None)}) == {
        "adults": ["2026-01-02", 1.5, True, None]
    }
    assert type(plain_data(Population.ADULTS)) is str
