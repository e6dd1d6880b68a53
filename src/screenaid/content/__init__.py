"""The knowledge base: pydantic models for every kind of content, and the loader that validates data files.

Pure Python: nothing here may import Qt (checked by import-linter and by tests/test_architecture.py).
"""

from screenaid.content.library import Library, Origin
from screenaid.content.loader import ContentRoot, LoadResult, load_library
from screenaid.content.problems import Problem

__all__ = ["ContentRoot", "Library", "LoadResult", "Origin", "Problem", "load_library"]
