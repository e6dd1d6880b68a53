"""The screen in progress: what the clinician has checked and answered, in memory only.

Every view of the Screen place reads ``state`` and listens to ``changed``; none keeps its own copy. Nothing
here is ever written to disk, and ``reset`` (quick exit, idle wipe, "New screen") drops it all.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from screenaid.screening import ScreeningState


class ScreeningSession(QObject):
    """Signals: ``changed()`` after any change of ``state``."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._state = ScreeningState()

    @property
    def state(self) -> ScreeningState:
        return self._state

    def set_checked(self, indicator_id: str, checked: bool) -> None:
        self._replace(self._state.with_checked(indicator_id, checked))

    def set_answer(self, question_id: str, answer_id: str | None) -> None:
        """Answer a pathway question; ``None`` takes the answer back."""
        self._replace(self._state.with_answer(question_id, answer_id))

    def reset(self) -> None:
        self._replace(ScreeningState())

    def _replace(self, state: ScreeningState) -> None:
        if state != self._state:
            self._state = state
            self.changed.emit()
