"""Search over all content (pure Python, no Qt).

``SearchIndex`` and ``SearchHit`` load on first use: the window imports ``screenaid.search.context`` before
its first paint, and the index pulls in the whole content model (about 200 ms), which can wait.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from screenaid.search.index import SearchHit, SearchIndex

__all__ = ["SearchHit", "SearchIndex"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from screenaid.search import index

        return getattr(index, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
