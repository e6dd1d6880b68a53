"""Visit every place of the real main window and collect every text a user can see or hear.

Used by the translation tests: each place and its sub-views (Learn's modules, law notes, care topics, cases,
post-test and certificate; Screen's tabs, core and full list, details; Ask with Spanish shown; Document's
tabs and composer; Refer's details, presets, warnings; the shell's search results, status messages, cover
and the idle warning; another jurisdiction's pages), with some items checked and questions answered.
At each stop it reads every visible widget's text, tooltip, accessible name and description, items of
lists, trees, tables, combo boxes and tabs, and the window title and status bar.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field, is_dataclass
from enum import Enum
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument, QTextDocumentFragment
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTableWidget,
    QTabWidget,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItemIterator,
    QWidget,
)

from screenaid.content.common import field_names
from screenaid.ui.main_window import PLACES, MainWindow

_MNEMONIC = re.compile(r"&(?!&)(\w)")


@dataclass
class Seen:
    """Texts seen, each with where it was seen; accelerator clashes among the controls showing together."""

    texts: dict[str, str] = field(default_factory=dict)
    clashes: list[str] = field(default_factory=list)

    def add(self, text: str | None, where: str) -> None:
        if text and text.strip():
            self.texts.setdefault(text, where)


def plain(text: str, widget: QWidget | None = None) -> str:
    """What a rich-text or Markdown label shows, as plain text."""
    if isinstance(widget, QLabel) and widget.textFormat() == Qt.TextFormat.MarkdownText:
        document = QTextDocument()
        document.setMarkdown(text)
        return document.toPlainText()
    if "<" in text and ">" in text:
        return QTextDocumentFragment.fromHtml(text).toPlainText()
    return text


def markdown_plain(text: str) -> str:
    document = QTextDocument()
    document.setMarkdown(text)
    return document.toPlainText()


def _describe(widget: QWidget) -> str:
    return f"{type(widget).__name__} {widget.objectName() or widget.accessibleName()[:40]!r}"


def read_widget(widget: QWidget, seen: Seen, stop: str) -> None:
    where = f"{stop}: {_describe(widget)}"
    seen.add(widget.toolTip(), where + " tooltip")
    seen.add(widget.accessibleName(), where + " accessible name")
    seen.add(plain(widget.accessibleDescription()), where + " accessible description")
    if widget.isWindow():
        seen.add(widget.windowTitle(), where + " window title")
    if isinstance(widget, QLabel):
        seen.add(plain(widget.text(), widget), where)
    elif isinstance(widget, QAbstractButton):
        seen.add(widget.text(), where)
    elif isinstance(widget, QGroupBox):
        seen.add(widget.title(), where)
    elif isinstance(widget, QLineEdit):
        seen.add(widget.placeholderText(), where + " placeholder")
    elif isinstance(widget, QComboBox):
        for index in range(widget.count()):
            seen.add(widget.itemText(index), where + " item")
    elif isinstance(widget, QTabWidget):
        for index in range(widget.count()):
            seen.add(widget.tabText(index), where + " tab")
            seen.add(widget.tabToolTip(index), where + " tab tooltip")
    elif isinstance(widget, QListWidget):
        for row in range(widget.count()):
            item = widget.item(row)
            seen.add(item.text(), where + " item")
            seen.add(item.toolTip(), where + " item tooltip")
    elif isinstance(widget, QTreeWidget):
        header = widget.headerItem()
        for column in range(widget.columnCount()):
            seen.add(header.text(column), where + " header")
        iterator = QTreeWidgetItemIterator(widget)
        while iterator.value():
            item = iterator.value()
            for column in range(widget.columnCount()):
                seen.add(item.text(column), where + " item")
                seen.add(item.toolTip(column), where + " item tooltip")
            iterator += 1
    elif isinstance(widget, QTableWidget):
        for column in range(widget.columnCount()):
            header_item = widget.horizontalHeaderItem(column)
            seen.add(header_item.text() if header_item else "", where + " header")
            for row in range(widget.rowCount()):
                cell = widget.item(row, column)
                seen.add(cell.text() if cell else "", where + " cell")
    elif isinstance(widget, QTextBrowser) or (isinstance(widget, QPlainTextEdit) and widget.isReadOnly()):
        seen.add(widget.toPlainText(), where)


def read_window(window: QWidget, seen: Seen, stop: str) -> None:
    """Every visible widget of ``window`` (and the status bar); accelerators of enabled controls must differ."""
    mnemonics: dict[str, str] = {}
    for widget in [window, *window.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        read_widget(widget, seen, stop)
        texts = []
        if (isinstance(widget, QAbstractButton) and widget.isEnabled()) or (
            isinstance(widget, QLabel) and widget.buddy() is not None and widget.buddy().isEnabled()
        ):
            texts.append(widget.text())
        elif isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count()) if widget.isTabEnabled(i)]
        for text in texts:
            for letter in _MNEMONIC.findall(text):
                key = letter.casefold()
                if key in mnemonics and mnemonics[key] != text:
                    seen.clashes.append(f"{stop}: Alt+{key} is both {mnemonics[key]!r} and {text!r}")
                mnemonics.setdefault(key, text)
    if isinstance(window, MainWindow):
        seen.add(window.statusBar().currentMessage(), f"{stop}: status bar")


def _settle() -> None:
    QApplication.processEvents()
    QTest.qWait(5)


def walk(window: MainWindow) -> Seen:
    """Visit everything (``window`` shown, content installed, search ready) and return what was seen."""
    from screenaid.ui.pages.learn_page import CARE, CASES, POST_TEST, LearnPage
    from screenaid.ui.widgets.idle_warning_dialog import IdleWarningDialog

    seen = Seen()
    assert window.context is not None
    library, session = window.context.library, window.context.session

    def stop(name: str) -> None:
        _settle()
        read_window(window, seen, name)

    window.go_to_start()
    stop("start page")
    # Screen: core list, full list, details, each tab; with findings, answers and an open condition
    window.go_to("screen")
    screen: Any = window.page("screen")
    stop("screen, nothing checked")
    for indicator in library.indicators[:4]:
        session.set_checked(indicator.id, True)
    high = next((i for i in library.indicators if i.concern.value == "high"), None)
    if high is not None:
        session.set_checked(high.id, True)
    risk = next((i for i in library.indicators if i.kind.value == "risk_factor"), None)
    if risk is not None:
        session.set_checked(risk.id, True)
    screen.checklist.focus_indicator(library.indicators[0].id)
    stop("screen, checked, details")
    screen.checklist.set_core_view(False)
    stop("screen, full list")
    for question in library.pathway_questions[:1]:
        if question.derived_from is None and question.answers:
            session.set_answer(question.id, question.answers[0].id)
    for index in range(screen.tabs.count()):
        screen.tabs.setCurrentIndex(index)
        stop(f"screen, tab {index}")
    screen.tabs.setCurrentIndex(0)
    # Ask: linked prompts, Spanish beside English
    window.go_to("ask")
    ask: Any = window.page("ask")
    ask.spanish.setChecked(True)
    stop("ask")
    # Document: every tab, details open, the composer warning about blanks
    window.go_to("document")
    document: Any = window.page("document")
    for card in document.guidance_cards.values():
        if card.detail is not None:
            card.detail.set_expanded(True)
    for index in range(document.tabs.count()):
        document.tabs.setCurrentIndex(index)
        stop(f"document, tab {index}")
    document.composer.copy()  # blanks left: the warning and "Copy anyway"
    stop("document, copy warning")
    document.composer.additions.setPlainText("x")
    document.composer.preview.setPlainText(document.composer.preview.toPlainText() + " edited")
    session.set_checked(library.indicators[5].id, True)
    stop("document, edited note, checklist changed")
    document.composer.copy()
    document.composer.copy()
    stop("document, copied")
    window.clipboard.clear_if_ours()
    stop("document, clipboard cleared")
    document.tabs.setCurrentIndex(0)
    # Refer: a resource's details, discreet cards, a language with missing lines, nothing ticked
    window.go_to("refer")
    refer: Any = window.page("refer")
    refer.directory.list.setCurrentRow(0)
    stop("refer")
    refer.choose_discreet_cards()
    for index in range(refer.composer.language.count()):
        refer.composer.language.setCurrentIndex(index)
        refer.refresh_preview()
        if refer.composer.missing_warning.isVisibleTo(refer):
            break
    stop("refer, discreet cards, language warning")
    refer.directory.filters.service.setCurrentIndex(1)
    stop("refer, filtered")
    refer.directory.clear_chosen()
    refer.refresh_preview()
    refer.print_handout()  # nothing ticked: says so, opens no dialog
    stop("refer, nothing ticked")
    refer.reset()
    # Learn: every module (depth and discussions open, self-checks answered), law, care, cases, post-test
    window.go_to("learn")
    learn: LearnPage = window.page("learn")  # type: ignore[assignment]
    for row in range(learn.modules.count()):
        learn.modules.setCurrentRow(row)
        view = learn.view
        if view is not None:
            if view.more_depth is not None:
                view.more_depth.set_expanded(True)
            for discussion in view.case_discussions:
                discussion.set_expanded(True)
            for number, check in enumerate(view.self_checks):
                if number == 0:
                    check.check_answer()  # nothing picked yet
                else:
                    check.choose(0)
                    check.check_answer()
        stop(f"learn, row {row}")
    learn.show_training(CARE)
    for index in range(learn.care.picker.count()):
        learn.care.picker.setCurrentIndex(index)
        stop(f"learn, care topic {index}")
    learn.show_training(CASES)
    cases = learn.cases
    cases._confirm(cases.boxes[-1])  # nothing picked: asks for a choice
    stop("learn, case, nothing picked")
    while not cases.finished:
        cases.choose(0)
    stop("learn, case, finished")
    learn.show_training(POST_TEST)
    post = learn.post_test
    post.start()
    post.score()  # unanswered: says how many are left
    stop("learn, post-test, unanswered")
    assert post.attempt is not None
    for question in post.attempt.questions:
        post.answer(question.id, question.correct_index)
    post.score()
    post.certificate.show_preview()
    stop("learn, post-test passed, certificate")
    post.certificate.name.setText("A. Clinician")
    post.certificate.show_preview()
    stop("learn, certificate preview")
    post.start()
    for question in post.attempt.questions:
        post.answer(question.id, (question.correct_index + 1) % len(question.options))
    post.score()
    stop("learn, post-test failed")
    # Shell: search, status messages, another jurisdiction, the cover, the idle warning
    window.search.focus_box()
    QTest.keyClicks(window.search.box, "passport")
    stop("search results")
    window.search.box.setText("zzzzqqq")
    stop("search, no results")
    window.search.clear()
    window.zoom.zoom_in()
    stop("zoomed")
    window.zoom.reset()
    window._on_shift_progress(2)
    stop("shift pressed once")
    window._on_shift_progress(1)
    stop("shift pressed twice")
    window.clipboard.copy("x")
    stop("copied")
    window.clipboard.clear_if_ours()
    window.show_entry("no-such-entry")
    stop("unknown entry")
    for code in ("GB", "GB-SCT", "CA"):
        if window.jurisdiction_bar.choose(code):
            for place, _label in PLACES:
                window.go_to(place)
                stop(f"{code}, {place}")
            learn = window.page("learn")  # type: ignore[assignment]
            learn._select("jurisdiction")
            stop(f"{code}, learn, law")
    window.jurisdiction_bar.reset()
    window.cover.cover()
    stop("cover")
    window.cover.uncover()
    dialog = IdleWarningDialog(window)
    dialog.set_remaining(1)
    dialog.show()
    _settle()
    read_window(dialog, seen, "idle warning, 1 second")
    dialog.set_remaining(20)
    read_window(dialog, seen, "idle warning, 20 seconds")
    dialog.close()
    dialog.deleteLater()
    window.wipe()
    stop("after a wipe")
    return seen


# -- what counts as content ---------------------------------------------------------------------------


def _strings(value: Any, depth: int = 0) -> Iterator[str]:
    if depth > 12:
        return
    if isinstance(value, str):
        yield value
    elif isinstance(value, Enum):
        return
    elif is_dataclass(value) and not isinstance(value, type):
        for name in field_names(type(value)):
            yield from _strings(getattr(value, name), depth + 1)
        citation = getattr(value, "citation", None)
        if callable(citation):
            yield citation()
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item, depth + 1)
    elif isinstance(value, list | tuple | set | frozenset):
        for item in value:
            yield from _strings(item, depth + 1)


def content_strings(library: Any, countries: set[str], languages: set[str]) -> set[str]:
    """Every string the library holds (and its Markdown rendered as plain text), and the names the interface
    takes from tables of names (countries, jurisdictions, languages): not the interface's words to translate."""
    from screenaid.content.jurisdictions import jurisdiction_name
    from screenaid.handout import HANDOUT_LANGUAGES
    from screenaid.handout.wording import wording_for
    from screenaid.search.places import place_name
    from screenaid.ui.widgets.jurisdiction_bar import SHIPPED, label_for
    from screenaid.ui.widgets.resource_filters import country_name, language_name

    found: set[str] = set()
    for entry in library:
        for text in _strings(entry):
            found.add(text)
            if any(mark in text for mark in "*_[#`\n"):
                found.add(markdown_plain(text))
    for code in countries | set(SHIPPED):
        found.update({country_name(code), place_name(code), jurisdiction_name(code), label_for(code)})
        if "-" in code:
            found.add(jurisdiction_name(code.split("-")[0]))
    for tag in languages | set(HANDOUT_LANGUAGES):
        found.update({language_name(tag), wording_for(tag).language_name})
    return {text for text in found if text.strip()}
