"""Learn: the condensed course one module at a time, care at the visit, practice cases, and the post-test."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QScrollArea, QWidget

from screenaid.config import effective_jurisdiction
from screenaid.content.course import CourseModule, Objective
from screenaid.content.jurisdiction_models import JurisdictionNote
from screenaid.content.training_models import CareTopic, CaseExercise
from screenaid.ui.translation import QT_TRANSLATE_NOOP
from screenaid.ui.view_traces import forget_view_traces
from screenaid.ui.widgets.care_topics_view import CareTopicsView
from screenaid.ui.widgets.case_exercise_view import CaseExerciseView
from screenaid.ui.widgets.jurisdiction_notes import JurisdictionNotes
from screenaid.ui.widgets.module_view import ModuleView
from screenaid.ui.widgets.post_test_view import PostTestView

if TYPE_CHECKING:
    from screenaid.ui.context import AppContext

CARE = "training:care"
CASES = "training:cases"
POST_TEST = "training:post-test"
LAW = "jurisdiction"
LAW_ITEM = QT_TRANSLATE_NOOP("LearnPage", "Law and reporting where you work")
_TRAINING_ITEMS = (
    (CARE, QT_TRANSLATE_NOOP("LearnPage", "Care at the visit")),
    (CASES, QT_TRANSLATE_NOOP("LearnPage", "Practice cases")),
    (POST_TEST, QT_TRANSLATE_NOOP("LearnPage", "Post-test and certificate")),
)


class LearnPage(QWidget):
    navigate_to = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._library = context.library
        self._modules = context.library.modules
        self.setAccessibleName(self.tr("Learn"))
        self.modules = QListWidget(self)
        self.modules.setAccessibleName(self.tr("Course modules and training"))
        self.modules.setAccessibleDescription(
            self.tr("Choose a module or a training part to open it on the right.")
        )
        for module in self._modules:
            item = QListWidgetItem(f"{module.number}. {module.title}")
            item.setData(Qt.ItemDataRole.UserRole, module.id)
            self.modules.addItem(item)
        self._jurisdiction = effective_jurisdiction(context.config)
        self.law_row = self.modules.count()
        law_item = QListWidgetItem(self.tr(LAW_ITEM))
        law_item.setData(Qt.ItemDataRole.UserRole, LAW)
        self.modules.addItem(law_item)
        self.law_view: JurisdictionNotes | None = None
        for key, label in _TRAINING_ITEMS:
            item = QListWidgetItem(self.tr(label))
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.modules.addItem(item)
        self.modules.setWordWrap(True)
        self.modules.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.modules.setMaximumWidth(self.fontMetrics().averageCharWidth() * 42)
        self.reader = QScrollArea(self)
        self.reader.setWidgetResizable(True)
        self.reader.setAccessibleName(self.tr("Module text"))
        self.view: ModuleView | None = None
        self.care = CareTopicsView(self._library, self, country=self._jurisdiction.split("-")[0])
        self.cases = CaseExerciseView(self._library, self)
        self.post_test = PostTestView(self._library, self)
        self._training: dict[str, QWidget] = {CARE: self.care, CASES: self.cases, POST_TEST: self.post_test}
        for widget in self._training.values():
            widget.hide()
        layout = QHBoxLayout(self)
        layout.addWidget(self.modules, 1)
        layout.addWidget(self.reader, 3)
        self.modules.currentRowChanged.connect(self._show_row)
        self.reset()

    def _show_row(self, row: int) -> None:
        item = self.modules.item(row)
        if item is None:
            return
        key = item.data(Qt.ItemDataRole.UserRole)
        old = self.reader.takeWidget()
        if old is not None and old in self._training.values():
            old.setParent(self)  # kept (hidden) so its state survives a switch to another item
            old.hide()
        elif old is not None:
            old.deleteLater()
        if key in self._training:
            self.view = None
            self.reader.setWidget(self._training[key])
            return
        if key == LAW:
            self.view = None
            self.law_view = JurisdictionNotes(self._library, self._jurisdiction)
            self.reader.setWidget(self.law_view)
            return
        view = ModuleView(self._modules[row], self._library)
        view.navigate_to.connect(self.navigate_to)
        self.reader.setWidget(view)
        self.view = view

    def _select(self, key: str) -> bool:
        for row in range(self.modules.count()):
            if self.modules.item(row).data(Qt.ItemDataRole.UserRole) == key:
                if self.modules.currentRow() == row:
                    self._show_row(row)
                else:
                    self.modules.setCurrentRow(row)
                self.reader.verticalScrollBar().setValue(0)
                return True
        return False

    def show_training(self, key: str) -> bool:
        """Open Care at the visit (CARE), Practice cases (CASES) or the post-test (POST_TEST)."""
        return key in self._training and self._select(key)

    def show_entry(self, entry_id: str) -> bool:
        entry = self._library.get(entry_id)
        if isinstance(entry, CareTopic):
            return self.care.show_topic(entry_id) and self._select(CARE)
        if isinstance(entry, CaseExercise):
            return self.cases.show_case(entry_id) and self._select(CASES)
        if isinstance(entry, Objective):
            module_id = next((m.id for m in self._modules if entry_id in m.objectives), None)
        elif isinstance(entry, CourseModule):
            module_id = entry.id
        elif isinstance(entry, JurisdictionNote):
            return self._select(LAW)
        else:
            return False
        return module_id is not None and self._select(module_id)

    def reset(self) -> None:
        """Back to the first module; extra depth folded, self-checks, cases and post-test forgotten, no name."""
        self.post_test.clear()
        self.cases.reset()
        if self._library.care_topics:
            self.care.show_topic(self._library.care_topics[0].id)
        if self.modules.currentRow() != 0:
            self.modules.setCurrentRow(0)
        elif self.view is not None and self.view.module is self._modules[0]:
            self.view.reset()  # in place: a new view of the same module leaves freed heap behind (issue 16)
        else:
            self._show_row(0)
        forget_view_traces(self)  # last: what the reset showed anew starts at the top
