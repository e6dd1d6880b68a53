"""The header's jurisdiction indicator and its session-only switch.

Shows whose law, reporting duties, routes and coding the app is showing ("Scotland (GB-SCT)"), starting
from the clinic's configured jurisdiction. Switching it changes only this session: nothing is written,
and the idle wipe returns to the configured jurisdiction.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from screenaid.ui.choice_tip import tip_cut_choice
from screenaid.ui.labels import jurisdiction_label
from screenaid.ui.translation import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from screenaid.ui.context import AppContext

SHIPPED = ("US", "CA", "GB-ENG", "GB-WLS", "GB-SCT", "GB-NIR", "AU", "IE")
"""Jurisdictions with content (docs/jurisdictions.md); the configured one is offered even if not listed."""
LABEL = QT_TRANSLATE_NOOP("JurisdictionBar", "La&w and routes for:")
HINT = QT_TRANSLATE_NOOP(
    "JurisdictionBar",
    "Whose law, reporting duties, referral routes and coding to show. Changes this session only.",
)


def label_for(code: str) -> str:
    return f"{jurisdiction_label(code)} ({code})"


def context_for_jurisdiction(context: AppContext, code: str) -> AppContext:
    """``context`` as a clinician in ``code`` sees it: the selected library, and settings whose country
    (Refer's default, paper size) follow the jurisdiction. Nothing is saved."""
    from screenaid.config import effective_jurisdiction
    from screenaid.content.jurisdiction_view import library_for_jurisdiction
    from screenaid.content.jurisdictions import country_of

    config = context.config
    if code != effective_jurisdiction(config):
        region = code if "-" in code else None
        # Not validated, as model_copy did not validate either: the code is one of the library's jurisdictions.
        config = dataclasses.replace(config, jurisdiction=code, country=country_of(code), region=region)
    return dataclasses.replace(
        context, library=library_for_jurisdiction(context.library, code), config=config
    )


class JurisdictionBar(QWidget):
    """Signals: ``chosen(code)`` when the user (or :meth:`reset`) changes the jurisdiction."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Jurisdiction"))
        self.label = QLabel(self.tr(LABEL), self)
        self.combo = QComboBox(self)
        self.combo.setAccessibleName(self.tr("Jurisdiction for this session"))
        self.combo.setAccessibleDescription(self.tr(HINT))
        self.combo.setToolTip(self.tr(HINT))
        self.label.setBuddy(self.combo)
        self.combo.setEnabled(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.combo)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)  # names in full
        tip_cut_choice(self.combo)
        layout.addStretch(1)
        self._base: AppContext | None = None
        self._configured = "US"
        self.combo.currentIndexChanged.connect(self._changed)

    def bind(self, context: AppContext) -> None:
        """Start from ``context`` (its full library) and the clinic's configured jurisdiction."""
        from screenaid.config import effective_jurisdiction  # not before first paint: the configuration code

        self._base = context
        self._configured = effective_jurisdiction(context.config)
        codes = list(SHIPPED) if self._configured in SHIPPED else [self._configured, *SHIPPED]
        self.combo.blockSignals(True)
        self.combo.clear()
        for code in codes:
            self.combo.addItem(label_for(code), code)
        self.combo.setCurrentIndex(codes.index(self._configured))
        self.combo.blockSignals(False)
        self.combo.setEnabled(True)

    def current(self) -> str:
        return str(self.combo.currentData() or self._configured)

    def context(self) -> AppContext:
        if self._base is None:
            raise RuntimeError("bind() a context first")
        return context_for_jurisdiction(self._base, self.current())

    def choose(self, code: str) -> bool:
        index = self.combo.findData(code)
        if index < 0:
            return False
        self.combo.setCurrentIndex(index)
        return True

    def reset(self) -> None:
        """Back to the clinic's configured jurisdiction (idle wipe)."""
        self.choose(self._configured)

    def _changed(self, _index: int) -> None:
        if self._base is not None:
            self.chosen.emit(self.current())
