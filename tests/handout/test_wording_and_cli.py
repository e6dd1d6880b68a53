"""Handout wording (data/handout) and the ``screenaid handout`` command."""

from __future__ import annotations

import pytest

from screenaid.cli import main
from screenaid.content.handout_text import HandoutText
from screenaid.content.plain import plain_data
from screenaid.content.validation import validated
from screenaid.handout import HANDOUT_LANGUAGES, national_resources, render_handout
from screenaid.handout.wording import all_wording
from screenaid.integrity.app_content import load_app_content
from tests.handout.pdf_reading import all_text, reader, squeezed
from tests.readability import english_grade, handout_wording_text, spanish_reading_ease

ENGLISH_WORDING_MAX_GRADE = 2.0
"""Flesch–Kincaid grade of the English handout wording: 1.7 on 2026-11-30 (the goal is grade 6 or below).
Set from today's text so that it can only get easier; lower it when the wording improves."""
SPANISH_WORDING_MIN_EASE = 86.0
"""Fernández-Huerta reading ease of the Spanish handout wording: 86.4 on 2026-11-30 (above 80 is "easy")."""


def test_every_handout_language_has_complete_wording():
    wording = all_wording()
    assert set(HANDOUT_LANGUAGES) <= set(wording)
    for language in HANDOUT_LANGUAGES:
        assert isinstance(wording[language], HandoutText)


def test_english_wording_reads_at_grade_six_or_below():
    grade = english_grade(handout_wording_text(all_wording()["en"]))
    assert grade <= ENGLISH_WORDING_MAX_GRADE <= 6.0


def test_spanish_wording_reads_easily():
    ease = spanish_reading_ease(handout_wording_text(all_wording()["es"]))
    assert ease >= SPANISH_WORDING_MIN_EASE


def test_wording_needs_its_placeholders():
    english = plain_data(all_wording()["en"])
    english["verified_on"] = "Checked recently"
    with pytest.raises(ValueError, match=r"\{date\}"):
        validated(HandoutText, english)


def test_cli_writes_the_national_lines_as_spanish_cards(tmp_path, bundled):
    resources = national_resources(bundled.library.resources, "US")
    if not resources:
        pytest.skip("no bundled US resources yet")
    out = tmp_path / "cards.pdf"
    assert main(["handout", "--country", "US", "--lang", "es", "--layout", "cards", "-o", str(out)]) == 0
    pdf = out.read_bytes()
    text = squeezed(all_text(pdf))
    assert "Dóndeencontrarayuda" in text
    for resource in resources:
        first = resource.channels[0]
        if first.kind.value == "phone":
            assert squeezed(first.value) in text
    verified_on = load_app_content(country="US").pack.verified_on
    assert verified_on is not None, "the CLI prints the signed list's verified-on date in the footer"
    expected = render_handout(
        resources, language="es", layout="cards", title_style="plain", paper="letter", verified_on=verified_on
    )
    assert pdf == expected


def test_cli_writes_to_standard_output_and_can_be_discreet(capsysbinary, bundled):
    if not national_resources(bundled.library.resources, "US"):
        pytest.skip("no bundled US resources yet")
    assert main(["handout", "--lang", "en", "--layout", "page", "--discreet", "-o", "-"]) == 0
    pdf = capsysbinary.readouterr().out
    assert pdf.startswith(b"%PDF-")
    text = all_text(pdf)
    assert all_wording()["en"].title_discreet in text
    assert "Where to get help" not in text
    assert round(float(reader(pdf).pages[0].mediabox.width)) == 612


def test_cli_reports_bad_requests(tmp_path, capsys):
    out = tmp_path / "x.pdf"
    assert main(["handout", "--resource", "res-xx-nothing", "-o", str(out)]) == 2
    assert "res-xx-nothing" in capsys.readouterr().err
    assert main(["handout", "--country", "AQ", "-o", str(out)]) == 1
    assert "no national resources for AQ" in capsys.readouterr().err
    assert main(["handout", "--lang", "de", "-o", str(out)]) == 2
    assert not out.exists()


def test_cli_lists_every_language_with_its_review_status(capsys):
    assert main(["handout", "--list-languages"]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert [line.split("\t")[0] for line in lines] == list(HANDOUT_LANGUAGES)
    wording = all_wording()
    for line in lines:
        tag, own_name, status, translated_by = line.split("\t")
        assert own_name == wording[tag].language_name
        assert status == wording[tag].review_status
        assert translated_by == wording[tag].translated_by


def test_cli_hideaway_slips_are_discreet_without_the_flag(tmp_path, bundled):
    out = tmp_path / "slips.pdf"
    assert main(["handout", "--country", "US", "--layout", "hideaway", "-o", str(out)]) == 0
    text = all_text(out.read_bytes())
    assert "Trafficking" not in text
    assert "1-888-373-7888" in text
    assert all_wording()["en"].labels["help_line"] in text


def test_cli_prints_an_audience_presets_lines_as_the_refer_page_chooses_them(tmp_path, bundled):
    from screenaid.presets import handout_lines, presets_of

    preset = next(p for p in presets_of(bundled.library) if p.id == "preset-adult-work")
    lines = handout_lines(preset, bundled.library.resources, bundled.library.origins, "US")
    out = tmp_path / "adult.pdf"
    assert main(["handout", "--country", "US", "--preset", "preset-adult-work", "-o", str(out)]) == 0
    text = squeezed(all_text(out.read_bytes()))
    for resource in lines:
        assert squeezed(resource.name) in text, resource.id
    left_out = [r for r in national_resources(bundled.library.resources, "US") if r not in lines]
    assert left_out, "the adult preset leaves some national lines (child and youth lines) off"
    for resource in left_out:
        assert squeezed(resource.name) not in text, resource.id
    assert main(["handout", "--country", "US", "--preset", "no-such-preset", "-o", str(out)]) == 2


def test_the_readability_measures_tell_hard_text_from_easy():
    easy_en = "Help is free. You can call day or night. You do not have to give your name."
    hard_en = (
        "Confidential multidisciplinary consultations regarding immigration-related vulnerabilities are "
        "available to individuals experiencing exploitative employment circumstances nationwide."
    )
    assert english_grade(easy_en) <= 2.0 < 6.0 < english_grade(hard_en)
    easy_es = "La ayuda es gratis. Puede llamar de día o de noche. No tiene que decir su nombre."
    hard_es = (
        "Consultas multidisciplinarias confidenciales relacionadas con vulnerabilidades migratorias están "
        "disponibles para personas que experimentan circunstancias laborales extraordinariamente abusivas."
    )
    assert spanish_reading_ease(hard_es) < 60.0 < 80.0 <= spanish_reading_ease(easy_es)
