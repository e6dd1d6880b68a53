"""One phrasing prompt: what to say (English, with Spanish beside it on request), what to avoid, and why."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from screenaid.content.common import pick_language
from screenaid.ui.labels import enum_label
from screenaid.ui.view_traces import forget_view_traces
from screenaid.ui.widgets.heading import Heading
from screenaid.ui.widgets.markdown_label import MarkdownLabel

if TYPE_CHECKING:
    from screenaid.content.ask_document import Prompt


class PromptCard(QFrame):
    def __init__(self, prompt: Prompt, show_spanish: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.prompt = prompt
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(prompt.title)
        layout = QVBoxLayout(self)
        layout.addWidget(Heading(prompt.title, 3, self))
        topics = ", ".join(enum_label(topic) for topic in prompt.topics)
        meta = QLabel(
            self.tr("Stage: {stage} · Topics: {topics}").format(
                stage=enum_label(prompt.stage), topics=topics
            ),
            self,
        )
        meta.setWordWrap(True)
        layout.addWidget(meta)
        self._say = say = QGridLayout()
        say.addWidget(Heading(self.tr("Say (English)"), 4, self), 0, 0)
        self.english = MarkdownLabel(prompt.say["en"], self)
        say.addWidget(self.english, 1, 0)
        self._spanish: tuple[QLabel, MarkdownLabel] | None = None
        """The Spanish column's heading and text while it is shown."""
        layout.addLayout(say)
        self._avoid: MarkdownLabel | None = None
        if prompt.avoid:
            avoid = self.tr("Avoid:")
            self._avoid = MarkdownLabel(f"**{avoid}** {prompt.avoid}", self)
            layout.addWidget(self._avoid)
        why = self.tr("Why:")
        self._why = MarkdownLabel(f"**{why}** {prompt.why}", self)
        layout.addWidget(self._why)
        self.set_spanish(show_spanish)

    @property
    def spanish(self) -> MarkdownLabel | None:
        """The Spanish text while its column is shown."""
        return None if self._spanish is None else self._spanish[1]

    def set_spanish(self, show: bool) -> None:
        """Add or remove the Spanish column beside the English one, in this card.

        Removed, not hidden: kept hidden, the 124 labels of the 62 cards held about 3 MB more after a
        30,000-event session (bench_long_session --detail) than deleting and making them again."""
        if show and self._spanish is None:
            heading = Heading(self.tr("Say (Spanish)"), 4, self)
            text = MarkdownLabel(pick_language(self.prompt.say, "es"), self)
            self._say.addWidget(heading, 0, 1)
            self._say.addWidget(text, 1, 1)
            after = self._why if self._avoid is None else self._avoid
            for shown in (heading, text):  # read right after the English, as laid out
                shown.stackUnder(after)
            self._spanish = (heading, text)
        if self._spanish is not None and not show:
            for widget in self._spanish:
                self._say.removeWidget(widget)
                widget.hide()
                widget.deleteLater()
            self._spanish = None
        self._say.setColumnStretch(0, 1 if show else 0)
        self._say.setColumnStretch(1, 1 if show else 0)

    def reset(self) -> None:
        """As a new card shows it (idle wipe): not highlighted, no text selected, no focus inside."""
        self.set_highlighted(False)
        forget_view_traces(self)
        for label in self.findChildren(QLabel):
            if label.hasFocus():
                label.clearFocus()

    def set_highlighted(self, highlighted: bool) -> None:
        self.setFrameShape(QFrame.Shape.Box if highlighted else QFrame.Shape.StyledPanel)
        self.setLineWidth(3 if highlighted else 1)
