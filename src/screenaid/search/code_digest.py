"""SHA-256 of the code that decides search's index terms (``screenaid.search.prepared.CODE``), compiled into
the program for a frozen bundle, which holds no sources.

Written by scripts/sign-bundled-resources with the content snapshot: do not edit.
"""

CODE_SHA256 = "28664562c0f9f123cc8033434865e59dbf94e09c70e68bc1471a4d7c31e26ef5"
