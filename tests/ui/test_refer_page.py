"""The Refer page with real widgets over the bundled content: directory, filters, composer, preview, print."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter

from screenaid.content import Library, Origin
from screenaid.content.resources import ServiceType
from screenaid.handout import NEUTRAL_TITLE, Layout, Paper, TitleStyle
from screenaid.handout.wording import all_wording
from screenaid.presets import default_preset, handout_lines, presets_of
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


def test_starts_with_the_default_presets_lines_ticked_and_previewed(page, bundled):
    library = bundled.library
    expected = handout_lines(default_preset(presets_of(library)), library.resources, library.origins, "US")
    assert expected
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
    page.preset.setCurrentIndex(page.preset.count() - 1)
    page.preset.activated.emit(page.preset.count() - 1)
    page.reset()
    assert page.current_preset().default
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


# -- what you see is what prints ---------------------------------------------------------------


def printed_names(pdf: bytes) -> str:
    return squeezed(all_text(pdf))


def test_switching_country_replaces_the_selection_with_that_countrys_lines(page, bundled):
    library = bundled.library
    us_lines = [r for r in library.resources if r.country == "US"]
    choose(page.directory.filters.country, "CA")
    chosen = page.directory.chosen()
    expected = handout_lines(page.current_preset(), library.resources, library.origins, "CA")
    assert [r.id for r in chosen] == [r.id for r in expected]
    assert all(r.country == "CA" for r in chosen)
    assert page.directory.hidden_ticked() == 0  # nothing from the US is left ticked out of sight
    page.refresh_preview()
    text = printed_names(page.handout_pdf())
    for resource in us_lines:
        assert squeezed(resource.name) not in text, resource.id
    assert f"On the handout: {len(chosen)} lines" == page.on_handout.text()
    assert f"{len(chosen)} on the handout" in page.directory.count.text()


def test_a_ticked_line_hidden_by_a_filter_is_not_printed(page):
    before = page.directory.chosen()
    choose(page.directory.filters.service, ServiceType.TRAFFICKING)
    shown = page.directory.chosen()
    assert shown
    assert len(shown) < len(before)
    assert all(ServiceType.TRAFFICKING in r.services for r in shown)
    hidden = [r for r in before if r not in shown]
    page.refresh_preview()
    text = printed_names(page.handout_pdf())
    for resource in hidden:
        assert squeezed(resource.name) not in text, resource.id
    assert f"{len(hidden)} ticked but hidden" in page.directory.count.text()
    assert page.on_handout.text() == f"On the handout: {len(shown)} line{'' if len(shown) == 1 else 's'}"
    choose(page.directory.filters.service, None)  # shown again, so on the handout again
    assert page.directory.chosen() == before


def test_clear_unticks_everything_and_nothing_prints(page, qtbot):
    qtbot.mouseClick(page.clear_button, Qt.MouseButton.LeftButton)
    assert page.directory.chosen() == []
    page.refresh_preview()
    assert page.on_handout.text() == "On the handout: 0 lines"
    assert not page.print_button.isEnabled()
    assert page.handout_pdf() is None


def test_presets_choose_the_lines_for_the_patient_and_follow_the_country(page, bundled):
    library = bundled.library
    presets = presets_of(library)
    assert [page.preset.itemData(i) for i in range(page.preset.count())] == [p.id for p in presets]
    for index, preset in enumerate(presets):
        page.preset.setCurrentIndex(index)
        page.preset.activated.emit(index)
        expected = handout_lines(preset, library.resources, library.origins, "US")
        assert [r.id for r in page.directory.chosen()] == [r.id for r in expected], preset.id
    young = next(i for i, p in enumerate(presets) if p.id == "preset-young-person")
    page.preset.setCurrentIndex(young)
    page.preset.activated.emit(young)
    assert "res-us-nrs" in [r.id for r in page.directory.chosen()]
    choose(page.directory.filters.country, "GB")
    expected = handout_lines(presets[young], library.resources, library.origins, "GB")
    assert [r.id for r in page.directory.chosen()] == [r.id for r in expected]


def test_us_adult_default_on_the_page_has_no_child_or_youth_line(page):
    ids = {r.id for r in page.directory.chosen()}
    assert not ids & {"res-us-childhelp", "res-us-nrs", "res-us-ncmec", "res-us-trevor"}
    assert "res-us-nhth" in ids


def test_discreet_wallet_cards_in_one_step_update_the_preview(page, qtbot):
    from screenaid.ui.widgets.handout_pages import HandoutPages
    from screenaid.ui.widgets.handout_preview import PREVIEW_DPI

    page.refresh_preview()
    plain = page.preview.page_labels[0].pixmap().toImage()
    qtbot.mouseClick(page.discreet_cards, Qt.MouseButton.LeftButton)
    options = page.composer.options()
    assert (options.layout, options.title_style) == (Layout.CARDS, TitleStyle.DISCREET)
    qtbot.waitUntil(lambda: page.preview.page_labels[0].pixmap().toImage() != plain, timeout=3000)
    pdf = page.handout_pdf()
    text = all_text(pdf)
    assert "Health and wellness contacts" in text
    assert "Where to get help" not in text
    with HandoutPages(pdf) as pages:
        expected = pages.image(0, PREVIEW_DPI).convertToFormat(plain.format())
    shown = page.preview.page_labels[0].pixmap().toImage().convertToFormat(plain.format())
    assert shown == expected  # the preview is the discreet handout itself, not a stale render


@pytest.mark.parametrize(("paper", "points"), [(Paper.LETTER, (612, 792)), (Paper.A4, (595, 842))])
def test_printing_uses_the_chosen_paper_whatever_the_printer_was_set_to(page, tmp_path, paper, points):
    from PySide6.QtGui import QPageLayout, QPageSize

    choose(page.composer.paper, paper)
    printer = page.make_printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "out.pdf"))
    # As a print dialog or a queue's defaults may do: the other paper, turned to landscape.
    other = QPageSize.PageSizeId.A4 if paper is Paper.LETTER else QPageSize.PageSizeId.Letter
    printer.setPageSize(QPageSize(other))
    printer.setPageOrientation(QPageLayout.Orientation.Landscape)
    page.print_to(printer)
    box = reader((tmp_path / "out.pdf").read_bytes()).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == points


def test_the_page_hands_its_checked_wording_to_the_handouts(qtbot, app_context, bundled, monkeypatch):
    """The app's library was checked against the signed manifest when it was loaded: the Refer page hands its
    wording over, so the first handout does not check the data a second time."""
    import screenaid.integrity.app_content as app_content

    all_wording.cache_clear()

    def checked_again(*args, **kwargs):
        raise AssertionError("the handout wording was checked a second time")

    monkeypatch.setattr(app_content, "verify_bundled_tree", checked_again)
    widget = ReferPage(app_context)
    qtbot.addWidget(widget)
    assert all_wording()["en"] is bundled.library.get("handout-en")
    assert "Where to get help" in all_text(widget.handout_pdf())


def test_a_visit_to_refer_does_not_load_pycountry():
    """The directory names its countries through the interface's own jurisdiction names; pycountry (about 3 MB
    with importlib.metadata and email, which it imports) is loaded only for a country ScreenAid has no content
    for, and the bundled resources name none."""
    from tests.conftest import fresh_python

    code = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from screenaid.config import ClinicConfig\n"
        "from screenaid.integrity.app_content import load_app_content\n"
        "from screenaid.ui.context import AppContext\n"
        "from screenaid.ui.pages.refer_page import ReferPage\n"
        "from screenaid.ui.private_clipboard import PrivateClipboard\n"
        "from screenaid.ui.screening_session import ScreeningSession\n"
        "library = load_app_content(country='US').result.library\n"
        "page = ReferPage(AppContext(library, ClinicConfig(), ScreeningSession(), PrivateClipboard(), ()))\n"
        "page.show()\n"
        "app.processEvents()\n"
        "combo = page.directory.filters.country\n"
        "names = [combo.itemText(i) for i in range(combo.count())]\n"
        "print('Canada (CA)' in names, 'European Union' in names, 'pycountry' in sys.modules)\n"
    )
    assert fresh_python(code).split() == ["True", "True", "False"]
