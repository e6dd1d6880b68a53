"""Practice cases: a branching case played step by step; each choice shows feedback naming its principle.

Nothing about the learner's path is kept once the case is restarted or the page is reset.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from screenaid.content.training_models import Quality
from screenaid.ui.translation import QT_TRANSLATE_NOOP
from screenaid.ui.widgets.heading import Heading
from screenaid.ui.widgets.markdown_label import MarkdownLabel
from screenaid.ui.widgets.reading_width import ReadingColumn
from screenaid.ui.widgets.wrapping_choice import WrappingChoice

if TYPE_CHECKING:
    from screenaid.content import Library
    from screenaid.content.training_models import CaseChoice, CaseExercise, CaseStep

QUALITY_LABELS = {
    Quality.BEST: QT_TRANSLATE_NOOP("CaseExerciseView", "Best choice."),
    Quality.ACCEPTABLE: QT_TRANSLATE_NOOP("CaseExerciseView", "Partly right."),
    Quality.HARMFUL: QT_TRANSLATE_NOOP("CaseExerciseView", "This could cause harm."),
}


def feedback_text(choice: CaseChoice) -> str:
    quality = QCoreApplication.translate("CaseExerciseView", QUALITY_LABELS[choice.quality])
    principle = QCoreApplication.translate("CaseExerciseView", "Principle: {principle}.").format(
        principle=choice.principle
    )
    return f"{quality} {principle} {choice.feedback}"


class _StepBox(QGroupBox):
    """One step: what happens, the choices, and (once chosen) the feedback."""

    def __init__(self, step: CaseStep, number: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Step {number}").format(number=number))
        self.step = step
        self.setAccessibleName(self.title())
        layout = QVBoxLayout(self)
        layout.addWidget(MarkdownLabel(step.text, self))
        self.group = QButtonGroup(self)
        self.radios: list[QRadioButton] = []
        self.feedback = QLabel(self)
        self.feedback.setWordWrap(True)
        self.feedback.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.feedback.setAccessibleName(self.tr("Feedback"))
        self.feedback.setVisible(False)
        self.confirm: QPushButton | None = None
        if step.choices:
            layout.addWidget(QLabel(self.tr("What do you do?"), self))
            for index, choice in enumerate(step.choices):
                option = WrappingChoice(choice.text, self)
                self.group.addButton(option.radio, index)
                self.radios.append(option.radio)
                layout.addWidget(option)
            self.confirm = QPushButton(self.tr("&Choose"), self)
            self.confirm.setAccessibleName(
                self.tr("Choose this answer at step {number}").format(number=number)
            )
            layout.addWidget(self.confirm)
        layout.addWidget(self.feedback)
        if step.ending is not None:
            self.feedback.setText(step.ending)
            self.feedback.setVisible(True)

    def lock(self, text: str) -> None:
        for radio in self.radios:
            radio.setEnabled(False)
        if self.confirm is not None:
            self.confirm.setEnabled(False)
        self.feedback.setText(text)
        self.feedback.setVisible(True)


class CaseExerciseView(ReadingColumn):
    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._cases = library.case_exercises
        self.setAccessibleName(self.tr("Practice cases"))
        layout = QVBoxLayout(self)
        layout.addWidget(Heading(self.tr("Practice cases"), 1, self))
        layout.addWidget(
            MarkdownLabel(
                self.tr(
                    "Work through a case step by step. After each choice you see why it helps or harms, and "
                    "the principle behind it. Start again to try other choices."
                ),
                self,
            )
        )
        self.picker = QComboBox(self)
        self.picker.setAccessibleName(self.tr("Case"))
        for case in self._cases:
            self.picker.addItem(f"{case.title} ({case.setting})", case.id)
        self.restart = QPushButton(self.tr("&Start again"), self)
        self.restart.setAccessibleName(self.tr("Start the case again"))
        row = QHBoxLayout()
        form = QFormLayout()
        form.addRow(self.tr("C&ase:"), self.picker)
        row.addLayout(form, 1)
        row.addWidget(self.restart)
        layout.addLayout(row)
        self._steps_area = QVBoxLayout()
        layout.addLayout(self._steps_area)
        self.end_label = QLabel(self.tr("End of this path. Choose “Start again” to try other choices."), self)
        self.end_label.setWordWrap(True)
        self.end_label.setVisible(False)
        layout.addWidget(self.end_label)
        layout.addStretch(1)
        self.boxes: list[_StepBox] = []
        self.picker.currentIndexChanged.connect(lambda _index: self.start())
        self.restart.clicked.connect(self.start)
        self.start()

    @property
    def case(self) -> CaseExercise | None:
        index = self.picker.currentIndex()
        return self._cases[index] if 0 <= index < len(self._cases) else None

    @property
    def finished(self) -> bool:
        return not self.end_label.isHidden()

    @property
    def feedback_texts(self) -> list[str]:
        return [box.feedback.text() for box in self.boxes if not box.feedback.isHidden()]

    def show_case(self, case_id: str) -> bool:
        index = self.picker.findData(case_id)
        if index < 0:
            return False
        if index == self.picker.currentIndex():
            self.start()
        else:
            self.picker.setCurrentIndex(index)
        return True

    def start(self) -> None:
        """Back to the first step of the chosen case, with every choice forgotten."""
        for box in self.boxes:
            self._steps_area.removeWidget(box)
            box.deleteLater()
        self.boxes = []
        self.end_label.setVisible(False)
        case = self.case
        if case is not None:
            self._add_step(case.start)

    def reset(self) -> None:
        """The first case at its first step, as when first shown (idle wipe)."""
        if self.picker.currentIndex() == 0:
            self.start()
        else:
            self.picker.setCurrentIndex(0)  # starts the case

    def choose(self, index: int) -> None:
        """Pick choice ``index`` at the current step and confirm it (as the learner would)."""
        box = self.boxes[-1]
        button = box.group.button(index)
        if button is not None and button.isEnabled():
            button.setChecked(True)
            self._confirm(box)

    def _add_step(self, step: CaseStep) -> None:
        box = _StepBox(step, len(self.boxes) + 1, self)
        if box.confirm is not None:
            box.confirm.clicked.connect(lambda _=False, b=box: self._confirm(b))
        self.boxes.append(box)
        self._steps_area.addWidget(box)
        if not step.choices:
            self.end_label.setVisible(True)

    def _confirm(self, box: _StepBox) -> None:
        index = box.group.checkedId()
        if index < 0:
            box.feedback.setText(self.tr("Pick a choice first."))
            box.feedback.setVisible(True)
            return
        choice = box.step.choices[index]
        box.lock(feedback_text(choice))
        case = self.case
        if choice.next is not None and case is not None:
            self._add_step(case.step(choice.next))
        else:
            self.end_label.setVisible(True)
