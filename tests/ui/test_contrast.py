"""Contrast of what the app paints (WCAG 2.2 formula) and the response-pathway diagram's readability."""

from __future__ import annotations

import subprocess

import pytest
from PySide6.QtGui import QColor, QFontMetrics

from screenaid.ui.app_style import FOCUS_COLOUR, ensure_app_style
from screenaid.ui.contrast import contrast_checks, contrast_ratio
from tests.privacy.figures import show

from .test_atspi import REPO


def test_the_formula_gives_the_known_figures():
    assert contrast_ratio(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
    assert contrast_ratio(QColor("#767676"), QColor("#ffffff")) == pytest.approx(4.54, abs=0.01)
    assert contrast_ratio(QColor("#bebebe"), QColor("#efefef")) == pytest.approx(
        1.6, abs=0.05
    )  # the old grey


def test_every_colour_pair_the_app_paints_meets_its_minimum(qapp, capsys):
    ensure_app_style(qapp)
    assert qapp.palette().highlight().color() == QColor(FOCUS_COLOUR)
    checks = contrast_checks(qapp.palette())
    show(capsys, "Contrast (WCAG 2.2)", [check.line() for check in checks])
    assert len(checks) >= 20
    assert [check.line() for check in checks if not check.passes] == []
    assert {check.minimum for check in checks if "focus ring" in check.what} == {3.0}


def test_the_script_prints_the_same_figures():
    done = subprocess.run(
        ["bash", "scripts/check-contrast"], cwd=REPO, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "22 passed, 0 failed" in done.stdout


def test_diagram_labels_wrap_inside_their_boxes_instead_of_being_cut(qtbot, main_window):
    main_window.go_to("screen")
    diagram = main_window.page("screen").diagram
    for width in (320, 560):
        layout = diagram._layout(float(width))
        for planned in diagram._plan:
            rect = layout.steps[planned.step.id]
            inner = rect.width() - 12
            needed = diagram._text_height(diagram._bold(), planned.step.title, inner)
            assert needed < rect.height()
            one_line = QFontMetrics(diagram._bold()).horizontalAdvance(planned.step.title)
            if one_line > inner:  # a long title takes more than one line rather than an ellipsis
                assert needed > QFontMetrics(diagram._bold()).height()
