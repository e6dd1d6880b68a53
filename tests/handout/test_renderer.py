"""The handout PDF read back with pypdf: text, numbers, languages, fonts, metadata and determinism."""

from __future__ import annotations

import datetime as dt
import inspect

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from reportlab.lib.units import mm

from screenaid.handout import NEUTRAL_TITLE, Layout, Paper, TitleStyle, render_handout
from screenaid.handout.card_layout import CARD_HEIGHT, CARD_WIDTH, grid_for
from screenaid.handout.options import HANDOUT_LANGUAGES, paper_for_country
from screenaid.handout.wording import wording_for
from tests.conftest import unchecked_copy
from tests.handout import samples
from tests.handout.pdf_reading import all_text, font_descriptors, page_texts, printed, reader, squeezed

VERIFIED = dt.date(2026, 11, 2)
THREE = [samples.PHONE_LINE, samples.TEXT_LINE, samples.WEB_ONLY]


def render(
    resources=THREE, *, language="en", layout="page", title_style="plain", paper="letter", verified_on=None
):
    return render_handout(
        resources,
        language=language,
        layout=layout,
        title_style=title_style,
        paper=paper,
        verified_on=verified_on,
    )


@pytest.mark.parametrize("layout", list(Layout))
@pytest.mark.parametrize("language", HANDOUT_LANGUAGES)
def test_numbers_and_language_text_are_printed(language, layout):
    pdf = render(language=language, layout=layout, verified_on=VERIFIED)
    text = all_text(pdf)
    wording = wording_for(language)
    assert wording.language == language
    if layout == "hideaway":  # neutral label, number, hours and the phone-history warning only
        expected_texts: tuple[str, ...] = (
            wording.labels["help_line"],
            "202-555-0142",
            wording.open_24_7,
            wording.verified_on.format(date="2026-11-02"),
        )
        for expected in expected_texts:
            assert printed(expected, text, rtl=wording.rtl), expected
        assert wording.title_plain not in all_text(pdf)
        return
    for expected in (
        wording.title_plain,
        wording.call,
        "202-555-0142",
        wording.text_keyword.format(keyword="HELLO", number="202-555-0187"),
        "help.example.org",
        "support.example.net/start",
        wording.open_24_7,
        wording.scan_call,
        wording.scan_web,
        wording.verified_on.format(date="2026-11-02"),
    ):
        assert printed(expected, text, rtl=wording.rtl), expected


def test_blurb_is_printed_in_the_chosen_language_on_full_pages():
    for language in HANDOUT_LANGUAGES:
        text = all_text(render(language=language))
        assert printed(samples.PHONE_LINE.blurb[language], text, rtl=wording_for(language).rtl)


def test_hours_are_printed_when_not_open_all_day():
    text = all_text(render(language="es"))
    assert squeezed("Horario: De lunes a viernes, de 9 a 17 h") in squeezed(text)


@pytest.mark.parametrize("layout", list(Layout))
@pytest.mark.parametrize("language", HANDOUT_LANGUAGES)
def test_every_font_is_embedded(language, layout):
    fonts = font_descriptors(render(language=language, layout=layout))
    assert fonts
    for name, descriptor in fonts.items():
        assert descriptor is not None, name
        assert "/FontFile2" in descriptor.get_object(), f"{name} is not embedded"
    names = " ".join(fonts)
    assert "+DejaVuSans" in names  # subset prefix: only the glyphs used are embedded
    if language == "zh-Hans":
        assert "+DroidSansFallback" in names


def test_chinese_and_vietnamese_glyphs_come_out_as_text():
    zh = all_text(render(language="zh-Hans"))
    assert "在哪里获得帮助" in squeezed(zh)
    vi = all_text(render(language="vi"))
    assert "Nơi tìm sự giúp đỡ" in vi


