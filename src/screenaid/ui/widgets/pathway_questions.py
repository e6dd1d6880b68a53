"""The pathway questions (age, danger, the patient's wishes), one compact row each, answered with one key.

Every answer carries a number key, shown on screen beside it ("[1] Under 18"): pressing it anywhere in the
Screen place answers the question, pressing it again takes the answer back, and focus stays where it was
(so checking items and answering questions never fight over it). Tab reaches each row; the arrow keys
move between its answers; "Not answered" takes an answer back. Each question's help is one key away (its
"?" button) and is always the row's tooltip and accessible description.

The findings question is not asked: its answer, given by the checklist, is shown read-only above.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QKeyCombination, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from screenaid.content.library import Library
from screenaid.content.screening_models import PathwayQuestion
from screenaid.screening import asked_questions, effective_answers
from screenaid.ui.accessibility import announce
from screenaid.ui.screening_session import ScreeningSession
from screenaid.ui.translation import QT_TRANSLATE_NOOP
from screenaid.ui.widgets.flow_layout import FlowLayout

NOT_ANSWERED = QT_TRANSLATE_NOOP("PathwayQuestions", "Not answered")
HELP_BUTTON = "?"
KEYS = "1234567890"
"""Number keys, given to the answers in order, question by question: 1 to 9, then 0 (answers past the tenth
get none)."""


def answer_keys(questions: tuple[PathwayQuestion, ...]) -> dict[str, tuple[str, str]]:
    """Key → (question id, answer id), in the order the answers are shown."""
    pairs = [(question.id, answer.id) for question in questions for answer in question.answers]
    return dict(zip(KEYS, pairs, strict=False))


class PathwayQuestions(QWidget):
    def __init__(self, library: Library, session: ScreeningSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self._session = session
        self._groups: dict[str, QButtonGroup] = {}
        self._buttons: dict[tuple[str, str | None], QRadioButton] = {}
        self._help: dict[str, QLabel] = {}
        self._help_toggles: list[QToolButton] = []
        self._shortcuts: list[QShortcut] = []
        self._derived = [q for q in library.pathway_questions if q.derived_from is not None]
        questions = asked_questions(library)
        self._questions = {question.id: question for question in questions}
        self.keys = answer_keys(questions)
        self._key_of = {pair: key for key, pair in self.keys.items()}

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.derived_label = QLabel(self)
        self.derived_label.setWordWrap(True)
        self.derived_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.derived_label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.derived_label.setAccessibleName(self.tr("Findings from the checklist"))
        self.derived_label.setVisible(bool(self._derived))
        layout.addWidget(self.derived_label)
        self.keys_hint = QLabel(
            self.tr("Answer with the number keys shown; the same key again takes the answer back."), self
        )
        self.keys_hint.setWordWrap(True)
        self.keys_hint.setVisible(bool(self.keys))
        layout.addWidget(self.keys_hint)
        self._layout = layout
        for question in questions:
            self._question_row(question)
        session.changed.connect(self.refresh)
        self.refresh()

    def button(self, question_id: str, answer_id: str | None) -> QRadioButton:
        """The radio button for an answer (``None``: "Not answered")."""
        return self._buttons[(question_id, answer_id)]

    def key_for(self, question_id: str, answer_id: str) -> str | None:
        """The number key shown beside an answer (None when it has none)."""
        return self._key_of.get((question_id, answer_id))

    def help_label(self, question_id: str) -> QLabel:
        return self._help[question_id]

    def fold_help(self) -> None:
        """Every question's help folded away, as when first shown (idle wipe)."""
        for toggle in self._help_toggles:
            toggle.setChecked(False)

    def install_keys(self, scope: QWidget) -> None:
        """Make the answer keys work anywhere inside ``scope`` (the Screen place), except in text fields."""
        for key, (question_id, answer_id) in self.keys.items():
            keypad = QKeyCombination(Qt.KeyboardModifier.KeypadModifier, Qt.Key(ord(key)))
            for sequence in (QKeySequence(key), QKeySequence(keypad)):
                shortcut = QShortcut(sequence, scope)
                shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                shortcut.activated.connect(partial(self.answer_by_key, question_id, answer_id))
                self._shortcuts.append(shortcut)

    def answer_by_key(self, question_id: str, answer_id: str) -> None:
        """Give the answer; if it is already given, take it back. Focus stays where it was, so a screen reader
        would say nothing: the change is announced instead (politely, after what it is reading)."""
        current = self._session.state.answers.get(question_id)
        given = None if current == answer_id else answer_id
        self._session.set_answer(question_id, given)
        announce(self, self.answer_announcement(question_id, given))

    def answer_announcement(self, question_id: str, answer_id: str | None) -> str:
        """What a screen reader hears after a number key: the question and the answer now given."""
        question = self._questions[question_id]
        if answer_id is None:
            return self.tr("{question} Answer taken back.").format(question=question.text)
        answer = next(a.label for a in question.answers if a.id == answer_id)
        return self.tr("{question} Answered: {answer}.").format(question=question.text, answer=answer)

    def _question_row(self, question: PathwayQuestion) -> None:
        answers = QWidget(self)
        answers.setAccessibleName(question.text)
        label = QLabel(question.text, self)
        answers_layout = FlowLayout(answers)
        answers_layout.setContentsMargins(12, 0, 0, 4)
        group = QButtonGroup(answers)
        group.setExclusive(True)
        choices: list[tuple[str | None, str]] = [(a.id, a.label) for a in question.answers]
        choices.append((None, self.tr(NOT_ANSWERED)))
        for answer_id, answer_label in choices:
            key = self._key_of.get((question.id, answer_id)) if answer_id is not None else None
            radio = QRadioButton(f"[{key}] {answer_label}" if key else answer_label, answers)
            radio.setAccessibleName(f"{question.text} {answer_label}")
            if key:
                radio.setAccessibleDescription(self.tr("Key {key}").format(key=key))
            group.addButton(radio)
            answers_layout.addWidget(radio)
            self._buttons[(question.id, answer_id)] = radio
            radio.toggled.connect(partial(self._toggled, question.id, answer_id))
        self._groups[question.id] = group
        heading = QHBoxLayout()
        heading.setContentsMargins(0, 0, 0, 0)
        heading.addWidget(label)
        self._layout.addLayout(heading)
        self._layout.addWidget(answers)
        if question.help:
            for widget in (label, answers):
                widget.setToolTip(question.help)
            answers.setAccessibleDescription(question.help)
            help_label = QLabel(question.help, self)
            help_label.setWordWrap(True)
            help_label.setVisible(False)
            self._help[question.id] = help_label
            toggle = QToolButton(self)
            toggle.setText(HELP_BUTTON)
            toggle.setCheckable(True)
            toggle.setAccessibleName(self.tr("Help: {question}").format(question=question.text))
            toggle.setToolTip(question.help)
            toggle.toggled.connect(help_label.setVisible)
            heading.addWidget(toggle)
            self._help_toggles.append(toggle)
            self._layout.addWidget(help_label)
        heading.addStretch(1)

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
                lines.append(
                    self.tr("{question} {answer} (from the checklist)").format(
                        question=question.text, answer=answer.label
                    )
                )
        self.derived_label.setText("\n".join(lines))
        self.derived_label.setAccessibleDescription(" ".join(lines))
