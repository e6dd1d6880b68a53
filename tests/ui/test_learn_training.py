"""Learn's training parts driven through their real widgets: care topics, branching cases, post-test, certificate."""

from __future__ import annotations

import io
import random

from pypdf import PdfReader
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QSpinBox, QTextEdit

from screenaid.content.training_models import CaseExercise
from screenaid.training.post_test import PostTestAttempt
from screenaid.ui.pages.learn_page import CARE, CASES, POST_TEST, LearnPage
from screenaid.ui.widgets.case_exercise_view import QUALITY_LABELS
from screenaid.ui.widgets.certificate_view import CertificateView
from screenaid.ui.widgets.module_view import ModuleView


def test_module_shows_times_computed_from_its_words(qtbot, app_context):
    page = LearnPage(app_context)
    qtbot.addWidget(page)
    view = page.view
    assert isinstance(view, ModuleView)
    text = view.time_label.text()
    assert f"About {view.study_time.core_minutes} minutes to read the core text" in text
    assert f"about {view.study_time.study_minutes} minutes to study it all" in text
    assert view.study_time.study_minutes > view.study_time.core_minutes


def test_reading_column_is_held_near_90_characters(qtbot, app_context):
    page = LearnPage(app_context)
    qtbot.addWidget(page)
    page.resize(1800, 900)
    page.show()
    qtbot.waitExposed(page)
    view = page.view
    assert view is not None
    characters = view.width() / view.fontMetrics().averageCharWidth()
    assert 60 <= characters <= 92


def test_care_topic_opens_from_search_and_shows_guideline_and_sources(qtbot, app_context):
    page = LearnPage(app_context)
    qtbot.addWidget(page)
    assert page.show_entry("care-hiv-pep")
    assert page.reader.widget() is page.care
    assert page.care.current is not None
    assert page.care.current.id == "care-hiv-pep"
    assert "72" in page.care.body.text()
    assert "CDC" in page.care.guideline.text()
    assert "United States" in page.care.guideline.text()
    assert "Sources" in page.care.sources.text()


def _walk(view, case: CaseExercise, choices: list[int]) -> None:
    view.show_case(case.id)
    for index in choices:
        view.choose(index)


def test_every_path_of_every_case_ends_in_feedback_in_the_widget(qtbot, app_context):
    page = LearnPage(app_context)
    qtbot.addWidget(page)
    assert page.show_training(CASES)
    view = page.cases
    for case in app_context.library.case_exercises:
        for path in case.paths():
            indices = [step.choices.index(choice) for step, choice in path if choice is not None]
            _walk(view, case, indices)
            assert view.finished, f"{case.id}: path {indices} did not reach an end"
            shown = view.feedback_texts
            assert len(shown) == len(indices) + (1 if path[-1][1] is None else 0)
            for (_, choice), text in zip(path, shown, strict=False):
                if choice is not None:
                    assert text.startswith(QUALITY_LABELS[choice.quality])
                    assert f"Principle: {choice.principle}." in text
                    assert choice.feedback in text


def test_case_restarts_clean(qtbot, app_context):
    page = LearnPage(app_context)
    qtbot.addWidget(page)
    page.show_entry("case-foster-teen")
    page.cases.choose(0)
    assert len(page.cases.boxes) == 2
    page.cases.restart.click()
    assert len(page.cases.boxes) == 1
    assert not page.cases.feedback_texts


def test_post_test_scores_per_objective_then_offers_the_certificate(qtbot, app_context):
    library = app_context.library
    page = LearnPage(app_context)
    qtbot.addWidget(page)
    assert page.show_training(POST_TEST)
    view = page.post_test
    view.start(PostTestAttempt.start(library.test_questions, random.Random(7)))
    assert len(view.boxes) == len(library.test_questions)
    view.score()
    assert "Answer every question first" in view.status.text()
    wrong = view.boxes[0].question
    for box in view.boxes:
        correct = box.question.correct_index
        view.answer(box.question.id, correct if box.question is not wrong else (correct + 1) % 3)
    view.score()
    results = view.results.text()
    for objective in library.objectives:
        mine = sum(q.objective == objective.id for q in library.test_questions)
        right = mine - (wrong.objective == objective.id)
        assert f"| {right} of {mine} |" in results
    assert all(box.result.text() and box.question.explanation in box.result.text() for box in view.boxes)
    assert view.boxes[0].result.text().startswith("Not correct.")
    assert not view.certificate.isHidden(), "a pass offers the certificate"


