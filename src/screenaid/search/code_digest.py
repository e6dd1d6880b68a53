"""SHA-256 of the code that decides search's index terms (``screenaid.search.prepared.CODE``), compiled into
the program for a frozen bundle, which holds no sources.

Written by scripts/sign-bundled-resources with the content snapshot: do not edit.
"""

CODE_SHA256 = "1f344343c3ba87794012c34766dcd140773673cc4c1d5e7e69896137fb4a6c5a"
