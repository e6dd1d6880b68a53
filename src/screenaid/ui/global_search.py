"""Search everything from anywhere: Ctrl+K (or "/" outside text fields), results while typing, Enter jumps.

The box and its result list sit under the navigation bar. Enter opens the best hit at once; Down moves
into the results and Enter there opens the one chosen; Esc clears the search and hides the results.

Results know the visit (see ``screenaid.search.context``): the clinic's country first (another country's
resources appear only when the query names it, labelled with the country), and once the age question is
answered, items for young people first for a minor.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from screenaid.search.context import SearchContext, search_context
from screenaid.ui.labels import enum_label
from screenaid.ui.translation import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from typing import Protocol

    from screenaid.search import SearchHit
    from screenaid.ui.context import AppContext

    class Searcher(Protocol):
        def search(
            self, query: str, limit: int = ..., context: SearchContext | None = ...
        ) -> list[SearchHit]: ...


RESULT_LIMIT = 10
PLACEHOLDER = QT_TRANSLATE_NOOP("GlobalSearch", "Search everything (Ctrl+K or /)")


def focus_is_in_text_field() -> bool:
    widget = QApplication.focusWidget()
    if isinstance(widget, QLineEdit | QAbstractSpinBox):
        return True
    if isinstance(widget, QTextEdit | QPlainTextEdit):
        return not widget.isReadOnly()
    return isinstance(widget, QComboBox) and widget.isEditable()


class GlobalSearch(QWidget):
    entry_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._searcher: Searcher | None = None
        self._app_context: AppContext | None = None
        self.box = QLineEdit(self)
        self.box.setPlaceholderText(self.tr("Loading…"))
        self.box.setAccessibleName(self.tr("Search everything"))
        self.box.setAccessibleDescription(
            self.tr("Results appear below while you type. Enter opens the best one; Down chooses another.")
        )
        self.box.setClearButtonEnabled(True)
        self.box.setEnabled(False)
        self._results: QListWidget | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.box)
        self.box.textChanged.connect(self._update)
        self.box.returnPressed.connect(self._open_current)
        self.box.installEventFilter(self)

    @property
    def results(self) -> QListWidget:
        """The result list under the box, made the first time there is something to show.

        Not made with the box: nothing needs it before the first query, and the window's shell, which
        holds the box, is made between the first paint and the first key (see ``MainWindow``).
        """
        if self._results is None:
            from screenaid.ui.app_style import style_controls

            results = QListWidget(self)
            results.setAccessibleName(self.tr("Search results"))
            results.setVisible(False)
            results.setMaximumHeight(self.fontMetrics().lineSpacing() * 12)
            layout = self.layout()
            assert layout is not None
            layout.addWidget(results)
            results.itemActivated.connect(self._open_item)
            results.installEventFilter(self)
            QWidget.setTabOrder(self.box, results)  # right after the box, as if it had been made with it
            style_controls(self)
            self._results = results
        return self._results

    def install_shortcuts(self, window: QWidget) -> None:
        focus = QShortcut(QKeySequence("Ctrl+K"), window)
        focus.setContext(Qt.ShortcutContext.WindowShortcut)
        focus.activated.connect(self.focus_box)
        slash = QShortcut(QKeySequence("/"), window)
        slash.setContext(Qt.ShortcutContext.WindowShortcut)
        slash.activated.connect(self._slash)

    def ready(self) -> bool:
        """Whether the search index is in place (it is built just after the content is installed)."""
        return self._searcher is not None

    def set_searcher(self, searcher: Searcher) -> None:
        self._searcher = searcher
        self.box.setEnabled(True)
        self.box.setPlaceholderText(self.tr(PLACEHOLDER))
        self._update(self.box.text())

    def use_context(self, context: AppContext) -> None:
        """Rank for this clinic and, once answered, this patient's age (read at each search, never stored)."""
        self._app_context = context

    def search_context(self) -> SearchContext:
        if self._app_context is None:
            return SearchContext()
        return search_context(self._app_context.config, self._app_context.session.state.answers)

    def focus_box(self) -> None:
        if self.box.isEnabled():
            self.box.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.box.selectAll()

    def _slash(self) -> None:
        widget = QApplication.focusWidget()
        if focus_is_in_text_field() and isinstance(widget, QLineEdit):
            widget.insert("/")  # a text field keeps its "/"; the shortcut is for everywhere else
            return
        self.focus_box()

    def clear(self) -> None:
        self.box.clear()
        if self._results is not None:
            self._results.clear()
            self._results.setVisible(False)

    def _update(self, query: str) -> None:
        if self._results is None and not query.strip():
            return  # nothing to show, and no list yet to empty
        self.results.clear()
        hits = (
            self._searcher.search(query, limit=RESULT_LIMIT, context=self.search_context())
            if self._searcher and query.strip()
            else []
        )
        for hit in hits:
            where = f", {hit.place}" if hit.place else ""
            item = QListWidgetItem(f"{hit.title}  ({enum_label(hit.kind)}{where})")
            item.setData(Qt.ItemDataRole.UserRole, hit.id)
            item.setToolTip(hit.snippet)
            self.results.addItem(item)
        if query.strip() and not hits:
            item = QListWidgetItem(self.tr("No results"))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.results.addItem(item)
        self.results.setVisible(bool(query.strip()))
        if hits:
            self.results.setCurrentRow(0)

    def _open_current(self) -> None:
        if self._results is None:
            return
        item = self._results.currentItem() or self._results.item(0)
        if item is not None:
            self._open_item(item)

    def _open_item(self, item: QListWidgetItem) -> None:
        entry_id = item.data(Qt.ItemDataRole.UserRole)
        if not entry_id:
            return
        self.clear()
        self.entry_chosen.emit(str(entry_id))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        key = event.key()
        results = self._results
        if key == Qt.Key.Key_Escape and (self.box.text() or (results is not None and results.isVisible())):
            self.clear()
            self.box.setFocus()
            return True
        if results is None:
            return False
        if watched is self.box and key == Qt.Key.Key_Down and results.count():
            results.setFocus()
            return True
        if watched is results and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._open_current()
            return True
        return False
