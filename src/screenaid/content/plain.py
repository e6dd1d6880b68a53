"""An entry as plain JSON-like data, without pydantic's serializer.

``entry.model_dump(mode="json")`` builds the model's serialization schema the first time it runs for each
class. The content models are declared with ``defer_build=True`` and the app reads its library from the
validated snapshot, so at run time no schema need ever be built; :func:`plain_data` gives the same result
(``tests/content/test_plain_data.py`` compares the two over all the data) by walking the fields.
"""

from __future__ import annotations

import datetime as dt
from enum import Enum
from typing import Any

from pydantic import BaseModel


def plain_data(value: Any) -> Any:
    """Models become dicts (fields in declaration order), enums their values, dates ISO text, tuples lists,
    URLs and anything else not JSON-like their text."""
    if isinstance(value, BaseModel):
        return {name: plain_data(field) for name, field in value.__dict__.items()}
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
