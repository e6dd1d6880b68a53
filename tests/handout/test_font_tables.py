"""The bundled fonts keep their per-glyph metrics and offsets as arrays of machine integers (issue 16: about
1.5 MB less for the two body fonts on every visit to Refer). The embedded subsets must not change: a handout
is rendered in two fresh processes, once with the tables as reportlab makes them and once compacted, in every
script the bundled fonts cover (Latin, Arabic, Korean and Chinese, which use the fallback fonts), and the PDFs
must be the same bytes."""

from __future__ import annotations

import hashlib

import pytest

from screenaid.handout import fonts

_RENDER = """
import datetime as dt, hashlib, sys
import screenaid.handout.fonts as fonts
from reportlab.pdfbase.ttfonts import TTFont
if sys.argv[1:] == ["plain"]:
    fonts._parsed = lambda name: TTFont(name, fonts.font_path(name), shapable=False)
from screenaid.handout import render_handout
from screenaid.integrity.app_content import load_app_content
resources = load_app_content(country="US").result.library.resources[:8]
for language in ("en", "ar", "ko", "zh"):
    pdf = render_handout(resources, language=language, layout="cards", title_style="plain", paper="letter",
                         verified_on=dt.date(2026, 11, 2))
    print(language, hashlib.sha256(pdf).hexdigest())
"""


def _digests(kind: str) -> str:
    import subprocess
    import sys

    return subprocess.run(
        [sys.executable, "-c", _RENDER, kind], capture_output=True, text=True, check=True, timeout=120
    ).stdout


def test_compact_tables_embed_the_same_subsets_as_reportlabs_own():
    compact = _digests("compact")
    assert len(compact.splitlines()) == 4
    assert compact == _digests("plain")


def test_the_compact_tables_hold_the_same_values():
    from reportlab.pdfbase.ttfonts import TTFont

    parsed = fonts._parsed(fonts.BODY_FONT).face
    own = TTFont(fonts.BODY_FONT, fonts.font_path(fonts.BODY_FONT), shapable=False).face
    assert len(parsed.hmetrics) == len(own.hmetrics) > 6000
    # reportlab's subsetting reads int() of both values (its parser stores some widths already scaled)
    as_read = [(int(width), int(bearing)) for width, bearing in own.hmetrics]
    assert [parsed.hmetrics[i] for i in range(len(own.hmetrics))] == as_read
    assert parsed.hmetrics[-3:] == as_read[-3:]
    assert list(parsed.glyphPos) == own.glyphPos
    assert hashlib.sha256(bytes(parsed._ttf_data)).digest() == hashlib.sha256(bytes(own._ttf_data)).digest()
    with pytest.raises(IndexError):
        parsed.hmetrics[len(own.hmetrics)]
