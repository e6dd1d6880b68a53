"""Document: safe-documentation guidance, the ICD-10-CM table with cautions, and the note composer."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QScrollArea, QTabWidget, QVBoxLayout, QWidget

from screenaid.config import effective_jurisdiction
from screenaid.content.ask_document import Guidance, GuidanceTopic, IcdCode
from screenaid.content.jurisdiction_models import NoteTopic
from screenaid.ui.labels import enum_label
from screenaid.ui.translation import QT_TRANSLATE_NOOP
from screenaid.ui.view_traces import forget_view_traces
from screenaid.ui.widgets.guidance_card import GuidanceCard
from screenaid.ui.widgets.heading import Heading
from screenaid.ui.widgets.icd_code_table import IcdCodeTable
from screenaid.ui.widgets.jurisdiction_notes import CODING_HEADING, JurisdictionNotes
from screenaid.ui.widgets.markdown_label import MarkdownLabel
from screenaid.ui.widgets.note_composer import NoteComposer

if TYPE_CHECKING:
    from screenaid.ui.context import AppContext

ICD_INTRO = QT_TRANSLATE_NOOP(
    "DocumentPage",
    "Codes are shown with their official description. Read the cautions before using one: a code in a "
    "record can be seen by others, for example on insurance statements or in a patient portal.",
)


class DocumentPage(QWidget):
    navigate_to = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._library = context.library
        self.setAccessibleName(self.tr("Document"))
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Documentation sections"))

        self.guidance_scroll = QScrollArea(self)
        self.guidance_scroll.setWidgetResizable(True)
        self.guidance_scroll.setAccessibleName(self.tr("Safe-documentation guidance"))
        body = QWidget()
        body_layout = QVBoxLayout(body)
        self.guidance_cards: dict[str, GuidanceCard] = {}
        by_topic: dict[GuidanceTopic, list[Guidance]] = {}
        for item in sorted(context.library.guidance, key=lambda g: g.title.casefold()):
            by_topic.setdefault(item.topic, []).append(item)
        for topic in GuidanceTopic:
            if topic not in by_topic:
                continue
            body_layout.addWidget(Heading(enum_label(topic), 2, body))
            for item in by_topic[topic]:
                card = GuidanceCard(item, body)
                self.guidance_cards[item.id] = card
                body_layout.addWidget(card)
        body_layout.addStretch(1)
        self.guidance_scroll.setWidget(body)

        codes_tab = QWidget(self)
        codes_layout = QVBoxLayout(codes_tab)
        self.codes = IcdCodeTable(context.library.icd_codes, codes_tab)
        self.coding_notes: JurisdictionNotes | None = None
        if context.library.icd_codes:  # ICD-10-CM: only where it is the national classification (US)
            codes_layout.addWidget(MarkdownLabel(self.tr(ICD_INTRO), codes_tab))
            codes_layout.addWidget(self.codes, 1)
            codes_title = self.tr("&ICD-10-CM codes")
        else:
            self.codes.hide()
            jurisdiction = effective_jurisdiction(context.config)
            self.coding_notes = JurisdictionNotes(
                context.library, jurisdiction, (NoteTopic.CODING,), CODING_HEADING, codes_tab
            )
            codes_layout.addWidget(self.coding_notes, 1)
            codes_title = self.tr("Co&ding")

        self.composer = NoteComposer(context, self)

        self.tabs.addTab(self.guidance_scroll, self.tr("&Guidance"))
        self.tabs.addTab(codes_tab, codes_title)
        self.tabs.addTab(self.composer, self.tr("Compose a &note"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def show_entry(self, entry_id: str) -> bool:
        entry = self._library.get(entry_id)
        if isinstance(entry, Guidance) and entry_id in self.guidance_cards:
            self.tabs.setCurrentWidget(self.guidance_scroll)
            card = self.guidance_cards[entry_id]
            for other in self.guidance_cards.values():
                other.set_highlighted(other is card)
            QTimer.singleShot(0, lambda: self.guidance_scroll.ensureWidgetVisible(card, 0, 0))
            return True
        if isinstance(entry, IcdCode):
            self.tabs.setCurrentIndex(1)
            return self.codes.select_code(entry_id)
        return False

    def reset(self) -> None:
        self.tabs.setCurrentIndex(0)
        for card in self.guidance_cards.values():
            card.reset()
        self.codes.clearSelection()
        self.composer.reset()
        forget_view_traces(self)  # last: what the reset showed anew starts at the top
