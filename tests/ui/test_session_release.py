"""What one action of a long shift must not leave behind (issue 16: memory flat over a shift).

Object counts and identities only, never timings or sizes: the figures come from
benchmarks/bench_long_session.py.
"""

from __future__ import annotations

import gc
import weakref

import pycountry
from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtGui import QImage, QPixmap, QPixmapCache
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QApplication
from reportlab.pdfbase import pdfmetrics

from screenaid.handout import Layout
from screenaid.handout.fonts import BODY_FONT, BOLD_FONT, CJK_FONT, HANGUL_FONT, register_fonts
from screenaid.ui.pages.refer_page import ReferPage
from screenaid.ui.widgets.certificate_view import CertificateView
from screenaid.ui.widgets.handout_pages import HandoutPages
from screenaid.ui.widgets.handout_preview import PREVIEW_DPI
from screenaid.ui.widgets.page_image import PageImage
from screenaid.ui.widgets.resource_filters import language_name


def _settle() -> None:
    """What the event loop does between two user actions, including the deletes deleteLater() asked for."""
    QCoreApplication.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


def _print_dialogs() -> list[QPrintDialog]:
    return [widget for widget in QApplication.allWidgets() if isinstance(widget, QPrintDialog)]


def _close_the_print_dialog_when_it_opens() -> None:
    dialog = QApplication.activeModalWidget()
    if isinstance(dialog, QPrintDialog):
        dialog.reject()
    else:
        QTimer.singleShot(10, _close_the_print_dialog_when_it_opens)


def test_a_print_dialog_is_gone_once_closed(main_window):
    """Each print used to leave its dialog (about 70 widgets) hidden under the page for the rest of the shift."""
    main_window.go_to("refer")
    refer = main_window.page("refer")
    assert isinstance(refer, ReferPage)
    _settle()
    before = len(_print_dialogs())
    for _ in range(3):
        QTimer.singleShot(10, _close_the_print_dialog_when_it_opens)
        refer.print_handout()
        _settle()
    assert len(_print_dialogs()) == before == 0


def test_language_names_come_from_qt_not_from_the_iso_639_table(qapp):
    """Qt's locale data names every language the directory and handouts use, with no table to load."""
    assert language_name("es") == "Spanish (es)"
    assert language_name("zh-Hans") == "Chinese (zh-Hans)"
    assert language_name("fil") == "Filipino (fil)"
    assert language_name("ht") == "Haitian Creole (ht)"
    assert language_name("qqq") == "qqq"  # no name known: the tag itself


def test_the_refer_page_leaves_pycountrys_language_table_unloaded(qtbot, app_context):
    page = ReferPage(app_context)
    qtbot.addWidget(page)
    assert page.directory.filters.language.count() > 5
    assert not pycountry.languages._is_loaded  # about 4 MB of Python objects that nothing else needs


def _painted_pages(refer: ReferPage) -> list[QImage]:
    """What the preview's page widgets put on screen, inside their border."""
    images = []
    for page in refer.preview.findChildren(PageImage):
        image = page.grab().toImage().copy(page.contentsRect())
        images.append(image.convertToFormat(QImage.Format.Format_RGB32))
    return images


def test_the_preview_paints_each_page_as_rendered(qtbot, app_context):
    refer = ReferPage(app_context)
    qtbot.addWidget(refer)
    refer.resize(1100, 700)
    refer.show()
    pdf = refer.handout_pdf()
    assert pdf is not None
    with HandoutPages(pdf) as pages:
        ratio = refer.preview.devicePixelRatioF()
        expected = [pages.image(n, PREVIEW_DPI * ratio) for n in range(pages.page_count)]
    painted = _painted_pages(refer)
    assert len(painted) == len(expected) >= 1
    assert [image.size() for image in painted] == [image.size() for image in expected]
    assert painted == [image.convertToFormat(QImage.Format.Format_RGB32) for image in expected]


def _in_cache(key: QPixmapCache.Key) -> bool:
    found = QPixmapCache.find(key)
    return found is not None and not found.isNull()


