"""Learn, Screen, Document and Refer follow the jurisdiction: the configured one, and a session switch."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QLabel, QTextBrowser, QWidget

from screenaid.config import ClinicConfig
from screenaid.content.screening_models import Concern
from screenaid.handout import NEUTRAL_TITLE
from screenaid.ui.context import AppContext
from screenaid.ui.main_window import MainWindow
from screenaid.ui.screening_session import ScreeningSession
from tests.handout.pdf_reading import all_text, reader

CASES = {
    "GB-SCT": {
        "config": {"country": "GB", "region": "GB-SCT"},
        "header": "Scotland (GB-SCT)",
        "law": "Human Trafficking and Exploitation (Scotland) Act 2015",
        "minor_step": "Inter-agency Referral Discussion",
        "coding": "ICD-10 (5th Edition",
        "country": "GB",
        "sheet": True,
        "missing": None,  # every topic is covered for Scotland
    },
    "CA": {
        "config": {"country": "CA"},
        "header": "Canada (CA)",
        "law": "Criminal Code",
        "minor_step": "province or territory",
        "coding": "ICD-10-CA",
        "country": "CA",
        "sheet": False,
        "missing": "No guidance for Canada yet — follow your local policy.",
    },
}
US_ONLY = ("TVPA", "check your state", "state's law", "ICD-10-CM", "22 U.S.C.")


def texts(widget: QWidget) -> str:
    parts = [w.text() for w in widget.findChildren(QLabel)]
    parts += [w.toPlainText() for w in widget.findChildren(QTextBrowser)]
    if isinstance(widget, QTextBrowser):
        parts.append(widget.toPlainText())
    return "\n".join(parts)


def make_window(qtbot, bundled, clipboard, config: ClinicConfig) -> MainWindow:
    window = MainWindow(clipboard)
    window.quick_exit.end_process = lambda: None
    qtbot.addWidget(window)
    window.install_context(AppContext(bundled.library, config, ScreeningSession(), clipboard, ()))
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture(params=sorted(CASES))
def case(request):
    return request.param, CASES[request.param]


@pytest.fixture
def window(qtbot, bundled, clipboard, case):
    _, expected = case
    made = make_window(qtbot, bundled, clipboard, ClinicConfig(**expected["config"]))
    yield made
    made.shutdown()
    made.close()


def test_the_header_shows_the_configured_jurisdiction(window, case):
    assert window.jurisdiction_bar.combo.currentText() == case[1]["header"]
    assert window.jurisdiction_bar.isVisible()


def test_learn_shows_the_jurisdictions_law_and_no_us_law(window, case):
    learn = window.page("learn")
    module_text = texts(learn.reader.widget())
    assert not [w for w in US_ONLY if w in module_text]
    learn.modules.setCurrentRow(learn.law_row)
    law = learn.law_view.toPlainText()
    assert case[1]["law"] in law
    if case[1]["missing"]:  # a topic ScreenAid does not cover yet is named, not filled with US law
        assert case[1]["missing"] in law
    else:
        assert "No guidance" not in law
    assert not [w for w in US_ONLY if w in law]


def test_screen_names_the_jurisdictions_route_for_a_minor(window, case, bundled):
    window.go_to("screen")
    screen = window.page("screen")
    high = next(i for i in bundled.library.indicators if i.concern is Concern.HIGH)
    window.context.session.set_checked(high.id, True)
    window.context.session.set_answer("pq-age", "minor")
    text = screen.next_steps.toPlainText()
    assert case[1]["minor_step"] in " ".join(text.split())
    assert not [w for w in US_ONLY if w in text]
    assert "your state" not in text


def test_document_shows_the_national_classification_not_icd10cm(window, case):
    document = window.page("document")
    assert document.tabs.tabText(1) == "Co&ding"
    assert document.codes.isHidden()
    assert document.coding_notes is not None
    notes = document.coding_notes.toPlainText()
    assert case[1]["coding"] in notes
    assert "document your findings" in notes
    assert not [w for w in US_ONLY if w in notes]


def test_refer_defaults_to_the_jurisdictions_country_and_offers_its_preparation_sheet(
    window, case, qtbot, tmp_path
):
    refer = window.page("refer")
    defaults = refer.default_resources()
    assert defaults
    assert {r.country for r in defaults} == {case[1]["country"]}
    panel = refer.referral_sheet
    if case[1]["sheet"]:
        assert panel.print_button.isVisibleTo(refer)
        pdf = panel.pdf()
        assert pdf is not None
        document = reader(pdf)
        assert document.metadata.title == NEUTRAL_TITLE
        assert not document.metadata.author
        assert "/AcroForm" not in document.trailer["/Root"]  # no fillable field
        assert "First Responder" in all_text(pdf)
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / "printed.pdf"))
        assert panel.print_to(printer) >= 1
        assert printer.docName() == NEUTRAL_TITLE
    else:
        assert not panel.print_button.isVisibleTo(refer)
        assert "No referral preparation sheet for Canada yet" in panel.label.text()


def test_a_session_switch_changes_every_place_and_the_idle_wipe_restores_the_configured_one(
    qtbot, bundled, clipboard
):
    window = make_window(qtbot, bundled, clipboard, ClinicConfig())
    try:
        assert window.page("document").tabs.tabText(1) == "&ICD-10-CM codes"
        window.go_to("document")
        assert window.jurisdiction_bar.choose("GB-SCT")
        assert window.current_place() == "document"  # the user stays where they were
        assert window.page("document").tabs.tabText(1) == "Co&ding"
        assert window.page("refer").default_resources()[0].country == "GB"
        assert window.context.config.jurisdiction == "GB-SCT"
        window.wipe()
        assert window.jurisdiction_bar.current() == "US"
        assert window.page("document").tabs.tabText(1) == "&ICD-10-CM codes"
        assert window.context.config == ClinicConfig()  # the switch never touched the settings
    finally:
        window.shutdown()
        window.close()


def test_the_switch_is_reachable_by_keyboard(qtbot, bundled, clipboard):
    window = make_window(qtbot, bundled, clipboard, ClinicConfig())
    try:
        bar = window.jurisdiction_bar
        assert bar.label.buddy() is bar.combo
        assert bar.combo.focusPolicy() & Qt.FocusPolicy.TabFocus
        assert bar.combo.accessibleName()
    finally:
        window.shutdown()
        window.close()


def test_every_learn_module_and_the_guidance_show_no_us_only_law_outside_the_us(window):
    learn = window.page("learn")
    for row in range(learn.law_row):
        learn.modules.setCurrentRow(row)
        text = texts(learn.reader.widget())
        assert text.strip()
        assert not [w for w in US_ONLY if w in text], learn.modules.item(row).text()
    guidance = texts(window.page("document").guidance_scroll.widget())
    assert not [w for w in US_ONLY if w in guidance]
