"""Learn's idle wipe resets the first module's view in place when it is the one shown (issue 16: a new view
of the same module left freed heap behind at every wipe), and the view is then as a new one: self-checks
unanswered, no feedback, extra depth and case discussions folded."""

from __future__ import annotations

import weakref

from PySide6.QtWidgets import QLabel, QPushButton, QRadioButton

from screenaid.ui.pages.learn_page import LearnPage
from screenaid.ui.widgets.module_view import ModuleView


def _state(view: ModuleView) -> dict[str, object]:
    sections = [s for s in (view.more_depth, *view.case_discussions) if s is not None]
    return {
        "checked": [radio.isChecked() for radio in view.findChildren(QRadioButton)],
        "feedback": [check.feedback for check in view.self_checks],
        "expanded": [section.expanded for section in sections],
        "labels": [label.text() for label in view.findChildren(QLabel) if label.isVisibleTo(view)],
        "buttons": [(b.text(), b.isChecked()) for b in view.findChildren(QPushButton) if b.isVisibleTo(view)],
        "selected": [label.text() for label in view.findChildren(QLabel) if label.hasSelectedText()],
    }


def test_a_reset_on_the_first_module_keeps_its_view_and_forgets_what_was_done(qtbot, app_context):
    page = LearnPage(app_context)
    qtbot.addWidget(page)
    view = page.view
    assert isinstance(view, ModuleView)
    assert view.self_checks
    assert view.case_discussions
    assert view.more_depth is not None
    fresh = _state(view)
    view.self_checks[0].choose(0)
    view.self_checks[0].check_answer()
    view.self_checks[-1].check_answer()  # no answer picked: "pick an answer first"
    view.more_depth.set_expanded(True)
    view.case_discussions[0].set_expanded(True)
    view.findChildren(QLabel)[1].setSelection(0, 4)
    used = _state(view)
    assert used["feedback"] != fresh["feedback"]
    assert any(used["checked"])
    assert used["expanded"] != fresh["expanded"]
    assert used["selected"]
    kept = weakref.ref(view)
    page.reset()
    assert page.view is kept()
    assert _state(view) == fresh
    new = ModuleView(app_context.library.modules[0], app_context.library)
    qtbot.addWidget(new)
    assert _state(new) == fresh


def test_a_reset_on_another_module_shows_a_new_view_of_the_first(qtbot, app_context):
    page = LearnPage(app_context)
    qtbot.addWidget(page)
    first = page.view
    page.modules.setCurrentRow(1)
    assert isinstance(page.view, ModuleView)
    assert page.view.module is app_context.library.modules[1]
    page.reset()
    assert page.modules.currentRow() == 0
    assert isinstance(page.view, ModuleView)
    assert page.view.module is app_context.library.modules[0]
    assert page.view is not first
