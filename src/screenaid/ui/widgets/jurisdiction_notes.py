"""The jurisdiction's law, reporting duties, referral route and coding, with a plain sentence where
ScreenAid has nothing ("No guidance for Scotland yet — follow your local policy")."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QTextBrowser, QWidget

from screenaid.content.common import Source
from screenaid.content.jurisdiction_models import TOPIC_TITLES, NoteTopic
from screenaid.content.jurisdiction_view import missing_message, notes_by_topic
from screenaid.content.jurisdictions import jurisdiction_name
from screenaid.content.library import Library


def notes_markdown(library: Library, jurisdiction: str, topics: Sequence[NoteTopic], heading: str) -> str:
    parts = [f"## {heading}: {jurisdiction_name(jurisdiction)} ({jurisdiction})"]
    by_topic = notes_by_topic(library, jurisdiction)
    for topic in topics:
        if len(topics) > 1:
            parts.append(f"### {TOPIC_TITLES[topic]}")
        notes = by_topic[topic]
        if not notes:
            parts.append(f"*{missing_message(library, jurisdiction, topic)}*")
        for note in notes:
            parts.append(f"**{note.title}**\n\n{note.summary}")
            if note.detail:
                parts.append(note.detail)
            cited = [s.citation() for i in note.sources if isinstance(s := library.get(i), Source)]
            if cited:
                parts.append("Sources: " + "; ".join(cited))
    return "\n\n".join(parts)


class JurisdictionNotes(QTextBrowser):
    def __init__(
        self,
        library: Library,
        jurisdiction: str,
        topics: Sequence[NoteTopic] = tuple(NoteTopic),
        heading: str = "Law and reporting",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setOpenExternalLinks(False)
        self.setOpenLinks(False)
        self.setAccessibleName(f"{heading}: {jurisdiction_name(jurisdiction)}")
        self.setMarkdown(notes_markdown(library, jurisdiction, topics, heading))
        self.setAccessibleDescription(self.toPlainText())
