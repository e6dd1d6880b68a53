"""The next steps for this patient: the pathway steps that apply, then those waiting for an answer."""

from __future__ import annotations

from PySide6.QtCore import QUrl, Signal
from PySide6.QtWidgets import QTextBrowser, QWidget

from screenaid.content.library import Library
from screenaid.content.screening_models import PathwayStep
from screenaid.screening import PlannedStep, StepStatus, pathway_plan
from screenaid.ui.entry_title import entry_title
from screenaid.ui.screening_labels import conditions_text
from screenaid.ui.screening_session import ScreeningSession
from screenaid.ui.widgets.indicator_details import ENTRY_SCHEME, entry_url

APPLIES_HEADING = "Next steps for this patient"
CONDITIONAL_HEADING = "Depending on your answers"
URGENT = "Urgent"
NONE_APPLY = "No step applies yet."


def _escape_md(text: str) -> str:
    return "".join(f"\\{ch}" if ch in "\\`*_[]<>#|" else ch for ch in text)


class NextSteps(QTextBrowser):
    """Signals: ``navigate_to(entry_id)`` when a module, prompt or guidance link is followed."""

    navigate_to = Signal(str)

    def __init__(self, library: Library, session: ScreeningSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self._session = session
        self._plan: tuple[PlannedStep, ...] = ()
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setAccessibleName("Next steps")
        self.anchorClicked.connect(self._follow)
        session.changed.connect(self.refresh)
        self.refresh()

    def step_ids(self, status: StepStatus) -> list[str]:
        return [p.step.id for p in self._plan if p.status is status]

    def refresh(self) -> None:
        self._plan = pathway_plan(self._library, self._session.state)
        applies = [p for p in self._plan if p.status is StepStatus.APPLIES]
        waiting = [p for p in self._plan if p.status is StepStatus.CONDITIONAL]
        parts = [f"## {APPLIES_HEADING}"]
        if not applies:
            parts.append(NONE_APPLY)
        for number, planned in enumerate(applies, start=1):
            parts.append(self._step_markdown(number, planned.step))
        if waiting:
            parts.append(f"## {CONDITIONAL_HEADING}")
            parts.extend(
                f"- **{_escape_md(p.step.title)}** — *{_escape_md(conditions_text(p.waiting_for))}*"
                for p in waiting
            )
        markdown = "\n\n".join(parts)
        self.setMarkdown(markdown)
        self.setAccessibleDescription(self.toPlainText())

    def _step_markdown(self, number: int, step: PathwayStep) -> str:
        title = _escape_md(step.title)
        heading = f"### {number}. {title}" + (f" ({URGENT})" if step.urgent else "")
        lines = [heading, step.detail]
        links = [
            f"[{_escape_md(entry_title(entry))}]({entry_url(entry_id)})"
            for entry_id in (*step.prompts, *step.guidance, *step.modules, *step.care)
            if (entry := self._library.get(entry_id)) is not None
        ]
        if links:
            lines.append("See also: " + " · ".join(links))
        return "\n\n".join(lines)

    def _follow(self, url: QUrl) -> None:
        if url.scheme() == ENTRY_SCHEME:
            self.navigate_to.emit(url.path())
