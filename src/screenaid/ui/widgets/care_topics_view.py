"""Care at the visit: one care topic at a time, with its guideline, where it applies, and its sources."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFormLayout, QVBoxLayout, QWidget

from screenaid.content.common import Source
from screenaid.ui.labels import JURISDICTION_NAMES, jurisdiction_label
from screenaid.ui.widgets.heading import Heading
from screenaid.ui.widgets.markdown_label import MarkdownLabel
from screenaid.ui.widgets.reading_width import ReadingColumn

if TYPE_CHECKING:
    from screenaid.content import Library
    from screenaid.content.training_models import CareTopic


def _jurisdiction_name(code: str) -> str:
    if code == "intl":
        return QCoreApplication.translate("CareTopicsView", "International")
    return jurisdiction_label(code) if code.upper() in JURISDICTION_NAMES else code.upper()


def jurisdiction_text(topic: CareTopic, country: str | None = None) -> str:
    """Where the topic applies; a clear warning when the clinic's country is not one of them."""
    if not topic.written_for:
        return QCoreApplication.translate(
            "CareTopicsView", "Practice does not differ by country in the sources used."
        )
    names = ", ".join(_jurisdiction_name(code) for code in topic.written_for)
    if country and country.lower() not in topic.written_for:
        return QCoreApplication.translate(
            "CareTopicsView",
            "**Not checked for your country ({country}).** This card follows guidance for {names}; "
            "use your national guideline for timings and regimens.",
        ).format(country=country.upper(), names=names)
    return QCoreApplication.translate(
        "CareTopicsView", "Applies as written in: {names}. Elsewhere, follow your national guideline."
    ).format(names=names)


class CareTopicsView(ReadingColumn):
    def __init__(self, library: Library, parent: QWidget | None = None, country: str | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self._country = country
        self._topics = library.care_topics
        self.setAccessibleName(self.tr("Care at the visit"))
        layout = QVBoxLayout(self)
        layout.addWidget(Heading(self.tr("Care at the visit"), 1, self))
        layout.addWidget(
            MarkdownLabel(
                self.tr(
                    "What to offer for the health needs the checklist points to, with the time windows the "
                    "named guideline gives. Your clinic's protocol and a prescriber's judgement come first."
                ),
                self,
            )
        )
        self.picker = QComboBox(self)
        self.picker.setAccessibleName(self.tr("Care topic"))
        for topic in self._topics:
            self.picker.addItem(topic.title, topic.id)
        form = QFormLayout()
        form.addRow(self.tr("&Topic:"), self.picker)
        layout.addLayout(form)
        self.title = Heading("", 2, self)
        self.summary = MarkdownLabel("", self)
        self.body = MarkdownLabel("", self)
        self.guideline = MarkdownLabel("", self)
        self.sources = MarkdownLabel("", self)
        for widget in (self.title, self.summary, self.body, self.guideline, self.sources):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.picker.currentIndexChanged.connect(self._show_index)
        self._show_index(0)

    def show_topic(self, topic_id: str) -> bool:
        index = self.picker.findData(topic_id)
        if index < 0:
            return False
        self.picker.setCurrentIndex(index)
        self._show_index(index)
        return True

    @property
    def current(self) -> CareTopic | None:
        index = self.picker.currentIndex()
        return self._topics[index] if 0 <= index < len(self._topics) else None

    def _show_index(self, index: int) -> None:
        if not 0 <= index < len(self._topics):
            return
        topic = self._topics[index]
        self.title.setText(f"<h2 style='margin:0'>{_escape(topic.title)}</h2>")
        self.title.setAccessibleName(topic.title)
        urgent = "**" + self.tr("Time-critical.") + "** " if topic.time_critical else ""
        self.summary.setText(urgent + topic.summary)
        self.body.setText(topic.body)
        guideline = self.tr("Guideline:")
        reviewed = self.tr("Reviewed {date}.").format(date=topic.reviewed.isoformat())
        self.guideline.setText(
            f"**{guideline}** {topic.guideline}  \n{jurisdiction_text(topic, self._country)}  \n*{reviewed}*"
        )
        citations = [
            source.citation()
            for source_id in topic.sources
            if (source := self._library.get_as(source_id, Source)) is not None
        ]
        self.sources.setText("**" + self.tr("Sources") + "**\n\n" + "\n".join(f"- {c}" for c in citations))


def _escape(text: str) -> str:
    from html import escape

    return escape(text)
