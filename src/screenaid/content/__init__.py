"""The knowledge base: a model for every kind of content, and the loader that validates data files.

The models are frozen stdlib dataclasses: pydantic validates what is read from files
(:mod:`screenaid.content.validation`), and a library read from the validated snapshot needs no pydantic.

Pure Python: nothing here may import Qt (checked by import-linter and by tests/test_architecture.py).

The names below load on first use, so that a module of this package that needs none of the models (the
validation rules the clinic settings use, :mod:`screenaid.content.constraints`; the bounded file reader) can
be imported without building every model class.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from screenaid.content.library import Library, Origin
    from screenaid.content.loader import ContentRoot, LoadResult, load_library
    from screenaid.content.problems import Problem

_HOMES = {
    "ContentRoot": "loader",
    "Library": "library",
    "LoadResult": "loader",
    "Origin": "library",
    "Problem": "problems",
    "load_library": "loader",
}
__all__ = ["ContentRoot", "Library", "LoadResult", "Origin", "Problem", "load_library"]


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(f"{__name__}.{home}"), name)
