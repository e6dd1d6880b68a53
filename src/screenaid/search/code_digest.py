"""SHA-256 of the code that decides search's index terms (``screenaid.search.prepared.CODE``), compiled into
the program for a frozen bundle, which holds no sources.

Written by scripts/sign-bundled-resources with the content snapshot: do not edit.
"""

CODE_SHA256 = "464f01d5fc3cde982e0770dc988159db1e3bbe528b3ce6201499ee64f554f8ea"
