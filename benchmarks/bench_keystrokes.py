"""Keystrokes from the start page to the right next step, to a note ready to copy, and to a printed handout.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_keystrokes.py [--json]
Goal (issue 18): median <= 12 keys to the right next step, <= 6 more to the note, <= 6 from Refer to print.

Each scenario is a visit of the project's own, played key by key on the real MainWindow (offscreen) with the
bundled content loaded for the clinic's country, at the area a 1366x768 screen leaves for a window (1366x700:
the panel and title bar take the rest). Every key press is sent with QTest to the widget that has focus, as
a keyboard would; a chord (Ctrl+K, Alt+C) counts as one keystroke, typed text as one per character.

The "right next step" is decided per scenario below, from the pathway's own rules, before the run; it counts
as reached when the step applies AND its line in "Next steps" is readable without scrolling. The note counts
as ready when the clipboard holds a note with the checked item's wording. The handout counts as printed
when the print dialog has been accepted with Enter and the handout sent to the chosen printer; the benchmark
swaps the printing itself for a recorder, so nothing reaches paper or disk. On a machine without any printer
queue (Qt's dialog then offers only "Print to file" with no file name, which no clinic workstation does),
the dialog is replaced by a stand-in with the same default button, and the output says so
("print_dialog": "stand-in"). This is a benchmark, not a test: it reports, and
exits 1 only if a scenario could not be played at all.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
from dataclasses import dataclass, field
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt, QTimer
from PySide6.QtPrintSupport import QPrinterInfo
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QVBoxLayout, QWidget

WINDOW_SIZE = (1366, 700)
GOAL_NEXT_STEP = 12
GOAL_NOTE = 6
GOAL_PRINT = 6
ANIMATED_CLICK_MS = 200

Key = tuple[str, Qt.Key, Qt.KeyboardModifier]
CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
NONE = Qt.KeyboardModifier.NoModifier


@dataclass(frozen=True)
class Scenario:
    name: str
    country: str
    story: str
    query: str
    """What the nurse types in search."""
    indicator: str
    """The checklist item the search should open (checked with Space)."""
    answers: tuple[str, ...]
    """Answer ids for the age, danger and wishes questions; the nurse presses the number key shown beside each."""
    right_step: str
    why: str
    extra_keys: tuple[str, ...] = field(default=())


SCENARIOS = (
    Scenario(
        "teen-older-partner", "US",
        "A 15-year-old comes for emergency contraception; her 'boyfriend' is 24 and pays for her phone.",
        "older", "ind-older-partner", ("minor", "no", "wants-information"), "ps-minor-consult",
        "A minor with a finding that is not high concern: decide with the child-protection team on a report.",
    ),
    Scenario(
        "construction-passport", "CA",
        "A construction worker with an untreated hand injury; his boss keeps his passport. He wants help.",
        "passp", "ind-no-id", ("adult", "no", "wants-help-now"), "ps-warm-handoff",
        "An adult who wants help now: a warm hand-off to an advocate or hotline, with his agreement.",
    ),
    Scenario(
        "nail-salon-debt", "GB",
        "A nail-salon worker with chemical burns says she owes the salon owner for her travel; she looks afraid.",
        "debt", "ind-debt-bondage", ("adult", "unsure", "wants-information"), "ps-check-safety",
        "Danger not known: find out privately whether it is safe before anything else.",
    ),
    Scenario(
        "must-go-back", "AU",
        "A woman with fresh bruises says she cannot leave and must go back tonight; he is waiting outside.",
        "leave", "ind-cannot-leave", ("adult", "unsafe", "declines"), "ps-unsafe-declines",
        "Not safe to go home but no imminent threat (a companion outside is a reason to check safety, not an "
        "emergency), and she declines: keep options open and plan for safety with her; no police against her wishes.",
    ),
    Scenario(
        "trans-runaway", "IE",
        "A 17-year-old transgender youth who left home months ago and sleeps on friends' couches.",
        "runaw", "ind-rf-runaway-homeless", ("minor", "no", "wants-information"), "ps-minor-consult",
        "A minor with a risk factor only: consult, support and follow-up (risk factors alone are no report).",
    ),
    Scenario(
        "fisherman-wages", "IE",
        "A fisherman with a crushed finger has not been paid for months; he wants information for later.",
        "wages", "ind-unpaid", ("adult", "no", "wants-information"), "ps-information-only",
        "An adult who wants information only: share contacts in a form that is safe to keep.",
    ),
    Scenario(
        "teen-trading-sex", "GB",
        "A 16-year-old says she stays with 'friends' who give her a bed in exchange for sex.",
        "trading", "ind-minor-commercial-sex", ("minor", "no", "declines"), "ps-minor-report",
        "A minor trading sex is a child-protection matter: report as the law requires, whatever she wishes.",
    ),
    Scenario(
        "domestic-worker", "CA",
        "A live-in domestic worker comes with her employer, who answers every question for her.",
        "domestic", "ind-domestic-servitude", ("adult", "unsure", "wants-help-now"), "ps-check-safety",
        "Safety not known with the employer present: make a private moment and find out first.",
    ),
    Scenario(
        "threats-family", "US",
        "A farm worker says the crew boss threatened his family back home if he leaves; he wants help now.",
        "threat", "ind-threats", ("adult", "no", "wants-help-now"), "ps-warm-handoff",
        "A high-concern finding, an adult who wants help now: warm hand-off (and tell the team).",
    ),
    Scenario(
        "young-man-declines", "AU",
        "A 19-year-old with a stab wound says he sells drugs for an older man to pay off a debt; he declines help.",
        "debt", "ind-debt-bondage", ("adult", "no", "declines"), "ps-respect-decline",
        "An adult who declines: respect it, keep the door open, offer what is safe to carry.",
    ),
)  # fmt: skip


class Keyboard:
    """Sends key presses to the focused widget (as a real keyboard does) and counts them."""

    def __init__(self, window: QWidget) -> None:
        self.window = window
        self.count = 0

    def target(self) -> QWidget:
        return QApplication.focusWidget() or self.window

    def press(self, key: Qt.Key, modifier: Qt.KeyboardModifier = NONE) -> None:
        QTest.keyClick(self.target(), key, modifier)
        self.count += 1
        # A button's Alt+letter "animates" its click: it fires about 100 ms later, as on a real screen.
        QTest.qWait(ANIMATED_CLICK_MS if modifier == ALT else 0)
        QApplication.processEvents()

    def type(self, text: str) -> None:
        for character in text:
            QTest.keyClick(self.target(), character)
            self.count += 1
        QApplication.processEvents()

    def digit(self, digit: str) -> None:
        self.press(Qt.Key(ord(digit)))


class StandInPrintDialog(QDialog):
    """A print dialog whose default printer is set, as on a clinic workstation: Enter prints."""

    class DialogCode:
        Accepted = QDialog.DialogCode.Accepted

    def __init__(self, _printer: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        QVBoxLayout(self).addWidget(buttons)


def _print_dialog_kind() -> str:
    if QPrinterInfo.availablePrinters():
        return "real"
    import screenaid.ui.pages.refer_page as refer_page

    refer_page.QPrintDialog = StandInPrintDialog  # type: ignore[misc,assignment]
    return "stand-in"


def _contexts() -> dict[str, Any]:
    from screenaid.config import ClinicConfig
    from screenaid.integrity.app_content import load_app_content

    contexts: dict[str, Any] = {}
    for country in sorted({s.country for s in SCENARIOS}):
        content = load_app_content(country=country)
        contexts[country] = (content, ClinicConfig(country=country))
    return contexts


def play(scenario: Scenario, loaded: Any) -> dict[str, Any]:
    from screenaid.screening import unfilled_blanks
    from screenaid.ui.context import AppContext
    from screenaid.ui.main_window import MainWindow
    from screenaid.ui.private_clipboard import PrivateClipboard
    from screenaid.ui.screening_session import ScreeningSession

    clipboard = PrivateClipboard()

    content, config = loaded
    library = content.result.library
    context = AppContext(
        library, config, ScreeningSession(), clipboard, (), content.pack.verified_on, content.pack.version
    )
    window = MainWindow(clipboard)
    window.quick_exit.end_process = lambda: None  # type: ignore[method-assign]
    window.install_context(context)  # the window indexes the library as the clinic's jurisdiction sees it
    window.resize(*WINDOW_SIZE)
    window.show()
    QTest.qWaitForWindowExposed(window)
    QApplication.processEvents()
    while not window.search.ready():  # the index is built just after the content is installed
        QTest.qWait(10)
    keys = Keyboard(window)
    result: dict[str, Any] = {
        "scenario": scenario.name,
        "country": scenario.country,
        "right_step": scenario.right_step,
    }
    try:
        # 1. Search: the launch focus may already be in the search field; otherwise Ctrl+K.
        if QApplication.focusWidget() is not window.search.box:
            keys.press(Qt.Key.Key_K, CTRL)
        keys.type(scenario.query)
        result["best_hit"] = window.search.results.item(0).data(Qt.ItemDataRole.UserRole)
        keys.press(Qt.Key.Key_Return)
        screen = window.page("screen")
        # 2. Space checks the item the search opened; the number keys answer the questions.
        keys.press(Qt.Key.Key_Space)
        result["checked"] = sorted(context.session.state.checked)
        questions = screen.questions  # type: ignore[attr-defined]
        for question_id, answer_id in zip(
            ("pq-age", "pq-danger", "pq-wishes"), scenario.answers, strict=True
        ):
            keys.digit(questions.key_for(question_id, answer_id))
        QApplication.processEvents()
        steps = screen.next_steps  # type: ignore[attr-defined]
        reached = (
            window.current_place() == "screen"
            and scenario.indicator in context.session.state.checked
            and scenario.right_step in steps.shown_ids()
            and steps.step_title_visible(scenario.right_step)
        )
        result["answers"] = dict(context.session.state.answers)
        result["first_step_shown"] = steps.shown_ids()[0] if steps.shown_ids() else None
        result["right_step_position"] = (
            steps.shown_ids().index(scenario.right_step) + 1
            if scenario.right_step in steps.shown_ids()
            else None
        )
        result["reached_next_step"] = reached
        result["keys_to_next_step"] = keys.count
        # 3. The note: Document (Ctrl+4), its note tab (Alt+N), Copy (Alt+C). While the note still has blanks
        #    ("[who]"), Copy first names them and becomes "Copy anyway" (Alt+A): the nurse copies knowingly.
        before = keys.count
        keys.press(Qt.Key.Key_4, CTRL)
        keys.press(Qt.Key.Key_N, ALT)
        keys.press(Qt.Key.Key_C, ALT)
        composer = window.page("document").composer  # type: ignore[attr-defined]
        QTest.qWait(250)  # a mnemonic presses its button with a short animation
        if unfilled_blanks(composer.preview.toPlainText()) and not QApplication.clipboard().text():
            keys.press(Qt.Key.Key_A, ALT)
            QTest.qWait(250)
        indicator = library.get(scenario.indicator)
        copied = QApplication.clipboard().text()
        wording = " ".join((indicator.note_text or "").split()) if indicator is not None else "\0"
        result["note_ready"] = bool(copied) and wording[:40] in " ".join(copied.split())
        result["keys_to_note"] = keys.count - before
        # 4. The handout: Refer (Ctrl+5), Print (Ctrl+P), Enter accepts the print dialog.
        refer = window.page("refer")
        printed: list[int] = []

        def record(printer: Any) -> int:
            pdf = refer.handout_pdf()  # type: ignore[attr-defined]
            printed.append(len(pdf or b""))
            return 1

        refer.print_to = record  # type: ignore[attr-defined]
        before = keys.count
        keys.press(Qt.Key.Key_5, CTRL)

        attempts = [0]

        def accept_dialog() -> None:
            dialog = QApplication.activeModalWidget()
            attempts[0] += 1
            if dialog is None:
                if attempts[0] < 40:
                    QTimer.singleShot(50, accept_dialog)
                return
            # A window manager gives the new dialog the focus; the offscreen platform does not.
            dialog.activateWindow()
            QTest.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Return)
            keys.count += 1
            QApplication.processEvents()
            if dialog.isVisible():  # Enter did not print: close it, the handout counts as not printed
                dialog.close()

        QTimer.singleShot(50, accept_dialog)
        keys.press(Qt.Key.Key_P, CTRL)
        result["handout_printed"] = bool(printed and printed[0] > 0)
        result["keys_refer_to_print"] = keys.count - before
        result["keys_total"] = keys.count
    finally:
        window.shutdown()
        window.close()
        window.deleteLater()
        context.session.reset()
        clipboard.clear_if_ours()
        QApplication.processEvents()
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    args = parser.parse_args()

    from screenaid.ui.qt_privacy import apply_privacy_defaults

    apply_privacy_defaults()
    _app = QApplication.instance() or QApplication(sys.argv[:1])
    dialog_kind = _print_dialog_kind()
    contexts = _contexts()
    results = []
    for scenario in SCENARIOS:
        try:
            results.append(play(scenario, contexts[scenario.country]))
        except Exception as error:  # report the scenario as not played, keep going
            results.append({"scenario": scenario.name, "error": f"{type(error).__name__}: {error}"})
    played = [r for r in results if "error" not in r]

    def median(key: str) -> float | None:
        values = [r[key] for r in played if key in r]
        return statistics.median(values) if values else None

    summary = {
        "scenarios": len(SCENARIOS),
        "played": len(played),
        "window": f"{WINDOW_SIZE[0]}x{WINDOW_SIZE[1]}",
        "print_dialog": dialog_kind,
        "right_next_step_reached": sum(bool(r.get("reached_next_step")) for r in played),
        "notes_ready": sum(bool(r.get("note_ready")) for r in played),
        "handouts_printed": sum(bool(r.get("handout_printed")) for r in played),
        "median_keys_to_next_step": median("keys_to_next_step"),
        "median_keys_to_note": median("keys_to_note"),
        "median_keys_refer_to_print": median("keys_refer_to_print"),
        "median_keys_total": median("keys_total"),
        "goals": {"next_step": GOAL_NEXT_STEP, "note": GOAL_NOTE, "print": GOAL_PRINT},
        "results": results,
    }
    if args.json:
        print(json.dumps(summary, indent=2))
    else:
        for r in results:
            if "error" in r:
                print(f"{r['scenario']:22} ERROR {r['error']}")
                continue
            print(
                f"{r['scenario']:22} {r['country']}  next step {r['keys_to_next_step']:2} keys"
                f" ({'right step visible' if r['reached_next_step'] else 'NOT reached'}: {r['right_step']},"
                f" #{r['right_step_position']})  note +{r['keys_to_note']} ({'ready' if r['note_ready'] else 'NOT'})"
                f"  print +{r['keys_refer_to_print']} ({'sent' if r['handout_printed'] else 'NOT'})"
            )
        print(
            f"medians: next step {summary['median_keys_to_next_step']}, note +{summary['median_keys_to_note']},"
            f" print +{summary['median_keys_refer_to_print']}; right step reached in"
            f" {summary['right_next_step_reached']}/{len(played)}"
        )
    return 0 if len(played) == len(SCENARIOS) else 1


if __name__ == "__main__":
    sys.exit(main())
