"""What to look for and why, for the checklist item in focus, with links to prompts and modules."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QUrl, Signal
from PySide6.QtWidgets import QTextBrowser, QWidget

from screenaid.content.library import Library
from screenaid.content.screening_models import Concern, Indicator
from screenaid.ui.entry_title import entry_title
from screenaid.ui.screening_labels import DOMAIN_LABELS, HIGH_CONCERN, KIND_LABELS, screening_label
from screenaid.ui.translation import QT_TRANSLATE_NOOP

ENTRY_SCHEME = "entry"
EMPTY_TEXT = QT_TRANSLATE_NOOP(
    "IndicatorDetails", "Select a checklist item to see what to look for and why it matters."
)


def entry_url(entry_id: str) -> str:
    return f"{ENTRY_SCHEME}:{entry_id}"


class IndicatorDetails(QTextBrowser):
    """Signals: ``navigate_to(entry_id)`` when a prompt or module link is followed."""

    navigate_to = Signal(str)

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self._indicator: Indicator | None = None
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setAccessibleName(self.tr("Checklist item details"))
        self.anchorClicked.connect(self._follow)
        self.show_indicator(None)

    @property
    def indicator(self) -> Indicator | None:
        return self._indicator

    def show_indicator(self, indicator: Indicator | None) -> None:
        self._indicator = indicator
        if indicator is None:
            self.setHtml(f"<p>{escape(self.tr(EMPTY_TEXT))}</p>")
            self.setAccessibleDescription(self.tr(EMPTY_TEXT))
            return
        self.setHtml(self._html(indicator))
        self.setAccessibleDescription(f"{indicator.title}. {indicator.look_for} {indicator.why}")

    def links(self) -> list[str]:
        """The entry ids this item links to, in the order shown."""
        if self._indicator is None:
            return []
        ids = (*self._indicator.prompts, *self._indicator.modules, *self._indicator.care)
        return [i for i in ids if self._library.get(i)]

    def _html(self, indicator: Indicator) -> str:
        marks = [
            escape(screening_label(KIND_LABELS[indicator.kind])),
            escape(screening_label(DOMAIN_LABELS[indicator.domain])),
        ]
        if indicator.concern is Concern.HIGH:
            marks.insert(0, f"<b>{escape(screening_label(HIGH_CONCERN))}</b>")
        look_for, why = escape(self.tr("Look for")), escape(self.tr("Why it matters"))
        parts = [
            f"<h3>{escape(indicator.title)}</h3>",
            f"<p>{' · '.join(marks)}</p>",
            f"<h4>{look_for}</h4><p>{escape(indicator.look_for)}</p>",
            f"<h4>{why}</h4><p>{escape(indicator.why)}</p>",
        ]
        sections: list[tuple[str, tuple[str, ...]]] = [
            (self.tr("Ask about it"), indicator.prompts),
            (self.tr("Learn more"), indicator.modules),
            (self.tr("Care at the visit"), indicator.care),
        ]
        for heading, ids in sections:
            items = [
                f'<li><a href="{entry_url(i)}">{escape(entry_title(entry))}</a></li>'
                for i in ids
                if (entry := self._library.get(i)) is not None
            ]
            if items:
                parts.append(f"<h4>{escape(heading)}</h4><ul>{''.join(items)}</ul>")
        return "".join(parts)

    def _follow(self, url: QUrl) -> None:
        if url.scheme() == ENTRY_SCHEME:
            self.navigate_to.emit(url.path())
