"""The main window: composes the shell (quick exit, places, search, notices) and the five pages.

It holds no logic of its own beyond wiring. The shell is built and painted first; the pages are built
by :meth:`MainWindow.install_context` once the content is loaded, so the window appears at once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from screenaid.ui.global_search import GlobalSearch
from screenaid.ui.idle_wipe import IdleWipe
from screenaid.ui.quick_exit import QuickExit
from screenaid.ui.widgets.navigation_bar import NavigationBar
from screenaid.ui.widgets.notice_banner import NoticeBanner
from screenaid.ui.widgets.quick_exit_button import QuickExitButton
from screenaid.ui.zoom import Zoom

if TYPE_CHECKING:
    from typing import Protocol

    from PySide6.QtCore import QObject
    from PySide6.QtGui import QCloseEvent

    from screenaid.ui.context import AppContext
    from screenaid.ui.global_search import Searcher
    from screenaid.ui.private_clipboard import PrivateClipboard

    class Page(Protocol):
        def show_entry(self, entry_id: str) -> bool: ...
        def reset(self) -> None: ...


WINDOW_TITLE = "Clinical reference"
"""Deliberately neutral: the title shows in the taskbar, Alt+Tab and screen sharing, where a companion
who controls the patient may see it."""

PLACES = (
    ("learn", "Learn"),
    ("screen", "Screen"),
    ("ask", "Ask"),
    ("document", "Document"),
    ("refer", "Refer"),
)
START_PLACE = "learn"
PLACE_OF_KIND = {
    "module": "learn",
    "objective": "learn",
    "indicator": "screen",
    "instrument": "screen",
    "pathway_question": "screen",
    "pathway_step": "screen",
    "prompt": "ask",
    "guidance": "document",
    "icd_code": "document",
    "resource": "refer",
}
"""Which place shows each kind of content entry (the kinds are those of ``screenaid.content.kinds``)."""
STATUS_SECONDS = 8


class MainWindow(QMainWindow):
    first_painted = Signal()
    """The shell has been painted once (start-up measurements and deferred loading hang off this)."""
    content_installed = Signal()
    """Pages are built; search follows a moment later."""
    search_ready = Signal()

    def __init__(self, clipboard: PrivateClipboard, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(WINDOW_TITLE)
        self.setAccessibleName("Main window")
        self.clipboard = clipboard
        self.context: AppContext | None = None
        self.pages: dict[str, QWidget] = {}
        self.idle_wipe: IdleWipe | None = None
        self._painted = False
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        self._app = app

        central = QWidget(self)
        central.setAccessibleName("Clinical reference")
        self.quick_exit_button = QuickExitButton(central)
        self.navigation = NavigationBar(tuple(PLACES), central)
        self.search = GlobalSearch(central)
        self.notices = NoticeBanner(central)
        self.stack = QStackedWidget(central)
        self.stack.setAccessibleName("Current place")
        self.loading = QLabel("Loading…", self.stack)
        self.loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.loading)

        top = QWidget(central)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        bar = self.navigation.layout()
        assert bar is not None
        bar.insertWidget(0, self.quick_exit_button)  # type: ignore[attr-defined]
        top_layout.addWidget(self.navigation)
        top_layout.addWidget(self.search)
        layout = QVBoxLayout(central)
        layout.addWidget(top)
        layout.addWidget(self.notices)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        QWidget.setTabOrder(self.quick_exit_button, self.navigation.buttons[PLACES[0][0]])
        self.navigation.set_places_enabled(False)

        self.quick_exit = QuickExit(clipboard, self)
        self.quick_exit.watch(app)
        self.quick_exit.progress.connect(self._on_shift_progress)
        self.quick_exit_button.clicked.connect(self.quick_exit.trigger)
        self.zoom = Zoom(app, self)
        self.zoom.install_shortcuts(self)
        self.zoom.changed.connect(lambda percent: self._status(f"Text size {percent} %."))
        self.navigation.install_shortcuts(self)
        self.navigation.place_chosen.connect(self.go_to)
        self.search.install_shortcuts(self)
        self.search.entry_chosen.connect(self.show_entry)
        clipboard.copied.connect(
            lambda seconds: self._status(f"Copied. The clipboard clears itself in {seconds} seconds.")
        )
        self.resize(1100, 760)

    # -- building -------------------------------------------------------------------------------

    def install_context(self, context: AppContext, searcher: Searcher | None = None) -> None:
        """Use ``context`` from now on: the start page is built at once, the others on first visit."""
        self.context = context
        self.search.use_context(context)
        self.stack.removeWidget(self.loading)
        self.loading.deleteLater()
        self.notices.set_notices(context.notices)
        self.navigation.set_places_enabled(True)
        self.go_to(START_PLACE)
        self.idle_wipe = IdleWipe(self, context.config.idle_wipe_minutes, context.config.idle_warning_seconds)
        self.idle_wipe.wiped.connect(self.wipe)
        self.idle_wipe.start(self._app)
        self.content_installed.emit()
        if searcher is not None:
            self.set_searcher(searcher)
        else:
            QTimer.singleShot(0, self._build_search)

    def page(self, place: str) -> QWidget:
        """The page of ``place``, built the first time it is needed (pages are costly, start-up is not)."""
        if place not in self.pages:
            if self.context is None:
                raise RuntimeError("the content is not loaded yet")
            page: Any = _page_class(place)(self.context, self.stack)
            page.navigate_to.connect(self.show_entry)
            self.pages[place] = page
            self.stack.addWidget(page)
        return self.pages[place]

    def _build_search(self) -> None:
        from screenaid.search import SearchIndex

        if self.context is not None:
            self.set_searcher(SearchIndex(self.context.library))

    def set_searcher(self, searcher: Searcher) -> None:
        self.search.set_searcher(searcher)
        self.search_ready.emit()

    # -- navigation ---------------------------------------------------------------------------

    def go_to(self, place: str) -> None:
        if self.context is None or place not in dict(PLACES):
            return
        self.stack.setCurrentWidget(self.page(place))
        self.navigation.set_current(place)

    def current_place(self) -> str | None:
        current = self.stack.currentWidget()
        return next((key for key, page in self.pages.items() if page is current), None)

    def show_entry(self, entry_id: str) -> bool:
        """Open the page that owns ``entry_id`` and show the entry there."""
        kind = self.context.library.kind_of(entry_id) if self.context is not None else None
        place = PLACE_OF_KIND.get(kind or "")
        if place is not None and _as_page(self.page(place)).show_entry(entry_id):
            self.go_to(place)
            return True
        self._status("That entry is not shown on any page.")
        return False

    # -- privacy ------------------------------------------------------------------------------

    def wipe(self) -> None:
        """Forget everything: checked items, answers, typed text, open dialogs; back to the start page."""
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()
        for page in self.pages.values():
            _as_page(page).reset()
        if self.context is not None:
            self.context.session.reset()
        self.search.clear()
        self.clipboard.clear_if_ours()
        self.statusBar().clearMessage()
        self.go_to(START_PLACE)
        self._status("Cleared after a period without use.")

    def shutdown(self) -> None:
        """Stop watching the application (on close, and between tests)."""
        self._app.removeEventFilter(self.quick_exit)
        if self.idle_wipe is not None:
            self.idle_wipe.stop(self._app)
        self.zoom.reset()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shutdown()
        self.clipboard.clear_if_ours()
        super().closeEvent(event)

    # -- feedback -----------------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.Paint and not self._painted:
            self._painted = True
            QTimer.singleShot(0, self.first_painted.emit)
        return handled

    def _on_shift_progress(self, remaining: int) -> None:
        if remaining:
            times = "time" if remaining == 1 else "times"
            self._status(f"Shift: press {remaining} more {times} to quick exit.")
        else:
            self.statusBar().clearMessage()

    def _status(self, message: str) -> None:
        self.statusBar().showMessage(message, STATUS_SECONDS * 1000)


def _page_class(place: str) -> Any:  # one of the five page classes
    """Page modules are imported when first needed: they pull in the content models and reportlab."""
    if place == "learn":
        from screenaid.ui.pages.learn_page import LearnPage

        return LearnPage
    if place == "screen":
        from screenaid.ui.pages.screen_page import ScreenPage

        return ScreenPage
    if place == "ask":
        from screenaid.ui.pages.ask_page import AskPage

        return AskPage
    if place == "document":
        from screenaid.ui.pages.document_page import DocumentPage

        return DocumentPage
    from screenaid.ui.pages.refer_page import ReferPage

    return ReferPage


def _as_page(widget: QObject) -> Page:
    return widget  # type: ignore[return-value]  # every page has show_entry() and reset()
