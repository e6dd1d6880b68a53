"""The main window: composes the shell (quick exit, places, search, notices, cover) and the five pages.

It holds no logic of its own beyond wiring. The shell is built and painted first; the pages are built
by :meth:`MainWindow.install_context` once the content is loaded, so the window appears at once. The app
makes the window ``progressive``: its first frame is Quick exit over the loading page, and the rest of the
shell (places, search, cover button, notices, jurisdiction) follows in the next turn of the event loop,
or before the first key is handled, whichever comes first.
Keyboard focus starts in the search box (never on Quick exit, where one stray Space would end the app);
the start page is the neutral cover page unless the clinic's ``start_page`` setting names a place.
"""

from __future__ import annotations

import linecache
from typing import TYPE_CHECKING, Any, Generic, TypeVar, overload

from PySide6 import QtCore
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from screenaid.ui.app_style import ensure_app_style, style_controls
from screenaid.ui.cover import COVER_KEY_NAME, START_TEXT, CoverStack, NeutralPage, cover_text
from screenaid.ui.enum_property import set_enum_property
from screenaid.ui.free_memory import FreeMemorySoon
from screenaid.ui.input_watch import input_watch
from screenaid.ui.quick_exit import QuickExit
from screenaid.ui.translation import QT_TRANSLATE_NOOP, review_notice
from screenaid.ui.widgets.quick_exit_button import QuickExitButton
from screenaid.ui.window_fit import fit_to_screen

if TYPE_CHECKING:
    from typing import Protocol

    from PySide6.QtGui import QCloseEvent, QShowEvent

    from screenaid.ui.context import AppContext
    from screenaid.ui.cover import CoverKey
    from screenaid.ui.global_search import GlobalSearch, Searcher
    from screenaid.ui.idle_wipe import IdleWipe
    from screenaid.ui.private_clipboard import PrivateClipboard
    from screenaid.ui.widgets.jurisdiction_bar import JurisdictionBar
    from screenaid.ui.widgets.navigation_bar import NavigationBar
    from screenaid.ui.widgets.notice_banner import NoticeBanner
    from screenaid.ui.zoom import Zoom

    class Page(Protocol):
        def show_entry(self, entry_id: str) -> bool: ...
        def reset(self) -> None: ...


WINDOW_TITLE = QT_TRANSLATE_NOOP("MainWindow", "Clinical reference")
"""Deliberately neutral: the title shows in the taskbar, Alt+Tab and screen sharing, where a companion
who controls the patient may see it."""

PLACES = (
    ("learn", QT_TRANSLATE_NOOP("Places", "Learn")),
    ("screen", QT_TRANSLATE_NOOP("Places", "Screen")),
    ("ask", QT_TRANSLATE_NOOP("Places", "Ask")),
    ("document", QT_TRANSLATE_NOOP("Places", "Document")),
    ("refer", QT_TRANSLATE_NOOP("Places", "Refer")),
)
"""(key, label) of each place; the labels are translated where they are shown (context "Places")."""
COVER = "cover"
"""The ``start_page`` setting that starts on the neutral page instead of a place."""
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
    "care_topic": "learn",
    "case_exercise": "learn",
    "jurisdiction_note": "learn",
}
"""Which place shows each kind of content entry (the kinds are those of ``screenaid.content.kinds``)."""
STATUS_SECONDS = 8


def _drop_source_lines() -> None:
    """Forget the source files PySide6 read while modules were imported.

    PySide6's import hook (shibokensupport.feature) reads the whole source of every module imported after it,
    through linecache, to look for "PySide6", and the lines stay cached for the life of the process. Since
    :mod:`screenaid.ui` shortcuts that scan (:mod:`screenaid.ui.import_scan`), only the few files imported
    before it are left (PySide6's and shiboken's ``__init__``, ``enum``, ``os``, ``types``): dropped once
    the content and search are in. Only a cache: tracebacks read the files again if needed.
    """
    linecache.clearcache()


