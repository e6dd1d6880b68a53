"""The indicator checklist: core items or all, filters for domain and population, items grouped by category.

It opens on the **core view** when the content marks core items (``core: true``): the dozen items of highest
concern or strongest evidence, each with its source. The full list is one key away (Alt+A; Alt+C goes
back), and opening an item that is not core (from search or a link) shows the full list.

Keyboard: Tab to the filters and the list; arrows move through items, Space checks or unchecks the one in
focus, and the details of the focused item (what to look for, why, links) are shown beside the list.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from screenaid.content.common import Domain, Population, Source
from screenaid.content.library import Library
from screenaid.content.screening_models import Concern, Indicator
from screenaid.screening import filter_indicators, group_by_category
from screenaid.screening.priority import core_indicators
from screenaid.ui.choice_tip import tip_cut_choice
from screenaid.ui.screening_labels import (
    CATEGORY_LABELS,
    DOMAIN_LABELS,
    HIGH_CONCERN,
    KIND_LABELS,
    POPULATION_LABELS,
    screening_label,
)
from screenaid.ui.screening_session import ScreeningSession
from screenaid.ui.widgets.indicator_details import IndicatorDetails

ID_ROLE = Qt.ItemDataRole.UserRole


_WRAP = int(Qt.TextFlag.TextWordWrap)


class _WrappingDelegate(QStyledItemDelegate):
    """Rows as tall as their wrapped text at the column's real width (indent and tick box taken off), so
    long titles and the source line are shown in full instead of being cut with "…"."""

    def __init__(self, tree: QTreeWidget) -> None:
        super().__init__(tree)
        self._tree = tree

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        hint = super().sizeHint(option, index)
        # Text and font straight from the item: index.data() and initStyleOption() both lower None's reference
        # count in PySide6 6.12.0 (see platform notes), and sizeHint runs thousands of times.
        item = self._tree.itemFromIndex(index) if isinstance(index, QModelIndex) else None
        if item is None:
            return hint
        text, font = item.text(index.column()), item.font(index.column())
        if not text:
            return hint
        depth, parent = 0, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        style = self._tree.style()
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin)
        width = self._tree.header().sectionSize(index.column()) - self._tree.indentation() * (depth + 1)
        if index.flags() & Qt.ItemFlag.ItemIsUserCheckable:
            width -= style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth) + 3 * margin
        width -= 2 * margin + 4
        if width <= 0:
            return hint
        bounds = QFontMetrics(font).boundingRect(QRect(0, 0, width, 100_000), _WRAP, text)
        return QSize(hint.width(), max(hint.height(), bounds.height() + 6))


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
        self._core_ids = {indicator.id for indicator in core_indicators(library)}
        self._core_view = bool(self._core_ids)

        self.view_button = QPushButton(self)
        self.view_button.setAutoDefault(False)
        self.view_button.setVisible(bool(self._core_ids))
        self.view_button.setToolTip(self._core_hint())
        self.view_button.clicked.connect(lambda: self.set_core_view(not self._core_view))

        self.domain_filter = QComboBox(self)
        self.domain_filter.setAccessibleName(self.tr("Filter by domain"))
        self.domain_filter.addItem(self.tr("All domains"), None)
        for domain in (Domain.LABOR, Domain.SEX):
            self.domain_filter.addItem(screening_label(DOMAIN_LABELS[domain]), domain)
        self.population_filter = QComboBox(self)
        self.population_filter.setAccessibleName(self.tr("Filter by population"))
        self.population_filter.addItem(self.tr("All populations"), None)
        for population in Population:
            self.population_filter.addItem(screening_label(POPULATION_LABELS[population]), population)
        for combo in (self.domain_filter, self.population_filter):
            # may be narrower than the longest choice (the open list shows it whole), so that at 200 % the
            # checklist's top row does not push the Screen place wider than a 1280-pixel screen
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
        tip_cut_choice(self.domain_filter, self.population_filter)

        self.tree = QTreeWidget(self)
        self.tree.setAccessibleName(self.tr("Indicator checklist"))
        self.tree.setAccessibleDescription(self._space_hint())
        self.tree.setHeaderLabels([self.tr("Item"), self.tr("Type")])
        self.tree.setUniformRowHeights(False)
        self.tree.setWordWrap(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.tree.setItemDelegate(_WrappingDelegate(self.tree))
        # Rows are measured for the column width they are laid out at: measure again when it changes,
        # so long titles wrap onto a second line instead of being cut off.
        header.sectionResized.connect(lambda *_: self.tree.doItemsLayout())
        self.details = IndicatorDetails(library, self)

        filters = QFormLayout()
        # a combo box goes under its label when the row is narrow (Spanish and French labels at 200 %)
        filters.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        filters.addRow(self.tr("&Domain:"), self.domain_filter)
        filters.addRow(self.tr("&Population:"), self.population_filter)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.tree)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        row = QHBoxLayout()
        row.addLayout(
            filters, 1
        )  # the filters take the row's room, so their choices show whole when they can
        row.addWidget(self.view_button, 0, Qt.AlignmentFlag.AlignTop)
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

    @property
    def core_view(self) -> bool:
        return self._core_view

    # -- acting ----------------------------------------------------------------------------------

    def set_filters(self, domain: Domain | None = None, population: Population | None = None) -> None:
        self.domain_filter.setCurrentIndex(max(0, self.domain_filter.findData(domain)))
        self.population_filter.setCurrentIndex(max(0, self.population_filter.findData(population)))

    def set_core_view(self, core: bool) -> None:
        """Show only the core items (when there are any) or the full list."""
        core = core and bool(self._core_ids)
        if core != self._core_view:
            self._core_view = core
            self._rebuild()

    def focus_indicator(self, indicator_id: str) -> bool:
        """Select an indicator (showing the full list and clearing filters that hide it) and show its details."""
        if self._library.get_as(indicator_id, Indicator) is None:
            return False
        if self.item_for(indicator_id) is None:
            self.set_core_view(False)
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
        """Back to the first view: core items, no filters, nothing in focus (checks follow the session)."""
        self.set_core_view(True)
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
        if self._core_view:
            indicators = [indicator for indicator in indicators if indicator.id in self._core_ids]
        self._update_view_button()
        checked = self._session.state.checked
        self._syncing = True
        try:
            self.tree.clear()
            self._groups.clear()
            self._items.clear()
            for category, items in group_by_category(indicators):
                group = QTreeWidgetItem(self.tree, [screening_label(CATEGORY_LABELS[category]), ""])
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

    def _update_view_button(self) -> None:
        if self._core_view:
            text = self.tr("Show &all %n items", "", len(self._library.indicators))
        else:
            text = self.tr("Show the &core %n items", "", len(self._core_ids))
        self.view_button.setText(text)
        self.view_button.setAccessibleName(text.replace("&", ""))
        self.tree.setAccessibleDescription(
            (self._core_hint() + " " if self._core_view else "") + self._space_hint()
        )

    def _core_hint(self) -> str:
        return self.tr("The items of highest concern or strongest evidence, each with its source.")

    def _space_hint(self) -> str:
        return self.tr("Space checks or unchecks the item in focus.")

    def _source_line(self, indicator: Indicator) -> str:
        source = self._library.get_as(indicator.sources[0], Source) if indicator.sources else None
        if source is None:
            return ""
        return self.tr("Source: {publisher}").format(publisher=source.publisher) + (
            f", {source.year}" if source.year else ""
        )

    def _add_item(self, group: QTreeWidgetItem, indicator: Indicator, checked: bool) -> None:
        kind = screening_label(
            HIGH_CONCERN if indicator.concern is Concern.HIGH else KIND_LABELS[indicator.kind]
        )
        title = indicator.title
        if self._core_view and (source := self._source_line(indicator)):
            title = f"{title}\n{source}"
        item = QTreeWidgetItem(group, [title, kind])
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
