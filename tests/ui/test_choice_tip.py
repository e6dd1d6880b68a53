"""A combo box narrower than its current choice carries the whole choice in its tool tip, above its own tip,
and only while the choice is cut (screenaid.ui.choice_tip; checked on real screens by test_screen_fit.py)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from screenaid.ui.choice_tip import choice_is_cut, tip_cut_choice

LONG = "Toutes les populations, y compris les personnes migrantes"


def _combo(qtbot, own_tip: str = "") -> QComboBox:
    combo = QComboBox()
    qtbot.addWidget(combo)
    combo.addItems(["Tous", LONG])
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(6)
    combo.setToolTip(own_tip)
    tip_cut_choice(combo)
    combo.resize(140, combo.sizeHint().height())
    combo.show()
    qtbot.waitExposed(combo)
    return combo


def test_a_cut_choice_shows_whole_in_the_tool_tip_and_only_while_cut(qtbot):
    combo = _combo(qtbot)
    assert not choice_is_cut(combo)
    assert combo.toolTip() == ""
    combo.setCurrentIndex(1)
    assert choice_is_cut(combo)
    assert combo.toolTip() == LONG
    combo.resize(combo.fontMetrics().horizontalAdvance(LONG) + 80, combo.height())
    qtbot.waitUntil(lambda: not choice_is_cut(combo))
    assert combo.toolTip() == ""


def test_the_combo_boxs_own_tip_stays_under_the_choice(qtbot):
    combo = _combo(qtbot, own_tip="Filters the list.")
    assert combo.toolTip() == "Filters the list."
    combo.setCurrentIndex(1)
    assert combo.toolTip() == f"{LONG}\n\nFilters the list."
    combo.setCurrentIndex(0)
    assert combo.toolTip() == "Filters the list."