class _FirstKeyCompletesShell(QObject):
    """Until the shell is complete, the first key (or shortcut) completes it before anything handles the key.

    Watches only the few objects that can have the keyboard in the first frame (the window, the page area
    that holds the focus, Quick exit), not the whole application (see :mod:`screenaid.ui.input_watch` for
    what an application-wide Python filter would cost). A key is first sent to the focused object as a
    shortcut check, before its window gets it: the shell and its watches on the window are complete by
    then."""

    def __init__(self, window: MainWindow, watched: tuple[QObject, ...]) -> None:
        super().__init__(window)
        self._window = window
        self._watched = watched
        for item in watched:
            item.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _KEY_EVENTS:
            self._window.complete_shell()
        return False

    def remove(self) -> None:
        for item in self._watched:
            item.removeEventFilter(self)
        self.deleteLater()


_KEY_EVENTS = (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress, QEvent.Type.KeyRelease)

_Part = TypeVar("_Part")


class _ShellPart(Generic[_Part]):
    """A part of the shell that :meth:`MainWindow.complete_shell` makes. Asking for it earlier (a tool or a
    test that uses the window right after ``start()``) completes the shell first, so callers never see a
    half-made window."""

    def __set_name__(self, _owner: type, name: str) -> None:
        self._stored = f"_{name}"

    @overload
    def __get__(self, window: None, _owner: type) -> _ShellPart[_Part]: ...

    @overload
    def __get__(self, window: MainWindow, _owner: type) -> _Part: ...

    def __get__(self, window: MainWindow | None, _owner: type) -> _Part | _ShellPart[_Part]:
        if window is None:
            return self
        window.complete_shell()
        part: _Part = getattr(window, self._stored)
        return part

    def __set__(self, window: MainWindow, part: _Part) -> None:
        setattr(window, self._stored, part)