def test_painting_preview_pages_leaves_no_copies_in_qts_pixmap_cache(qtbot, app_context):
    """A plain QLabel files a copy of each page it paints in Qt's global pixmap cache, where it stays after the
    page is gone until the cache is full. Probes that fill most of the cache must all survive painting pages:
    a page copy (about 1.3 MB) would push the oldest out."""
    refer = ReferPage(app_context)
    qtbot.addWidget(refer)
    refer.resize(1100, 700)
    refer.show()
    _settle()
    QPixmapCache.clear()
    limit = QPixmapCache.cacheLimit()
    probes = []
    for _ in range(limit // 1024 - 2):  # 1 MB each, 2 MB left for the style's own small pixmaps
        probe = QPixmap(512, 512)
        probe.fill()
        probes.append(QPixmapCache.insert(probe))
    for layout in (Layout.CARDS, Layout.PAGE, Layout.HIDEAWAY, Layout.PAGE):
        refer.composer.layout_choice.setCurrentIndex(refer.composer.layout_choice.findData(layout))
        refer.refresh_preview()
        for page in refer.preview.findChildren(PageImage):
            page.repaint()
        _settle()
    assert len(refer.preview.findChildren(PageImage)) >= 1
    assert all(_in_cache(key) for key in probes)
    QPixmapCache.clear()


def test_a_certificate_preview_leaves_no_copy_of_the_typed_name_once_reset(qtbot):
    """The certificate preview shows a typed name: painted, it must not stay in Qt's pixmap cache, where a
    plain QLabel would leave it after the reset an idle wipe does (five previews: about 3 MB of copies)."""
    view = CertificateView()
    qtbot.addWidget(view)
    view.show()
    _settle()  # the view painted once: the style's own small pixmaps are in the cache before the probes
    QPixmapCache.clear()
    limit = QPixmapCache.cacheLimit()
    probes = []
    for _ in range(limit // 1024 - 2):  # 1 MB each, 2 MB left for the style's own pixmaps
        probe = QPixmap(512, 512)
        probe.fill()
        probes.append(QPixmapCache.insert(probe))
    for name in ("A. Clinician", "B. Clinician", "C. Clinician", "D. Clinician", "E. Clinician"):
        view.name.setText(name)
        view.show_preview()
        view.preview.repaint()
        _settle()
    view.reset()
    _settle()
    assert view.preview.pixmap().isNull()
    assert all(_in_cache(key) for key in probes)
    QPixmapCache.clear()


def test_an_idle_wipe_lets_the_korean_and_chinese_handout_fonts_go(main_window):
    """Parsed, the two fallback fonts hold about 30 MB: a wipe frees them, the next handout parses them again."""
    main_window.go_to("refer")
    refer = main_window.page("refer")
    assert isinstance(refer, ReferPage)
    language = refer.composer.language
    parsed = []
    for tag, font_name in (("zh-Hans", CJK_FONT), ("ko", HANGUL_FONT)):
        language.setCurrentIndex(language.findData(tag))
        refer.refresh_preview()
        assert refer.preview.page_labels
        parsed.append(weakref.ref(pdfmetrics.getFont(font_name)))
    main_window.wipe()
    _settle()
    assert not {CJK_FONT, HANGUL_FONT} & set(pdfmetrics.getRegisteredFontNames())
    assert [font() for font in parsed] == [None, None]  # nothing else kept them alive
    main_window.go_to("refer")
    language.setCurrentIndex(language.findData("zh-Hans"))
    refer.refresh_preview()
    assert refer.preview.page_labels
    assert CJK_FONT in pdfmetrics.getRegisteredFontNames()
    main_window.wipe()


def test_handout_fonts_are_parsed_without_the_table_only_shaping_reads(qapp):
    """Handouts never use reportlab's HarfBuzz shaping (right-to-left lines are shaped by the rtl module), so
    the parsed fonts are unshapable and drop the glyph-to-character table (about 1.5 MB for the body fonts)."""
    register_fonts()
    for name in (BODY_FONT, BOLD_FONT):
        font = pdfmetrics.getFont(name)
        assert not font.shapable
        assert not hasattr(font.face, "glyphToChar")
        assert font.face.charToGlyph  # what widths and subsetting need is all there
