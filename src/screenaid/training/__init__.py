"""Training mode, pure Python: reading times, the post-test and the certificate of completion.

Nothing here may import Qt (import-linter). Nothing here stores anything: a post-test attempt lives in memory
and the certificate is PDF bytes in memory.
"""
