"""The jurisdiction's law, reporting duties, referral route and coding, with a plain sentence where
ScreenAid has nothing ("No guidance for Scotland yet — follow your local policy")."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QTextBrowser, QWidget

from screenaid.content.common import Source
from screenaid.content.jurisdiction_models import NoteTopic
from screenaid.content.jurisdiction_view import notes_by_topic, regions_with_notes
from screenaid.content.library import Library
from screenaid.ui.labels import jurisdiction_label
from screenaid.ui.translation import QT_TRANSLATE_NOOP

TOPIC_LABELS = {
    NoteTopic.LAW: QT_TRANSLATE_NOOP("JurisdictionNotes", "Definition and law"),
    NoteTopic.REPORTING_MINOR: QT_TRANSLATE_NOOP("JurisdictionNotes", "Reporting: a child or young person"),
    NoteTopic.REPORTING_ADULT_AT_RISK: QT_TRANSLATE_NOOP("JurisdictionNotes", "Reporting: an adult at risk"),
    NoteTopic.REPORTING_ADULT: QT_TRANSLATE_NOOP("JurisdictionNotes", "Reporting: a capable adult"),
    NoteTopic.REFERRAL: QT_TRANSLATE_NOOP("JurisdictionNotes", "Referral route for survivors"),
    NoteTopic.CODING: QT_TRANSLATE_NOOP("JurisdictionNotes", "Diagnosis coding"),
}
"""The interface's words for each topic (the core's ``TOPIC_TITLES``, in the interface language)."""
CODING_HEADING = QT_TRANSLATE_NOOP("JurisdictionNotes", "Diagnosis coding")


class JurisdictionNotes(QTextBrowser):
    def __init__(
        self,
        library: Library,
        jurisdiction: str,
        topics: Sequence[NoteTopic] = tuple(NoteTopic),
        heading: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``heading``: an English source text marked for translation (default "Law and reporting")."""
        super().__init__(parent)
        self._library = library
        heading = self.tr(heading) if heading else self.tr("Law and reporting")
        self.setOpenExternalLinks(False)
        self.setOpenLinks(False)
        self.setAccessibleName(f"{heading}: {jurisdiction_label(jurisdiction)}")
        self.setMarkdown(self.markdown(jurisdiction, topics, heading))
        self.setAccessibleDescription(self.toPlainText())

    def markdown(self, jurisdiction: str, topics: Sequence[NoteTopic], heading: str) -> str:
        library = self._library
        parts = [f"## {heading}: {jurisdiction_label(jurisdiction)} ({jurisdiction})"]
        by_topic = notes_by_topic(library, jurisdiction)
        for topic in topics:
            if len(topics) > 1:
                parts.append(f"### {self.tr(TOPIC_LABELS[topic])}")
            notes = by_topic[topic]
            if not notes:
                parts.append(f"*{self.missing(jurisdiction, topic)}*")
            for note in notes:
                parts.append(f"**{note.title}**\n\n{note.summary}")
                if note.detail:
                    parts.append(note.detail)
                cited = [s.citation() for i in note.sources if isinstance(s := library.get(i), Source)]
                if cited:
                    parts.append(self.tr("Sources: {sources}").format(sources="; ".join(cited)))
        return "\n\n".join(parts)

    def missing(self, jurisdiction: str, topic: NoteTopic) -> str:
        """What to say where ``topic`` has no note (the core's ``missing_message``, in the interface language)."""
        regions = regions_with_notes(self._library, jurisdiction, topic)
        if regions:
            names = ", ".join(f"{jurisdiction_label(r)} ({r})" for r in regions)
            return self.tr(
                "Guidance for {name} differs by region: choose one in the header ({regions}), "
                "or ask IT to set the jurisdiction."
            ).format(name=jurisdiction_label(jurisdiction), regions=names)
        return self.tr("No guidance for {name} yet — follow your local policy.").format(
            name=jurisdiction_label(jurisdiction)
        )
