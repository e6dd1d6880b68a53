"""Readable labels for enumeration values shown in filters and headings ("money_debt" → "Money debt")."""

from __future__ import annotations

from enum import Enum


def enum_label(value: Enum | str) -> str:
    raw = value.value if isinstance(value, Enum) else value
    return str(raw).replace("_", " ").capitalize()
