"""Search over all content (pure Python, no Qt)."""

from screenaid.search.index import SearchHit, SearchIndex

__all__ = ["SearchHit", "SearchIndex"]
