"""Clear text selected in read-only labels, for the idle wipe.

A selection shows what a clinician was reading. Qt clears it when the label loses focus, but not when the
window does (a switch to another program), so the wipe must clear it where pages keep their widgets.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget


def clear_text_selections(root: QWidget) -> None:
    """No text selected in ``root`` or any label inside it, shown or hidden."""
    labels = root.findChildren(QLabel)
    if isinstance(root, QLabel):
        labels.append(root)
    for label in labels:
        if label.hasSelectedText():
            label.setSelection(0, 0)
