"""An entry as plain JSON-like data: what ``screenaid dump``, search and the tests read.

It gives what pydantic's JSON-mode dump of the same models gave (``tests/content/test_plain_data.py`` checks
it over all the data against pydantic's own serializer), by walking the dataclass fields, so no pydantic is
needed to read or search a library loaded from its snapshot.
"""

from __future__ import annotations

import datetime as dt
from enum import Enum
from typing import Any

from screenaid.content.common import field_names


def plain_data(value: Any) -> Any:
    """Models become dicts (fields in declaration order), enums their values, dates ISO text, tuples lists,
    anything else not JSON-like its text."""
    if hasattr(type(value), "__dataclass_fields__"):
        return {name: plain_data(getattr(value, name)) for name in field_names(type(value))}
    if isinstance(value, Enum):
        return value.value
    if value is None or isinstance(value, str | int | float):
        return value
    if isinstance(value, dict):
        return {plain_data(key): plain_data(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [plain_data(item) for item in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)
