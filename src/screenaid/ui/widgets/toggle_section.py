"""A button that shows or hides one block of extra detail ("depth on demand")."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget


class ToggleSection(QWidget):
    def __init__(
        self, show_label: str, hide_label: str, body: QWidget, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._show_label = show_label
        self._hide_label = hide_label
        self._button = QPushButton(show_label, self)
        self._button.setCheckable(True)
        self._button.setAccessibleName(show_label)
        self._button.toggled.connect(self.set_expanded)
        self._body = body
        body.setParent(self)
        body.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._button)
        layout.addWidget(body)

    @property
    def button(self) -> QPushButton:
        return self._button

    @property
    def expanded(self) -> bool:
        return self._button.isChecked()

    def set_expanded(self, expanded: bool) -> None:
        if self._button.isChecked() != expanded:
            self._button.setChecked(expanded)  # re-enters through toggled
            return
        label = self._hide_label if expanded else self._show_label
        self._button.setText(label)
        self._button.setAccessibleName(label)
        self._body.setVisible(expanded)
