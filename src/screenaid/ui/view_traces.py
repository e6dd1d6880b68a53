"""Forget what a page's widgets show of how they were used, for the idle wipe: selected text and scrolling.

Pages reset their widgets in place rather than making them again (issue 16: remade widgets leave freed heap
that glibc cannot hand back). A reused widget keeps two traces of what a clinician was reading that no model
state holds: text selected in a label (Qt clears it when the label loses focus, not when the window does, as
on a switch to another program) and where a list or text was scrolled to.
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractScrollArea, QLabel, QWidget


def forget_view_traces(root: QWidget) -> None:
    """No text selected in any label in ``root``, and every scroll area in it back at the start."""
    for label in root.findChildren(QLabel):
        if label.hasSelectedText():
            label.setSelection(0, 0)
    for area in root.findChildren(QAbstractScrollArea):
        for bar in (area.verticalScrollBar(), area.horizontalScrollBar()):
            bar.setValue(bar.minimum())
