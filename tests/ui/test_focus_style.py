"""Every tick box and radio button a user can reach shows a solid focus ring and scales with text zoom
(``screenaid.ui.app_style``), including those made after their page: post-test questions, case choices,
checklist rows, filters. Checked at every stop of the walk through the whole interface."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QRadioButton, QWidget

import tests.ui.interface_walk as interface_walk
from screenaid.ui.app_style import ACCESSIBILITY_STYLE

MARK = ACCESSIBILITY_STYLE.strip().splitlines()[0]
"""The first line of the rules: present in every sheet that carries them."""


def test_every_reachable_tick_box_and_radio_button_has_the_focus_ring(main_window, monkeypatch) -> None:
    unstyled: dict[str, str] = {}
    """A control without the rules (its kind, text and parent), and the first stop it was seen at."""
    counted: list[int] = []
    read = interface_walk.read_window

    def read_and_check(window: QWidget, seen: interface_walk.Seen, stop: str) -> None:
        read(window, seen, stop)
        controls = [*window.findChildren(QRadioButton), *window.findChildren(QCheckBox)]
        shown = [control for control in controls if control.isVisible()]
        counted.append(len(shown))
        for control in shown:
            if MARK not in control.styleSheet():
                where = f"{type(control).__name__} {control.accessibleName() or control.text()!r}"
                unstyled.setdefault(f"{where} in {type(control.parent()).__name__}", stop)

    monkeypatch.setattr(interface_walk, "read_window", read_and_check)
    interface_walk.walk(main_window)
    assert sum(counted) > 100, "the walk reached the tick boxes and radio buttons"
    assert not unstyled, f"{len(unstyled)} without the focus ring, first: {sorted(unstyled.items())[:8]}"
