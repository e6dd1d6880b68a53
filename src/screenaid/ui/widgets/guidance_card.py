"""One point of safe-documentation guidance: summary, do and don't, and detail on demand."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from screenaid.ui.widgets.heading import Heading
from screenaid.ui.widgets.markdown_label import MarkdownLabel
from screenaid.ui.widgets.toggle_section import ToggleSection

if TYPE_CHECKING:
    from screenaid.content.ask_document import Guidance


def _list(title: str, items: tuple[str, ...]) -> str:
    return f"**{title}**\n\n" + "\n".join(f"- {item}" for item in items)  # title: already translated


class GuidanceCard(QFrame):
    def __init__(self, guidance: Guidance, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.guidance = guidance
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(guidance.title)
        layout = QVBoxLayout(self)
        layout.addWidget(Heading(guidance.title, 3, self))
        layout.addWidget(MarkdownLabel(guidance.summary, self))
        if guidance.do:
            layout.addWidget(MarkdownLabel(_list(self.tr("Do"), guidance.do), self))
        if guidance.dont:
            layout.addWidget(MarkdownLabel(_list(self.tr("Don't"), guidance.dont), self))
        self.detail: ToggleSection | None = None
        if guidance.detail:
            self.detail = ToggleSection(
                self.tr("More detail: {title}").format(title=guidance.title),
                self.tr("Less detail: {title}").format(title=guidance.title),
                MarkdownLabel(guidance.detail),
                self,
            )
            layout.addWidget(self.detail)

    def set_highlighted(self, highlighted: bool) -> None:
        self.setFrameShape(QFrame.Shape.Box if highlighted else QFrame.Shape.StyledPanel)
        self.setLineWidth(3 if highlighted else 1)

    def reset(self) -> None:
        self.set_highlighted(False)
        if self.detail is not None:
            self.detail.set_expanded(False)