@pytest.mark.parametrize("layout", list(Layout))
def test_metadata_is_neutral_and_fixed(layout):
    pdf = render(layout=layout, verified_on=VERIFIED)
    document = reader(pdf)
    info = document.metadata
    assert info["/Title"] == NEUTRAL_TITLE
    for key in ("/Author", "/Creator", "/Producer", "/Subject", "/Keywords"):
        assert info.get(key, "") == "", key
    assert info["/CreationDate"] == info["/ModDate"] == "D:20000101000000+00'00'"
    assert document.xmp_metadata is None
    assert "/Metadata" not in document.trailer["/Root"]
    import getpass
    import socket
    from pathlib import Path

    for trace in (getpass.getuser(), socket.gethostname(), str(Path.cwd()), str(Path.home())):
        assert trace.encode() not in pdf, trace


@pytest.mark.parametrize("layout", list(Layout))
@pytest.mark.parametrize("language", ["en", "zh-Hans"])
def test_two_runs_are_byte_identical(layout, language):
    first = render(layout=layout, language=language, verified_on=VERIFIED)
    second = render(layout=layout, language=language, verified_on=VERIFIED)
    assert first == second
    assert reader(first).trailer["/ID"] == reader(second).trailer["/ID"]


def test_markup_in_data_prints_literally():
    pdf = render([samples.MARKUP_NAME])
    text = squeezed(all_text(pdf))
    assert squeezed(samples.MARKUP_NAME.name) in text
    assert squeezed(samples.MARKUP_NAME.blurb["en"]) in text


MARKUP_ALPHABET = st.sampled_from(
    [*list("abcXYZ019 <>&;/=\"'#éñ"), "<b>", "</b>", "<br/>", "&amp;", "<font>", "]]>"]
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=st.lists(MARKUP_ALPHABET, min_size=1, max_size=12).map("".join).filter(lambda s: s.strip()))
def test_any_name_prints_literally(name):
    resource = samples.resource("res-us-test-prop", f"Q{name}Q")
    text = squeezed(all_text(render([resource])))
    assert squeezed(resource.name) in text


def test_renderer_has_no_parameter_for_anything_about_a_patient():
    parameters = set(inspect.signature(render_handout).parameters)
    assert parameters == {"resources", "language", "layout", "title_style", "paper", "verified_on", "missing"}


def test_discreet_title_hides_the_subject():
    pdf = render(title_style=TitleStyle.DISCREET)
    first_lines = " ".join(page_texts(pdf)[0].splitlines()[:2])
    wording = wording_for("en")
    assert wording.title_discreet in first_lines
    assert wording.title_plain not in all_text(pdf)
    for language in HANDOUT_LANGUAGES:
        discreet = wording_for(language)
        assert discreet.title_discreet != discreet.title_plain
    revealing = ("help", "traffick", "abuse", "violence", "crisis", "escape", "hotline", "safe", "danger")
    for word in revealing:
        assert word not in wording.title_discreet.lower()
        assert word not in wording.intro_discreet.lower()


def test_paper_sizes_follow_the_choice_and_the_country():
    letter = reader(render(paper=Paper.LETTER)).pages[0].mediabox
    a4 = reader(render(paper=Paper.A4)).pages[0].mediabox
    assert (round(float(letter.width)), round(float(letter.height))) == (612, 792)
    assert (round(float(a4.width)), round(float(a4.height))) == (595, 842)
    assert paper_for_country("US") is Paper.LETTER
    assert paper_for_country("ca") is Paper.LETTER
    assert paper_for_country("GB") is Paper.A4
    assert paper_for_country("VN") is Paper.A4


@pytest.mark.parametrize("paper", list(Paper))
def test_cards_fill_a_page_with_cut_marks_and_repeat_the_resources(paper):
    pdf = render([samples.PHONE_LINE], layout="cards", paper=paper)
    pages = page_texts(pdf)
    assert len(pages) == 1
    assert pages[0].count("202-555-0142") == 8
    columns, rows = grid_for(*paper.size)
    assert (columns, rows) == (2, 4)
    content = reader(pdf).pages[0].get_contents().get_data()
    # one mark above and one below each vertical cut, one left and one right of each horizontal cut
    assert content.count(b" l S") == 2 * (columns + 1) + 2 * (rows + 1)


def test_cards_are_credit_card_size():
    assert (round(CARD_WIDTH / mm, 2), round(CARD_HEIGHT / mm, 2)) == (85.60, 53.98)


