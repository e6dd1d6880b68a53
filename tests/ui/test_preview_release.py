"""The handout preview holds page images only while it is on screen (issue 16: memory flat over a shift).

Structure only (object counts and pixel sizes), never timings: the figures come from
benchmarks/bench_long_session.py.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel

from screenaid.ui.pages.refer_page import ReferPage
from screenaid.ui.widgets.handout_pages import HandoutPages
from screenaid.ui.widgets.handout_preview import PREVIEW_DPI, HandoutPreview


def _settle() -> None:
    QCoreApplication.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


def _page_images(preview: HandoutPreview) -> list[QImage]:
    """Every page image the preview's widgets hold (labels with a pixmap), whether listed or not."""
    _settle()
    labels = preview.findChildren(QLabel)
    return [label.pixmap().toImage() for label in labels if not label.pixmap().isNull()]


def _expected(pdf: bytes) -> list[QImage]:
    with HandoutPages(pdf) as pages:
        return [pages.image(n, PREVIEW_DPI) for n in range(pages.page_count)]


def test_hidden_preview_lets_its_page_images_go_and_draws_them_again_when_shown(qtbot, app_context):
    page = ReferPage(app_context)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    pdf = page.handout_pdf()
    assert pdf is not None
    shown = _page_images(page.preview)
    assert len(shown) == len(_expected(pdf)) >= 1
    assert sum(image.sizeInBytes() for image in shown) > 500_000  # a Letter page at 60 dpi is ~1.3 MB

    page.hide()
    assert _page_images(page.preview) == []
    assert page.preview.page_labels == []

    page.show()
    again = _page_images(page.preview)
    assert len(again) == len(shown)
    fmt = again[0].format()
    assert [i.convertToFormat(fmt) for i in again] == [i.convertToFormat(fmt) for i in _expected(pdf)]


def test_a_handout_changed_while_hidden_is_drawn_only_when_shown_and_is_the_current_one(qtbot, app_context):
    page = ReferPage(app_context)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    assert _page_images(page.preview) == []  # built hidden: nothing drawn yet
    page.show()
    assert _page_images(page.preview)
    page.hide()
    page.choose_discreet_cards()
    page.refresh_preview()  # e.g. an idle wipe resets Refer while another place is shown
    assert _page_images(page.preview) == []
    page.show()
    pdf = page.handout_pdf()
    assert pdf is not None
    drawn = _page_images(page.preview)
    fmt = drawn[0].format()
    assert [i.convertToFormat(fmt) for i in drawn] == [i.convertToFormat(fmt) for i in _expected(pdf)]


def test_nothing_ticked_shows_the_message_whether_shown_or_not(qtbot, app_context):
    page = ReferPage(app_context)
    qtbot.addWidget(page)
    page.show()
    page.directory.clear_chosen()
    page.refresh_preview()
    page.hide()
    page.show()
    assert _page_images(page.preview) == []
    assert any("Tick at least one" in label.text() for label in page.preview.findChildren(QLabel))


def test_switching_places_in_the_window_releases_the_preview(main_window):
    window = main_window
    window.go_to("refer")
    refer = window.page("refer")
    assert isinstance(refer, ReferPage)
    assert _page_images(refer.preview)
    window.go_to("learn")
    assert _page_images(refer.preview) == []
    window.wipe()  # resets Refer (its handout is made again) while Refer is hidden
    assert _page_images(refer.preview) == []
    window.go_to("refer")
    assert len(_page_images(refer.preview)) == len(refer.preview.page_labels) >= 1
