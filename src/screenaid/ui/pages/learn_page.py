"""Learn: the condensed course, one module at a time, with more depth on demand and self-checks."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QScrollArea, QWidget

from screenaid.config import effective_jurisdiction
from screenaid.content.course import CourseModule, Objective
from screenaid.content.jurisdiction_models import JurisdictionNote
from screenaid.ui.widgets.jurisdiction_notes import JurisdictionNotes
from screenaid.ui.widgets.module_view import ModuleView

if TYPE_CHECKING:
    from screenaid.ui.context import AppContext


LAW_ITEM = "Law and reporting where you work"


class LearnPage(QWidget):
    navigate_to = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._library = context.library
        self._modules = context.library.modules
        self.setAccessibleName("Learn")
        self.modules = QListWidget(self)
        self.modules.setAccessibleName("Course modules")
        self.modules.setAccessibleDescription("Choose a module to read it on the right.")
        for module in self._modules:
            item = QListWidgetItem(f"{module.number}. {module.title}")
            item.setData(Qt.ItemDataRole.UserRole, module.id)
            self.modules.addItem(item)
        self._jurisdiction = effective_jurisdiction(context.config)
        self.law_row = self.modules.count()
        law_item = QListWidgetItem(LAW_ITEM)
        law_item.setData(Qt.ItemDataRole.UserRole, "jurisdiction")
        self.modules.addItem(law_item)
        self.law_view: JurisdictionNotes | None = None
        self.modules.setWordWrap(True)
        self.modules.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.modules.setMaximumWidth(self.fontMetrics().averageCharWidth() * 42)
        self.reader = QScrollArea(self)
        self.reader.setWidgetResizable(True)
        self.reader.setAccessibleName("Module text")
        self.view: ModuleView | None = None
        layout = QHBoxLayout(self)
        layout.addWidget(self.modules, 1)
        layout.addWidget(self.reader, 3)
        self.modules.currentRowChanged.connect(self._show_row)
        self.reset()

    def _show_row(self, row: int) -> None:
        if row == self.law_row:
            self.law_view = JurisdictionNotes(self._library, self._jurisdiction)
            old = self.reader.takeWidget()
            if old is not None:
                old.deleteLater()
            self.reader.setWidget(self.law_view)
            return
        if not 0 <= row < len(self._modules):
            return
        view = ModuleView(self._modules[row], self._library)
        view.navigate_to.connect(self.navigate_to)
        old = self.reader.takeWidget()
        if old is not None:
            old.deleteLater()
        self.reader.setWidget(view)
        self.view = view

    def show_entry(self, entry_id: str) -> bool:
        entry = self._library.get(entry_id)
        if isinstance(entry, Objective):
            module_id = next((m.id for m in self._modules if entry_id in m.objectives), None)
        elif isinstance(entry, CourseModule):
            module_id = entry.id
        elif isinstance(entry, JurisdictionNote):
            self.modules.setCurrentRow(self.law_row)
            return True
        else:
            return False
        for row, module in enumerate(self._modules):
            if module.id == module_id:
                self.modules.setCurrentRow(row)
                self.reader.verticalScrollBar().setValue(0)
                return True
        return False

    def reset(self) -> None:
        """Back to the first module, all extra depth folded and every self-check unanswered."""
        if self.modules.currentRow() == 0:
            self._show_row(0)
        else:
            self.modules.setCurrentRow(0)