def test_post_test_order_changes_between_sittings(qtbot, app_context):
    page = LearnPage(app_context)
    qtbot.addWidget(page)
    view = page.post_test
    orders = set()
    for _ in range(3):
        view.start_button.click()
        orders.add(tuple(box.question.id for box in view.boxes))
    assert len(orders) == 3


def test_certificate_has_no_field_but_the_name_and_prints_name_and_date(qtbot):
    view = CertificateView()
    qtbot.addWidget(view)
    inputs = [
        w
        for kind in (QLineEdit, QTextEdit, QPlainTextEdit, QSpinBox, QComboBox)
        for w in view.findChildren(kind)
    ]
    assert inputs == [view.name], "the name is the only thing a user can enter"
    assert not view.print_button.isEnabled()
    view.name.setText("Sam Rivera")
    assert view.print_button.isEnabled()
    text = " ".join(PdfReader(io.BytesIO(view.pdf())).pages[0].extract_text().split())
    assert "Sam Rivera" in text
    assert view.date.isoformat() in text
    view.show_preview()
    assert not view.preview.pixmap().isNull()


def test_reset_forgets_answers_cases_and_the_name(qtbot, app_context):
    page = LearnPage(app_context)
    qtbot.addWidget(page)
    page.post_test.start()
    page.post_test.certificate.name.setText("Someone")
    page.show_training(CASES)
    page.cases.choose(0)
    page.show_training(CARE)
    page.reset()
    assert page.post_test.attempt is None
    assert not page.post_test.boxes
    assert page.post_test.certificate.name.text() == ""
    assert len(page.cases.boxes) == 1
    assert not page.cases.feedback_texts
    assert page.modules.currentRow() == 0
    assert isinstance(page.view, ModuleView)


def test_checklist_item_links_to_its_care_topics(qtbot, app_context):
    from PySide6.QtCore import QUrl

    from screenaid.ui.widgets.indicator_details import IndicatorDetails, entry_url

    details = IndicatorDetails(app_context.library)
    qtbot.addWidget(details)
    indicator = app_context.library.get("ind-repeat-sti")
    details.show_indicator(indicator)
    assert "Care at the visit" in details.toHtml()
    assert "care-hiv-pep" in details.links()
    with qtbot.waitSignal(details.navigate_to) as followed:
        details.anchorClicked.emit(QUrl(entry_url("care-hiv-pep")))
    assert followed.args == ["care-hiv-pep"]


def test_main_window_opens_a_care_topic_in_learn(main_window):
    assert main_window.show_entry("care-strangulation")
    learn = main_window.page("learn")
    assert learn.reader.widget() is learn.care
    assert learn.care.current is not None
    assert learn.care.current.id == "care-strangulation"
    assert main_window.show_entry("case-lgbtq-youth")
    assert learn.reader.widget() is learn.cases
    assert main_window.current_place() == "learn"


def test_care_topic_warns_when_the_clinic_country_is_not_covered(qtbot, bundled):
    from screenaid.ui.widgets.care_topics_view import CareTopicsView

    canada = CareTopicsView(bundled.library, country="CA")
    qtbot.addWidget(canada)
    canada.show_topic("care-hiv-pep")
    assert "Not checked for your country (CA)" in canada.guideline.text()
    us = CareTopicsView(bundled.library, country="US")
    qtbot.addWidget(us)
    us.show_topic("care-hiv-pep")
    assert "Not checked" not in us.guideline.text()
    us.show_topic("care-dental-nutrition")
    assert "does not differ by country" in us.guideline.text()
