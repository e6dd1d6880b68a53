"""The pathway questions (age, danger, the patient's wishes) as groups of radio buttons.

Tab reaches each group; the arrow keys move between its answers. "Not answered" takes an answer back.
The findings question is not asked: its answer, given by the checklist, is shown read-only above.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from screenaid.content.library import Library
from screenaid.content.screening_models import PathwayQuestion
from screenaid.screening import asked_questions, effective_answers
from screenaid.ui.screening_session import ScreeningSession

NOT_ANSWERED = "Not answered"
FROM_CHECKLIST = "from the checklist"


class PathwayQuestions(QWidget):
    def __init__(self, library: Library, session: ScreeningSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self._session = session
        self._groups: dict[str, QButtonGroup] = {}
        self._buttons: dict[tuple[str, str | None], QRadioButton] = {}
        self._derived = [q for q in library.pathway_questions if q.derived_from is not None]

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.derived_label = QLabel(self)
        self.derived_label.setWordWrap(True)
        self.derived_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.derived_label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.derived_label.setAccessibleName("Findings from the checklist")
        self.derived_label.setVisible(bool(self._derived))
        layout.addWidget(self.derived_label)
        for question in asked_questions(library):
            layout.addWidget(self._question_box(question))
        session.changed.connect(self.refresh)
        self.refresh()

    def button(self, question_id: str, answer_id: str | None) -> QRadioButton:
        """The radio button for an answer (``None``: "Not answered")."""
        return self._buttons[(question_id, answer_id)]

    def _question_box(self, question: PathwayQuestion) -> QGroupBox:
        box = QGroupBox(question.text, self)
        box.setAccessibleName(question.text)
        box_layout = QVBoxLayout(box)
        if question.help:
            help_label = QLabel(question.help, box)
            help_label.setWordWrap(True)
            box_layout.addWidget(help_label)
            box.setAccessibleDescription(question.help)
        row = QHBoxLayout()
        box_layout.addLayout(row)
        group = QButtonGroup(box)
        group.setExclusive(True)
        choices: list[tuple[str | None, str]] = [(a.id, a.label) for a in question.answers]
        choices.append((None, NOT_ANSWERED))
        for answer_id, label in choices:
            radio = QRadioButton(label, box)
            radio.setAccessibleName(f"{question.text} {label}")
            group.addButton(radio)
            row.addWidget(radio)
            self._buttons[(question.id, answer_id)] = radio
            radio.toggled.connect(partial(self._toggled, question.id, answer_id))
        row.addStretch(1)
        self._groups[question.id] = group
        return box

    def _toggled(self, question_id: str, answer_id: str | None, on: bool) -> None:
        if on:
            self._session.set_answer(question_id, answer_id)

    def refresh(self) -> None:
        answers = self._session.state.answers
        for (question_id, answer_id), radio in self._buttons.items():
            given = answers.get(question_id)
            should = given == answer_id
            if radio.isChecked() != should and should:
                radio.blockSignals(True)
                radio.setChecked(True)
                radio.blockSignals(False)
        effective = effective_answers(self._library, self._session.state)
        lines = []
        for question in self._derived:
            answer = next((a for a in question.answers if a.id == effective.get(question.id)), None)
            if answer is not None:
                lines.append(f"{question.text} {answer.label} ({FROM_CHECKLIST})")
        self.derived_label.setText("\n".join(lines))
        self.derived_label.setAccessibleDescription(" ".join(lines))
