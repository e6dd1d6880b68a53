"""The short human label of any content entry, for links and lists."""

from __future__ import annotations

from typing import Any


def entry_title(entry: Any) -> str:
    for field in ("title", "name", "text"):
        value = getattr(entry, field, None)
        if isinstance(value, str) and value:
            return value
    code = getattr(entry, "code", None)
    if isinstance(code, str):
        return f"{code} {getattr(entry, 'descriptor', '')}".strip()
    return str(getattr(entry, "id", entry))
