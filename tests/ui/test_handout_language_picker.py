"""The handout language picker: every language by its own name, in a font that has its letters, with its
review status, and a warning naming the chosen lines that have no text in the chosen language."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics

from screenaid.handout import HANDOUT_LANGUAGES, Layout, MissingText, Paper, TitleStyle, national_resources
from screenaid.handout.wording import wording_for
from screenaid.ui.app import _register_bundled_fonts
from screenaid.ui.widgets.handout_composer import HandoutComposer


def _composer(qtbot) -> HandoutComposer:
    composer = HandoutComposer("en", Layout.PAGE, Paper.LETTER)
    qtbot.addWidget(composer)
    return composer


def test_picker_lists_every_language_by_its_own_name_and_review_status(qtbot) -> None:
    composer = _composer(qtbot)
    items = {
        composer.language.itemData(i): composer.language.itemText(i) for i in range(composer.language.count())
    }
    assert list(items) == list(HANDOUT_LANGUAGES)
    for tag, text in items.items():
        wording = wording_for(tag)
        assert wording.language_name in text
        assert ("not reviewed" in text) == (not wording.native_speaker_reviewed and not wording.source_text)
    assert "not reviewed" not in items["en"]  # English is the source text, not a translation
    assert "not reviewed" in items["es"]


def test_bundled_fonts_have_every_letter_of_every_language_name(qapp) -> None:
    _register_bundled_fonts()
    families = [
        family
        for family in QFontDatabase.families()
        if family in ("DejaVu Sans", "Droid Sans Fallback", "NanumSquare", "NanumSquareOTF")
        or family.startswith(("Droid Sans Fallback", "NanumSquare"))
    ]
    assert {"DejaVu Sans"} <= set(families)
    assert any(f.startswith("Droid Sans Fallback") for f in families)
    assert any(f.startswith("NanumSquare") for f in families)
    metrics = [QFontMetrics(QFont(family)) for family in families]
    for tag in HANDOUT_LANGUAGES:
        for char in wording_for(tag).language_name:
            if char.isspace() or char in "()":
                continue
            assert any(m.inFontUcs4(ord(char)) for m in metrics), (tag, char)


def test_warning_names_lines_without_text_and_goes_away(qtbot, bundled) -> None:
    composer = _composer(qtbot)
    composer.show()
    chosen = national_resources(bundled.library.resources, "CA")
    composer.set_chosen(chosen)
    assert composer.missing_warning.isHidden()  # English: every line has text
    composer.language.setCurrentIndex(composer.language.findData("vi"))
    assert not composer.missing_warning.isHidden()
    lacking = composer.missing_lines()
    assert lacking
    for resource in lacking:
        assert resource.name in composer.missing_warning.text()
    assert "never mixes languages" in composer.missing_warning.text()
    assert composer.options().missing is MissingText.NUMBER_ONLY
    composer.missing.setCurrentIndex(composer.missing.findData(MissingText.OMIT))
    assert composer.options().missing is MissingText.OMIT
    composer.language.setCurrentIndex(composer.language.findData("en"))
    assert composer.missing_warning.isHidden()


def test_hideaway_is_offered_and_counts_as_discreet(qtbot, bundled) -> None:
    composer = _composer(qtbot)
    composer.layout_choice.setCurrentIndex(composer.layout_choice.findData(Layout.HIDEAWAY))
    assert composer.options().layout is Layout.HIDEAWAY
    assert composer.options().title_style is TitleStyle.PLAIN  # the renderer makes hide-away slips discreet
