"""One self-check question: pick an answer, check it, read the feedback written for that answer."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QButtonGroup, QGroupBox, QLabel, QPushButton, QVBoxLayout, QWidget

from screenaid.ui.widgets.markdown_label import MarkdownLabel
from screenaid.ui.widgets.wrapping_choice import WrappingChoice

if TYPE_CHECKING:
    from screenaid.content.course import SelfCheck


class SelfCheckWidget(QGroupBox):
    def __init__(self, check: SelfCheck, number: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Self-check {number}").format(number=number))
        self._check = check
        self.setAccessibleName(self.title())
        layout = QVBoxLayout(self)
        layout.addWidget(MarkdownLabel(check.question, self))
        self._group = QButtonGroup(self)
        for index, choice in enumerate(check.choices):
            option = WrappingChoice(choice.text, self)
            self._group.addButton(option.radio, index)
            layout.addWidget(option)
        self._check_button = QPushButton(self.tr("Check answer"), self)
        self._check_button.setAccessibleName(
            self.tr("Check answer to self-check {number}").format(number=number)
        )
        self._check_button.clicked.connect(self.check_answer)
        layout.addWidget(self._check_button)
        self._feedback = QLabel(self)
        self._feedback.setWordWrap(True)
        self._feedback.setAccessibleName(self.tr("Feedback"))
        self._feedback.setVisible(False)
        layout.addWidget(self._feedback)

    @property
    def feedback(self) -> str:
        return "" if self._feedback.isHidden() else self._feedback.text()

    def choose(self, index: int) -> None:
        button = self._group.button(index)
        if button is not None:
            button.setChecked(True)

    def check_answer(self) -> None:
        index = self._group.checkedId()
        if index < 0:
            self._show(self.tr("Pick an answer first."))
            return
        choice = self._check.choices[index]
        verdict = self.tr("Right.") if choice.correct else self.tr("Not quite.")
        self._show(f"{verdict} {choice.feedback}")

    def reset(self) -> None:
        """No answer picked and no feedback, as when first shown (idle wipe)."""
        picked = self._group.checkedButton()
        if picked is not None:  # an exclusive group never lets its last checked button go
            self._group.setExclusive(False)
            picked.setChecked(False)
            self._group.setExclusive(True)
        self._feedback.clear()
        self._feedback.setVisible(False)

    def _show(self, text: str) -> None:
        self._feedback.setText(text)
        self._feedback.setVisible(True)
