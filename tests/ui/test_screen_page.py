"""The Screen place driven through its real widgets: check items, answer questions, watch the pathway."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QAbstractButton, QComboBox

from screenaid.config import ClinicConfig
from screenaid.content.common import Population
from screenaid.content.screening_models import Instrument
from screenaid.content.validation import validated
from screenaid.screening import StepStatus
from screenaid.ui.context import AppContext
from screenaid.ui.pages.screen_page import ScreenPage
from screenaid.ui.private_clipboard import PrivateClipboard
from screenaid.ui.screening_session import ScreeningSession
from tests.screening.conftest import CLINICAL, TEMPLATE, library_of, small_entries

INSTRUMENT = validated(
    Instrument,
    dict(
        id="ins-test",
        name="Test Screening Tool",
        short_name="TST",
        developer="Test developers",
        year=2020,
        population="Adults seen in an emergency department.",
        setting="Emergency department.",
        items=6,
        administration="Asked by a clinician in about five minutes.",
        topics=("work", "movement"),
        cutoff="One or more positive answers.",
        validated=True,
        performance=({"metric": "sensitivity", "value": 0.9, "context": "Study sample of 100 adults."},),
        limits=("Small single-site sample.",),
        **CLINICAL,
    ),
)


@pytest.fixture
def context(qtbot):
    library = library_of(*small_entries(), TEMPLATE, INSTRUMENT)
    clipboard = PrivateClipboard()
    yield AppContext(library, ClinicConfig(), ScreeningSession(), clipboard)
    clipboard.clear_if_ours()


@pytest.fixture
def page(qtbot, context):
    widget = ScreenPage(context)
    qtbot.addWidget(widget)
    widget.resize(1100, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def check_with_keyboard(qtbot, page, indicator_id):
    """Focus the item in the tree and press Space, as a keyboard user would."""
    tree = page.checklist.tree
    item = page.checklist.item_for(indicator_id)
    tree.setFocus()
    tree.setCurrentItem(item)
    qtbot.keyClick(tree.viewport() if tree.viewport().hasFocus() else tree, Qt.Key.Key_Space)
    return item


def click(qtbot, button):
    """Click a radio button on its indicator (its hit area is the indicator and label, not its full width)."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))


def test_checklist_lists_items_grouped_by_category(page):
    assert page.checklist.group_titles() == ["Physical", "Situational", "Work and living conditions"]
    assert page.checklist.shown_ids() == ["ind-b", "ind-d", "ind-c", "ind-a"]


def test_filters_narrow_the_checklist(page, qtbot):
    checklist = page.checklist
    checklist.domain_filter.setCurrentIndex(checklist.domain_filter.findText("Labor"))
    assert checklist.shown_ids() == ["ind-c", "ind-a"]
    checklist.population_filter.setFocus()
    checklist.population_filter.setCurrentIndex(checklist.population_filter.findData(Population.LGBTQ))
    assert checklist.shown_ids() == ["ind-c"]
    assert checklist.group_titles() == ["Situational"]


def test_checking_with_space_updates_the_session_summary_steps_and_diagram(page, qtbot, context):
    assert "Nothing checked" in page.summary.text()
    assert page.next_steps.step_ids(StepStatus.APPLIES) == ["ps-always"]
    assert page.diagram.status_of("ps-some") is StepStatus.RULED_OUT

    with qtbot.waitSignal(context.session.changed):
        item = check_with_keyboard(qtbot, page, "ind-a")
    assert item.checkState(0) == Qt.CheckState.Checked
    assert context.session.state.checked == {"ind-a"}
    assert page.summary.text().startswith("1 checked: 1 indicator.")
    assert "Labor 1" in page.summary.text()
    assert page.next_steps.step_ids(StepStatus.APPLIES) == ["ps-always", "ps-some"]
    assert "Step ps-some" in page.next_steps.toPlainText()
    assert page.diagram.status_of("ps-some") is StepStatus.APPLIES
    assert "Step ps-some: applies." in page.diagram.text_alternative()
    assert "Question pq-findings? Label some." in page.diagram.accessibleDescription()

    check_with_keyboard(qtbot, page, "ind-b")
    assert "High concern: Title of ind-b." in page.summary.text()
    assert page.questions.derived_label.text().endswith("Label high (from the checklist)")

    check_with_keyboard(qtbot, page, "ind-a")  # Space again unchecks
    assert context.session.state.checked == {"ind-b"}


