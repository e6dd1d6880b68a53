"""The post-test: every question in a fresh order, a score per objective, explanations, and (on a pass) the
certificate of completion. Answers live only in memory and are forgotten on a retake or a reset."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGroupBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from screenaid.training.post_test import PASS_FRACTION, PostTestAttempt
from screenaid.ui.widgets.heading import Heading
from screenaid.ui.widgets.markdown_label import MarkdownLabel
from screenaid.ui.widgets.reading_width import ReadingColumn
from screenaid.ui.widgets.wrapping_choice import WrappingChoice

if TYPE_CHECKING:
    from screenaid.content import Library
    from screenaid.content.training_models import TestQuestion
    from screenaid.ui.widgets.certificate_view import CertificateView


class _QuestionBox(QGroupBox):
    def __init__(
        self, question: TestQuestion, order: tuple[int, ...], number: int, total: int, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Question {number} of {total}").format(number=number, total=total))
        self.question = question
        self.order = order
        self.setAccessibleName(self.title())
        layout = QVBoxLayout(self)
        layout.addWidget(MarkdownLabel(question.question, self))
        self.group = QButtonGroup(self)
        self.radios: list[QRadioButton] = []
        for shown, original in enumerate(order):
            option = WrappingChoice(question.options[original].text, self)
            self.group.addButton(option.radio, shown)
            self.radios.append(option.radio)
            layout.addWidget(option)
        self.result = QLabel(self)
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result.setAccessibleName(self.tr("Explanation"))
        self.result.setVisible(False)
        layout.addWidget(self.result)

    def chosen_option(self) -> int | None:
        """The chosen option, as its index in the question's own order (not the shuffled one)."""
        shown = self.group.checkedId()
        return None if shown < 0 else self.order[shown]


class PostTestView(ReadingColumn):
    passed = Signal()

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._questions = library.test_questions
        self._objectives = library.objectives
        self.attempt: PostTestAttempt | None = None
        self.boxes: list[_QuestionBox] = []
        self.setAccessibleName(self.tr("Post-test"))
        layout = QVBoxLayout(self)
        layout.addWidget(Heading(self.tr("Post-test"), 1, self))
        questions = self.tr("%n question(s)", "", len(self._questions))
        layout.addWidget(
            MarkdownLabel(
                self.tr(
                    "{questions} on the course's %n objective(s), in a new order each time. You see a score "
                    "for each objective and an explanation for every question. Score {percent} % or more to "
                    "be offered a certificate of completion. Nothing you answer is saved.",
                    "",
                    len(self._objectives),
                ).format(questions=questions, percent=round(PASS_FRACTION * 100)),
                self,
            )
        )
        self.start_button = QPushButton(self.tr("&Start the post-test"), self)
        self.start_button.setAccessibleName(self.tr("Start the post-test in a new order"))
        layout.addWidget(self.start_button)
        self._questions_area = QVBoxLayout()
        layout.addLayout(self._questions_area)
        self.score_button = QPushButton(self.tr("Sc&ore my answers"), self)
        self.score_button.setVisible(False)
        layout.addWidget(self.score_button)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Post-test status"))
        layout.addWidget(self.status)
        self.results = MarkdownLabel("", self)
        self.results.setAccessibleName(self.tr("Post-test results"))
        self.results.setVisible(False)
        layout.addWidget(self.results)
        self._layout = layout
        self._certificate_slot = layout.count()
        self._certificate: CertificateView | None = None
        layout.addStretch(1)
        self.start_button.clicked.connect(lambda: self.start())
        self.score_button.clicked.connect(self.score)

    @property
    def certificate(self) -> CertificateView:
        """The certificate form, made when a pass first offers it: it brings in reportlab and the PDF preview
        (about 11 MB and 100 ms), which a visit to Learn that never passes the post-test does not need."""
        if self._certificate is None:
            from screenaid.ui.widgets.certificate_view import CertificateView

            self._certificate = CertificateView(self)
            self._certificate.setVisible(False)
            self._layout.insertWidget(self._certificate_slot, self._certificate)
        return self._certificate

    def start(self, attempt: PostTestAttempt | None = None) -> None:
        """A fresh sitting: a new order of questions and options, no answers."""
        self.clear()
        self.attempt = attempt or PostTestAttempt.start(self._questions)
        total = len(self.attempt.questions)
        for number, (question, order) in enumerate(
            zip(self.attempt.questions, self.attempt.option_orders, strict=True), 1
        ):
            box = _QuestionBox(question, order, number, total, self)
            self.boxes.append(box)
            self._questions_area.addWidget(box)
        self.start_button.setText(self.tr("&Start again in a new order"))
        self.score_button.setVisible(True)

    def clear(self) -> None:
        for box in self.boxes:
            self._questions_area.removeWidget(box)
            box.deleteLater()
        self.boxes = []
        self.attempt = None
        self.status.clear()
        self.results.clear()
        self.results.setVisible(False)
        self.score_button.setVisible(False)
        self.start_button.setText(self.tr("&Start the post-test"))
        if self._certificate is not None:
            self._certificate.reset()
            self._certificate.setVisible(False)

    def answer(self, question_id: str, option_index: int) -> None:
        """Choose an option by its index in the question's own order (for keyboard-free tests and scripts)."""
        for box in self.boxes:
            if box.question.id == question_id:
                box.radios[box.order.index(option_index)].setChecked(True)

    def score(self) -> None:
        if self.attempt is None:
            return
        missing = 0
        for box in self.boxes:
            chosen = box.chosen_option()
            if chosen is None:
                missing += 1
            else:
                self.attempt.answer(box.question.id, chosen)
        if missing:
            self.status.setText(self.tr("Answer every question first (%n left).", "", missing))
            return
        for box in self.boxes:
            right = self.attempt.is_right(box.question)
            answer = box.question.options[box.question.correct_index].text
            verdict = (
                self.tr("Correct.")
                if right
                else self.tr("Not correct. The answer is: {answer}").format(answer=answer)
            )
            box.result.setText(f"{verdict} {box.question.explanation}")
            box.result.setVisible(True)
            for radio in box.radios:
                radio.setEnabled(False)
        self.score_button.setVisible(False)
        of = self.tr("{right} of {total}")
        rows = [
            f"| {score.objective.number}. {score.objective.text} | {of.format(right=score.right, total=score.total)} |"
            for score in self.attempt.scores(self._objectives)
        ]
        total = len(self.attempt.questions)
        outcome = (
            self.tr("You passed. You can print a certificate of completion below.")
            if self.attempt.passed
            else self.tr(
                "Below {percent} %: read the modules for the objectives you missed and start again in a new order."
            ).format(percent=round(PASS_FRACTION * 100))
        )
        heading = self.tr("Your results: {right} of {total}").format(right=self.attempt.right, total=total)
        objective, score_word = self.tr("Objective"), self.tr("Score")
        columns = f"| {objective} | {score_word} |"
        self.results.setText(f"## {heading}\n\n{outcome}\n\n{columns}\n|---|---|\n" + "\n".join(rows))
        self.results.setVisible(True)
        self.status.setText(
            self.tr("Scored: {right} of {total} correct.").format(right=self.attempt.right, total=total)
        )
        if self.attempt.passed:
            self.certificate.setVisible(True)
            self.passed.emit()
