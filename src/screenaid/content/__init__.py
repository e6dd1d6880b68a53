"""The knowledge base: a model for every kind of content, and the loader that validates data files.

The models are frozen stdlib dataclasses: pydantic validates what is read from files
(:mod:`screenaid.content.validation`), and a library read from the validated snapshot needs no pydantic.

Pure Python: nothing here may import Qt (checked by import-linter and by tests/test_architecture.py).
"""

from screenaid.content.library import Library, Origin
from screenaid.content.loader import ContentRoot, LoadResult, load_library
from screenaid.content.problems import Problem

__all__ = ["ContentRoot", "Library", "LoadResult", "Origin", "Problem", "load_library"]
