"""The ICD-10-CM codes relevant to trafficking, with when to use each and the cautions that go with it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from screenaid.ui.labels import enum_label
from screenaid.ui.translation import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from screenaid.content.ask_document import IcdCode

COLUMNS = (
    QT_TRANSLATE_NOOP("IcdCodeTable", "Code"),
    QT_TRANSLATE_NOOP("IcdCodeTable", "Description"),
    QT_TRANSLATE_NOOP("IcdCodeTable", "Category"),
    QT_TRANSLATE_NOOP("IcdCodeTable", "Use when"),
    QT_TRANSLATE_NOOP("IcdCodeTable", "Cautions"),
)


class IcdCodeTable(QTableWidget):
    def __init__(self, codes: tuple[IcdCode, ...], parent: QWidget | None = None) -> None:
        super().__init__(len(codes), len(COLUMNS), parent)
        self.codes = codes
        self.setAccessibleName(self.tr("ICD-10-CM codes"))
        self.setAccessibleDescription(
            self.tr("One row per code: description, category, when to use it and cautions.")
        )
        self.setHorizontalHeaderLabels([self.tr(column) for column in COLUMNS])
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(True)
        self.setTabKeyNavigation(False)
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for row, code in enumerate(codes):
            seventh = (
                "\n" + self.tr("7th character: {value}").format(value=code.seventh_character)
                if code.seventh_character
                else ""
            )
            cells = (
                code.code,
                code.descriptor,
                enum_label(code.category),
                code.use_when + seventh,
                "\n".join(f"• {caution}" for caution in code.cautions),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, code.id)
                item.setToolTip(text)
                self.setItem(row, column, item)

    def select_code(self, entry_id: str) -> bool:
        for row, code in enumerate(self.codes):
            if code.id == entry_id:
                self.selectRow(row)
                item = self.item(row, 0)
                if item is not None:
                    self.scrollToItem(item, QAbstractItemView.ScrollHint.PositionAtTop)
                return True
        return False
