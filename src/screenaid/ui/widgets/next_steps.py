"""The next steps for this patient: the steps that apply, most pressing first, then those waiting for an answer.

The top of the panel is a short numbered list of the titles (urgent ones marked), so that the step that
matters is visible at a glance without scrolling; each step's full text follows in the same order.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QUrl, Signal
from PySide6.QtWidgets import QTextBrowser, QWidget

from screenaid.content.library import Library
from screenaid.content.screening_models import PathwayStep
from screenaid.screening import PlannedStep, StepStatus, pathway_plan
from screenaid.screening.priority import steps_by_priority
from screenaid.ui.entry_title import entry_title
from screenaid.ui.screening_labels import conditions_text
from screenaid.ui.screening_session import ScreeningSession
from screenaid.ui.translation import QT_TRANSLATE_NOOP
from screenaid.ui.widgets.indicator_details import ENTRY_SCHEME, entry_url

URGENT = QT_TRANSLATE_NOOP("NextSteps", "Urgent")


def _escape_md(text: str) -> str:
    return "".join(f"\\{ch}" if ch in "\\`*_[]<>#|" else ch for ch in text)


def _list_line(step: PathwayStep) -> str:
    urgent = QCoreApplication.translate("NextSteps", URGENT)
    return f"{urgent}: {step.title}" if step.urgent else step.title


class NextSteps(QTextBrowser):
    """Signals: ``navigate_to(entry_id)`` when a module, prompt or guidance link is followed."""

    navigate_to = Signal(str)

    def __init__(self, library: Library, session: ScreeningSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self._session = session
        self._plan: tuple[PlannedStep, ...] = ()
        self._shown: list[PlannedStep] = []
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setAccessibleName(self.tr("Next steps"))
        self.anchorClicked.connect(self._follow)
        session.changed.connect(self.refresh)
        self.refresh()

    def step_ids(self, status: StepStatus) -> list[str]:
        """Step ids of one status, in pathway (data) order."""
        return [p.step.id for p in self._plan if p.status is status]

    def shown_ids(self) -> list[str]:
        """The steps that apply, in the order shown: most pressing first."""
        return [p.step.id for p in self._shown]

    def step_title_visible(self, step_id: str) -> bool:
        """Whether the step's line in the list at the top can be read without scrolling."""
        planned = next((p for p in self._shown if p.step.id == step_id), None)
        if planned is None:
            return False
        line = _list_line(planned.step)
        block = self.document().begin()
        while block.isValid() and block.text().strip() != line:
            block = block.next()
        if not block.isValid():
            return False
        rect = self.document().documentLayout().blockBoundingRect(block)
        top = rect.top() - self.verticalScrollBar().value()
        return top >= 0 and top + rect.height() <= self.viewport().height()

    def refresh(self) -> None:
        self._plan = pathway_plan(self._library, self._session.state)
        self._shown = steps_by_priority(self._plan)
        waiting = [p for p in self._plan if p.status is StepStatus.CONDITIONAL]
        parts = ["## " + _escape_md(self.tr("Next steps for this patient"))]
        if not self._shown:
            parts.append(_escape_md(self.tr("No step applies yet.")))
        else:
            parts.append(_escape_md(self.tr("Most pressing first.")))
            parts.append(
                "\n".join(
                    f"{number}. {_escape_md(_list_line(p.step))}"
                    for number, p in enumerate(self._shown, start=1)
                )
            )
        if waiting:
            parts.append("## " + _escape_md(self.tr("Depending on your answers")))
            parts.extend(
                f"- **{_escape_md(p.step.title)}** — *{_escape_md(conditions_text(p.waiting_for))}*"
                for p in waiting
            )
        if self._shown:
            parts.append("## " + _escape_md(self.tr("What each step involves")))
            for number, planned in enumerate(self._shown, start=1):
                parts.append(self._step_markdown(number, planned.step))
        self.setMarkdown("\n\n".join(parts))
        self.setAccessibleDescription(self.toPlainText())
        self.verticalScrollBar().setValue(0)

    def _step_markdown(self, number: int, step: PathwayStep) -> str:
        title = _escape_md(step.title)
        urgent = _escape_md(self.tr(URGENT))
        heading = f"### {number}. {title}" + (f" ({urgent})" if step.urgent else "")
        lines = [heading, step.detail]
        links = [
            f"[{_escape_md(entry_title(entry))}]({entry_url(entry_id)})"
            for entry_id in (*step.prompts, *step.guidance, *step.modules, *step.care)
            if (entry := self._library.get(entry_id)) is not None
        ]
        if links:
            lines.append(_escape_md(self.tr("See also:")) + " " + " · ".join(links))
        return "\n\n".join(lines)

    def _follow(self, url: QUrl) -> None:
        if url.scheme() == ENTRY_SCHEME:
            self.navigate_to.emit(url.path())