def test_answering_minor_brings_in_the_minor_step(page, qtbot, context):
    check_with_keyboard(qtbot, page, "ind-a")
    assert "ps-minor" in page.next_steps.step_ids(StepStatus.CONDITIONAL)
    assert "If “Question pq-age?” is Label minor or Label unknown" in page.next_steps.toPlainText()
    assert page.diagram.status_of("ps-minor") is StepStatus.CONDITIONAL

    click(qtbot, page.questions.button("pq-age", "minor"))
    assert context.session.state.answers["pq-age"] == "minor"
    assert page.next_steps.step_ids(StepStatus.APPLIES) == ["ps-always", "ps-some", "ps-minor"]
    assert page.diagram.status_of("ps-minor") is StepStatus.APPLIES

    click(qtbot, page.questions.button("pq-age", "adult"))
    assert "ps-minor" not in page.next_steps.step_ids(StepStatus.APPLIES)
    assert page.diagram.status_of("ps-minor") is StepStatus.RULED_OUT

    click(qtbot, page.questions.button("pq-age", None))
    assert "pq-age" not in context.session.state.answers


def test_radio_answers_follow_the_keyboard(page, qtbot, context):
    first = page.questions.button("pq-danger", "yes")
    first.setFocus()
    qtbot.keyClick(first, Qt.Key.Key_Space)
    assert context.session.state.answers["pq-danger"] == "yes"
    assert "ps-danger" in page.next_steps.step_ids(StepStatus.APPLIES)
    qtbot.keyClick(first, Qt.Key.Key_Right)
    assert context.session.state.answers["pq-danger"] == "no"
    assert "ps-danger" not in page.next_steps.step_ids(StepStatus.APPLIES)


def test_the_diagram_paints_applying_steps_in_the_highlight_colour(page, qtbot):
    page.tabs.setCurrentWidget(page.diagram_scroll)
    page.diagram_scroll.ensureWidgetVisible(page.diagram)
    highlight = page.diagram.palette().color(QPalette.ColorRole.Highlight)

    def fill_at(step_id):
        rect = page.diagram.step_rect(step_id)
        point = QPoint(int(rect.right()) - 4, int(rect.bottom()) - 4)
        return page.diagram.grab().toImage().pixelColor(point)

    assert fill_at("ps-always") == highlight
    assert fill_at("ps-some") != highlight
    check_with_keyboard(qtbot, page, "ind-c")
    assert fill_at("ps-some") == highlight


def test_details_show_look_for_and_links_navigate(page, qtbot):
    page.checklist.tree.setCurrentItem(page.checklist.item_for("ind-a"))
    details = page.checklist.details
    assert "What to look for in ind-a." in details.toPlainText()
    assert "Why ind-a matters." in details.toPlainText()
    assert details.links() == ["prm-x", "prm-y"]
    with qtbot.waitSignal(page.navigate_to) as blocker:
        details.setFocus()
        qtbot.keyClick(details, Qt.Key.Key_Tab)  # first link
        qtbot.keyClick(details, Qt.Key.Key_Return)
    assert blocker.args == ["prm-x"]


def test_show_entry_claims_screening_entries_only(page):
    page.checklist.domain_filter.setCurrentIndex(page.checklist.domain_filter.findText("Labor"))
    assert page.show_entry("ind-b") is True  # hidden by the filter: the filter is cleared
    assert page.checklist.tree.currentItem() is page.checklist.item_for("ind-b")
    assert page.show_entry("ins-test") is True
    assert page.tabs.currentWidget() is page.instruments_scroll
    assert page.show_entry("ps-minor") is True
    assert page.tabs.currentWidget() is page.pathway_tab
    assert page.show_entry("prm-x") is False
    assert page.show_entry("no-such-entry") is False


def test_instrument_cards_show_facts_and_sources(page):
    (card,) = page.instrument_cards
    text = card.plain_text()
    assert "TST — Test Screening Tool" in text
    assert "Sensitivity 90 %: Study sample of 100 adults." in text
    assert "Small single-site sample." in text
    assert "One or more positive answers." in text
    description = card.label.accessibleDescription()  # a screen reader hears the facts, not HTML tags
    assert "Small single-site sample." in description
    assert "<" not in description
    assert "&amp;" not in description


