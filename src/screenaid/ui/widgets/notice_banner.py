"""A banner for content problems and integrity warnings; hidden when there is nothing to say.

Plain text under a bold heading, one bullet per notice: every development build shows a notice from its
first frame, and plain text needs no text document of its own (screenaid.ui.widgets.markdown_label).
"""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from screenaid.ui.widgets.heading import Heading
from screenaid.ui.widgets.markdown_label import SelectableLabel

BULLET = "\u2022 "


class NoticeBanner(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.Box)
        self.setLineWidth(2)
        self.setAccessibleName(self.tr("Notices"))
        self._heading = Heading(self.tr("Please note"), 4, self)
        self._label = SelectableLabel("", self)
        layout = QVBoxLayout(self)
        layout.addWidget(self._heading)
        layout.addWidget(self._label)
        self.set_notices(())

    @property
    def text(self) -> str:
        """The notices as shown, one bulleted line each."""
        return self._label.text()

    def set_notices(self, notices: tuple[str, ...]) -> None:
        self._label.setText("\n".join(BULLET + notice for notice in notices))
        self._label.setAccessibleName(" ".join(notices))
        self.setVisible(bool(notices))
