"""Where ScreenAid's bundled files live: in a source checkout, an installed wheel or a frozen bundle."""

from __future__ import annotations

import sys
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def bundled_data_dir() -> Path:
    """The folder of bundled content (``data/`` in a checkout)."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    candidates = []
    if frozen_root:
        candidates.append(Path(frozen_root) / "data")
    candidates += [_PACKAGE_DIR / "data", _PACKAGE_DIR.parent.parent / "data"]
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    return candidates[-1]


def package_file(*parts: str) -> Path:
    """A file shipped inside the package (fonts, keys, icons)."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        frozen = Path(frozen_root, "screenaid", *parts)
        if frozen.exists():
            return frozen
    return _PACKAGE_DIR.joinpath(*parts)
