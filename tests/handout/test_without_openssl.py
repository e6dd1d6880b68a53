"""ScreenAid's processes load no OpenSSL (issue 16: about 3.4 MB on the first visit to Refer). reportlab's MD5
for PDF document ids comes from Python's own implementation, marked in ``screenaid/__init__.py``; the handouts
must be the same bytes as with OpenSSL's."""

from __future__ import annotations

import subprocess
import sys

_RENDER = """
import sys
if sys.argv[1] == "openssl":
    import hashlib  # before screenaid: this process keeps hashlib's OpenSSL part
import datetime as dt
import screenaid
from screenaid.handout import render_handout
from screenaid.integrity.app_content import load_app_content
import hashlib
resources = load_app_content(country="US").result.library.resources[:8]
pdfs = b"".join(
    render_handout(resources, language=language, layout=layout, title_style="plain", paper="letter",
                   verified_on=dt.date(2026, 11, 2))
    for language in ("en", "es") for layout in ("page", "cards")
)
print(sys.modules.get("_hashlib") is not None, "ssl" in sys.modules, hashlib.md5(b"abc").hexdigest(),
      hashlib.sha256(pdfs).hexdigest())
"""


def _run(kind: str) -> list[str]:
    done = subprocess.run(
        [sys.executable, "-c", _RENDER, kind], capture_output=True, text=True, check=True, timeout=120
    )
    return done.stdout.split()


def test_handouts_are_made_without_openssl_and_are_the_same_bytes_as_with_it():
    without = _run("plain")
    with_openssl = _run("openssl")
    assert without[:3] == ["False", "False", "900150983cd24fb0d6963f7d28e17f72"]  # RFC 1321's "abc"
    assert with_openssl[:2] == ["True", "False"]
    assert without[3] == with_openssl[3]
