"""The Refer page with real widgets over the bundled content: directory, filters, composer, preview, print."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter

from screenaid.content import Library, Origin
from screenaid.content.resources import ServiceType
from screenaid.handout import NEUTRAL_TITLE, Layout, Paper, TitleStyle, national_resources
from screenaid.handout.wording import all_wording
from screenaid.ui.pages.refer_page import ReferPage
from screenaid.ui.widgets.resource_directory import CLINIC_LABEL
from tests.handout import samples
from tests.handout.pdf_reading import all_text, reader, squeezed


@pytest.fixture
def page(qtbot, app_context):
    widget = ReferPage(app_context)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    return widget


def item_ids(page: ReferPage) -> list[str]:
    listing = page.directory.list
    return [listing.item(row).data(Qt.ItemDataRole.UserRole) for row in range(listing.count())]


def tick(page: ReferPage, entry_id: str, checked: bool = True) -> None:
    listing = page.directory.list
    row = item_ids(page).index(entry_id)
    listing.item(row).setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)


def choose(combo, value) -> None:
    combo.setCurrentIndex(combo.findData(value))


def test_starts_with_the_national_lines_ticked_and_previewed(page, bundled):
    expected = national_resources(bundled.library.resources, "US")
    if not expected:
        pytest.skip("no bundled US resources yet")
    assert [r.id for r in page.directory.chosen()] == [r.id for r in expected]
    assert page.preview.page_labels
    assert not page.preview.page_labels[0].pixmap().isNull()
    assert page.print_button.isEnabled()
    text = all_text(page.handout_pdf())
    assert "Where to get help" in text


def test_filters_narrow_the_directory(page, bundled):
    resources = bundled.library.resources
    us = [r for r in resources if r.country == "US"]
    assert len(item_ids(page)) == len(us)
    choose(page.directory.filters.service, ServiceType.TRAFFICKING)
    assert set(item_ids(page)) == {r.id for r in us if ServiceType.TRAFFICKING in r.services}
    page.directory.filters.only_24_7.setChecked(True)
    assert set(item_ids(page)) == {
        r.id for r in us if ServiceType.TRAFFICKING in r.services and r.available_24_7
    }
    page.directory.filters.clear()
    assert len(item_ids(page)) == len(resources)


def test_ticking_and_options_change_the_handout(page, qtbot):
    for entry_id in [r.id for r in page.directory.chosen()]:
        tick(page, entry_id, False)
    qtbot.waitUntil(lambda: not page.print_button.isEnabled(), timeout=2000)
    assert page.handout_pdf() is None
    assert not page.preview.page_labels
    first = item_ids(page)[0]
    tick(page, first)
    choose(page.composer.language, "es")
    choose(page.composer.title_style, TitleStyle.DISCREET)
    choose(page.composer.layout_choice, Layout.CARDS)
    choose(page.composer.paper, Paper.A4)
    qtbot.waitUntil(lambda: page.print_button.isEnabled(), timeout=2000)
    pdf = page.handout_pdf()
    text = all_text(pdf)
    resource = page.directory.resource(first)
    assert squeezed(resource.name) not in squeezed(text)  # discreet: the neutral label, never the name
    assert all_wording()["es"].labels[resource.discreet_label] in text
    assert "Contactos de salud y bienestar" in text
    assert "Dónde encontrar ayuda" not in text
    assert round(float(reader(pdf).pages[0].mediabox.width)) == 595
    assert len(page.preview.page_labels) == len(reader(pdf).pages)


def test_reset_restores_the_defaults(page):
    before = [r.id for r in page.directory.chosen()]
    choose(page.directory.filters.country, None)
    choose(page.composer.language, "vi")
    choose(page.composer.title_style, TitleStyle.DISCREET)
    for entry_id in before:
        tick(page, entry_id, False)
    page.reset()
    assert [r.id for r in page.directory.chosen()] == before
    assert page.directory.filters.current().country == "US"
    assert page.composer.options().language == "en"
    assert page.composer.options().title_style is TitleStyle.PLAIN


def test_show_entry_reveals_a_hidden_resource(page, bundled):
    others = [r for r in bundled.library.resources if r.country != "US"]
    if not others:
        pytest.skip("only US resources are bundled")
    target = others[0].id
    assert target not in item_ids(page)
    assert page.show_entry(target)
    assert page.directory.list.currentItem().data(Qt.ItemDataRole.UserRole) == target
    assert others[0].name in page.directory.details.text()
    assert not page.show_entry("ind-no-such-entry")


def test_clinic_resources_are_labelled_as_the_clinics_own(qtbot, app_context, bundled):
    from dataclasses import replace

    local = samples.PHONE_LINE
    library = Library(
        {**bundled.library.entries, local.id: local},
        {**bundled.library.files, local.id: "clinic/local.yaml"},
        {**bundled.library.origins, local.id: Origin.CLINIC},
    )
    widget = ReferPage(replace(app_context, library=library))
    qtbot.addWidget(widget)
    labels = {
        widget.directory.list.item(row).data(Qt.ItemDataRole.UserRole): widget.directory.list.item(row).text()
        for row in range(widget.directory.list.count())
    }
    assert labels[local.id].startswith(f"[{CLINIC_LABEL}]")
    bundled_ids = [i for i in labels if i != local.id]
    assert all(CLINIC_LABEL not in labels[i] for i in bundled_ids)
    widget.show_entry(local.id)
    assert "Added by your clinic" in widget.directory.details.text()


def test_print_goes_from_memory_with_a_neutral_job_name(page, tmp_path):
    printer = page.make_printer()
    assert printer.docName() == NEUTRAL_TITLE
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    pages = page.print_to(printer)
    expected = len(reader(page.handout_pdf()).pages)
    assert pages == expected
    assert len(reader(out.read_bytes()).pages) == expected
    assert printer.docName() == NEUTRAL_TITLE
    assert "Sent" in page.status.text()


@pytest.mark.system
def test_printed_pages_carry_working_qr_codes(page, tmp_path):
    if not (shutil.which("zbarimg") and shutil.which("pdftoppm")):
        pytest.skip("zbarimg/pdftoppm missing: run scripts/install-system-packages")
    from screenaid.handout.contacts import channel_uri

    printer = page.make_printer()
    printer.setResolution(300)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    page.print_to(printer)
    subprocess.run(
        ["pdftoppm", "-r", "150", "-png", str(tmp_path / "printed.pdf"), str(tmp_path / "p")], check=True
    )
    codes = set()
    for image in tmp_path.glob("p*.png"):
        done = subprocess.run(
            ["zbarimg", "--quiet", "--raw", "--nodbus", str(image)], capture_output=True, text=True
        )
        codes |= set(done.stdout.split())
    assert codes == {channel_uri(r.channels[0], r.country) for r in page.directory.chosen()}


def test_verified_on_date_shows_on_the_page_and_in_the_handout_footer(qtbot, app_context):
    import dataclasses
    import datetime as dt

    context = dataclasses.replace(
        app_context, resources_verified_on=dt.date(2026, 11, 25), resources_version=1
    )
    widget = ReferPage(context)
    qtbot.addWidget(widget)
    assert widget.freshness.text() == "Resource list verified on 2026-11-25 (version 1)."
    pdf = widget.handout_pdf()
    assert pdf is not None
    assert "2026-11-25" in all_text(pdf)


def test_unverified_resource_list_is_said_plainly(page):
    assert "could not be verified" in page.freshness.text()
