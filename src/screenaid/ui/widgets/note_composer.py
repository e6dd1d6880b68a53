"""The note composer: neutral wording of the checked findings, a starting point the clinician edits.

The note is rebuilt from the screening session on every change until the clinician edits it; from then on
their text is kept and a button offers to start again from the checklist. Details the checked item does not
carry are visible blanks such as ``[who]``: Copy warns while any remain, and copies only when pressed a
second time. Nothing is stored: the note and the additions live only in the text boxes, and Copy goes
through the private clipboard, which clears itself after a minute and on exit if it still holds our text.
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

from screenaid.screening import compose_note, left_out_of_note, note_template, unfilled_blanks
from screenaid.ui.translation import QT_TRANSLATE_NOOP
from screenaid.ui.widgets.heading import Heading

if TYPE_CHECKING:
    from screenaid.ui.context import AppContext

HEADING = QT_TRANSLATE_NOOP("NoteComposer", "Note for the health record")
COPY = QT_TRANSLATE_NOOP("NoteComposer", "&Copy note")
COPY_ANYWAY = QT_TRANSLATE_NOOP("NoteComposer", "Copy &anyway")
REBUILD = QT_TRANSLATE_NOOP("NoteComposer", "&Rebuild from checklist")


class NoteComposer(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._copying = False
        self._ours = False
        self._composed = ""
        self._confirming = False
        heading = self.tr(HEADING)
        self.setAccessibleName(heading)

        explain = QLabel(
            self.tr(
                "Built only from the items you checked, in neutral wording without names. It is a starting "
                "point: edit it freely, and fill in or delete every [blank]. Read it before you paste it. "
                "Nothing here is saved."
            ),
            self,
        )
        explain.setWordWrap(True)
        self.preview = QPlainTextEdit(self)
        self.preview.setTabChangesFocus(True)
        self.preview.setAccessibleName(self.tr("Composed note (editable)"))
        self.blanks = QLabel(self)
        self.blanks.setWordWrap(True)
        self.blanks.setAccessibleName(self.tr("Blanks left in the note"))
        self.left_out = QLabel(self)
        self.left_out.setWordWrap(True)
        self.left_out.setAccessibleName(self.tr("Checked items not written to the note"))
        self.changed_notice = QLabel(
            self.tr(
                "The checklist changed after you edited the note. Rebuild to start again from it "
                "(your edits are replaced)."
            ),
            self,
        )
        self.changed_notice.setWordWrap(True)
        self.rebuild_button = QPushButton(self.tr(REBUILD), self)
        self.rebuild_button.setAccessibleName(self.tr(REBUILD).replace("&", ""))
        self.rebuild_button.setAutoDefault(False)
        self.additions = QPlainTextEdit(self)
        self.additions.setTabChangesFocus(True)
        self.additions.setAccessibleName(self.tr("Your additions to the note"))
        self.additions.setMaximumHeight(self.additions.fontMetrics().lineSpacing() * 6)
        additions_label = QLabel(self.tr("&Your additions (optional, not saved):"), self)
        additions_label.setBuddy(self.additions)
        self.copy_button = QPushButton(self.tr(COPY), self)
        self.copy_button.setAccessibleName(self.tr(COPY).replace("&", ""))
        self.copy_button.setAutoDefault(False)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Clipboard status"))

        rebuild_row = QHBoxLayout()
        rebuild_row.addWidget(self.changed_notice, 1)
        rebuild_row.addWidget(self.rebuild_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(Heading(heading, 3, self))
        layout.addWidget(explain)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.blanks)
        layout.addWidget(self.left_out)
        layout.addLayout(rebuild_row)
        layout.addWidget(additions_label)
        layout.addWidget(self.additions)
        layout.addLayout(buttons)

        context.session.changed.connect(self.refresh)
        self.additions.textChanged.connect(self.refresh)
        self.preview.textChanged.connect(self._note_edited)
        self.rebuild_button.clicked.connect(self.rebuild)
        self.copy_button.clicked.connect(self.copy)
        context.clipboard.copied.connect(self._copied)
        context.clipboard.cleared.connect(self._cleared)
        self._show_rebuild(False)
        self.rebuild()

    # -- the note --------------------------------------------------------------------------------------

    def note_text(self) -> str:
        """The note the checklist and the additions compose (the core's wording, before any edit)."""
        return compose_note(self._context.library, self._context.session.state, self.additions.toPlainText())

    def is_edited(self) -> bool:
        """Whether the clinician has changed the composed note in the note box."""
        return self.preview.toPlainText() != self._composed

    def refresh(self) -> None:
        """Follow the checklist, unless the clinician has edited the note: then offer to rebuild."""
        self._show_left_out()
        if self.is_edited():
            self._show_rebuild(self.note_text() != self._composed)
        else:
            self.rebuild()

    def rebuild(self) -> None:
        """Replace the note box with the note composed from the checklist (this also clears its undo history)."""
        self._composed = self.note_text()
        self.preview.setPlainText(self._composed)
        self._show_rebuild(False)
        self._show_left_out()

    def copy(self) -> None:
        text = self.preview.toPlainText()
        blanks = unfilled_blanks(text)
        if blanks and not self._confirming:
            self._confirming = True
            self._ours = False
            self.copy_button.setText(self.tr(COPY_ANYWAY))
            self.copy_button.setAccessibleName(self.tr(COPY_ANYWAY).replace("&", ""))
            self.status.setText(
                self.tr(
                    "Not copied: the note still has blanks ({blanks}). Fill them in or delete them, "
                    "or press Copy anyway to copy the note as it is."
                ).format(blanks=", ".join(blanks))
            )
            return
        self._end_confirming()
        self._copying = True
        try:
            self._context.clipboard.copy(text)
        finally:
            self._copying = False

    def reset(self) -> None:
        """Forget the typed additions, any edits (and both undo histories) and the status line."""
        self.additions.setPlainText("")
        self.status.clear()
        self._ours = False
        self._end_confirming()
        self.rebuild()

    # -- internals -------------------------------------------------------------------------------------

    def _note_edited(self) -> None:
        blanks = unfilled_blanks(self.preview.toPlainText())
        left = self.tr("Blanks to fill in or delete: {blanks}")
        self.blanks.setText(left.format(blanks=", ".join(blanks)) if blanks else "")
        self.blanks.setVisible(bool(blanks))
        if self._confirming:
            self._end_confirming()
            self.status.clear()

    def _end_confirming(self) -> None:
        self._confirming = False
        self.copy_button.setText(self.tr(COPY))
        self.copy_button.setAccessibleName(self.tr(COPY).replace("&", ""))

    def _show_rebuild(self, visible: bool) -> None:
        self.changed_notice.setVisible(visible)
        self.rebuild_button.setVisible(visible)

    def _show_left_out(self) -> None:
        items = left_out_of_note(self._context.library, self._context.session.state)
        template = note_template(self._context.library)
        notice = template.left_out_notice if template and template.left_out_notice else ""
        titles = "; ".join(item.title for item in items)
        self.left_out.setText(f"{notice}\n{titles}".strip() if items else "")
        self.left_out.setVisible(bool(items))

    def _copied(self, seconds: int) -> None:
        # Another page may copy too: then the clipboard no longer holds our note.
        self._ours = self._copying
        copied = self.tr(
            "Copied. The clipboard will be cleared in %n seconds, and when ScreenAid closes.", "", seconds
        )
        self.status.setText(copied if self._ours else "")

    def _cleared(self) -> None:
        if self._ours:
            self.status.setText(self.tr("The clipboard has been cleared."))
        self._ours = False
