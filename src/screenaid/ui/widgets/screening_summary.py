"""The live summary of the screen: how many items are checked, of which kind, domain and category."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from screenaid.content.library import Library
from screenaid.screening import FindingsLevel, Summary, summarize
from screenaid.ui.screening_labels import (
    CATEGORY_LABELS,
    DOMAIN_LABELS,
    HIGH_CONCERN,
    KIND_LABELS,
    KIND_PLURALS,
    POPULATION_LABELS,
)
from screenaid.ui.screening_session import ScreeningSession

NOTHING_CHECKED = "Nothing checked yet. Check what you see or hear; the next steps update as you go."


def summary_lines(summary: Summary) -> list[str]:
    """The summary as plain sentences (also the accessible description)."""
    if summary.total == 0:
        return [NOTHING_CHECKED]
    kinds = ", ".join(
        f"{n} {KIND_LABELS[kind].lower() if n == 1 else KIND_PLURALS[kind]}"
        for kind, n in summary.by_kind.items()
    )
    lines = [f"{summary.total} checked: {kinds}."]
    lines.append(
        "Domain: " + ", ".join(f"{DOMAIN_LABELS[d]} {n}" for d, n in summary.by_domain.items()) + "."
    )
    lines.append(
        "Category: " + ", ".join(f"{CATEGORY_LABELS[c]} {n}" for c, n in summary.by_category.items()) + "."
    )
    lines.append("Populations: " + ", ".join(POPULATION_LABELS[p] for p in summary.populations) + ".")
    if summary.high_concern:
        lines.append(f"{HIGH_CONCERN}: " + "; ".join(i.title for i in summary.high_concern) + ".")
    return lines


class ScreeningSummary(QWidget):
    def __init__(self, library: Library, session: ScreeningSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self._session = session
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.label.setAccessibleName("Screening summary")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        session.changed.connect(self.refresh)
        self.refresh()

    @property
    def summary(self) -> Summary:
        return summarize(self._library, self._session.state)

    def text(self) -> str:
        return "\n".join(summary_lines(self.summary))

    def refresh(self) -> None:
        summary = self.summary
        lines = summary_lines(summary)
        parts = [escape(line) for line in lines]
        if summary.findings is FindingsLevel.HIGH:
            parts[-1] = f"<b>{parts[-1]}</b>"
        self.label.setText("<br>".join(parts))
        self.label.setAccessibleDescription(" ".join(lines))
