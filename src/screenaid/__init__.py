"""ScreenAid: recognise and respond to human trafficking at the point of care."""

import os
import sys

__version__ = "0.1.0"

# ScreenAid uses no pydantic plugins. Without this, pydantic looks for them in the entry points of every
# installed distribution when it builds its first schema (about 5 ms), and any it found would see every value
# validated (settings, content). This is the documented switch; a value set outside wins. Set here, before any
# module of the app can import pydantic (it reads the variable once, at its first schema).
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")

# No OpenSSL in ScreenAid's processes: the app opens no network connection, and its signatures and SHA-256
# come from libsodium (content/digest.py). reportlab imports hashlib for the MD5 of its PDF document ids, and
# hashlib then loads the system's OpenSSL (about 3.4 MB on the first visit to Refer). With its OpenSSL part
# marked missing, hashlib uses Python's own MD5, which gives the same digests (tests/handout/
# test_without_openssl.py), as it always did in the bundle, which leaves `_hashlib` and OpenSSL out
# (packaging/screenaid.spec). Set before any module of the app can import hashlib; a process that imported
# hashlib first (a test runner) keeps the one it has.
if "hashlib" not in sys.modules:
    sys.modules.setdefault("_hashlib", None)  # type: ignore[arg-type]
