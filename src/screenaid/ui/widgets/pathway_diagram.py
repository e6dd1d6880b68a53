"""The response pathway as a picture: questions on the left, steps on the right, lit up as they apply.

Each question node shows its answer; a line joins a question to every step that depends on it. A step that
applies is filled with the highlight colour, one still waiting for an answer has a dashed outline, and one
ruled out is greyed. The same facts are given as text (``text_alternative``), which is also the widget's
accessible description and tooltip, and the Next steps list beside it says them in full.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from screenaid.content.library import Library
from screenaid.content.screening_models import PathwayQuestion
from screenaid.screening import PlannedStep, StepStatus, effective_answers, pathway_plan
from screenaid.ui.screening_labels import conditions_text
from screenaid.ui.screening_session import ScreeningSession

NOT_ANSWERED = "Not answered"
ALWAYS = "Always"
STATUS_WORDS = {
    StepStatus.APPLIES: "applies",
    StepStatus.CONDITIONAL: "waiting for an answer",
    StepStatus.RULED_OUT: "does not apply",
}
MARGIN = 10.0
GAP = 10.0
PAD = 6.0


@dataclass(frozen=True)
class _Layout:
    questions: dict[str, QRectF]
    steps: dict[str, QRectF]
    height: float


class PathwayDiagram(QWidget):
    def __init__(self, library: Library, session: ScreeningSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self._session = session
        self._questions: tuple[PathwayQuestion, ...] = library.pathway_questions
        self._answers: dict[str, str] = {}
        self._plan: tuple[PlannedStep, ...] = ()
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName("Response pathway diagram")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        session.changed.connect(self.refresh)
        self.refresh()

    # -- reading ---------------------------------------------------------------------------------

    def status_of(self, step_id: str) -> StepStatus | None:
        return next((p.status for p in self._plan if p.step.id == step_id), None)

    def step_rect(self, step_id: str) -> QRectF:
        return self._layout(float(self.width())).steps[step_id]

    def question_rect(self, question_id: str) -> QRectF:
        return self._layout(float(self.width())).questions[question_id]

    def text_alternative(self) -> str:
        lines = ["Questions:"]
        for question in self._questions:
            lines.append(f"{question.text} {self._answer_label(question)}.")
        lines.append("Steps:")
        for planned in self._plan:
            words = STATUS_WORDS[planned.status]
            if planned.status is StepStatus.CONDITIONAL:
                words = f"{words} ({conditions_text(planned.waiting_for)})"
            lines.append(f"{planned.step.title}: {words}.")
        return "\n".join(lines)

    # -- updating --------------------------------------------------------------------------------

    def refresh(self) -> None:
        state = self._session.state
        self._answers = dict(effective_answers(self._library, state))
        self._plan = pathway_plan(self._library, state)
        text = self.text_alternative()
        self.setAccessibleDescription(text)
        self.setToolTip(text)
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(560, int(self._layout(560.0).height))

    def minimumSizeHint(self) -> QSize:
        return QSize(320, int(self._layout(320.0).height))

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return int(self._layout(float(width)).height)

    # -- drawing ---------------------------------------------------------------------------------

    def _answer_label(self, question: PathwayQuestion) -> str:
        answer_id = self._answers.get(question.id)
        return next((a.label for a in question.answers if a.id == answer_id), NOT_ANSWERED)

    def _node_height(self) -> float:
        return QFontMetrics(self.font()).height() * 2 + PAD * 3

    def _layout(self, width: float) -> _Layout:
        node_h = self._node_height()
        column = max(120.0, (width - 2 * MARGIN) * 0.4)
        steps_x = width - MARGIN - max(140.0, (width - 2 * MARGIN) * 0.48)
        steps_w = width - MARGIN - steps_x
        # Spread the questions down the height of the step column so the lines fan out less.
        steps_height = len(self._plan) * (node_h + GAP)
        pitch = max(node_h + GAP * 2, steps_height / max(1, len(self._questions)))
        questions = {
            q.id: QRectF(MARGIN, MARGIN + i * pitch, column, node_h) for i, q in enumerate(self._questions)
        }
        steps = {
            p.step.id: QRectF(steps_x, MARGIN + i * (node_h + GAP), steps_w, node_h)
            for i, p in enumerate(self._plan)
        }
        bottom = max([r.bottom() for r in (*questions.values(), *steps.values())], default=MARGIN)
        return _Layout(questions, steps, bottom + MARGIN)

    def paintEvent(self, event: QPaintEvent) -> None:
        layout = self._layout(float(self.width()))
        palette = self.palette()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        self._draw_flow(painter, layout, palette)
        self._draw_edges(painter, layout, palette)
        for question in self._questions:
            self._draw_question(painter, layout.questions[question.id], question, palette)
        for planned in self._plan:
            self._draw_step(painter, layout.steps[planned.step.id], planned, palette)
        if self.hasFocus():
            pen = QPen(palette.color(QPalette.ColorRole.Highlight), 2, Qt.PenStyle.DotLine)
            painter.setPen(pen)
            painter.drawRect(self.rect().adjusted(1, 1, -2, -2))
        painter.end()

    def _draw_flow(self, painter: QPainter, layout: _Layout, palette: QPalette) -> None:
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Text), 1.5))
        rects = [layout.questions[q.id] for q in self._questions]
        for upper, lower in pairwise(rects):
            top = QPointF(upper.center().x(), upper.bottom())
            tip = QPointF(lower.center().x(), lower.top())
            painter.drawLine(top, tip)
            painter.drawLine(tip, tip + QPointF(-4, -5))
            painter.drawLine(tip, tip + QPointF(4, -5))

    def _draw_edges(self, painter: QPainter, layout: _Layout, palette: QPalette) -> None:
        for planned in self._plan:
            target = layout.steps[planned.step.id]
            end = QPointF(target.left(), target.center().y())
            for question_id, answer_ids in planned.step.when.items():
                source = layout.questions.get(question_id)
                if source is None:
                    continue
                given = self._answers.get(question_id)
                if given is None:
                    pen = QPen(palette.color(QPalette.ColorRole.Mid), 1.2, Qt.PenStyle.DashLine)
                elif given in answer_ids:
                    pen = QPen(palette.color(QPalette.ColorRole.Highlight), 2.4)
                else:
                    pen = QPen(_faint(palette), 1.0, Qt.PenStyle.DotLine)
                painter.setPen(pen)
                painter.drawLine(QPointF(source.right(), source.center().y()), end)

    def _draw_question(
        self, painter: QPainter, rect: QRectF, question: PathwayQuestion, palette: QPalette
    ) -> None:
        answered = question.id in self._answers
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Text), 1.5))
        painter.setBrush(palette.color(QPalette.ColorRole.AlternateBase))
        painter.drawRoundedRect(rect, 6, 6)
        bold = QFont(self.font())
        bold.setBold(True)
        self._draw_lines(painter, rect, question.text, self._answer_label(question), bold, answered)

    def _draw_step(self, painter: QPainter, rect: QRectF, planned: PlannedStep, palette: QPalette) -> None:
        status = planned.status
        if status is StepStatus.APPLIES:
            border = palette.color(QPalette.ColorRole.Text)
            painter.setPen(QPen(border, 3.0 if planned.step.urgent else 2.0))
            painter.setBrush(palette.color(QPalette.ColorRole.Highlight))
            text_color = palette.color(QPalette.ColorRole.HighlightedText)
        elif status is StepStatus.CONDITIONAL:
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Text), 1.5, Qt.PenStyle.DashLine))
            painter.setBrush(palette.color(QPalette.ColorRole.Base))
            text_color = palette.color(QPalette.ColorRole.Text)
        else:
            painter.setPen(QPen(_faint(palette), 1.0))
            painter.setBrush(palette.color(QPalette.ColorRole.Window))
            text_color = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        painter.drawRoundedRect(rect, 6, 6)
        second = ALWAYS if not planned.step.when else STATUS_WORDS[status]
        font = QFont(self.font())
        font.setBold(status is StepStatus.APPLIES)
        painter.save()
        painter.setPen(text_color)
        self._draw_lines(painter, rect, planned.step.title, second, font, True, keep_pen=True)
        painter.restore()

    def _draw_lines(
        self,
        painter: QPainter,
        rect: QRectF,
        first: str,
        second: str,
        first_font: QFont,
        second_strong: bool,
        keep_pen: bool = False,
    ) -> None:
        inner = rect.adjusted(PAD, PAD, -PAD, -PAD)
        line_h = inner.height() / 2
        if not keep_pen:
            painter.setPen(self.palette().color(QPalette.ColorRole.Text))
        painter.setFont(first_font)
        metrics = QFontMetrics(first_font)
        elided = metrics.elidedText(first, Qt.TextElideMode.ElideRight, int(inner.width()))
        painter.drawText(
            QRectF(inner.left(), inner.top(), inner.width(), line_h), Qt.AlignmentFlag.AlignLeft, elided
        )
        font = QFont(self.font())
        font.setItalic(not second_strong)
        painter.setFont(font)
        elided = QFontMetrics(font).elidedText(second, Qt.TextElideMode.ElideRight, int(inner.width()))
        painter.drawText(
            QRectF(inner.left(), inner.top() + line_h, inner.width(), line_h),
            Qt.AlignmentFlag.AlignLeft,
            elided,
        )


def _faint(palette: QPalette) -> QColor:
    return palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
