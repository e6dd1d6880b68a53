"""The live summary of the screen: how many items are checked, of which kind, domain and category."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from screenaid.content.library import Library
from screenaid.content.screening_models import IndicatorKind
from screenaid.screening import FindingsLevel, Summary, summarize
from screenaid.ui.screening_labels import (
    CATEGORY_LABELS,
    DOMAIN_LABELS,
    HIGH_CONCERN,
    POPULATION_LABELS,
    screening_label,
)
from screenaid.ui.screening_session import ScreeningSession


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
        self.label.setAccessibleName(self.tr("Screening summary"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        session.changed.connect(self.refresh)
        self.refresh()

    @property
    def summary(self) -> Summary:
        return summarize(self._library, self._session.state)

    def text(self) -> str:
        return "\n".join(self.lines(self.summary))

    def lines(self, summary: Summary) -> list[str]:
        """The summary as plain sentences (also the accessible description)."""
        if summary.total == 0:
            return [
                self.tr("Nothing checked yet. Check what you see or hear; the next steps update as you go.")
            ]
        kinds = ", ".join(self._kind_count(kind, n) for kind, n in summary.by_kind.items())
        domains = ", ".join(f"{screening_label(DOMAIN_LABELS[d])} {n}" for d, n in summary.by_domain.items())
        categories = ", ".join(
            f"{screening_label(CATEGORY_LABELS[c])} {n}" for c, n in summary.by_category.items()
        )
        populations = ", ".join(screening_label(POPULATION_LABELS[p]) for p in summary.populations)
        lines = [
            self.tr("%n checked: {kinds}.", "", summary.total).format(kinds=kinds),
            self.tr("Domain: {domains}.").format(domains=domains),
            self.tr("Category: {categories}.").format(categories=categories),
            self.tr("Populations: {populations}.").format(populations=populations),
        ]
        if summary.high_concern:
            titles = "; ".join(i.title for i in summary.high_concern)
            lines.append(
                self.tr("{high_concern}: {titles}.").format(
                    high_concern=screening_label(HIGH_CONCERN), titles=titles
                )
            )
        return lines

    def _kind_count(self, kind: IndicatorKind, count: int) -> str:
        if kind is IndicatorKind.RISK_FACTOR:
            return self.tr("%n risk factor(s)", "", count)
        return self.tr("%n indicator(s)", "", count)

    def refresh(self) -> None:
        summary = self.summary
        lines = self.lines(summary)
        parts = [escape(line) for line in lines]
        if summary.findings is FindingsLevel.HIGH:
            parts[-1] = f"<b>{parts[-1]}</b>"
        self.label.setText("<br>".join(parts))
        self.label.setAccessibleDescription(" ".join(lines))
