"""Copy text so that it does not outlive its use: marked private, cleared after a minute and on exit.

The extra MIME formats ask clipboard managers not to keep a copy: Windows clipboard history and cloud
clipboard (``ExcludeClipboardContentFromMonitorProcessing``), KDE Klipper (``x-kde-passwordManagerHint``)
and macOS pasteboard managers (``org.nspasteboard.ConcealedType`` / ``TransientType``). The clipboard is
cleared only while it still holds our text, so a user's own later copy is never destroyed.

It also guards the app's other doors to the clipboard, application-wide, whatever widget is used: text that
a text field copies on its own (Ctrl+C, Ctrl+X, its context menu) is put back with the same hints and the
same clearing timer; and on X11 the PRIMARY selection, which every text selection fills and any program can
read, is emptied as soon as the app owns it.
"""

from __future__ import annotations

import weakref

from PySide6.QtCore import QMimeData, QObject, QTimer, Signal
from PySide6.QtGui import QClipboard, QGuiApplication

CLEAR_AFTER_MS = 60_000

PRIVATE_HINTS: dict[str, bytes] = {
    'application/x-qt-windows-mime;value="ExcludeClipboardContentFromMonitorProcessing"': b"",
    "x-kde-passwordManagerHint": b"secret",
    "org.nspasteboard.ConcealedType": b"",
    "org.nspasteboard.TransientType": b"",
}


_GUARD: weakref.ReferenceType[PrivateClipboard] | None = None


class PrivateClipboard(QObject):
    """The only way the app puts text on the clipboard."""

    copied = Signal(int)
    """Emitted after a copy, with the seconds until the clipboard is cleared."""
    cleared = Signal()
    """Emitted when our text was removed from the clipboard."""

    def __init__(self, parent: QObject | None = None, clear_after_ms: int = CLEAR_AFTER_MS) -> None:
        super().__init__(parent)
        self._text: str | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(clear_after_ms)
        self._timer.timeout.connect(self.clear_if_ours)
        self._guarding = False
        global _GUARD
        _GUARD = weakref.ref(
            self
        )  # the newest instance guards the app's clipboard doors; older ones stand down
        app = QGuiApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.clear_if_ours)
            clipboard = QGuiApplication.clipboard()
            clipboard.dataChanged.connect(self._mark_text_copied_by_widgets)
            clipboard.selectionChanged.connect(self._empty_primary_selection)

    @property
    def clear_after_ms(self) -> int:
        return self._timer.interval()

    def copy(self, text: str) -> None:
        data = QMimeData()
        data.setText(text)
        for mime_type, value in PRIVATE_HINTS.items():
            data.setData(mime_type, value)
        self._text = text
        self._clipboard().setMimeData(data, QClipboard.Mode.Clipboard)
        self._timer.start()
        self.copied.emit(self._timer.interval() // 1000)

    def holds_ours(self) -> bool:
        """Whether the system clipboard still holds the text we put there last."""
        if self._text is None:
            return False
        clipboard = self._clipboard()
        data = clipboard.mimeData(QClipboard.Mode.Clipboard)
        if data is None or not data.hasText() or data.text() != self._text:
            return False
        return clipboard.ownsClipboard() or all(data.hasFormat(fmt) for fmt in PRIVATE_HINTS)

    def clear_if_ours(self) -> None:
        """Empty the clipboard if it still holds our text; leave anything else alone."""
        self._timer.stop()
        if self.holds_ours():
            self._clipboard().clear(QClipboard.Mode.Clipboard)
            self.cleared.emit()
        self._text = None

    def _mark_text_copied_by_widgets(self) -> None:
        """A widget copied text on its own (Ctrl+C in the note, a context menu): re-copy it privately."""
        if self._guarding or not self._is_guard():
            return
        clipboard = self._clipboard()
        data = clipboard.mimeData(QClipboard.Mode.Clipboard)
        if data is None or not data.hasText() or all(data.hasFormat(fmt) for fmt in PRIVATE_HINTS):
            return
        if not (clipboard.ownsClipboard() or _in_process_clipboard()):
            return  # another program's copy: never touched
        if not _selected_in_focused_text_field(data.text()):
            return  # not copied from one of our text fields
        self._guarding = True
        try:
            self.copy(data.text())
        finally:
            self._guarding = False

    def _empty_primary_selection(self) -> None:
        """X11: selecting text fills PRIMARY, readable by any program; empty it while we own it."""
        if not self._is_guard():
            return
        clipboard = self._clipboard()
        if clipboard.supportsSelection() and clipboard.ownsSelection():
            clipboard.clear(QClipboard.Mode.Selection)

    def _is_guard(self) -> bool:
        return _GUARD is not None and _GUARD() is self

    @staticmethod
    def _clipboard() -> QClipboard:
        clipboard = QGuiApplication.clipboard()
        if clipboard is None:  # pragma: no cover - only without a QGuiApplication
            raise RuntimeError("the clipboard needs a running QApplication")
        return clipboard


def _selected_in_focused_text_field(text: str) -> bool:
    """Whether ``text`` is the selection of one of our text fields (what Ctrl+C or Copy just put there);
    the focused field is checked first, then every other one (the focus may be on a context menu)."""
    from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QTextEdit

    wanted = text.replace("\r\n", "\n")
    focused = QApplication.focusWidget()
    for widget in ([focused] if focused is not None else []) + QApplication.allWidgets():
        if isinstance(widget, QLineEdit):
            selected = widget.selectedText()
        elif isinstance(widget, (QTextEdit, QPlainTextEdit)):
            selected = widget.textCursor().selectedText().replace("\u2029", "\n").replace("\u2028", "\n")
        else:
            continue
        if selected and selected.replace("\r\n", "\n") == wanted:
            return True
    return False


def _in_process_clipboard() -> bool:
    """Platforms whose clipboard lives only inside this process (tests, ``offscreen``): everything is ours."""
    return QGuiApplication.platformName() in ("offscreen", "minimal")
