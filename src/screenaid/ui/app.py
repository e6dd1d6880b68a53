"""Start the desktop app: privacy set-up first, then the window, then the content (after first paint)."""

from __future__ import annotations

import sys
from types import TracebackType

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication, QMessageBox

from screenaid.ui.app_style import ensure_app_style, high_contrast
from screenaid.ui.main_window import MainWindow
from screenaid.ui.private_clipboard import PrivateClipboard
from screenaid.ui.qt_privacy import apply_privacy_defaults

GENERIC_ERROR = (
    "Something went wrong inside the app. Nothing you entered has been saved anywhere. "
    "You can carry on, or close the app and open it again."
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

    where = "".join(
        f'  File "{frame.filename}", line {frame.lineno}, in {frame.name}\n'
        for frame in traceback.extract_tb(trace)
    )
    sys.stderr.write(f"Internal error: {kind.__name__}\n{where}")
    if QApplication.instance() is not None:
        box = QMessageBox(QMessageBox.Icon.Warning, "Problem", GENERIC_ERROR)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()


def _ensure_font() -> None:
    """A frozen build on a bare system may have no fonts at all: fall back to the bundled one."""
    if QFontDatabase.families():
        return
    from screenaid.paths import package_file

    for path in sorted(package_file("fonts").glob("*.ttf")) if package_file("fonts").is_dir() else []:
        QFontDatabase.addApplicationFont(str(path))
    families = QFontDatabase.families()
    if families:
        font = QApplication.font()
        font.setFamily(families[0])
        QApplication.setFont(font)


def start(argv: list[str] | None = None) -> tuple[QApplication, MainWindow]:
    """Create the application and show the window; the content loads once the window has painted."""
    apply_privacy_defaults()
    app = QApplication(argv if argv is not None else sys.argv[:1])
    sys.excepthook = _report_error
    _ensure_font()
    ensure_app_style(app)
    clipboard = PrivateClipboard(app)
    window = MainWindow(clipboard)
    if not high_contrast():
        window.quick_exit_button.setStyleSheet(QUICK_EXIT_STYLE)
    window.first_painted.connect(lambda: QTimer.singleShot(0, lambda: _load(window, clipboard)))
    window.show()
    return app, window


def _load(window: MainWindow, clipboard: PrivateClipboard) -> None:
    from screenaid.ui.context import load_context

    context = load_context(clipboard)
    window.quick_exit.set_shortcut_enabled(context.config.quick_exit_shortcut)
    window.install_context(context)


def run_app(argv: list[str] | None = None) -> int:
    """Run the desktop app until it is closed or quick exit is used; returns the exit code."""
    app, _window = start(argv)
    return app.exec()