class MainWindow(QMainWindow):
    first_painted = Signal()
    """The window has been painted once (start-up measurements and deferred loading hang off this)."""
    shell_painted = Signal()
    """The complete shell (places, search box, cover button, notices, jurisdiction) has been painted once."""
    shell_completed = Signal()
    """The rest of the shell has just been added (after the first paint, when made with ``progressive``)."""
    content_installed = Signal()
    """Pages are built; search follows a moment later."""
    search_ready = Signal()

    navigation: _ShellPart[NavigationBar] = _ShellPart()
    search: _ShellPart[GlobalSearch] = _ShellPart()
    cover_button: _ShellPart[QPushButton] = _ShellPart()
    notices: _ShellPart[NoticeBanner] = _ShellPart()
    jurisdiction_bar: _ShellPart[JurisdictionBar] = _ShellPart()
    zoom: _ShellPart[Zoom] = _ShellPart()
    cover_key: _ShellPart[CoverKey] = _ShellPart()

    def __init__(
        self, clipboard: PrivateClipboard, parent: QWidget | None = None, *, progressive: bool = False
    ) -> None:
        """``progressive``: the first paint shows Quick exit (button and 3×Shift) over the loading page, and
        the rest of the shell is added in the next turn of the event loop, or before the first key is handled
        if one comes sooner (:meth:`complete_shell`). Otherwise the whole shell is made here."""
        super().__init__(parent)
        self.setWindowTitle(self.tr(WINDOW_TITLE))
        self.setAccessibleName(self.tr("Main window"))
        self.clipboard = clipboard
        self.context: AppContext | None = None
        self.pages: dict[str, QWidget] = {}
        self.idle_wipe: IdleWipe | None = None
        self._painted = False
        self._shell_painted = False
        self._watching_screen = False
        self._first_key: _FirstKeyCompletesShell | None = None
        self.start_page: QWidget | None = None
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        self._app = app
        ensure_app_style(app)

        # -- the first frame: Quick exit over the loading page, inside the cover --------------------------
        central = QWidget(self)
        central.setAccessibleName(self.tr("Clinical reference"))
        self._central = central
        self.quick_exit_button = QuickExitButton(central)
        self.stack = QStackedWidget(central)
        self.stack.setAccessibleName(self.tr("Current place"))
        self.stack.currentChanged.connect(self._size_by_current_page)
        # the stack holds the focus while loading (not a Tab stop)
        set_enum_property(self.stack, "focusPolicy", "ClickFocus")
        self.loading = QLabel(self.tr("Loading…"), self.stack)
        set_enum_property(self.loading, "alignment", "AlignCenter")
        self.stack.addWidget(self.loading)
        self.page_area = QScrollArea(central)
        """Only scrolls when a page cannot shrink to the window (very large text on a small screen), so the
        window never has to grow past the screen."""
        self.page_area.setWidget(self.stack)
        self.page_area.setWidgetResizable(True)
        self.page_area.setFrameShape(QFrame.Shape.NoFrame)
        set_enum_property(self.page_area, "focusPolicy", "NoFocus")

        top = QWidget(central)
        # the shell never gives up height (its controls would be clipped at 200 %): the page area scrolls instead
        top.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._top_layout = QVBoxLayout(top)
        self._top_layout.setContentsMargins(0, 0, 0, 0)
        self._bar_row = QHBoxLayout()
        """Quick exit, then the places (added with the rest of the shell)."""
        self._bar_row.addWidget(self.quick_exit_button)
        self._top_layout.addLayout(self._bar_row)
        self._layout = QVBoxLayout(central)
        self._layout.addWidget(top)
        self._layout.addWidget(self.page_area, 1)
        self.cover = CoverStack(central, self)
        self.setCentralWidget(self.cover)
        self.stack.setFocus()

        self.free_memory = FreeMemorySoon(self)
        self.quick_exit = QuickExit(clipboard, self)
        self.quick_exit.progress.connect(self._on_shift_progress)
        self.quick_exit_button.clicked.connect(self.quick_exit.trigger)
        self.cover.toggled.connect(self._on_cover)
        clipboard.copied.connect(
            lambda seconds: self._status(
                self.tr("Copied. The clipboard clears itself in %n seconds.", "", seconds)
            )
        )
        self.shell_complete = False
        if progressive:
            self._first_key = _FirstKeyCompletesShell(self, (self, self.stack, self.quick_exit_button))
            fit_to_screen(self, initial=True)
        else:
            self.complete_shell(initial=True)

    def complete_shell(self, initial: bool = False) -> None:
        """Add the places, the search box, the cover button, the notices and the jurisdiction bar, and start
        watching the keyboard on every window (3×Shift, the cover key). Once only."""
        if self.shell_complete:
            return
        self.shell_complete = True
        self._stop_first_key_watch()
        from screenaid.ui.accessibility import install_accessible_roles, name_from_labels
        from screenaid.ui.cover import CoverKey
        from screenaid.ui.global_search import GlobalSearch
        from screenaid.ui.widgets.jurisdiction_bar import JurisdictionBar
        from screenaid.ui.widgets.navigation_bar import NavigationBar
        from screenaid.ui.widgets.notice_banner import NoticeBanner
        from screenaid.ui.zoom import Zoom

        install_accessible_roles()
        central = self._central
        places = tuple((key, QCoreApplication.translate("Places", label)) for key, label in PLACES)
        self.navigation = NavigationBar(places, central)
        self.search = GlobalSearch(central)
        self.cover_button = QPushButton(self.tr("Cover screen ({key})").format(key=COVER_KEY_NAME), central)
        self.cover_button.setAutoDefault(False)
        self.cover_button.setToolTip(
            self.tr("Show a plain page at once; {key} again brings your work back").format(key=COVER_KEY_NAME)
        )
        self.notices = NoticeBanner(central)
        self.jurisdiction_bar = JurisdictionBar(central)
        self._bar_row.addWidget(self.navigation, 1)
        # the cover button beside the search box, not at the end of the places: with French or Spanish
        # labels at 200 % text, one row of quick exit, five places and the cover button is wider than a
        # 1280-pixel screen (tests/ui/test_screen_fit.py)
        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.cover_button, 0, QtCore.Qt.AlignmentFlag.AlignTop)
        self._top_layout.addLayout(search_row)
        self._top_layout.addWidget(self.jurisdiction_bar)
        self._layout.insertWidget(1, self.notices)
        QWidget.setTabOrder(self.quick_exit_button, self.navigation.buttons[PLACES[0][0]])
        self.navigation.set_places_enabled(False)

        self.quick_exit.watch(self._app)
        self.zoom = Zoom(self._app, self)
        self.zoom.install_shortcuts(self)
        self.zoom.changed.connect(self._on_zoom)
        self.cover_key = CoverKey(self.cover, self)
        self.cover_key.watch(self._app)
        self.cover_button.clicked.connect(self.cover.cover)
        self.navigation.install_shortcuts(self)
        self.navigation.place_chosen.connect(self.go_to)
        self.search.install_shortcuts(self)
        self.search.entry_chosen.connect(self.show_entry)
        self.jurisdiction_bar.chosen.connect(self.use_jurisdiction)
        fit_to_screen(self, initial=initial)
        name_from_labels(central)
        style_controls(central)
        self.update()  # painted with the rest of the shell (shell_painted)
        self.shell_completed.emit()

    def _stop_first_key_watch(self) -> None:
        """The first-key watch of a progressive window is no longer needed (shell complete, or closing)."""
        if self._first_key is not None:
            self._first_key.remove()
            self._first_key = None

    # -- building -------------------------------------------------------------------------------

    def install_context(self, context: AppContext, searcher: Searcher | None = None) -> None:
        """Use ``context`` from now on: the start page is built at once, the others on first visit."""
        from screenaid.ui.idle_wipe import IdleWipe

        self.complete_shell()
        self.jurisdiction_bar.bind(context)  # pages see the library as the configured jurisdiction does
        context = self.jurisdiction_bar.context()
        self.context = context
        self.search.use_context(context)
        self.stack.removeWidget(self.loading)
        self.loading.deleteLater()
        review = review_notice()  # an interface translation that no native speaker has reviewed yet
        self.notices.set_notices((*context.notices, review) if review else context.notices)
        self.navigation.set_places_enabled(True)
        self.go_to_start()
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
            from screenaid.ui.accessibility import name_from_labels

            if self.context is None:
                raise RuntimeError("the content is not loaded yet")
            page: Any = _page_class(place)(self.context, self.stack)
            page.navigate_to.connect(self.show_entry)
            self.pages[place] = page
            self.stack.addWidget(page)
            name_from_labels(page)
            style_controls(page)
        return self.pages[place]

    def _build_search(self) -> None:
        from screenaid.search import SearchIndex

        if self.context is not None:
            self.set_searcher(SearchIndex(self.context.library))

    def set_searcher(self, searcher: Searcher) -> None:
        self.search.set_searcher(searcher)
        _drop_source_lines()
        self.free_memory.request()  # what reading the content needed only for a moment (file bytes, buffers)
        focus = QApplication.focusWidget()
        if focus is None or focus is self.stack or focus is self.start_page:
            self.search.box.setFocus(QtCore.Qt.FocusReason.OtherFocusReason)  # launch focus: the search box
        self.search_ready.emit()

    def use_jurisdiction(self, code: str) -> None:
        """Rebuild the pages for another jurisdiction (session only; the checklist session is kept)."""
        if self.context is None:
            return
        place = self.current_place()
        for page in self.pages.values():
            self.stack.removeWidget(page)
            page.deleteLater()
        self.pages.clear()
        self.context = self.jurisdiction_bar.context()
        if place is None:
            self.go_to_start()
        else:
            self.go_to(place)
        QTimer.singleShot(0, self._build_search)
        self.free_memory.request()
        self._status(
            self.tr("Showing law and routes for {name}.").format(
                name=self.jurisdiction_bar.combo.currentText()
            )
        )

    # -- navigation ---------------------------------------------------------------------------

    def go_to(self, place: str) -> None:
        if self.context is None or place not in dict(PLACES):
            return
        self.stack.setCurrentWidget(self.page(place))
        self.navigation.set_current(place)
        self.free_memory.request()  # what the last page let go (previews, documents) goes back to the system

    def go_to_start(self) -> None:
        """The clinic's start page: the neutral cover page, or the place its ``start_page`` names."""
        if self.context is None:
            return
        start = self.context.config.start_page
        if start in dict(PLACES):
            self.go_to(start)
            return
        if self.start_page is None:
            self.start_page = NeutralPage(cover_text(START_TEXT), self.stack)
            self.start_page.setFocusPolicy(QtCore.Qt.FocusPolicy.ClickFocus)
            self.stack.addWidget(self.start_page)
        self.stack.setCurrentWidget(self.start_page)
        self.navigation.set_current(None)

    def _size_by_current_page(self, _index: int) -> None:
        """Only the page showing counts towards the window's minimum size (a hidden page that needs more
        room at large text must not widen every other page)."""
        current = self.stack.currentWidget()
        for index in range(self.stack.count()):
            page = self.stack.widget(index)
            if page is None:
                continue
            policy = page.sizePolicy()
            ignored = QSizePolicy.Policy.Ignored
            wanted = QSizePolicy.Policy.Preferred if page is current else ignored
            if policy.horizontalPolicy() != wanted:
                page.setSizePolicy(wanted, wanted)
        self.stack.updateGeometry()

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
        self._status(self.tr("That entry is not shown on any page."))
        return False

    # -- privacy ------------------------------------------------------------------------------

    def wipe(self) -> None:
        """Forget everything: checked items, answers, typed text, open dialogs and menus; back to the start
        page."""
        from PySide6.QtWidgets import QDialog

        _close_popups()  # a context menu or list left open would otherwise stay on screen after the wipe
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
        self.jurisdiction_bar.reset()
        self.cover.forget_focus()
        self.go_to_start()
        self.free_memory.request()
        self._status(self.tr("Cleared after a period without use."))

    def shutdown(self) -> None:
        """Stop watching the application (on close, and between tests)."""
        if not self.shell_complete:
            self._stop_first_key_watch()
            return
        self.quick_exit.unwatch(self._app)
        self.cover_key.unwatch(self._app)
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
        if event.type() != QEvent.Type.Paint or self._shell_painted:
            return handled
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self.first_painted.emit)
            if not self.shell_complete:
                QTimer.singleShot(0, self.complete_shell)  # after first_painted: the first frame is out
        if self.shell_complete:
            self._shell_painted = True
            QTimer.singleShot(0, self.shell_painted.emit)
        return handled

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.shell_complete:  # its window exists now: watched even if no window manager activates it
            input_watch(self._app).watch_open_windows()
        QTimer.singleShot(0, self, self._refit)  # the window manager's frame is known by now
        handle = self.windowHandle()
        if handle is not None and not self._watching_screen:
            self._watching_screen = True
            handle.screenChanged.connect(self._refit)  # moved to another monitor: its size applies

    def _refit(self, *_screen: object) -> None:
        fit_to_screen(self)

    def _on_zoom(self, percent: int) -> None:
        fit_to_screen(self)
        self.free_memory.request()  # text laid out again at another size frees the old layouts
        self._status(self.tr("Text size {percent} %.").format(percent=percent))

    def _on_cover(self, covered: bool) -> None:
        if covered:
            _close_popups()  # a context menu is a window of its own: it would stay over the cover
        self.statusBar().setVisible(not covered)  # its messages ("Copied", Shift feedback) are the work's

    def _on_shift_progress(self, remaining: int) -> None:
        if remaining:
            self._status(self.tr("Shift: press %n more time(s) to quick exit.", "", remaining))
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


def _close_popups() -> None:
    """Close every open pop-up (context menu, drop-down list, completer), innermost first."""
    for _ in range(len(QApplication.topLevelWidgets()) + 1):  # bounded: each pass closes one
        popup = QApplication.activePopupWidget()
        if popup is None:
            return
        popup.close()
