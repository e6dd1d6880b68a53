"""The jurisdiction rules on small hand-built libraries: codes, matching, variants, fallbacks, sections."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from pydantic import ValidationError

from screenaid.content.common import Source
from screenaid.content.course import CourseModule
from screenaid.content.jurisdiction_models import JurisdictionNote, NoteTopic
from screenaid.content.jurisdiction_view import (
    library_for_jurisdiction,
    no_guidance,
    not_covered,
    notes_by_topic,
)
from screenaid.content.jurisdictions import (
    ANYWHERE,
    COUNTRY,
    NO_MATCH,
    REGION,
    SHIPPED_NAMES,
    country_of,
    is_country_code,
    is_region_code,
    jurisdiction_name,
    match_score,
    normalise_jurisdiction,
)
from screenaid.content.library import Library, Origin
from screenaid.content.screening_models import PathwayStep
from screenaid.content.validation import validated

CLINICAL: dict[str, Any] = {"sources": ("src-a",), "reviewed": dt.date(2026, 11, 30)}


def step(id_: str, jurisdictions: tuple[str, ...] | None, **fields: Any) -> PathwayStep:
    values: dict[str, Any] = {"order": 1, "title": f"Title {id_}", "detail": f"Detail {id_}."}
    values.update(fields)
    return validated(PathwayStep, dict(id=id_, jurisdictions=jurisdictions, **CLINICAL, **values))


def note(id_: str, jurisdictions: tuple[str, ...], topic: str = "law") -> JurisdictionNote:
    return validated(
        JurisdictionNote,
        dict(
            id=id_,
            jurisdictions=jurisdictions,
            topic=topic,
            title=f"T {id_}",
            summary=f"S {id_}.",
            **CLINICAL,
        ),
    )


def library_of(*entries: Any) -> Library:
    source = validated(
        Source, {"id": "src-a", "title": "A", "publisher": "P", "year": 2020, "url": "https://example.org/a"}
    )
    unused = validated(
        Source,
        {"id": "src-unused", "title": "U", "publisher": "P", "year": 2020, "url": "https://example.org/u"},
    )
    everything = (source, unused, *entries)
    return Library(
        entries={e.id: e for e in everything},
        files={e.id: "test.yaml" for e in everything},
        origins={e.id: Origin.BUNDLED for e in everything},
    )


@pytest.mark.parametrize(
    "code", ["US", "us", "US-TX", "CA-QC", "GB-SCT", "GB-ENG", "GB-WLS", "GB-NIR", "AU-NSW", "IE", "ALL"]
)
def test_codes_are_iso_3166_countries_regions_or_all(code):
    assert normalise_jurisdiction(code) == code.upper()


@pytest.mark.parametrize("code", ["", "XX", "GB-XYZ", "USA", "Scotland", "US-"])
def test_unknown_codes_are_refused_with_an_example(code):
    with pytest.raises(ValueError, match=r"e\.g\."):
        normalise_jurisdiction(code)


def test_an_entry_with_a_bad_code_does_not_validate():
    with pytest.raises(ValidationError, match="GB-XYZ"):
        step("ps-x", ("GB-XYZ",))


def test_match_prefers_region_over_country_over_all():
    assert match_score(("US-TX",), "US-TX") == REGION
    assert match_score(("US",), "US-TX") == COUNTRY
    assert match_score(("ALL",), "US-TX") == ANYWHERE
    assert match_score(("US-CA",), "US-TX") == NO_MATCH
    assert match_score(("GB-ENG", "GB-WLS"), "GB-SCT") == NO_MATCH
    assert match_score(("GB",), "GB-SCT") == COUNTRY
    assert country_of("GB-SCT") == "GB"


def test_names_are_plain():
    assert jurisdiction_name("GB-SCT") == "Scotland"
    assert jurisdiction_name("GB-WLS") == "Wales"
    assert jurisdiction_name("CA") == "Canada"
    assert jurisdiction_name("DE") == "Germany"  # not shipped: from pycountry
    assert jurisdiction_name("FR-IDF") == "Île-de-France"


def test_the_shipped_jurisdictions_names_and_codes_are_pycountrys():
    """The table that spares the start pycountry gives exactly what pycountry would: the same names, and
    every code in it is a real ISO 3166 code."""
    import pycountry

    for code, name in SHIPPED_NAMES.items():
        if "-" in code:
            found = pycountry.subdivisions.get(code=code)
            assert found is not None, code
            assert str(found.name).split(" [", 1)[0] == name
        else:
            country = pycountry.countries.get(alpha_2=code)
            assert country is not None, code
            assert str(getattr(country, "common_name", None) or country.name) == name
        assert normalise_jurisdiction(code.lower()) == code


@pytest.mark.parametrize("code", [*SHIPPED_NAMES, "DE", "FR-IDF", "US-CA", "XX", "USA", "GB-XXX", ""])
def test_country_and_region_checks_answer_as_pycountry(code: str) -> None:
    import pycountry

    assert is_country_code(code) is (len(code) == 2 and pycountry.countries.get(alpha_2=code) is not None)
    assert is_region_code(code) is (pycountry.subdivisions.get(code=code) is not None)


def test_every_jurisdiction_the_bundled_content_names_is_in_the_table(bundled) -> None:
    """Content for a new country or region: add it to SHIPPED_NAMES, so a clinic there starts without
    pycountry (about 20 ms and 7 MB)."""
    named = {code for entry in bundled.library for code in getattr(entry, "jurisdictions", None) or ()}
    assert named - {"ALL"} <= set(SHIPPED_NAMES)


def test_a_us_entry_applies_in_every_state_unless_a_state_entry_overrides_it():
    base = step("ps-report", ("US",), title="Federal baseline")
    texas = step("ps-report-tx", ("US-TX",), title="Texas rule", variant_of="ps-report")
    full = library_of(base, texas)
    in_texas = library_for_jurisdiction(full, "US-TX")
    in_ohio = library_for_jurisdiction(full, "US-OH")
    assert in_texas.get("ps-report").title == "Texas rule"  # shown under the group's id
    assert "ps-report-tx" not in in_texas.entries
    assert in_ohio.get("ps-report").title == "Federal baseline"
    assert in_texas.files["ps-report"] == "test.yaml"


def test_another_countrys_entry_is_never_shown_and_a_fallback_says_so_plainly():
    us = step("ps-report", ("US",), title="Report as your state's law requires")
    fallback = step(
        "ps-report-local",
        ("ALL",),
        variant_of="ps-report",
        title="Follow your procedure",
        detail="No guidance for {jurisdiction} yet.",
    )
    scotland = library_for_jurisdiction(library_of(us, fallback), "GB-SCT")
    shown = scotland.get("ps-report")
    assert shown.title == "Follow your procedure"
    assert shown.detail == "No guidance for Scotland yet."
    assert "state" not in shown.title
    assert library_for_jurisdiction(library_of(us), "GB-SCT").get("ps-report") is None


def test_undeclared_entries_stay_everywhere_and_unused_sources_go():
    plain = step("ps-plain", None)
    selected = library_for_jurisdiction(library_of(plain), "IE")
    assert selected.get("ps-plain") == plain
    assert selected.get("src-a") is not None
    assert selected.get("src-unused") is None


def test_course_sections_for_another_country_are_left_out(bundled):
    module = next(m for m in bundled.library.modules if any(s.jurisdictions for s in m.sections))
    us_only = {s.id for s in module.sections if s.jurisdictions == ("US",)}
    in_gb = library_for_jurisdiction(bundled.library, "GB-SCT").get_as(module.id, CourseModule)
    in_us = library_for_jurisdiction(bundled.library, "US").get_as(module.id, CourseModule)
    assert in_gb is not None
    assert in_us is not None
    assert us_only
    assert not us_only & {s.id for s in in_gb.sections}
    assert us_only <= {s.id for s in in_us.sections}


def test_notes_by_topic_take_the_most_specific_and_report_what_is_missing():
    library = library_of(
        note("n-us", ("US",)), note("n-tx", ("US-TX",)), note("n-us-rep", ("US",), "reporting_minor")
    )
    assert [n.id for n in notes_by_topic(library, "US-TX")[NoteTopic.LAW]] == ["n-tx"]
    assert [n.id for n in notes_by_topic(library, "US-NY")[NoteTopic.LAW]] == ["n-us"]
    assert notes_by_topic(library, "CA")[NoteTopic.LAW] == ()
    assert NoteTopic.LAW in not_covered(library, "CA")
    assert NoteTopic.REPORTING_MINOR not in not_covered(library, "US-TX")
    assert no_guidance("GB-SCT") == "No guidance for Scotland yet — follow your local policy."


def test_a_law_note_needs_jurisdictions():
    with pytest.raises(ValidationError, match="jurisdictions"):
        validated(JurisdictionNote, dict(id="n-x", topic="law", title="T", summary="S.", **CLINICAL))


def test_a_country_whose_regions_differ_is_asked_to_choose_one(bundled):
    from screenaid.content.jurisdiction_view import missing_message

    message = missing_message(bundled.library, "GB", NoteTopic.LAW)
    assert "differs by region" in message
    assert "Scotland (GB-SCT)" in message
    assert missing_message(bundled.library, "DE", NoteTopic.LAW) == no_guidance("DE")


def test_the_same_library_and_code_give_the_view_made_last_time() -> None:
    """The app makes the configured view twice at start (search index, pages): the second is the first."""
    import gc

    from screenaid.content import jurisdiction_view

    source = validated(
        Source,
        {"id": "src-a", "title": "A source", "publisher": "P", "year": 2024, "url": "https://example.org/a"},
    )
    entries = {
        "step-us": step("step-us", ("US",)),
        "step-tx": step("step-tx", ("US-TX",), variant_of="step-us"),
        "src-a": source,
    }
    library = Library(entries=entries, origins=dict.fromkeys(entries, Origin.BUNDLED))
    texas = library_for_jurisdiction(library, "US-TX")
    assert library_for_jurisdiction(library, "us-tx") is texas  # same code once normalised
    assert texas.entries["step-us"].title == "Title step-tx"
    assert texas.entries == jurisdiction_view._view(library, "US-TX").entries  # what a fresh view holds
    us = library_for_jurisdiction(library, "US")
    assert us is not texas
    assert us.entries["step-us"].title == "Title step-us"
    assert library_for_jurisdiction(library, "US-TX") is not texas  # only the last view is kept
    copy = Library(entries=entries, origins=dict.fromkeys(entries, Origin.BUNDLED))
    assert library_for_jurisdiction(copy, "US-TX") is not library_for_jurisdiction(library, "US-TX")
    last = jurisdiction_view._last_view
    assert last is not None
    assert last[0]() is library
    del library, copy, texas, us
    gc.collect()
    assert last[0]() is None  # the cache does not keep a library alive
