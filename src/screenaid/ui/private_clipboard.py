"""Copy text so that it does not outlive its use: marked private, cleared after a minute and on exit.

The extra MIME formats ask clipboard managers not to keep a copy: Windows clipboard history and cloud
clipboard (``ExcludeClipboardContentFromMonitorProcessing``), KDE Klipper (``x-kde-passwordManagerHint``)
and macOS pasteboard managers (``org.nspasteboard.ConcealedType`` / ``TransientType``). The clipboard is
cleared only while it still holds our text, so a user's own later copy is never destroyed.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QObject, QTimer, Signal
from PySide6.QtGui import QClipboard, QGuiApplication

CLEAR_AFTER_MS = 60_000

PRIVATE_HINTS: dict[str, bytes] = {
    'application/x-qt-windows-mime;value="ExcludeClipboardContentFromMonitorProcessing"': b"",
    "x-kde-passwordManagerHint": b"secret",
    "org.nspasteboard.ConcealedType": b"",
    "org.nspasteboard.TransientType": b"",
}


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
        app = QGuiApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.clear_if_ours)

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

    @staticmethod
    def _clipboard() -> QClipboard:
        clipboard = QGuiApplication.clipboard()
        if clipboard is None:  # pragma: no cover - only without a QGuiApplication
            raise RuntimeError("the clipboard needs a running QApplication")
        return clipboard
