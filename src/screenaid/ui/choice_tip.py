"""A combo box narrower than its current choice shows the choice in full in its tool tip.

Combo boxes may be narrower than their longest choice so that, at 200 % text on a 1280-pixel screen, a page
does not grow wider than the screen; Spanish and French choices are longer still. The open list shows every
choice whole, and a screen reader reads the whole current choice as the combo box's value; the tool tip gives
a mouse user the whole choice too, above the combo box's own tip (if it has one), only while it is cut.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox


def choice_is_cut(combo: QComboBox) -> bool:
    """The current choice is wider than the field of ``combo`` that shows it."""
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    return combo.fontMetrics().horizontalAdvance(combo.currentText()) > field.width()


class ChoiceTip(QObject):
    """Keeps ``combo``'s tool tip up to date; set the combo box's own tip before making one."""

    def __init__(self, combo: QComboBox) -> None:
        super().__init__(combo)
        self._combo = combo
        self._own = combo.toolTip()
        combo.installEventFilter(self)
        combo.currentIndexChanged.connect(self.update)
        self.update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.update()
        return False

    def update(self) -> None:
        choice = self._combo.currentText()
        tip = self._own
        if choice and choice_is_cut(self._combo):
            tip = f"{choice}\n\n{self._own}" if self._own else choice
        if tip != self._combo.toolTip():
            self._combo.setToolTip(tip)


def tip_cut_choice(*combos: QComboBox) -> None:
    """Give each of ``combos`` a :class:`ChoiceTip` (it lives as long as its combo box)."""
    for combo in combos:
        ChoiceTip(combo)
