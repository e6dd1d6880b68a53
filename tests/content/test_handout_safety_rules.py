"""Handout safety rules, checked over ALL the bundled data (the built-in fallback lines included) and through the
real CLI and renderer.

Each rule turns a defect found in review into a test that fails if it comes back:
- reviewer notes ("hours were not confirmed") printed on a patient handout;
- a police or law-enforcement line on a default handout, or one not labelled as police;
- a "discreet" handout that names what a line is for, in any language, or prints a revealing web address;
- a handout that mixes languages (English words on a Vietnamese page);
- Arabic printed left to right or unshaped;
- a handout for one country that prints another country's number.
The PDFs are written by ``screenaid handout`` and read back with pypdf.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import cache
from pathlib import Path

import pytest

from screenaid.cli import main
from screenaid.content import LoadResult, load_library
from screenaid.content.handout_text import HandoutText
from screenaid.content.plain import plain_data
from screenaid.content.resources import ChannelKind, NeutralLabel, Resource, Scope
from screenaid.handout import HANDOUT_LANGUAGES, Layout, national_resources
from screenaid.handout.printed import lines_without_language
from screenaid.handout.wording import all_wording
from tests.conftest import DATA_DIR
from tests.handout.pdf_reading import all_text, reader, squeezed

COUNTRIES = ("US", "CA", "GB", "IE", "AU")
"""Every country with national lines in data/resources (IE also gets the EU-wide lines)."""

# Words that say what a line is for, by language: none may appear on a discreet handout, in any language.
# Latin and Cyrillic entries are word starts (so "exploit" also catches "exploited"); the others are
# substrings. Single-character terms are left out of CJK lists on purpose (too many innocent matches).
PURPOSE_WORDS: dict[str, tuple[str, ...]] = {
    "en": (
        "traffick",
        "abuse",
        "violence",
        "violent",
        "assault",
        "suicid",
        "exploit",
        "missing",
        "runaway",
        "rape",
        "slavery",
        "sexual",
        "crisis",
        "crime",
    ),
    "es": (
        "trata",
        "tráfico",
        "abuso",
        "violencia",
        "agresi",
        "suicid",
        "explota",
        "desaparecid",
        "fugad",
        "violaci",
        "esclav",
        "sexual",
        "crisis",
        "delito",
    ),
    "fr": (
        "traite",
        "abus",
        "maltrait",
        "violence",
        "agression",
        "suicid",
        "exploit",
        "disparu",
        "fugue",
        "viol",
        "esclavage",
        "sexuel",
        "crise",
    ),
    "zh-Hans": (
        "贩运",
        "贩卖",
        "虐待",
        "暴力",
        "侵犯",
        "自杀",
        "剥削",
        "失踪",
        "离家出走",
        "强奸",
        "奴役",
        "性行为",
        "性侵",
    ),
    "vi": (
        "buôn bán người",
        "lạm dụng",
        "bạo lực",
        "tấn công",
        "tự tử",
        "tự sát",
        "bóc lột",
        "mất tích",
        "bỏ nhà",
        "hiếp dâm",
        "nô lệ",
        "tình dục",
    ),
    "ar": (
        "الاتجار",
        "إساءة",
        "عنف",
        "اعتداء",
        "انتحار",
        "استغلال",
        "مفقود",
        "هارب",
        "اغتصاب",
        "عبودية",
        "جنسي",
    ),
    "ht": (
        "trafik",
        "abi ",
        "vyolans",
        "atak",
        "swisid",
        "eksplwat",
        "disparèt",
        "sove kite",
        "kadejak",
        "esklavaj",
        "seksyèl",
    ),
    "fil": (
        "trafficking",
        "pang-aabuso",
        "karahasan",
        "pananakit",
        "pagpapakamatay",
        "pagsasamantala",
        "nawawala",
        "tumakas",
        "panggagahasa",
        "pang-aalipin",
        "sekswal",
    ),
    "ko": (
        "인신매매",
        "학대",
        "폭력",
        "폭행",
        "자살",
        "착취",
        "실종",
        "가출",
        "강간",
        "노예",
        "성폭력",
        "성적",
    ),
    "ru": (
        "торговл",
        "насили",
        "злоупотреб",
        "нападен",
        "самоубий",
        "суицид",
        "эксплуат",
        "пропавш",
        "побег",
        "изнасил",
        "рабств",
        "сексуал",
    ),
    "uk": (
        "торгівл",
        "насильств",
        "насилл",
        "зловжив",
        "напад",
        "самогуб",
        "суїцид",
        "експлуат",
        "зникл",
        "втеч",
        "зґвалт",
        "рабств",
        "сексуал",
    ),
    "pt": (
        "tráfico",
        "abuso",
        "violência",
        "agressão",
        "suicíd",
        "explora",
        "desaparecid",
        "fuga",
        "violação",
        "escravatura",
        "sexual",
    ),
}
REVEALING_ADDRESS = re.compile(
    r"https?://|www\.|\b[\w-]+\.(org|com|ca|uk|ie|au|gov|net|info)\b", re.IGNORECASE
)

# Phrases a reviewer writes for a clinician, which must never reach a patient.
REVIEWER_NOTE = re.compile(
    r"not (been )?confirmed|unconfirmed|not verified|could not be|were not|was not found|before referring"
    r"|\bsource\b|\breviewer\b|\bclinician\b|(?-i:\bTODO\b)|no se confirmó|fuente|sin confirmar|non confirmé",
    re.IGNORECASE,
)
POLICE_WORD = {"en": "police", "es": "policía", "fr": "police", "zh-Hans": "警察", "vi": "cảnh sát"}

ENGLISH_SHARE_BOUND = 0.03
"""At most 3 % of a non-English handout's words may be English-only words (organisation names excluded)."""


