"""The response pathway as a picture: questions on the left, steps on the right, lit up as they apply.

Each question node shows its answer; a line joins a question to every step that depends on it. A step that
applies is filled with the highlight colour, one still waiting for an answer has a dashed outline, and one
ruled out has a dotted outline on the window colour, with "does not apply" in italics. Its text keeps full
contrast (a greyed label was 1.6:1): the status is carried by the outline and the words, not by fading.
Labels wrap inside their boxes, which grow to fit, instead of being cut. The colours come from
:func:`diagram_colours`, which ``scripts/check-contrast`` measures. The same facts are given as text
(``text_alternative``), which is also the widget's accessible description and tooltip, and the Next steps
list beside it says them in full.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

from PySide6.QtCore import QCoreApplication, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from screenaid.content.library import Library
from screenaid.content.screening_models import PathwayQuestion
from screenaid.screening import PlannedStep, StepStatus, effective_answers, pathway_plan
from screenaid.ui.screening_labels import conditions_text
from screenaid.ui.screening_session import ScreeningSession
from screenaid.ui.translation import QT_TRANSLATE_NOOP

NOT_ANSWERED = QT_TRANSLATE_NOOP("PathwayDiagram", "Not answered")
ALWAYS = QT_TRANSLATE_NOOP("PathwayDiagram", "Always")
STATUS_WORDS = {
    StepStatus.APPLIES: QT_TRANSLATE_NOOP("PathwayDiagram", "applies"),
    StepStatus.CONDITIONAL: QT_TRANSLATE_NOOP("PathwayDiagram", "waiting for an answer"),
    StepStatus.RULED_OUT: QT_TRANSLATE_NOOP("PathwayDiagram", "does not apply"),
}
MARGIN = 10.0
GAP = 10.0
PAD = 6.0


@dataclass(frozen=True)
class DiagramColours:
    text: QColor
    background: QColor
    question_fill: QColor
    applies_fill: QColor
    applies_text: QColor
    waiting_fill: QColor
    ruled_out_fill: QColor
    quiet_line: QColor
    """Lines waiting for an answer and lines and outlines of steps ruled out (told apart by dash and dot)."""
    answer_line: QColor


def colours(palette: QPalette) -> DiagramColours:
    role = QPalette.ColorRole
    return DiagramColours(
        text=palette.color(role.Text),
        background=palette.color(role.Base),
        question_fill=palette.color(role.AlternateBase),
        applies_fill=palette.color(role.Highlight),
        applies_text=palette.color(role.HighlightedText),
        waiting_fill=palette.color(role.Base),
        ruled_out_fill=palette.color(role.Window),
        quiet_line=palette.color(role.Shadow),
        answer_line=palette.color(role.Highlight),
    )


def diagram_colours(palette: QPalette) -> list[tuple[str, QColor, QColor, bool]]:
    """(what, foreground, background, is text) for every colour pair the diagram paints."""
    c = colours(palette)
    return [
        ("question text", c.text, c.question_fill, True),
        ("text of a step that applies", c.applies_text, c.applies_fill, True),
        ("text of a step waiting for an answer", c.text, c.waiting_fill, True),
        ("text of a step that does not apply", c.text, c.ruled_out_fill, True),
        ("line of a given answer", c.answer_line, c.background, False),
        ("line waiting for an answer, outline of a step ruled out", c.quiet_line, c.background, False),
        ("outline of a step ruled out on its fill", c.quiet_line, c.ruled_out_fill, False),
        ("focus ring", c.answer_line, c.background, False),
    ]


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
        self.setAccessibleName(self.tr("Response pathway diagram"))
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
        lines = [self.tr("Questions:")]
        for question in self._questions:
            lines.append(f"{question.text} {self._answer_label(question)}.")
        lines.append(self.tr("Steps:"))
        for planned in self._plan:
            words = _words(STATUS_WORDS[planned.status])
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
        return next((a.label for a in question.answers if a.id == answer_id), _words(NOT_ANSWERED))

    def _bold(self) -> QFont:
        bold = QFont(self.font())
        bold.setBold(True)
        return bold

    def _second_font(self) -> QFont:
        italic = QFont(self.font())
        italic.setItalic(True)
        return italic

    def _text_height(self, font: QFont, text: str, width: float) -> float:
        box = QFontMetrics(font).boundingRect(
            QRect(0, 0, max(20, int(width)), 100_000), int(Qt.TextFlag.TextWordWrap), text
        )
        return float(box.height())

    def _node_height(self, first: str, second: str, width: float) -> float:
        inner = width - 2 * PAD
        return (
            self._text_height(self._bold(), first, inner)
            + self._text_height(self._second_font(), second, inner)
            + PAD * 2.5
        )

    def _step_second(self, planned: PlannedStep) -> str:
        return _words(ALWAYS if not planned.step.when else STATUS_WORDS[planned.status])

    def _layout(self, width: float) -> _Layout:
        column = max(120.0, (width - 2 * MARGIN) * 0.4)
        steps_x = width - MARGIN - max(140.0, (width - 2 * MARGIN) * 0.48)
        steps_w = width - MARGIN - steps_x
        questions: dict[str, QRectF] = {}
        top = MARGIN
        for question in self._questions:
            height = self._node_height(question.text, self._answer_label(question), column)
            questions[question.id] = QRectF(MARGIN, top, column, height)
            top += height + GAP * 2
        steps: dict[str, QRectF] = {}
        top = MARGIN
        for planned in self._plan:
            height = self._node_height(planned.step.title, self._step_second(planned), steps_w)
            steps[planned.step.id] = QRectF(steps_x, top, steps_w, height)
            top += height + GAP
        bottom = max([r.bottom() for r in (*questions.values(), *steps.values())], default=MARGIN)
        return _Layout(questions, steps, bottom + MARGIN)

    def paintEvent(self, event: QPaintEvent) -> None:
        layout = self._layout(float(self.width()))
        palette = colours(self.palette())
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), palette.background)
        self._draw_flow(painter, layout, palette)
        self._draw_edges(painter, layout, palette)
        for question in self._questions:
            self._draw_question(painter, layout.questions[question.id], question, palette)
        for planned in self._plan:
            self._draw_step(painter, layout.steps[planned.step.id], planned, palette)
        if self.hasFocus():
            painter.setPen(QPen(palette.answer_line, 2, Qt.PenStyle.SolidLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(self.rect()).adjusted(1, 1, -1, -1))
        painter.end()

    def _draw_flow(self, painter: QPainter, layout: _Layout, palette: DiagramColours) -> None:
        painter.setPen(QPen(palette.text, 1.5))
        rects = [layout.questions[q.id] for q in self._questions]
        for upper, lower in pairwise(rects):
            top = QPointF(upper.center().x(), upper.bottom())
            tip = QPointF(lower.center().x(), lower.top())
            painter.drawLine(top, tip)
            painter.drawLine(tip, tip + QPointF(-4, -5))
            painter.drawLine(tip, tip + QPointF(4, -5))

    def _draw_edges(self, painter: QPainter, layout: _Layout, palette: DiagramColours) -> None:
        for planned in self._plan:
            target = layout.steps[planned.step.id]
            end = QPointF(target.left(), target.center().y())
            for question_id, answer_ids in planned.step.when.items():
                source = layout.questions.get(question_id)
                if source is None:
                    continue
                given = self._answers.get(question_id)
                if given is None:
                    pen = QPen(palette.quiet_line, 1.2, Qt.PenStyle.DashLine)
                elif given in answer_ids:
                    pen = QPen(palette.answer_line, 2.4)
                else:
                    pen = QPen(palette.quiet_line, 1.0, Qt.PenStyle.DotLine)
                painter.setPen(pen)
                painter.drawLine(QPointF(source.right(), source.center().y()), end)

    def _draw_question(
        self, painter: QPainter, rect: QRectF, question: PathwayQuestion, palette: DiagramColours
    ) -> None:
        painter.setPen(QPen(palette.text, 1.5))
        painter.setBrush(palette.question_fill)
        painter.drawRoundedRect(rect, 6, 6)
        self._draw_lines(painter, rect, question.text, self._answer_label(question), palette.text)

    def _draw_step(
        self, painter: QPainter, rect: QRectF, planned: PlannedStep, palette: DiagramColours
    ) -> None:
        status = planned.status
        if status is StepStatus.APPLIES:
            painter.setPen(QPen(palette.text, 3.0 if planned.step.urgent else 2.0))
            painter.setBrush(palette.applies_fill)
            text_colour = palette.applies_text
        elif status is StepStatus.CONDITIONAL:
            painter.setPen(QPen(palette.text, 1.5, Qt.PenStyle.DashLine))
            painter.setBrush(palette.waiting_fill)
            text_colour = palette.text
        else:
            painter.setPen(QPen(palette.quiet_line, 1.5, Qt.PenStyle.DotLine))
            painter.setBrush(palette.ruled_out_fill)
            text_colour = palette.text
        painter.drawRoundedRect(rect, 6, 6)
        self._draw_lines(painter, rect, planned.step.title, self._step_second(planned), text_colour)

    def _draw_lines(self, painter: QPainter, rect: QRectF, first: str, second: str, colour: QColor) -> None:
        """The title in bold and the status or answer in italics, each wrapped to the box (never cut)."""
        inner = rect.adjusted(PAD, PAD, -PAD, -PAD)
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop) | int(Qt.TextFlag.TextWordWrap)
        painter.save()
        painter.setPen(colour)
        bold = self._bold()
        first_height = self._text_height(bold, first, inner.width())
        painter.setFont(bold)
        painter.drawText(QRectF(inner.left(), inner.top(), inner.width(), first_height), flags, first)
        painter.setFont(self._second_font())
        below = QRectF(inner.left(), inner.top() + first_height + PAD / 2, inner.width(), inner.height())
        painter.drawText(below, flags, second)
        painter.restore()


def _words(text: str) -> str:
    """One of the status words above in the interface language."""
    return QCoreApplication.translate("PathwayDiagram", text)