def test_ten_resources_on_cards_take_two_pages_and_all_appear():
    resources = [*samples.eight_resources(), samples.PHONE_LINE, samples.TEXT_LINE]
    text = all_text(render(resources, layout="cards"))
    assert len(reader(render(resources, layout="cards")).pages) == 2
    for resource in resources:
        assert squeezed(resource.name) in squeezed(text)


def test_eight_resources_make_a_two_page_full_handout():
    pdf = render(samples.eight_resources(), verified_on=VERIFIED)
    pages = page_texts(pdf)
    assert len(pages) == 2
    for page in pages:
        assert "2026-11-02" in page


def test_bad_choices_are_refused_clearly():
    with pytest.raises(ValueError, match="at least one resource"):
        render([])
    with pytest.raises(ValueError, match="poster"):
        render(layout="poster")
    with pytest.raises(ValueError, match="loud"):
        render(title_style="loud")


def test_unknown_language_falls_back_to_english_wording():
    text = all_text(render(language="de"))
    assert "Where to get help" in text


@pytest.mark.parametrize("language", ["en", "fr"])
@pytest.mark.parametrize("paper", ["letter", "a4"])
def test_a_blurb_longer_than_a_page_flows_onto_the_next_pages(language, paper):
    """Found by hypothesis: a valid 8,260-character blurb made a table row overflow the frame by 0.14 pt."""
    long_blurb = "word " * 1652
    resource = unchecked_copy(
        samples.TEXT_LINE,
        name="0",
        blurb={"en": long_blurb, "es": long_blurb, "fr": long_blurb},
        hours={"en": "W" * 300, "fr": "W" * 300},
    )
    pdf = render_handout([resource], language=language, layout="page", title_style="plain", paper=paper)
    assert len(reader(pdf).pages) >= 3
    assert all_text(pdf).count("word") == 1652


def test_reportlab_draws_with_its_c_accelerator():
    """rl-accel is a dependency only for speed, and reportlab falls back to Python without a word when it is
    missing: every accelerated function must come from the C library."""
    from reportlab.lib import rl_accel

    assert rl_accel._py_funcs == {}
    assert rl_accel.fp_str(1.5, 2) == "1.5 2"
    assert type(rl_accel.fp_str).__name__ == "builtin_function_or_method"


def test_rendering_loads_no_network_or_tls_module() -> None:
    """Handouts are made offline; escaping text for reportlab needs ``html``, not ``xml.sax.saxutils``, which
    imports ``urllib.request``, ``http.client`` and ``ssl`` (a second OpenSSL: about 16 ms and 3 MB on the
    first visit to Refer)."""
    from tests.conftest import fresh_python

    code = (
        "import sys, datetime as dt\n"
        "from screenaid.handout import render_handout\n"
        "from screenaid.integrity.app_content import load_app_content\n"
        "resources = load_app_content(country='US').result.library.resources[:8]\n"
        "pdf = render_handout(resources, language='es', layout='cards', title_style='plain', paper='letter',"
        " verified_on=dt.date(2026, 11, 2))\n"
        "print(pdf[:5], sorted(m for m in ('ssl', 'urllib.request', 'http.client', 'socket') if m in sys.modules))\n"
    )
    assert fresh_python(code).split(" ", 1) == ["b'%PDF-'", "[]\n"]


def test_only_a_right_to_left_handout_loads_the_shaping_libraries() -> None:
    """arabic-reshaper and python-bidi (about 1.3 MB) are loaded by the first right-to-left handout, not by
    importing the renderer or by a handout in a left-to-right language."""
    from tests.conftest import fresh_python

    code = (
        "import sys, datetime as dt\n"
        "from screenaid.handout import render_handout\n"
        "from screenaid.integrity.app_content import load_app_content\n"
        "resources = load_app_content(country='US').result.library.resources[:4]\n"
        "def shaping(): return sorted(m for m in ('arabic_reshaper', 'bidi') if m in sys.modules)\n"
        "def render(language): render_handout(resources, language=language, layout='cards',"
        " title_style='plain', paper='letter', verified_on=dt.date(2026, 11, 2))\n"
        "render('es')\n"
        "print(shaping())\n"
        "render('ar')\n"
        "print(shaping())\n"
    )
    assert fresh_python(code).splitlines() == ["[]", "['arabic_reshaper', 'bidi']"]
