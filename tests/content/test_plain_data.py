"""plain_data (used by search instead of model_dump, so no serialization schema is built at run time) gives
exactly what pydantic's own JSON-mode dump gives, for every entry of the bundled data."""

from __future__ import annotations

import datetime as dt
import json

from screenaid.content import load_library
from screenaid.content.common import Population
from screenaid.content.plain import plain_data
from tests.conftest import DATA_DIR


def test_plain_data_is_the_json_dump_of_every_entry() -> None:
    library = load_library(DATA_DIR).library
    assert len(library) > 500
    for entry in library:
        plain = plain_data(entry)
        assert plain == entry.model_dump(mode="json"), entry.id
        assert list(plain) == list(entry.model_dump(mode="json")), entry.id  # same field order
        json.dumps(plain)  # JSON-ready all the way down


def test_plain_values() -> None:
    assert plain_data({Population.ADULTS: (dt.date(2026, 1, 2), 1.5, True, None)}) == {
        "adults": ["2026-01-02", 1.5, True, None]
    }
    assert type(plain_data(Population.ADULTS)) is str
