"""What assistive technology hears, applied once to the whole window instead of in every widget file.

* :func:`name_from_labels` gives every control that a visible label describes (a ``QLabel`` buddy or a
  ``QFormLayout`` row label) that label's text as its accessible name, when it has no name of its own.
* :func:`install_accessible_roles` fixes two things Qt reports wrongly over AT-SPI on Linux:

  - a combo box's *name* is its current value ("Any", "Any", "Any" for three filters), because Qt relies on
    the "labelled by" relation there; ours reports its accessible name as name and its value as description;
  - splitter handles have no interface and come out as role "unknown"; ours are separators with a name.

:func:`announce` tells a screen reader about a change that moves no focus (an answer given by a number key).

:func:`problems` lists focusable controls that are still unnamed or whose name is just their value; the tests
run it over every place.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleInterface
from PySide6.QtWidgets import (
    QAbstractButton,
    QAccessibleWidget,
    QComboBox,
    QLineEdit,
    QSplitterHandle,
    QWidget,
)

from screenaid.ui.translation import QT_TRANSLATE_NOOP

SPLITTER_HANDLE_NAME = QT_TRANSLATE_NOOP("Accessibility", "Resize handle")

_installed = False


def announce(source: QObject, message: str) -> None:
    """Have a screen reader speak ``message`` after what it is reading (AT-SPI "announcement"); nothing is
    sent while no assistive technology is listening."""
    if message and QAccessible.isActive():
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(source, message))


def label_text(text: str) -> str:
    """A label as it should be spoken: without the mnemonic ampersand and the trailing colon."""
    plain = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    return plain.strip().rstrip(":").strip()


def value_of(widget: QWidget) -> str:
    """What a control currently holds, as a screen reader would read it as its value."""
    if isinstance(widget, QComboBox):
        return widget.currentText()
    if isinstance(widget, QLineEdit):
        return widget.text()
    return ""


def _needs_name(widget: QWidget) -> bool:
    name = widget.accessibleName().strip()
    return not name or (bool(value_of(widget)) and name == value_of(widget).strip())


def _label_of(widget: QWidget) -> str:
    """The text of the label that describes ``widget`` (a QLabel whose buddy it is, which includes the row
    labels of a QFormLayout), found through Qt's own "labelled by" relation."""
    interface = QAccessible.queryAccessibleInterface(widget)
    if interface is None:
        return ""
    for label, _relation in interface.relations(QAccessible.RelationFlag.Label):
        text = label_text(label.text(QAccessible.Text.Name))
        if text:
            return text
    return ""


def name_from_labels(root: QWidget) -> int:
    """Name every labelled control under ``root`` after its label; returns how many were named.

    (Qt's relation is used rather than ``QLabel.buddy()``: in PySide6 6.12.0 every call that returns None
    drops a reference to None, and most labels have no buddy.)"""
    named = 0
    for widget in focusable_controls(root):
        if _needs_name(widget):
            text = _label_of(widget)
            if text:
                widget.setAccessibleName(text)
                named += 1
    return named


class _ComboBoxAccessible(QAccessibleWidget):
    """A combo box named by its label; its current value is its description (what Orca reads after it)."""

    def __init__(self, combo: QComboBox) -> None:
        super().__init__(combo, QAccessible.Role.ComboBox)
        self._combo = combo

    def text(self, kind: QAccessible.Text) -> str:
        if kind == QAccessible.Text.Name:
            return self._combo.accessibleName()
        if kind in (QAccessible.Text.Value, QAccessible.Text.Description):
            return self._combo.currentText()
        return str(super().text(kind))


def _factory(class_name: str, obj: QObject) -> QAccessibleInterface | None:
    if class_name == "QComboBox" and isinstance(obj, QComboBox) and not obj.isEditable():
        return _ComboBoxAccessible(obj)
    if class_name == "QSplitterHandle" and isinstance(obj, QSplitterHandle):
        return QAccessibleWidget(
            obj, QAccessible.Role.Separator, QCoreApplication.translate("Accessibility", SPLITTER_HANDLE_NAME)
        )
    return None


def install_accessible_roles() -> None:
    """Install the interfaces above; call once, after the QApplication exists (later factories win)."""
    global _installed
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed = True


def focusable_controls(root: QWidget) -> list[QWidget]:
    """Controls in ``root``'s window that Tab can reach (popups are reached through their owner)."""
    window = root.window()
    return [
        widget
        for widget in root.findChildren(QWidget)
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isEnabled() and widget.window() is window
    ]


def problems(root: QWidget) -> list[str]:
    """Focusable controls under ``root`` without a usable accessible name, described for a test failure."""
    found = []
    for widget in focusable_controls(root):
        interface = QAccessible.queryAccessibleInterface(widget)
        name = interface.text(QAccessible.Text.Name).strip() if interface is not None else ""
        value = value_of(widget).strip()
        where = f"{type(widget).__name__} {widget.objectName()!r} in {type(widget.parentWidget()).__name__}"
        if not name:
            found.append(f"{where}: no name")
        elif value and name == value and not isinstance(widget, QAbstractButton):
            found.append(f"{where}: name is its value {value!r}")
    return found
