"""Start the desktop app: privacy set-up first, then the window, then the content (after first paint)."""

from __future__ import annotations

import os
import sys
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication

from screenaid.crash_privacy import disable_core_dumps
from screenaid.ui.app_style import ensure_app_style, high_contrast
from screenaid.ui.main_window import MainWindow
from screenaid.ui.private_clipboard import PrivateClipboard
from screenaid.ui.qt_privacy import apply_privacy_defaults
from screenaid.ui.translation import QT_TRANSLATE_NOOP, install_translation

if TYPE_CHECKING:
    from screenaid.search import SearchIndex
    from screenaid.ui.context import AppContext

GENERIC_ERROR = QT_TRANSLATE_NOOP(
    "App",
    "Something went wrong inside the app. Nothing you entered has been saved anywhere. "
    "You can carry on, or close the app and open it again.",
)
QUICK_EXIT_STYLE = (
    "QPushButton#quickExit { background: #a4001d; color: white; font-weight: bold;"
    " padding: 0.3em 1em; border: 2px solid #5c0010; border-radius: 4px; }"
    " QPushButton#quickExit:focus { border: 3px solid palette(highlight); }"
)
"""White on #a4001d has a contrast ratio of about 8:1. Not applied when the system asks for high contrast."""


def _report_error(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
    """Say that something failed without repeating the exception text, which may contain what was typed."""
    import traceback  # only when needed: it is slow to import and start-up matters

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    where = "".join(
        f'  File "{frame.filename}", line {frame.lineno}, in {frame.name}\n'
        for frame in traceback.extract_tb(trace)
    )
    sys.stderr.write(f"Internal error: {kind.__name__}\n{where}")
    if QApplication.instance() is not None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("App", "Problem"),
            QCoreApplication.translate("App", GENERIC_ERROR),
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()


GENERIC_FAMILIES = frozenset({"Monospace", "Sans Serif", "Serif"})
"""Names Qt's font database lists on Linux even when no font is installed at all."""


def _ensure_font() -> None:
    """Before the first paint: on a system with no fonts at all, register the bundled fonts at once and make
    the first of them the interface font, so the first frame has letters.

    Anywhere else the bundled fonts wait until the whole shell has painted (:func:`_register_bundled_fonts`):
    the interface is in English, Spanish or French, which the system's own fonts cover, and registering them
    first cost the first paint about 1.5 ms."""
    if set(QFontDatabase.families()) - GENERIC_FAMILIES:
        return  # the system has fonts (asking reads the font database, which the first paint needs anyway)
    families = _register_bundled_fonts()
    if families:
        font = QApplication.font()
        font.setFamily(families[0])
        QApplication.setFont(font)


_REGISTERED_FONTS: list[str] = []
"""The families the bundled fonts added (registered once per process)."""


def _register_bundled_fonts() -> list[str]:
    """Register the bundled handout fonts (once), so every handout language's own name renders (Chinese,
    Korean, Arabic) even where the system has no such font; returns their families."""
    if not _REGISTERED_FONTS:
        from screenaid.paths import package_file

        folder = package_file("handout", "fonts")
        for path in sorted(folder.glob("*.ttf")) if folder.is_dir() else []:
            font_id = QFontDatabase.addApplicationFont(str(path))
            _REGISTERED_FONTS.extend(QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else [])
    return list(_REGISTERED_FONTS)


def start(argv: list[str] | None = None) -> tuple[QApplication, MainWindow]:
    """Create the application and show the window; the content loads once the window has painted."""
    disable_core_dumps()  # before anything is typed: a crash must not leave memory on disk
    apply_privacy_defaults()
    app = QApplication(argv if argv is not None else sys.argv[:1])
    sys.excepthook = _report_error
    install_translation(app)  # before any widget is made
    _ensure_font()
    ensure_app_style(app)
    clipboard = PrivateClipboard(app)
    window = MainWindow(clipboard, progressive=True)
    window.shell_completed.connect(lambda: _install_enter_key(app))  # with the shell: before any key
    if not high_contrast():
        window.quick_exit_button.setStyleSheet(QUICK_EXIT_STYLE)
    window.shell_painted.connect(
        lambda: QTimer.singleShot(0, lambda: _after_shell_painted(window, clipboard))
    )
    window.show()
    return app, window


def _install_enter_key(app: QApplication) -> None:
    """Enter presses a focused button, in every window; watched from the moment the shell is complete."""
    from screenaid.ui.enter_key import install_enter_key

    install_enter_key(app)


def _after_shell_painted(window: MainWindow, clipboard: PrivateClipboard) -> None:
    """The bundled fonts, then the content (read off the GUI thread); both before any page shows content."""
    _register_bundled_fonts()
    _load_in_background(window, clipboard)


def _load_in_background(window: MainWindow, clipboard: PrivateClipboard) -> None:
    """Read the content off the GUI thread, so quick exit stays immediate whatever the clinic folder holds."""
    from screenaid.ui.content_loading import ContentLoader

    loader = ContentLoader(clipboard, window)
    loader.loaded.connect(lambda context: _install(window, context, loader.searcher))
    window.setProperty("contentLoader", loader)  # kept alive by its parent; found again by tests
    loader.start()


def _load(window: MainWindow, clipboard: PrivateClipboard) -> None:
    """Load in the calling thread (tests and tools that need the content at once)."""
    from screenaid.ui.context import load_context

    _register_bundled_fonts()
    _install(window, load_context(clipboard))


def _install(window: MainWindow, context: AppContext, searcher: SearchIndex | None = None) -> None:
    window.quick_exit.set_shortcut_enabled(context.config.quick_exit_shortcut)
    window.install_context(context, searcher)  # without a searcher, the window builds search itself


def run_app(argv: list[str] | None = None) -> int:
    """Run the desktop app until it is closed or quick exit is used; returns the exit code."""
    app, window = start(argv)
    quick_exit_used: list[bool] = []
    window.quick_exit.triggered.connect(lambda: quick_exit_used.append(True))
    code = app.exec()
    if quick_exit_used:  # end now: do not wait for a content read still running, nor for interpreter clean-up
        for stream in (sys.stdout, sys.stderr):
            if stream is not None:
                stream.flush()
        os._exit(code)
    return code
