"""Language fallback follows langcodes' closest match, then English."""

from __future__ import annotations

import pytest

from screenaid.content.common import pick_language


@pytest.mark.parametrize(
    ("wanted", "available", "expected"),
    [
        ("es", ("en", "es"), "es"),
        ("es-MX", ("en", "es"), "es"),
        ("nb", ("en", "no"), "no"),
        ("tl", ("en", "fil"), "fil"),
        ("zh-TW", ("en", "zh-Hans", "zh-Hant"), "zh-Hant"),
        ("zh-CN", ("en", "zh-Hans", "zh-Hant"), "zh-Hans"),
        ("fr-CA", ("en", "fr"), "fr"),
        ("de", ("en", "fr"), "en"),
        ("not a tag!", ("en", "fr"), "en"),
    ],
)
def test_closest_language_then_english(wanted: str, available: tuple[str, ...], expected: str) -> None:
    text = {tag: f"text in {tag}" for tag in available}
    assert pick_language(text, wanted) == f"text in {expected}"
