"""SHA-256 of the code that decides search's index terms (``screenaid.search.prepared.CODE``), compiled into
the program for a frozen bundle, which holds no sources.

Written by scripts/sign-bundled-resources with the content snapshot: do not edit.
"""

CODE_SHA256 = "470e1ce0adfb1829505b3704f8b3792a1e77015814de0bf8864fa10bf9153aa5"
