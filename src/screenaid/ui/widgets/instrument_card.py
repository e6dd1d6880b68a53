"""A reference card for one validated screening instrument: facts only, never its item wording."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from screenaid.content.common import Source
from screenaid.content.library import Library
from screenaid.content.screening_models import Instrument, Metric

METRIC_LABELS = {
    Metric.SENSITIVITY: "Sensitivity",
    Metric.SPECIFICITY: "Specificity",
    Metric.PPV: "Positive predictive value",
    Metric.NPV: "Negative predictive value",
    Metric.AUC: "Area under the curve",
}
VALIDATED = "Validated"
NOT_VALIDATED = "Not validated"


def card_order(instrument: Instrument) -> tuple[bool, str]:
    """Validated instruments first (the tab opens on one), then by short name."""
    return (not instrument.validated, instrument.short_name.casefold())


def _figure(metric: Metric, value: float) -> str:
    return f"{value:.2f}" if metric is Metric.AUC else f"{value * 100:.0f} %"


class InstrumentCard(QFrame):
    def __init__(self, library: Library, instrument: Instrument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.instrument = instrument
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(f"{instrument.short_name}: {instrument.name}")
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setWordWrap(True)
        self.label.setOpenExternalLinks(False)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.label.setAccessibleName(self.accessibleName())
        self.label.setText(self._html(library, instrument))
        self.label.setAccessibleDescription(self.label.text())
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)

    def plain_text(self) -> str:
        return QTextDocumentFragment.fromHtml(self.label.text()).toPlainText()

    @staticmethod
    def _html(library: Library, ins: Instrument) -> str:
        e = escape
        status = VALIDATED if ins.validated else NOT_VALIDATED
        rows: list[tuple[str, str]] = [
            ("Developer", f"{e(ins.developer)} ({ins.year})"),
            ("For", e(ins.population)),
            ("Setting", e(ins.setting)),
            ("Items", str(ins.items)),
            ("Administration", e(ins.administration)),
            ("Topics covered", e(", ".join(ins.topics))),
        ]
        if ins.cutoff:
            rows.append(("Positive screen", e(ins.cutoff)))
        if ins.availability:
            rows.append(("Availability", e(ins.availability)))
        table = "".join(f"<tr><th align='left' valign='top'>{k}</th><td>{v}</td></tr>" for k, v in rows)
        parts = [
            f"<h3>{e(ins.short_name)} — {e(ins.name)}</h3>",
            f"<p><b>{status}</b></p>",
            f"<table cellspacing='4'>{table}</table>",
        ]
        if ins.performance:
            items = "".join(
                f"<li>{METRIC_LABELS[p.metric]} {_figure(p.metric, p.value)}: {e(p.context)}</li>"
                for p in ins.performance
            )
            parts.append(f"<h4>Performance</h4><ul>{items}</ul>")
        parts.append("<h4>Limits</h4><ul>" + "".join(f"<li>{e(x)}</li>" for x in ins.limits) + "</ul>")
        sources = [s for s in (library.get_as(i, Source) for i in ins.sources) if s is not None]
        if sources:
            cited = "".join(f"<li>{e(s.citation())}</li>" for s in sources)
            parts.append(f"<h4>Sources</h4><ul>{cited}</ul>")
        return "".join(parts)
