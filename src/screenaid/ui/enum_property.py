"""Set a Qt property that takes one of the ``Qt`` namespace's enums by the value's name, before the first paint.

The first time Python code touches any enum of Qt's ``Qt`` namespace (``Qt.AlignmentFlag``, ``Qt.FocusPolicy``,
...), PySide builds the Python types of all of them, about 100 enums: some 11 ms, a third of what the app adds
to a bare window's first paint (benchmarks/bench_startup.py). The first frame's few such settings are made by
name instead, ``set_enum_property(label, "alignment", "AlignCenter")``: Qt's property system converts the name
itself. Everything after the first frame uses the enums as usual.
"""

from __future__ import annotations

from PySide6.QtCore import QObject


def set_enum_property(target: QObject, name: str, value: str) -> None:
    """Set ``target``'s Qt property ``name`` to the enum value named ``value``; a name Qt does not know raises."""
    if not target.setProperty(name, value):
        raise ValueError(f"{type(target).__name__} has no property {name!r} that takes {value!r}")