@pytest.fixture(scope="module")
def library(bundled: LoadResult):
    assert not bundled.problems, bundled.problems
    return bundled.library


def _resources() -> list[Resource]:
    return list(load_library(DATA_DIR).library.resources)


@pytest.fixture(scope="module")
def every_line(library) -> list[Resource]:
    """The bundled referral list and every country's built-in fallback (data/fallback/<country>/), which
    prints when that list cannot be used: the rules over each line's own text hold for both. (Fallback lines
    may leave out the reviewed neutral label: ``Resource.discreet_label`` derives one, police for police.)"""
    from screenaid.content import ContentRoot, Origin

    lines = list(library.resources)
    for folder in sorted(path for path in (DATA_DIR / "fallback").iterdir() if path.is_dir()):
        fallback = load_library(ContentRoot(folder, Origin.FALLBACK))
        assert not fallback.problems, fallback.problems
        lines += fallback.library.resources
    return lines


# ---- rules over the data -------------------------------------------------------------------------------


def patient_texts(resource: Resource) -> Iterable[tuple[str, str]]:
    """(where, text) for every patient-facing string of a resource."""
    yield "name", resource.name
    for language, text in resource.blurb.items():
        yield f"blurb.{language}", text
    for language, text in (resource.hours or {}).items():
        yield f"hours.{language}", text
    for index, channel in enumerate(resource.channels):
        for language, text in (channel.hours or {}).items():
            yield f"channels[{index}].hours.{language}", text


def test_reviewer_notes_never_in_patient_facing_text(every_line) -> None:
    offending = [
        f"{resource.id}.{where}: {text!r}"
        for resource in every_line
        for where, text in patient_texts(resource)
        if REVIEWER_NOTE.search(text)
    ]
    for language, wording in all_wording().items():
        metadata = {"id", "language", "language_name", "direction", "translated_by", "reviewed_by", "labels"}
        printed = {k: v for k, v in plain_data(wording).items() if k not in metadata}
        offending += [f"handout-{language}.{k}" for k, v in printed.items() if REVIEWER_NOTE.search(str(v))]
    assert not offending, "\n".join(offending)


@pytest.mark.parametrize("country", [*COUNTRIES, "FR", "DE"])
def test_no_police_line_on_a_default_handout(library, country: str) -> None:
    police = [r.id for r in national_resources(library.resources, country) if r.is_police]
    assert not police


def test_police_lines_exist_can_be_added_and_are_labelled_as_police(library) -> None:
    police = [r for r in library.resources if r.is_police]
    assert {r.country for r in police} >= {"GB", "IE", "AU", "US"}
    for resource in police:
        assert "police" in resource.name.lower(), resource.id
        assert resource.neutral_label is NeutralLabel.POLICE, resource.id
        for language, word in POLICE_WORD.items():
            if language in resource.blurb:
                assert word in resource.blurb[language].lower(), (resource.id, language)


