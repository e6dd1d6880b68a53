"""Rules over the bundled data: every law, reporting, coding and pathway entry says where it applies, and
no jurisdiction is shown another country's law."""

from __future__ import annotations

import json
import re

import pytest

from screenaid.content.ask_document import Guidance, GuidanceTopic, IcdCode
from screenaid.content.common import ClinicalEntry
from screenaid.content.jurisdiction_models import JurisdictionNote, NoteTopic, ReferralSheet
from screenaid.content.jurisdiction_view import library_for_jurisdiction, notes_by_topic
from screenaid.content.jurisdictions import ALL, country_of
from screenaid.content.plain import plain_data
from screenaid.content.resources import Resource
from screenaid.content.screening_models import PathwayQuestion, PathwayStep

SHIPPED_COUNTRIES = {
    "US": ("US", "US-TX"),
    "CA": ("CA", "CA-QC"),
    "GB": ("GB-ENG", "GB-WLS", "GB-SCT", "GB-NIR"),
    "AU": ("AU", "AU-NSW"),
    "IE": ("IE",),
}
NON_US = [code for country, codes in SHIPPED_COUNTRIES.items() if country != "US" for code in codes]
US_ONLY_TEXT = re.compile(r"TVPA|Trafficking Victims Protection|check your state|state's law|ICD-10-CM", re.I)
LEGAL_GUIDANCE = {GuidanceTopic.CODING, GuidanceTopic.MINORS}


@pytest.fixture(scope="module")
def library(bundled):
    return bundled.library


def jurisdictional(library):
    """Every legal, reporting, coding and pathway entry."""
    for entry in library:
        legal = isinstance(entry, JurisdictionNote | ReferralSheet | IcdCode | PathwayStep | PathwayQuestion)
        if legal or (isinstance(entry, Guidance) and entry.topic in LEGAL_GUIDANCE):
            yield entry


def test_every_law_reporting_coding_and_pathway_entry_declares_its_jurisdictions(library):
    entries = list(jurisdictional(library))
    assert len(entries) > 60
    missing = [e.id for e in entries if e.jurisdictions is None]
    assert not missing, f"declare jurisdictions: for {missing}"


def test_law_reporting_and_coding_notes_name_real_places_not_all(library):
    for entry in library.of(JurisdictionNote):
        assert ALL not in entry.jurisdictions, entry.id


def test_icd10cm_codes_apply_only_in_the_us(library):
    for code in library.icd_codes:
        assert code.jurisdictions == ("US",), code.id


def test_variants_replace_an_entry_of_the_same_kind_with_the_same_answers(library):
    for entry in library:
        if not isinstance(entry, ClinicalEntry) or entry.variant_of is None:
            continue
        base = library.get(entry.variant_of)
        assert type(base) is type(entry), entry.id
        assert entry.jurisdictions, f"{entry.id}: a variant must say where it applies"
        if isinstance(entry, PathwayQuestion):
            assert [a.id for a in entry.answers] == [a.id for a in base.answers], entry.id  # type: ignore[union-attr]
            assert entry.order == base.order  # type: ignore[union-attr]


@pytest.mark.parametrize("code", [c for codes in SHIPPED_COUNTRIES.values() for c in codes])
def test_every_shipped_jurisdiction_has_its_own_law_and_child_reporting_note(library, code):
    notes = notes_by_topic(library, code)
    for topic in (NoteTopic.LAW, NoteTopic.REPORTING_MINOR, NoteTopic.CODING):
        assert notes[topic], f"{code}: no {topic.value} note"
        for note in notes[topic]:
            assert ALL not in note.jurisdictions
            assert any(country_of(j) == country_of(code) for j in note.jurisdictions), note.id


@pytest.mark.parametrize("code", [*NON_US, "DE", "FR"])
def test_no_non_us_jurisdiction_is_shown_us_law_text_or_icd10cm(library, code):
    selected = library_for_jurisdiction(library, code)
    assert not selected.icd_codes
    for entry in selected:
        if isinstance(entry, Resource):
            continue  # the Refer page filters resources by country itself (see the dump test)
        text = json.dumps({k: v for k, v in plain_data(entry).items() if k != "sources"}, ensure_ascii=False)
        if entry.id.startswith("src-"):
            continue
        found = US_ONLY_TEXT.search(text)
        assert found is None, f"{code}: {entry.id} says {found.group(0)!r}"


def test_referral_sheets_have_no_field_for_patient_details(library):
    sheets = library.of(ReferralSheet)
    assert any("GB" in sheet.jurisdictions for sheet in sheets)
    blank = re.compile(r"_{3,}|\.{5,}|\b(name|date of birth|DOB|address|NHS number)\s*:", re.I)
    for sheet in sheets:
        text = json.dumps(plain_data(sheet), ensure_ascii=False)
        assert blank.search(text) is None, sheet.id
