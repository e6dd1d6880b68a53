"""A reference card for one validated screening instrument: facts only, never its item wording."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from screenaid.content.common import Source
from screenaid.content.library import Library
from screenaid.content.screening_models import Instrument, Metric
from screenaid.ui.translation import QT_TRANSLATE_NOOP

METRIC_LABELS = {
    Metric.SENSITIVITY: QT_TRANSLATE_NOOP("InstrumentCard", "Sensitivity"),
    Metric.SPECIFICITY: QT_TRANSLATE_NOOP("InstrumentCard", "Specificity"),
    Metric.PPV: QT_TRANSLATE_NOOP("InstrumentCard", "Positive predictive value"),
    Metric.NPV: QT_TRANSLATE_NOOP("InstrumentCard", "Negative predictive value"),
    Metric.AUC: QT_TRANSLATE_NOOP("InstrumentCard", "Area under the curve"),
}
VALIDATED = QT_TRANSLATE_NOOP("InstrumentCard", "Validated")
NOT_VALIDATED = QT_TRANSLATE_NOOP("InstrumentCard", "Not validated")


def _tr(text: str) -> str:
    return QCoreApplication.translate("InstrumentCard", text)


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
        self.label.setAccessibleDescription(self.plain_text())  # what a screen reader says: words, no tags
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)

    def plain_text(self) -> str:
        return QTextDocumentFragment.fromHtml(self.label.text()).toPlainText()

    @staticmethod
    def _html(library: Library, ins: Instrument) -> str:
        e = escape
        status = e(_tr(VALIDATED if ins.validated else NOT_VALIDATED))
        rows: list[tuple[str, str]] = [
            (QCoreApplication.translate("InstrumentCard", "Developer"), f"{e(ins.developer)} ({ins.year})"),
            (QCoreApplication.translate("InstrumentCard", "For"), e(ins.population)),
            (QCoreApplication.translate("InstrumentCard", "Setting"), e(ins.setting)),
            (QCoreApplication.translate("InstrumentCard", "Items"), str(ins.items)),
            (QCoreApplication.translate("InstrumentCard", "Administration"), e(ins.administration)),
            (QCoreApplication.translate("InstrumentCard", "Topics covered"), e(", ".join(ins.topics))),
        ]
        if ins.cutoff:
            rows.append((QCoreApplication.translate("InstrumentCard", "Positive screen"), e(ins.cutoff)))
        if ins.availability:
            rows.append((QCoreApplication.translate("InstrumentCard", "Availability"), e(ins.availability)))
        table = "".join(f"<tr><th align='left' valign='top'>{e(k)}</th><td>{v}</td></tr>" for k, v in rows)
        parts = [
            f"<h3>{e(ins.short_name)} — {e(ins.name)}</h3>",
            f"<p><b>{status}</b></p>",
            f"<table cellspacing='4'>{table}</table>",
        ]
        if ins.performance:
            items = "".join(
                f"<li>{e(_tr(METRIC_LABELS[p.metric]))} {_figure(p.metric, p.value)}: {e(p.context)}</li>"
                for p in ins.performance
            )
            performance = e(QCoreApplication.translate("InstrumentCard", "Performance"))
            parts.append(f"<h4>{performance}</h4><ul>{items}</ul>")
        limits = e(QCoreApplication.translate("InstrumentCard", "Limits"))
        parts.append(f"<h4>{limits}</h4><ul>" + "".join(f"<li>{e(x)}</li>" for x in ins.limits) + "</ul>")
        sources = [s for s in (library.get_as(i, Source) for i in ins.sources) if s is not None]
        if sources:
            cited = "".join(f"<li>{e(s.citation())}</li>" for s in sources)
            sources_heading = e(QCoreApplication.translate("InstrumentCard", "Sources"))
            parts.append(f"<h4>{sources_heading}</h4><ul>{cited}</ul>")
        return "".join(parts)
