"""The indicator checklist: filters for domain and population, items grouped by category, details on demand.

Keyboard: Tab to the filters and the list; arrows move through items, Space checks or unchecks the one in
focus, and the details of the focused item (what to look for, why, links) are shown beside the list.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from screenaid.content.common import Domain, Population
from screenaid.content.library import Library
from screenaid.content.screening_models import Concern, Indicator
from screenaid.screening import filter_indicators, group_by_category
from screenaid.ui.screening_labels import (
    CATEGORY_LABELS,
    DOMAIN_LABELS,
    HIGH_CONCERN,
    KIND_LABELS,
    POPULATION_LABELS,
)
from screenaid.ui.screening_session import ScreeningSession
from screenaid.ui.widgets.indicator_details import IndicatorDetails

ID_ROLE = Qt.ItemDataRole.UserRole
ALL_DOMAINS = "All domains"
ALL_POPULATIONS = "All populations"


class IndicatorChecklist(QWidget):
    """Signals: ``navigate_to(entry_id)`` when a prompt or module link in the details is followed."""

    navigate_to = Signal(str)

    def __init__(self, library: Library, session: ScreeningSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self._session = session
        self._syncing = False
        self._groups: list[QTreeWidgetItem] = []
        self._items: dict[str, QTreeWidgetItem] = {}

        self.domain_filter = QComboBox(self)
        self.domain_filter.setAccessibleName("Filter by domain")
        self.domain_filter.addItem(ALL_DOMAINS, None)
        for domain in (Domain.LABOR, Domain.SEX):
            self.domain_filter.addItem(DOMAIN_LABELS[domain], domain)
        self.population_filter = QComboBox(self)
        self.population_filter.setAccessibleName("Filter by population")
        self.population_filter.addItem(ALL_POPULATIONS, None)
        for population in Population:
            self.population_filter.addItem(POPULATION_LABELS[population], population)

        self.tree = QTreeWidget(self)
        self.tree.setAccessibleName("Indicator checklist")
        self.tree.setAccessibleDescription("Space checks or unchecks the item in focus.")
        self.tree.setHeaderLabels(["Item", "Type"])
        self.tree.setUniformRowHeights(False)
        self.tree.setWordWrap(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        # Rows are measured for the column width they are laid out at: measure again when it changes,
        # so long titles wrap onto a second line instead of being cut off.
        header.sectionResized.connect(lambda *_: self.tree.doItemsLayout())
        self.details = IndicatorDetails(library, self)

        filters = QFormLayout()
        filters.addRow("&Domain:", self.domain_filter)
        filters.addRow("&Population:", self.population_filter)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.tree)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        row = QHBoxLayout()
        row.addLayout(filters)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(splitter, 1)

        self.domain_filter.currentIndexChanged.connect(self._rebuild)
        self.population_filter.currentIndexChanged.connect(self._rebuild)
        self.tree.itemChanged.connect(self._item_changed)
        self.tree.currentItemChanged.connect(self._current_changed)
        self.details.navigate_to.connect(self.navigate_to)
        session.changed.connect(self._sync_checks)
        self._rebuild()

    # -- reading ---------------------------------------------------------------------------------

    def shown_ids(self) -> list[str]:
        """Indicator ids currently listed, top to bottom."""
        return [item.data(0, ID_ROLE) for item in self._indicator_items()]

    def group_titles(self) -> list[str]:
        return [group.text(0) for group in self._groups]

    def item_for(self, indicator_id: str) -> QTreeWidgetItem | None:
        return self._items.get(indicator_id)

    # -- acting ----------------------------------------------------------------------------------

    def set_filters(self, domain: Domain | None = None, population: Population | None = None) -> None:
        self.domain_filter.setCurrentIndex(max(0, self.domain_filter.findData(domain)))
        self.population_filter.setCurrentIndex(max(0, self.population_filter.findData(population)))

    def focus_indicator(self, indicator_id: str) -> bool:
        """Select an indicator (clearing filters that hide it) and show its details."""
        if self._library.get_as(indicator_id, Indicator) is None:
            return False
        if self.item_for(indicator_id) is None:
            self.set_filters()
        item = self.item_for(indicator_id)
        if item is None:
            return False
        self.tree.setCurrentItem(item)
        self.tree.scrollToItem(item)
        self.tree.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def reset(self) -> None:
        """Back to the first view: no filters, nothing in focus (checks follow the session)."""
        self.set_filters()
        self.tree.setCurrentIndex(QModelIndex())
        self.tree.scrollToTop()
        self.details.show_indicator(None)

    # -- internals -------------------------------------------------------------------------------

    def _indicator_items(self) -> list[QTreeWidgetItem]:
        return list(self._items.values())

    def _rebuild(self) -> None:
        current = self.details.indicator
        domain, population = self.domain_filter.currentData(), self.population_filter.currentData()
        indicators = filter_indicators(
            self._library,
            domain=Domain(domain) if domain else None,  # Qt hands enum data back as plain str
            population=Population(population) if population else None,
        )
        checked = self._session.state.checked
        self._syncing = True
        try:
            self.tree.clear()
            self._groups.clear()
            self._items.clear()
            for category, items in group_by_category(indicators):
                group = QTreeWidgetItem(self.tree, [CATEGORY_LABELS[category], ""])
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
                group.setFirstColumnSpanned(True)
                self._groups.append(group)
                for indicator in items:
                    self._add_item(group, indicator, indicator.id in checked)
                group.setExpanded(True)
        finally:
            self._syncing = False
        still_shown = current is not None and self.item_for(current.id) is not None
        if not still_shown:
            self.details.show_indicator(None)

    def _add_item(self, group: QTreeWidgetItem, indicator: Indicator, checked: bool) -> None:
        kind = KIND_LABELS[indicator.kind]
        if indicator.concern is Concern.HIGH:
            kind = f"{kind}, {HIGH_CONCERN.lower()}"
        item = QTreeWidgetItem(group, [indicator.title, kind])
        self._items[indicator.id] = item
        item.setData(0, ID_ROLE, indicator.id)
        item.setFlags(
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable
        )
        item.setCheckState(0, Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        item.setToolTip(0, indicator.look_for)
        if indicator.concern is Concern.HIGH:
            font = item.font(1)
            font.setBold(True)
            item.setFont(1, font)

    def _item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        indicator_id = item.data(0, ID_ROLE)
        if self._syncing or column != 0 or not indicator_id:
            return
        self._session.set_checked(indicator_id, item.checkState(0) == Qt.CheckState.Checked)

    def _current_changed(self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        indicator_id = current.data(0, ID_ROLE) if current is not None else None
        if indicator_id:
            self.details.show_indicator(self._library.get_as(indicator_id, Indicator))

    def _sync_checks(self) -> None:
        checked = self._session.state.checked
        self._syncing = True
        try:
            for item in self._indicator_items():
                state = Qt.CheckState.Checked if item.data(0, ID_ROLE) in checked else Qt.CheckState.Unchecked
                if item.checkState(0) != state:
                    item.setCheckState(0, state)
        finally:
            self._syncing = False
