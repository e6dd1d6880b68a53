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
from screenaid.ui.view_traces import forget_view_traces
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
        self._cards: dict[str, PromptCard] = {}
        self._linked_ids: list[str] = []
        self._made: dict[str, PromptCard] = {}
        """Every card made, shown or not: a change of order, filter or Spanish column moves, shows, hides or
        changes them, and a wipe resets them."""
        self._body = QWidget()
        self._body_layout = QVBoxLayout(self._body)
        self._linked_heading = Heading(self.tr("Linked to what you checked on Screen"), 2, self._body)
        self._other_heading = Heading(self.tr("All other prompts"), 2, self._body)
        self.prompt_list.setWidget(self._body)
        self._shown: tuple[tuple[str, ...], tuple[str, ...], bool] | None = None
        """What the list shows (prompt ids, linked ids, Spanish or not): a change that leaves it as it is
        (an answer on the pathway) does nothing."""
        for signal in (self.stage.currentIndexChanged, self.topic.currentIndexChanged, self.spanish.toggled):
            signal.connect(self._rebuild)
        context.session.changed.connect(self._rebuild)
        self._rebuild()

    @property
    def cards(self) -> dict[str, PromptCard]:
        """The cards shown, by prompt id, in the order shown."""
        return self._cards

    @property
    def linked_ids(self) -> list[str]:
        """The prompts shown first because an item checked on Screen links them."""
        return self._linked_ids

    def _matches(self, prompt: Prompt) -> bool:
        stage, topic = self.stage.currentData(), self.topic.currentData()
        return (stage == ANY or prompt.stage.value == stage) and (
            topic == ANY or any(t.value == topic for t in prompt.topics)
        )

    def _rebuild(self) -> None:
        """Show the prompts that match the filters, those linked from checked items first.

        The cards are made once and then moved, shown or hidden: a tick on Screen used to make all 62 cards
        again, in the hidden page too (about 200 ms per tick, and 450 widgets made and deleted each time).
        The Spanish column is added to or removed from each card, and a wipe resets the cards in place."""
        library, state = self._context.library, self._context.session.state
        linked = {pid for indicator in checked_indicators(library, state) for pid in indicator.prompts}
        prompts = [prompt for prompt in linked_prompts(library, state) if self._matches(prompt)]
        linked_ids = [prompt.id for prompt in prompts if prompt.id in linked]
        show_spanish = self.spanish.isChecked()
        shown = (tuple(prompt.id for prompt in prompts), tuple(linked_ids), show_spanish)
        if shown == self._shown:
            return
        spanish_changed = self._shown is not None and self._shown[2] != show_spanish
        self._shown = shown
        self._linked_ids = linked_ids
        body, layout = self._body, self._body_layout
        if spanish_changed:
            for made in self._made.values():
                made.set_spanish(show_spanish)
        while layout.count():
            layout.takeAt(0)
        order: list[QWidget] = []
        if linked_ids:
            order.append(self._linked_heading)
        self._cards = {}
        for index, prompt in enumerate(prompts):
            if linked_ids and index == len(linked_ids):
                order.append(self._other_heading)
            card = self._made.get(prompt.id)
            if card is None:
                card = self._made[prompt.id] = PromptCard(prompt, show_spanish, body)
            self._cards[prompt.id] = card
            order.append(card)
        placed = set(order)
        unplaced: list[QWidget] = [self._linked_heading, self._other_heading, *self._made.values()]
        for widget in unplaced:
            if widget not in placed:
                widget.setHidden(True)
        for item in order:
            layout.addWidget(item)
            item.setHidden(False)
            item.raise_()  # the children's order is the order shown: screen readers read them so
        layout.addStretch(1)
        count = self.tr("%n prompt(s) shown", "", len(prompts))
        self.count.setText(
            self.tr("{shown}, %n linked to checked items.", "", len(linked_ids)).format(shown=count)
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
        for other in self._made.values():  # hidden cards too: none comes back highlighted
            other.set_highlighted(other is card)
        QTimer.singleShot(0, lambda: self.prompt_list.ensureWidgetVisible(card, 0, 0))
        return True

    def reset(self) -> None:
        """Idle wipe: filters back to all, no Spanish column, and the cards as a fresh page shows them: the
        order of the (now empty) session, none highlighted, no text selected, the list at the top.

        The cards are reset in place, not made again: making all 62 took about 140 ms per wipe and left
        about 4 MB of freed heap that glibc could not hand back (issue 16)."""
        self.stage.setCurrentIndex(0)
        self.topic.setCurrentIndex(0)
        self.spanish.setChecked(False)
        self._rebuild()
        for card in self._made.values():
            card.reset()
        forget_view_traces(self)
