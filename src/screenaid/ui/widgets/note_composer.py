"""The note composer: neutral wording of the checked findings, ready to paste into the health record.

The note is rebuilt from the screening session on every change. The clinician's own additions live only in
the text box (never stored), and Copy goes through the private clipboard, which clears itself after a
minute and on exit if it still holds our text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from screenaid.screening import compose_note
from screenaid.ui.widgets.heading import Heading

if TYPE_CHECKING:
    from screenaid.ui.context import AppContext

HEADING = "Note for the health record"
EXPLAIN = (
    "Built only from the items you checked, in neutral wording without names. "
    "Read it before you paste it. Nothing here is saved."
)
ADDITIONS_LABEL = "&Your additions (optional, not saved):"
PREVIEW_NAME = "Composed note"
ADDITIONS_NAME = "Your additions to the note"
COPY = "&Copy note"
COPIED = "Copied. The clipboard will be cleared in {seconds} seconds, and when ScreenAid closes."
CLEARED = "The clipboard has been cleared."


class NoteComposer(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._copying = False
        self._ours = False
        self.setAccessibleName(HEADING)

        explain = QLabel(EXPLAIN, self)
        explain.setWordWrap(True)
        self.preview = QPlainTextEdit(self)
        self.preview.setReadOnly(True)
        self.preview.setTabChangesFocus(True)
        self.preview.setAccessibleName(PREVIEW_NAME)
        self.additions = QPlainTextEdit(self)
        self.additions.setTabChangesFocus(True)
        self.additions.setAccessibleName(ADDITIONS_NAME)
        self.additions.setMaximumHeight(self.additions.fontMetrics().lineSpacing() * 6)
        additions_label = QLabel(ADDITIONS_LABEL, self)
        additions_label.setBuddy(self.additions)
        self.copy_button = QPushButton(COPY, self)
        self.copy_button.setAccessibleName(COPY.replace("&", ""))
        self.copy_button.setAutoDefault(False)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName("Clipboard status")

        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(Heading(HEADING, 3, self))
        layout.addWidget(explain)
        layout.addWidget(self.preview, 1)
        layout.addWidget(additions_label)
        layout.addWidget(self.additions)
        layout.addLayout(buttons)

        context.session.changed.connect(self.refresh)
        self.additions.textChanged.connect(self.refresh)
        self.copy_button.clicked.connect(self.copy)
        context.clipboard.copied.connect(self._copied)
        context.clipboard.cleared.connect(self._cleared)
        self.refresh()

    def note_text(self) -> str:
        return compose_note(self._context.library, self._context.session.state, self.additions.toPlainText())

    def refresh(self) -> None:
        self.preview.setPlainText(self.note_text())

    def copy(self) -> None:
        self._copying = True
        try:
            self._context.clipboard.copy(self.note_text())
        finally:
            self._copying = False

    def reset(self) -> None:
        """Forget the typed additions (and their undo history) and the status line."""
        self.additions.setPlainText("")
        self.status.clear()
        self._ours = False
        self.refresh()

    def _copied(self, seconds: int) -> None:
        # Another page may copy too: then the clipboard no longer holds our note.
        self._ours = self._copying
        self.status.setText(COPIED.format(seconds=seconds) if self._ours else "")

    def _cleared(self) -> None:
        if self._ours:
            self.status.setText(CLEARED)
        self._ours = False
