"""The Screen place: indicator checklist, live summary, response pathway and validated-screen cards.

Left: the checklist (core items or all, filters, items grouped by category, details of the item in focus).
Right: the live summary above three tabs: the response pathway (the questions, answered with number keys,
above the next steps, most pressing first), the pathway diagram, and reference cards for validated
instruments. One scroll area per region: the next steps scroll on their own, nothing scrolls around them.
Every view reads the shared ``ScreeningSession``; none holds clinical logic.

The fast path, key by key: search (Ctrl+K), Enter opens the best hit in the checklist, Space checks it, the
number keys answer the three questions, and the most pressing step is at the top of "Next steps".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from screenaid.content.screening_models import Indicator, Instrument, PathwayQuestion, PathwayStep
from screenaid.ui.view_traces import forget_view_traces
from screenaid.ui.widgets.heading import Heading
from screenaid.ui.widgets.indicator_checklist import IndicatorChecklist
from screenaid.ui.widgets.instrument_card import InstrumentCard, card_order
from screenaid.ui.widgets.next_steps import NextSteps
from screenaid.ui.widgets.pathway_diagram import PathwayDiagram
from screenaid.ui.widgets.pathway_questions import PathwayQuestions
from screenaid.ui.widgets.screening_summary import ScreeningSummary

if TYPE_CHECKING:
    from screenaid.ui.context import AppContext

CHECKLIST_SHARE = 0.45
"""Share of the width the checklist gets when the page first shows."""


def _scrolling(widget: QWidget, parent: QWidget, name: str) -> QScrollArea:
    area = QScrollArea(parent)
    area.setAccessibleName(name)
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setWidget(widget)
    return area


class ScreenPage(QWidget):
    """Signals: ``navigate_to(entry_id)`` when a link to a prompt, module or guidance is followed."""

    navigate_to = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        library, session = context.library, context.session
        title = self.tr("Screen")
        self.setAccessibleName(title)

        new_screen = self.tr("&New screen")
        new_screen_hint = self.tr("Uncheck every item and clear every answer.")
        self.new_screen_button = QPushButton(new_screen, self)
        self.new_screen_button.setAccessibleName(new_screen.replace("&", ""))
        self.new_screen_button.setToolTip(new_screen_hint)
        self.new_screen_button.setAccessibleDescription(new_screen_hint)
        self.new_screen_button.setAutoDefault(False)
        self.new_screen_button.clicked.connect(self.reset)

        self.checklist = IndicatorChecklist(library, session, self)
        self.summary = ScreeningSummary(library, session, self)
        self.questions = PathwayQuestions(library, session, self)
        self.next_steps = NextSteps(library, session, self)
        self.next_steps.setMinimumHeight(self.fontMetrics().lineSpacing() * 6)
        self.diagram = PathwayDiagram(library, session, self)
        self.diagram.setVisible(bool(library.pathway_steps))
        self.questions.install_keys(self)

        self.pathway_tab = QWidget(self)
        self.pathway_tab.setAccessibleName(self.tr("Response pathway"))
        pathway_layout = QVBoxLayout(self.pathway_tab)
        pathway_layout.setContentsMargins(4, 4, 4, 4)
        pathway_layout.addWidget(self.questions)
        pathway_layout.addWidget(self.next_steps, 1)
        diagram_page = QWidget(self)
        diagram_layout = QVBoxLayout(diagram_page)
        diagram_layout.addWidget(self.diagram)
        diagram_layout.addStretch(1)
        self.diagram_scroll = _scrolling(diagram_page, self, self.tr("Pathway diagram"))

        self.instrument_cards = [
            InstrumentCard(library, instrument, self)
            for instrument in sorted(library.of(Instrument), key=card_order)
        ]
        cards = QWidget(self)
        cards_layout = QVBoxLayout(cards)
        intro_text = (
            self.tr(
                "Published screening tools, described by their facts. Use the tool itself as published; "
                "its questions are not reproduced here."
            )
            if self.instrument_cards
            else self.tr("No validated screening instruments are loaded.")
        )
        intro = QLabel(intro_text, cards)
        intro.setWordWrap(True)
        cards_layout.addWidget(intro)
        for card in self.instrument_cards:
            cards_layout.addWidget(card)
        cards_layout.addStretch(1)
        self.instruments_scroll = _scrolling(cards, self, self.tr("Validated screening instruments"))

        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Screen sections"))
        self.tabs.addTab(self.pathway_tab, self.tr("&Response pathway"))
        self.tabs.addTab(self.diagram_scroll, self.tr("Pathway dia&gram"))
        self.tabs.addTab(self.instruments_scroll, self.tr("&Validated screens"))

        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.summary)
        right_layout.addWidget(self.tabs, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.checklist)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        self._splitter = splitter
        self._split_done = False

        top = QHBoxLayout()
        top.addWidget(Heading(title, 2, self), 1)
        top.addWidget(self.new_screen_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

        self.checklist.navigate_to.connect(self.navigate_to)
        self.next_steps.navigate_to.connect(self.navigate_to)

    def showEvent(self, event: QShowEvent) -> None:
        """Split the width once, when it is first known: the checklist gets room for whole titles."""
        super().showEvent(event)
        if not self._split_done and self.width() > 0:
            left = int(self._splitter.width() * CHECKLIST_SHARE)
            self._splitter.setSizes([left, self._splitter.width() - left])
            self._split_done = True

    def show_entry(self, entry_id: str) -> bool:
        """Show an indicator, instrument, pathway question or step; ``False`` for anything else."""
        entry = self._context.library.get(entry_id)
        if isinstance(entry, Indicator):
            return self.checklist.focus_indicator(entry_id)
        if isinstance(entry, Instrument):
            card = next(c for c in self.instrument_cards if c.instrument.id == entry_id)
            self.tabs.setCurrentWidget(self.instruments_scroll)
            self.instruments_scroll.ensureWidgetVisible(card)
            card.label.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        if isinstance(entry, PathwayQuestion | PathwayStep):
            self.tabs.setCurrentWidget(self.pathway_tab)
            target = self.questions if isinstance(entry, PathwayQuestion) else self.next_steps
            target.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        return False

    def reset(self) -> None:
        """Forget everything checked or answered and go back to the first view."""
        self._context.session.reset()
        self.checklist.reset()
        self.questions.fold_help()
        self.tabs.setCurrentIndex(0)
        forget_view_traces(self)  # last: what the reset showed anew starts at the top
