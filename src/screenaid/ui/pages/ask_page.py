"""Ask: trauma-informed phrasing by conversation stage and topic; prompts linked to checked items first."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from screenaid.content.ask_document import Prompt, PromptTopic, Stage
from screenaid.screening import checked_indicators, linked_prompts
from screenaid.ui.labels import enum_label
from screenaid.ui.widgets.heading import Heading
from screenaid.ui.widgets.prompt_card import PromptCard

if TYPE_CHECKING:
    from screenaid.ui.context import AppContext

ANY = ""


class AskPage(QWidget):
    navigate_to = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.setAccessibleName(self.tr("Ask"))
        self.stage = QComboBox(self)
        self.stage.setAccessibleName(self.tr("Conversation stage"))
        self.stage.addItem(self.tr("All stages"), ANY)
        for stage in Stage:
            self.stage.addItem(enum_label(stage), stage.value)
        self.topic = QComboBox(self)
        self.topic.setAccessibleName(self.tr("Topic"))
        self.topic.addItem(self.tr("All topics"), ANY)
        for topic in PromptTopic:
            self.topic.addItem(enum_label(topic), topic.value)
        self.spanish = QCheckBox(self.tr("Show Spanish beside English"), self)
        self.spanish.setAccessibleName(self.tr("Show Spanish beside English"))
        filters = QHBoxLayout()
        for text, widget in ((self.tr("Stage:"), self.stage), (self.tr("Topic:"), self.topic)):
            label = QLabel(text, self)
            label.setBuddy(widget)
            filters.addWidget(label)
            filters.addWidget(widget)
        filters.addWidget(self.spanish)
        filters.addStretch(1)
        self.prompt_list = QScrollArea(self)
        self.prompt_list.setWidgetResizable(True)
        self.prompt_list.setAccessibleName(self.tr("Prompts"))
        self.count = QLabel(self)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.count)
        layout.addWidget(self.prompt_list, 1)
        self.cards: dict[str, PromptCard] = {}
        self.linked_ids: list[str] = []
        for signal in (self.stage.currentIndexChanged, self.topic.currentIndexChanged, self.spanish.toggled):
            signal.connect(self._rebuild)
        context.session.changed.connect(self._rebuild)
        self._rebuild()

    def _matches(self, prompt: Prompt) -> bool:
        stage, topic = self.stage.currentData(), self.topic.currentData()
        return (stage == ANY or prompt.stage.value == stage) and (
            topic == ANY or any(t.value == topic for t in prompt.topics)
        )

    def _rebuild(self) -> None:
        library, state = self._context.library, self._context.session.state
        linked = {pid for indicator in checked_indicators(library, state) for pid in indicator.prompts}
        prompts = [prompt for prompt in linked_prompts(library, state) if self._matches(prompt)]
        self.linked_ids = [prompt.id for prompt in prompts if prompt.id in linked]
        body = QWidget()
        layout = QVBoxLayout(body)
        self.cards = {}
        show_spanish = self.spanish.isChecked()
        if self.linked_ids:
            layout.addWidget(Heading(self.tr("Linked to what you checked on Screen"), 2, body))
        for index, prompt in enumerate(prompts):
            if self.linked_ids and index == len(self.linked_ids):
                layout.addWidget(Heading(self.tr("All other prompts"), 2, body))
            card = PromptCard(prompt, show_spanish, body)
            self.cards[prompt.id] = card
            layout.addWidget(card)
        layout.addStretch(1)
        old = self.prompt_list.takeWidget()
        if old is not None:
            old.deleteLater()
        self.prompt_list.setWidget(body)
        shown = self.tr("%n prompt(s) shown", "", len(prompts))
        self.count.setText(
            self.tr("{shown}, %n linked to checked items.", "", len(self.linked_ids)).format(shown=shown)
        )

    def show_entry(self, entry_id: str) -> bool:
        if not isinstance(self._context.library.get(entry_id), Prompt):
            return False
        if entry_id not in self.cards:
            self.stage.setCurrentIndex(0)
            self.topic.setCurrentIndex(0)
        card = self.cards.get(entry_id)
        if card is None:
            return False
        for other in self.cards.values():
            other.set_highlighted(other is card)
        QTimer.singleShot(0, lambda: self.prompt_list.ensureWidgetVisible(card, 0, 0))
        return True

    def reset(self) -> None:
        self.stage.setCurrentIndex(0)
        self.topic.setCurrentIndex(0)
        self.spanish.setChecked(False)
        self._rebuild()
