"""Learn, Ask and Document driven through their real widgets over the bundled content."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from screenaid.content.library import Library
from screenaid.screening import unfilled_blanks
from screenaid.ui.context import AppContext
from screenaid.ui.pages.ask_page import AskPage
from screenaid.ui.pages.document_page import DocumentPage
from screenaid.ui.pages.learn_page import LearnPage


def test_learn_self_check_gives_the_feedback_written_for_the_choice(qtbot, app_context):
    page = LearnPage(app_context)
    qtbot.addWidget(page)
    module = app_context.library.modules[0]
    check = module.self_checks[0]
    widget = page.view.self_checks[0]
    wrong = next(i for i, choice in enumerate(check.choices) if not choice.correct)
    right = next(i for i, choice in enumerate(check.choices) if choice.correct)
    widget.choose(wrong)
    qtbot.mouseClick(widget._check_button, Qt.MouseButton.LeftButton)
    assert widget.feedback.startswith("Not quite.")
    assert check.choices[wrong].feedback in widget.feedback
    widget.choose(right)
    qtbot.mouseClick(widget._check_button, Qt.MouseButton.LeftButton)
    assert widget.feedback.startswith("Right.")


def test_learn_more_depth_on_demand_and_reset(qtbot, app_context):
    page = LearnPage(app_context)
    qtbot.addWidget(page)
    page.show()
    with_more = next(
        (
            row
            for row, m in enumerate(app_context.library.modules)
            if any(s.depth == "more" for s in m.sections)
        ),
        None,
    )
    assert with_more is not None, "the course has sections shown on demand"
    page.modules.setCurrentRow(with_more)
    toggle = page.view.more_depth
    assert toggle is not None
    assert not toggle.expanded
    qtbot.mouseClick(toggle.button, Qt.MouseButton.LeftButton)
    assert toggle.expanded
    page.reset()
    assert page.modules.currentRow() == 0
    assert page.view.module.id == app_context.library.modules[0].id


def test_ask_shows_spanish_beside_english_on_request(qtbot, app_context):
    page = AskPage(app_context)
    qtbot.addWidget(page)
    card = next(iter(page.cards.values()))
    assert card.spanish is None
    page.spanish.setChecked(True)
    card = page.cards[card.prompt.id]
    assert card.spanish is not None
    assert card.spanish.text() == card.prompt.say["es"]
    assert card.english.text() == card.prompt.say["en"]


def test_ask_puts_prompts_linked_from_checked_indicators_first(qtbot, app_context, bundled):
    library = bundled.library
    linked_prompt = library.prompts[-1]
    indicator = replace(library.indicators[0], prompts=(linked_prompt.id,))
    entries = {**library.entries, indicator.id: indicator}
    context = AppContext(
        Library(entries, library.files, library.origins),
        app_context.config,
        app_context.session,
        app_context.clipboard,
    )
    page = AskPage(context)
    qtbot.addWidget(page)
    assert page.linked_ids == []
    context.session.set_checked(indicator.id, True)
    assert page.linked_ids == [linked_prompt.id]
    assert next(iter(page.cards)) == linked_prompt.id
    page.stage.setCurrentIndex(page.stage.findData(linked_prompt.stage.value))
    assert next(iter(page.cards)) == linked_prompt.id


def test_document_composes_a_note_from_checked_items_and_copies_it_privately(qtbot, app_context):
    page = DocumentPage(app_context)
    qtbot.addWidget(page)
    indicator = app_context.library.indicators[0]
    app_context.session.set_checked(indicator.id, True)
    composer = page.composer
    qtbot.keyClicks(composer.additions, "Patient declined a referral today.")
    note = composer.preview.toPlainText()
    assert indicator.note_text in note
    assert "Patient declined a referral today." in note
    qtbot.mouseClick(composer.copy_button, Qt.MouseButton.LeftButton)
    if unfilled_blanks(note):  # the first press only warns while [blanks] remain
        assert QGuiApplication.clipboard().text() != note
        qtbot.mouseClick(composer.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == note
    page.reset()
    assert composer.additions.toPlainText() == ""


def test_document_icd_table_lists_every_code_with_its_cautions(qtbot, app_context):
    page = DocumentPage(app_context)
    qtbot.addWidget(page)
    codes = app_context.library.icd_codes
    assert page.codes.rowCount() == len(codes) > 0
    for row, code in enumerate(codes):
        assert page.codes.item(row, 0).text() == code.code
        for caution in code.cautions:
            assert caution in page.codes.item(row, 4).text()
    assert page.show_entry(codes[-1].id)
    assert page.tabs.currentIndex() == 1
    assert page.codes.currentRow() == len(codes) - 1
