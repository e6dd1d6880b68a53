"""The Qt desktop shell: a thin layer of views over the pure-Python core. Qt is imported only here.

Importing it first spares PySide6's import hook the reading of every module's source
(:mod:`screenaid.ui.import_scan`), before any interface module is imported.
"""

import PySide6  # noqa: F401  # installs PySide6's import hook, which the next line shortcuts

from screenaid.ui.import_scan import skip_source_scan

skip_source_scan()
