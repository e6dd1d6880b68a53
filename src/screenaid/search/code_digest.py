"""SHA-256 of the code that decides search's index terms (``screenaid.search.prepared.CODE``), compiled into
the program for a frozen bundle, which holds no sources.

Written by scripts/sign-bundled-resources with the content snapshot: do not edit.
"""

CODE_SHA256 = "225bfaa0d1e05ba56ea8d7889151f9b06da296b6e5e46451a47a4741e4c62336"
