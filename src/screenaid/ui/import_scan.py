"""Spares PySide6's import hook the source scan of modules that cannot use PySide's ``__feature__`` switches.

PySide6 replaces ``builtins.__import__``. After every import it looks up the new module in its feature table
(``PySide6.support.feature.pyside_feature_dict``) and, for a name it has not seen, reads the module's whole
source file (``inspect.getsource``) to see whether it contains the word "PySide6": 0 if so, -1 if not. The
value only matters to a module that itself writes ``from __feature__ import snake_case`` (or
``true_property``); for every other module both values mean the same: no feature. ScreenAid never selects a
feature (a test keeps it so), so the answer for its own modules, interface included, and for a third-party
module (pydantic, email, …) changes nothing.

Reading those sources costs every start that runs from source files (a checkout, or a wheel installed with its
``.py`` files; a PyInstaller bundle has none, so the scan fails at once there): about 10 ms of the content
thread's CPU, and every file's lines stay in :mod:`linecache` until they are dropped. For the interface
modules imported before the first paint and with the shell, the cached lines were 1.8 MB of the loaded
figure (``benchmarks/bench_startup.py``).

:func:`skip_source_scan` keeps PySide's own check only for modules whose name mentions PySide, shiboken or
``__feature__``, and answers "no PySide" for every other module without reading it. :mod:`screenaid.ui`
installs it when it is first imported, before any interface module. When PySide6 has no such hook (another
version), nothing is changed.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

FEATURE_MODULE = "PySide6.support.feature"
_MARK = "_screenaid_skips_scan"
_CHECKED_PREFIXES = ("PySide", "shiboken", "__feature__")


def still_scanned(name: str) -> bool:
    """Whether PySide's own source scan still runs for the module ``name``."""
    return name.startswith(_CHECKED_PREFIXES) or "pyside" in name.lower()


def skip_source_scan() -> bool:
    """Install the shortcut (once per process); False when this PySide6 has no scan to shortcut."""
    feature = sys.modules.get(FEATURE_MODULE)
    scan: Callable[[ModuleType], bool] | None = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or not callable(scan):
        return False
    if getattr(scan, _MARK, False):
        return True

    def uses_pyside(module: ModuleType) -> bool:
        name = getattr(module, "__name__", None)
        if isinstance(name, str) and not still_scanned(name):
            return False
        return bool(scan(module))

    setattr(uses_pyside, _MARK, True)
    feature._mod_uses_pyside = uses_pyside  # type: ignore[attr-defined]
    return True
