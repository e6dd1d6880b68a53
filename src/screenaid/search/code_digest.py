"""SHA-256 of the code that decides search's index terms (``screenaid.search.prepared.CODE``), compiled into
the program for a frozen bundle, which holds no sources.

Written by scripts/sign-bundled-resources with the content snapshot: do not edit.
"""

CODE_SHA256 = "13bbb7c15189f42c52d27aa311054f53ded7b59f7a0eb8f0f690c1e3e695c160"
