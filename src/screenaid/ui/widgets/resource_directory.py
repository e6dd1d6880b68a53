"""The resource directory: filters, a list to tick resources for the handout, and the chosen one's details.

What you see is what prints: a ticked line that the filters hide is not on the handout (the count says how
many are left off), and ``chosen()`` returns only ticked lines that are shown.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from screenaid.content import Origin
from screenaid.content.resources import Resource
from screenaid.ui.translation import QT_TRANSLATE_NOOP
from screenaid.ui.widgets.resource_details import ResourceDetails
from screenaid.ui.widgets.resource_filters import ResourceFilters

CLINIC_LABEL = QT_TRANSLATE_NOOP("ResourceDirectory", "Your clinic's own")


def item_text(resource: Resource, origin: Origin) -> str:
    clinic = QCoreApplication.translate("ResourceDirectory", CLINIC_LABEL)
    prefix = f"[{clinic}] " if origin is Origin.CLINIC else ""
    hours = " · 24/7" if resource.available_24_7 else ""
    return f"{prefix}{resource.name} ({resource.country}){hours}"


class ResourceDirectory(QWidget):
    selection_changed = Signal()

    def __init__(
        self,
        resources: Sequence[Resource],
        origins: Mapping[str, Origin],
        home_country: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._resources = tuple(sorted(resources, key=lambda r: (r.country, r.name.casefold(), r.id)))
        self._origins = origins
        self._chosen: list[str] = []
        self.filters = ResourceFilters(self._resources, home_country, self)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Resources"))
        self.list.setAccessibleDescription(
            self.tr("Tick a resource to put it on the handout. Space ticks the current one.")
        )
        self.count = QLabel(self)
        self.count.setAccessibleName(self.tr("Lines shown and on the handout"))
        self.count.setWordWrap(True)
        self.details = ResourceDetails(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filters)
        layout.addWidget(self.count)
        layout.addWidget(self.list, 2)
        layout.addWidget(self.details, 1)
        self.filters.changed.connect(self._filters_changed)
        self.list.itemChanged.connect(self._item_ticked)
        self.list.currentItemChanged.connect(self._show_current)
        self._refill()

    # -- what is chosen ------------------------------------------------------------------------

    def chosen(self) -> list[Resource]:
        """The ticked resources that are shown, in the order they were ticked: exactly what the handout holds."""
        rule = self.filters.current()
        by_id = {r.id: r for r in self._resources}
        return [by_id[i] for i in self._chosen if i in by_id and rule.matches(by_id[i])]

    def hidden_ticked(self) -> int:
        """How many ticked lines the filters hide (they are left off the handout)."""
        return len([i for i in self._chosen if self.resource(i) is not None]) - len(self.chosen())

    def clear_chosen(self) -> None:
        """Untick every line, shown or hidden."""
        self.set_chosen([])

    def set_chosen(self, ids: Sequence[str]) -> None:
        known = {r.id for r in self._resources}
        self._chosen = [i for i in dict.fromkeys(ids) if i in known]
        self._refill()
        self.selection_changed.emit()

    def resource(self, entry_id: str) -> Resource | None:
        return next((r for r in self._resources if r.id == entry_id), None)

    def reveal(self, entry_id: str) -> bool:
        """Show one resource: open the filters if it is hidden and make it the current row."""
        if self.resource(entry_id) is None:
            return False
        if self._row_of(entry_id) is None:
            self.filters.clear()
        row = self._row_of(entry_id)
        if row is None:
            return False
        self.list.setCurrentRow(row)
        return True

    # -- internals -----------------------------------------------------------------------------

    def _filters_changed(self) -> None:
        self._refill()
        self.selection_changed.emit()  # lines hidden or shown again leave or join the handout

    def _update_count(self) -> None:
        on_handout = len(self.chosen())
        shown = self.tr("{shown} of %n line(s) shown", "", len(self._resources)).format(
            shown=self.list.count()
        )
        text = shown + " · " + self.tr("{count} on the handout").format(count=on_handout)
        hidden = self.hidden_ticked()
        if hidden:
            text += " " + self.tr("(%n ticked but hidden by the filters, so left off)", "", hidden)
        self.count.setText(text)

    def _row_of(self, entry_id: str) -> int | None:
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == entry_id:
                return row
        return None

    def _refill(self) -> None:
        current = self.list.currentItem()
        current_id = current.data(Qt.ItemDataRole.UserRole) if current else None
        rule = self.filters.current()
        self.list.blockSignals(True)
        self.list.clear()
        for resource in self._resources:
            if not rule.matches(resource):
                continue
            item = QListWidgetItem(item_text(resource, self._origins.get(resource.id, Origin.BUNDLED)))
            item.setData(Qt.ItemDataRole.UserRole, resource.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            ticked = resource.id in self._chosen
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            if not resource.handout:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)
                item.setToolTip(self.tr("Not offered on printed handouts."))
            self.list.addItem(item)
        self.list.blockSignals(False)
        self._update_count()
        row = self._row_of(current_id) if current_id else None
        if row is not None:
            self.list.setCurrentRow(row)
        else:
            self.details.show_resource(None, None)

    def _item_ticked(self, item: QListWidgetItem) -> None:
        entry_id = item.data(Qt.ItemDataRole.UserRole)
        ticked = item.checkState() == Qt.CheckState.Checked
        if ticked and entry_id not in self._chosen:
            self._chosen.append(entry_id)
        elif not ticked and entry_id in self._chosen:
            self._chosen.remove(entry_id)
        self._update_count()
        self.selection_changed.emit()

    def _show_current(self, item: QListWidgetItem | None) -> None:
        if item is None:
            self.details.show_resource(None, None)
            return
        resource = self.resource(item.data(Qt.ItemDataRole.UserRole))
        origin = self._origins.get(resource.id, Origin.BUNDLED) if resource else None
        self.details.show_resource(resource, origin)
