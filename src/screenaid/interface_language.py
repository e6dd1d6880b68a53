"""The clinic's ``interface_language`` setting, read before the window exists.

The interface must be in its language before the first widget is made, but loading all the settings (and, when
a file or variable sets values, pydantic and the ISO tables that check them) is work that first paint cannot wait
for. This module
reads only that one setting, with the same files, variable and precedence as :mod:`screenaid.config.loading`
(the machine-wide file over ``SCREENAID_INTERFACE_LANGUAGE`` over the file ``SCREENAID_CONFIG`` names), and the
same reading of a value; ``tests/ui/test_interface_language.py`` checks that the two agree. An invalid value is
ignored here (the weaker layer applies, as there) and reported by the full load, in the notice banner.
Pure Python, standard library only; it never writes anything.
"""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Sequence
from pathlib import Path

INTERFACE_LANGUAGES = ("en", "es", "fr")
SETTING = "interface_language"
VARIABLE = "SCREENAID_INTERFACE_LANGUAGE"
MAX_BYTES = 100_000
"""As ``screenaid.config.loading.MAX_CONFIG_BYTES``: a bigger file is refused there too."""


def interface_language_of(value: object) -> str | None:
    """``"es"`` for ``"es"``, ``"ES-mx"`` or ``"es_MX"``; None for anything that is not en, es or fr."""
    if not isinstance(value, str):
        return None
    primary = value.strip().replace("_", "-").split("-")[0].lower()
    return primary if primary in INTERFACE_LANGUAGES else None


def configured_interface_language(machine_dirs: Sequence[Path] | None = None) -> str | None:
    """The setting as the clinic's layers give it (None: not set, or set only to invalid values)."""
    value = None
    explicit = os.environ.get("SCREENAID_CONFIG", "").strip()
    if explicit:
        value = _from_file(Path(explicit)) or value
    variable = next((v for k, v in os.environ.items() if k.upper() == VARIABLE and v), None)
    value = interface_language_of(variable) or value
    for folder in _machine_dirs() if machine_dirs is None else machine_dirs:
        path = folder / "config.toml"
        if _is_file(path):
            value = _from_file(path) or value
            break
    return value


def _machine_dirs() -> Sequence[Path]:
    loading = sys.modules.get("screenaid.config.loading")
    if loading is not None:  # already loaded (tests): the one place that knows, test override included
        return loading.machine_config_dirs()  # type: ignore[no-any-return]
    if sys.platform in ("win32", "darwin"):
        import platformdirs

        return (Path(platformdirs.site_config_dir("ScreenAid", appauthor=False)),)
    return (Path("/etc/xdg/screenaid"),)


def _is_file(path: Path) -> bool:
    try:
        return path.exists()
    except (OSError, ValueError):
        return False


def _from_file(path: Path) -> str | None:
    try:
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOFOLLOW", 0))
    except (OSError, ValueError):
        return None
    try:
        if not stat.S_ISREG(os.fstat(descriptor).st_mode):
            return None
        raw = os.read(descriptor, MAX_BYTES + 1)
    except OSError:
        return None
    finally:
        os.close(descriptor)
    if len(raw) > MAX_BYTES:
        return None
    import tomllib  # only when there is a file: not every start pays for the TOML parser

    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError, RecursionError):
        return None
    return interface_language_of(data.get(SETTING))
