"""Make Qt write nothing to disk: call :func:`apply_privacy_defaults` before ``QApplication`` exists.

Qt keeps its own state through ``QSettings`` even when an app never uses it (a file dialog writes
``QtProject.conf`` with recent folders). Pointing every settings format and scope at a path that cannot
be created makes those writes fail silently (``QSettings.status()`` returns ``AccessError``).
See docs in ../shared/reference/privacy-and-safety.md §3 for the checks behind this.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QCoreApplication, QSettings  # noqa: TID251 - the one place allowed

UNWRITABLE_SETTINGS_DIR = os.path.join(os.devnull, "screenaid-no-settings")
"""A folder inside the null device: no file can ever be created below it (Linux and macOS checked:
``/dev/null`` is not a directory). On Windows ``nul\\...`` is equally uncreatable, but that is unverified here."""
NO_SHADER_CACHE = ("QT_DISABLE_SHADER_DISK_CACHE", "1")
"""Qt's switch for its on-disk cache of compiled shader programs (OpenGL, Qt Quick). Qt Gui honours it beside
the ``Qt.ApplicationAttribute.AA_DisableShaderDiskCache`` attribute when it would first use the cache (its
messages "Shader cache disabled via app attribute" and "... via env var"), and Qt Quick reads it too.
The variable is used rather than the attribute because naming the attribute makes PySide build the Python
types of the whole ``Qt`` namespace (about 11 ms, before the first paint); it also reaches any Qt process the
app starts."""


def apply_privacy_defaults() -> None:
    """Redirect all Qt settings to nowhere and turn off Qt's disk caches. Must run before QApplication."""
    if QCoreApplication.instance() is not None:
        raise RuntimeError("apply_privacy_defaults() must run before the QApplication is created")
    sys.dont_write_bytecode = True  # no __pycache__ next to an installed copy
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for settings_format in (QSettings.Format.IniFormat, QSettings.Format.NativeFormat):
        for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
            QSettings.setPath(settings_format, scope, UNWRITABLE_SETTINGS_DIR)
    name, value = NO_SHADER_CACHE
    os.environ[name] = value