def test_every_national_handout_line_has_a_neutral_label_in_every_language(library) -> None:
    wording = all_wording()
    for resource in library.resources:
        if resource.scope is Scope.NATIONAL and resource.handout:
            assert resource.neutral_label is not None, resource.id
            for language in HANDOUT_LANGUAGES:
                assert wording[language].labels[resource.neutral_label], (resource.id, language)


def _matches(text: str, term: str) -> bool:
    if re.match(r"[a-zà-ÿ\u0400-\u04ff]", term):  # Latin or Cyrillic: the start of a word
        return re.search(rf"(?<![\w]){re.escape(term)}", text) is not None
    return term in text


def purpose_words_in(text: str) -> list[str]:
    folded = unicodedata.normalize("NFKC", text).lower()
    return [term for terms in PURPOSE_WORDS.values() for term in terms if _matches(folded, term)]


@pytest.mark.parametrize("language", HANDOUT_LANGUAGES)
def test_neutral_wording_names_no_purpose(language: str) -> None:
    wording = all_wording()[language]
    for text in (
        wording.title_discreet,
        wording.intro_discreet,
        wording.history_warning,
        *wording.labels.values(),
    ):
        assert not purpose_words_in(text), (language, text)


def test_every_handout_language_records_who_translated_it_and_its_review(library) -> None:
    assert len(HANDOUT_LANGUAGES) >= 12
    for language in HANDOUT_LANGUAGES:
        wording: HandoutText = all_wording()[language]
        assert wording.language == language
        assert wording.translated_by
        if wording.native_speaker_reviewed:
            assert wording.reviewed_by
    # exactly one language is the source text the others translate; every other one is a translation
    assert [tag for tag in HANDOUT_LANGUAGES if all_wording()[tag].source_text] == ["en"]


def test_lines_served_through_interpreters_serve_every_handout_language(library) -> None:
    nhth = library.get_as("res-us-nhth", Resource)
    assert nhth is not None
    assert nhth.interpreters
    for language in HANDOUT_LANGUAGES:
        assert nhth.serves_language(language)


# ---- rules over real handouts, written by the CLI and read back ---------------------------------------


@cache
def _cli_text(tmp: str, country: str, language: str, layout: str, discreet: bool) -> str:
    out = Path(tmp) / f"{country}-{language}-{layout}-{discreet}.pdf"
    argv = [
        "handout",
        "--country",
        country,
        "--lang",
        language,
        "--layout",
        layout,
        "--missing",
        "number-only",
    ]
    argv += ["--discreet"] if discreet else []
    assert main([*argv, "-o", str(out)]) == 0
    return all_text(out.read_bytes())


VARIANTS = [
    (layout.value, discreet)
    for layout in Layout
    for discreet in (False, True)
    if not (layout is Layout.HIDEAWAY and not discreet)  # hide-away slips are always discreet
]


@pytest.fixture(scope="module")
def tmp(tmp_path_factory) -> str:
    return str(tmp_path_factory.mktemp("handouts"))


def _other_country_numbers(country: str) -> set[str]:
    resources = _resources()
    own = {_digits(c.value) for r in resources if r.country in (country, "EU") for c in r.channels}
    return {
        _digits(channel.value)
        for resource in resources
        if resource.country not in (country, "EU")
        for channel in resource.channels
        if channel.kind in (ChannelKind.PHONE, ChannelKind.TEXT, ChannelKind.TTY)
    } - own


def _digits(value: str) -> str:
    return re.sub(r"\D", "", value)


@pytest.mark.parametrize("country", COUNTRIES)
@pytest.mark.parametrize("language", HANDOUT_LANGUAGES)
def test_cli_handouts_obey_the_safety_rules(tmp: str, country: str, language: str) -> None:
    foreign = _other_country_numbers(country)
    for layout, discreet in VARIANTS:
        text = _cli_text(tmp, country, language, layout, discreet)
        where = f"{country}/{language}/{layout}/{'discreet' if discreet else 'plain'}"
        # never another country's number (numbers are compared as digit runs)
        digit_runs = set(re.findall(r"\d[\d\- ]*\d", text))
        printed_digits = {_digits(run) for run in digit_runs}
        assert not (printed_digits & foreign), (where, printed_digits & foreign)
        # every handout warns that calls, texts and scans stay in the phone's history
        assert squeezed(all_wording()[language].history_warning) in squeezed(text), where
        if discreet:
            assert not purpose_words_in(text), (where, purpose_words_in(text))
            assert not REVEALING_ADDRESS.search(text), (where, REVEALING_ADDRESS.search(text))


WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def _words(text: str) -> list[str]:
    return [w.lower() for w in WORD.findall(unicodedata.normalize("NFKC", text))]


@cache
def _vocabulary(language: str) -> frozenset[str]:
    """Every word written for ``language``: its handout wording and the line texts in that language."""
    wording = all_wording()[language]
    skipped = {"translated_by", "reviewed_by", "labels"}
    texts = [str(v) for k, v in plain_data(wording).items() if k not in skipped]
    texts += list(wording.labels.values())
    for resource in _resources():
        texts += [resource.blurb.get(language, ""), (resource.hours or {}).get(language, "")]
        texts += [(channel.hours or {}).get(language, "") for channel in resource.channels]
    return frozenset(_words(" ".join(texts)))


@cache
def _allowed_everywhere() -> frozenset[str]:
    """Organisation names, web addresses and text keywords: printed as they are in every language."""
    texts = []
    for resource in _resources():
        texts.append(resource.name)
        texts += [channel.value for channel in resource.channels]
        texts += [channel.keyword or "" for channel in resource.channels]
    return frozenset(_words(" ".join(texts)))


def english_only_share(text: str, language: str) -> tuple[float, list[str]]:
    english_only = _vocabulary("en") - _vocabulary(language) - _allowed_everywhere()
    words = _words(text)
    found = [w for w in words if w in english_only]
    return len(found) / max(len(words), 1), found


@pytest.mark.parametrize("country", COUNTRIES)
@pytest.mark.parametrize("language", [tag for tag in HANDOUT_LANGUAGES if tag != "en"])
def test_a_handout_is_in_its_own_language(tmp: str, country: str, language: str) -> None:
    for layout, discreet in VARIANTS:
        text = _cli_text(tmp, country, language, layout, discreet)
        share, found = english_only_share(text, language)
        assert share <= ENGLISH_SHARE_BOUND, (country, language, layout, discreet, share, found[:20])


def test_the_english_share_measure_catches_an_english_line_on_a_vietnamese_page() -> None:
    """The measure itself: an English blurb on a Vietnamese handout exceeds the bound."""
    resource = next(r for r in _resources() if r.id == "res-us-988")
    share, found = english_only_share("Cuộc gọi " + resource.blurb["en"], "vi")
    assert share > ENGLISH_SHARE_BOUND
    assert found


def test_cli_refuses_lines_without_text_in_the_language_and_names_them(tmp: str, capsys) -> None:
    lacking = lines_without_language(national_resources(_resources(), "CA"), "vi")
    assert lacking
    code = main(["handout", "--country", "CA", "--lang", "vi", "-o", str(Path(tmp) / "refused.pdf")])
    assert code != 0
    message = capsys.readouterr().err.strip().splitlines()[-1]
    for resource in lacking:
        assert resource.id in message
    assert "--missing omit" in message
    assert "--missing number-only" in message
    assert not (Path(tmp) / "refused.pdf").exists()


def test_omit_leaves_out_exactly_the_lines_without_text(tmp: str) -> None:
    out = Path(tmp) / "omit.pdf"
    assert main(["handout", "--country", "CA", "--lang", "vi", "--missing", "omit", "-o", str(out)]) == 0
    text = squeezed(all_text(out.read_bytes()))
    for resource in national_resources(_resources(), "CA"):
        number = squeezed(resource.channels[0].value)
        if resource in lines_without_language([resource], "vi"):
            assert number not in text, resource.id
        else:
            assert number in text, resource.id


