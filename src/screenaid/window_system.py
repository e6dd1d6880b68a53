"""Can this machine open the app's window? A check for ``screenaid selftest`` that needs no display.

Qt finds the desktop through a platform plug-in: ``xcb`` for X11 (and XWayland), ``wayland`` for a native
Wayland session. Each plug-in needs system libraries that a bare install may lack (since Qt 6.5 the X11
plug-in needs ``libxcb-cursor0``); without them the app cannot open its window, and the only sign is Qt's
message on standard error at launch. Loading the plug-in file with the system's dynamic loader, as Qt would,
names the missing library without opening a window, so clinic IT can run the check over SSH. Nothing of Qt
is imported here: the plug-ins are found on disk next to the installed PySide6.
"""

from __future__ import annotations

import ctypes
import importlib.util
import sys
from dataclasses import dataclass
from pathlib import Path

REQUIRED = "xcb"
"""The plug-in the app cannot do without on Linux: X11 desktops and, through XWayland, Wayland ones."""
OPTIONAL = ("wayland",)
"""Used on a native Wayland session when it loads; Qt falls back to ``xcb`` when it does not."""
USE = {REQUIRED: " (X11 and XWayland desktops)"}


@dataclass(frozen=True, slots=True)
class PluginCheck:
    name: str
    path: Path | None
    error: str | None
    """Why the plug-in cannot load (the loader's own message names the missing library), or None."""

    @property
    def ok(self) -> bool:
        return self.path is not None and self.error is None


def platform_plugin_dir() -> Path | None:
    """Where the installed PySide6 keeps Qt's platform plug-ins (in a bundle too), without importing it."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    for location in spec.submodule_search_locations:
        folder = Path(location) / "Qt" / "plugins" / "platforms"
        if folder.is_dir():
            return folder
    return None


def check_plugin(name: str, folder: Path | None) -> PluginCheck:
    """Load ``libq<name>.so`` from ``folder`` with the dynamic loader; never raises."""
    path = None if folder is None else folder / f"libq{name}.so"
    if path is None or not path.is_file():
        return PluginCheck(name, None, "the plug-in is not installed")
    try:
        ctypes.CDLL(str(path), mode=getattr(ctypes, "RTLD_LOCAL", 0))
    except OSError as error:
        return PluginCheck(name, path, str(error))
    return PluginCheck(name, path, None)


def window_system_report(folder: Path | None = None) -> tuple[list[str], list[str]]:
    """(lines to print, failures) for the self-test: the required plug-in must load, the others may not."""
    if not sys.platform.startswith("linux"):
        return [f"window: not checked on {sys.platform}"], []
    folder = folder if folder is not None else platform_plugin_dir()
    lines: list[str] = []
    failures: list[str] = []
    for name in (REQUIRED, *OPTIONAL):
        check = check_plugin(name, folder)
        if check.ok:
            lines.append(f"window: the {name} platform plug-in loads" + (USE.get(name) or ""))
        elif name == REQUIRED:
            failures.append(
                f"window: the {name} platform plug-in cannot load, so the app cannot open its window: "
                f"{check.error} (install the system package that provides the library named; on Debian and "
                "Ubuntu the .deb's dependencies list them)"
            )
        else:
            lines.append(
                f"window: the {name} platform plug-in does not load ({check.error}); {REQUIRED} is used"
            )
    return lines, failures