def test_new_screen_clears_everything(page, qtbot, context):
    check_with_keyboard(qtbot, page, "ind-a")
    click(qtbot, page.questions.button("pq-age", "minor"))
    page.checklist.population_filter.setCurrentIndex(1)
    qtbot.mouseClick(page.new_screen_button, Qt.MouseButton.LeftButton)
    assert context.session.state.is_empty
    assert page.checklist.population_filter.currentIndex() == 0
    assert all(
        page.checklist.item_for(i).checkState(0) == Qt.CheckState.Unchecked
        for i in page.checklist.shown_ids()
    )
    assert page.questions.button("pq-age", None).isChecked()
    assert "Nothing checked" in page.summary.text()


def test_every_control_has_an_accessible_name_and_takes_focus(page):
    controls = page.findChildren(QAbstractButton) + page.findChildren(QComboBox)
    controls += [page.checklist.tree, page.checklist.details, page.next_steps, page.diagram]
    assert len(controls) > 15
    for control in controls:
        if not control.isVisibleTo(page) or control.objectName().startswith("qt_"):
            continue  # hidden, or Qt's own parts (tab-bar scroll arrows)
        assert control.accessibleName(), control
        assert control.focusPolicy() & Qt.FocusPolicy.TabFocus, control


def test_session_changes_from_elsewhere_show_on_the_page(page, context):
    context.session.set_checked("ind-d", True)
    assert page.checklist.item_for("ind-d").checkState(0) == Qt.CheckState.Checked
    context.session.set_answer("pq-wishes", "declines")
    assert page.questions.button("pq-wishes", "declines").isChecked()
    context.session.reset()
    assert page.checklist.item_for("ind-d").checkState(0) == Qt.CheckState.Unchecked
    assert page.questions.button("pq-wishes", None).isChecked()


def test_bundled_pathway_minor_with_a_high_concern_item_gets_the_report_step(qtbot, bundled):
    library = bundled.library
    context = AppContext(library, ClinicConfig(), ScreeningSession(), PrivateClipboard())
    page = ScreenPage(context)
    qtbot.addWidget(page)
    page.resize(1100, 800)
    page.show()
    high = next(i for i in library.indicators if i.concern.value == "high")
    report = "ps-minor-report"
    check_with_keyboard(qtbot, page, high.id)
    assert "High concern" in page.summary.text()
    assert report in page.next_steps.step_ids(StepStatus.CONDITIONAL)
    click(qtbot, page.questions.button("pq-age", "minor"))
    assert report in page.next_steps.step_ids(StepStatus.APPLIES)
    assert library.get(report).title in page.next_steps.toPlainText()
    assert page.diagram.status_of(report) is StepStatus.APPLIES
    click(qtbot, page.questions.button("pq-age", "adult"))
    assert page.diagram.status_of(report) is StepStatus.RULED_OUT


def test_one_scroll_area_per_region(page):
    """The next steps scroll on their own; nothing around them scrolls too (it would capture the wheel)."""
    from PySide6.QtWidgets import QAbstractScrollArea

    for region in (page.next_steps, page.checklist.tree, page.checklist.details):
        parent = region.parentWidget()
        while parent is not None and parent is not page:
            assert not isinstance(parent, QAbstractScrollArea), f"{region} sits inside {parent}"
            parent = parent.parentWidget()
    pathway_scrollers = page.pathway_tab.findChildren(QAbstractScrollArea)
    assert pathway_scrollers == [page.next_steps]


def test_a_number_key_answer_is_worded_for_a_screen_reader(page, context):
    """What the announcement says (tests/ui/test_atspi.py hears it over AT-SPI in the real app)."""
    questions = page.questions
    key = questions.key_for("pq-age", "minor")
    assert key is not None
    questions.answer_by_key("pq-age", "minor")
    assert context.session.state.answers["pq-age"] == "minor"
    assert questions.answer_announcement("pq-age", "minor") == "Question pq-age? Answered: Label minor."
    questions.answer_by_key("pq-age", "minor")
    assert "pq-age" not in context.session.state.answers
    assert questions.answer_announcement("pq-age", None) == "Question pq-age? Answer taken back."