def test_arabic_reads_right_to_left_and_is_shaped(tmp: str) -> None:
    out = Path(tmp) / "ar.pdf"
    assert (
        main(["handout", "--country", "US", "--lang", "ar", "--missing", "number-only", "-o", str(out)]) == 0
    )
    page = reader(out.read_bytes()).pages[0]
    pieces: list[tuple[float, str]] = []
    page.extract_text(visitor_text=lambda text, cm, tm, font, size: pieces.append((tm[4], text)))
    wording = all_wording()["ar"]
    title = next((x, t) for x, t in pieces if unicodedata.normalize("NFKC", t).strip() == wording.title_plain)
    # drawn glyphs are shaped (Arabic presentation forms), and pypdf reads them back in reading order
    assert any(0xFE70 <= ord(c) <= 0xFEFF for c in title[1])
    # right-aligned: the title starts right of the page's middle
    assert title[0] > float(page.mediabox.width) / 2 - 72
    text = all_text(out.read_bytes())
    assert "1-888-373-7888" in text  # a number inside an Arabic line keeps its own order


def test_helpline_languages_are_the_handout_languages() -> None:
    from screenaid.content.resources import HELPLINE_BLURB_LANGUAGES

    assert tuple(HELPLINE_BLURB_LANGUAGES) == tuple(HANDOUT_LANGUAGES)


@pytest.mark.parametrize("language", HANDOUT_LANGUAGES)
def test_every_trafficking_helpline_prints_in_full_in_every_language(library, language: str) -> None:
    """A national trafficking helpline (not police) is never reduced to 'number only' in any language."""
    helplines = [
        r
        for r in library.resources
        if r.scope is Scope.NATIONAL and r.handout and not r.is_police and "trafficking" in r.services
    ]
    assert len(helplines) >= 4
    assert not lines_without_language(helplines, language)


def test_language_filter_offers_every_handout_language_and_finds_interpreter_lines(library) -> None:
    from screenaid.handout.directory_filter import ResourceFilter, language_choices

    us = [r for r in library.resources if r.country == "US"]
    choices = language_choices(us, HANDOUT_LANGUAGES)
    assert set(HANDOUT_LANGUAGES) <= set(choices)
    for language in ("zh-Hans", "vi", "ar", "ko"):
        found = [r.id for r in us if ResourceFilter(language=language).matches(r)]
        assert "res-us-nhth" in found, language


@pytest.mark.parametrize("resource_id", ["res-gb-police-101", "res-ie-garda-confidential"])
def test_a_clinician_can_add_a_police_line_and_it_is_labelled_as_police(tmp: str, resource_id: str) -> None:
    country = resource_id.split("-")[1].upper()
    for discreet in (False, True):
        out = Path(tmp) / f"{resource_id}-{discreet}.pdf"
        argv = ["handout", "--country", country, "--resource", resource_id, "-o", str(out)]
        assert main([*argv, *(["--discreet"] if discreet else [])]) == 0
        text = all_text(out.read_bytes())
        if discreet:
            assert all_wording()["en"].labels[NeutralLabel.POLICE] in text
        else:
            assert "police" in text.lower()


PATIENT_LANGUAGES_BY_COUNTRY = {"CA": ("en", "fr"), "US": ("en", "es")}
"""Languages in which a clinic in that country prints handouts every day: Canada's two official languages,
and Spanish beside English in the United States."""


@pytest.mark.parametrize("country", sorted(PATIENT_LANGUAGES_BY_COUNTRY))
def test_a_line_that_serves_a_countrys_patient_language_has_text_in_it(library, country: str) -> None:
    """A Quebec clinic printing in French must not get the 988 line or Kids Help Phone as a bare number when
    those lines answer in French (both did until 2026-11-30)."""
    wanted = set(PATIENT_LANGUAGES_BY_COUNTRY[country]) & set(HANDOUT_LANGUAGES)
    resources = [r for r in library.resources if str(r.country).upper() == country]
    assert resources
    missing = [
        (resource.id, language)
        for resource in resources
        for language in sorted(wanted & {str(tag) for tag in resource.languages})
        if language not in resource.blurb
    ]
    assert missing == []


SECRECY_WORDS = ("confidential", "confidentiel", "confidencial", "secret")


def test_lines_that_may_report_to_child_protection_promise_no_secrecy(every_line) -> None:
    """A child reading "confidential" on a handout may expect nothing to be passed on, but a child protection
    line acts when a child is at risk. Its text may say free and private, never confidential or secret."""
    lines = [r for r in every_line if "child_protection" in {str(s.value) for s in r.services}]
    assert lines
    promising = [
        (line.id, language)
        for line in lines
        for language, text in line.blurb.items()
        if any(word in text.lower() for word in SECRECY_WORDS)
    ]
    assert promising == []
