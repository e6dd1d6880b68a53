"""Audience presets over the bundled data: every country, every preset, and the rules they must keep."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from screenaid.content import Library, Origin
from screenaid.content.audience_presets import AudiencePreset
from screenaid.content.resources import Audience, Resource, ServiceType
from screenaid.content.validation import validated
from screenaid.presets import default_preset, fits, handout_lines, presets_of
from tests.conftest import unchecked_copy
from tests.handout import samples

CHILD_SERVICES = {
    ServiceType.CHILD_PROTECTION,
    ServiceType.CHILD_EXPLOITATION,
    ServiceType.MISSING_CHILDREN,
    ServiceType.RUNAWAY_YOUTH,
}
CHILD_AUDIENCES = {Audience.CHILDREN, Audience.YOUTH}
ADULT_PRESETS = (
    "preset-adult-work",
    "preset-adult-sex",
    "preset-man",
    "preset-lgbtq",
    "preset-migrant-worker",
)


@pytest.fixture(scope="module")
def library(bundled) -> Library:
    return bundled.library


@pytest.fixture(scope="module")
def presets(library):
    return presets_of(library)


def countries(library: Library) -> list[str]:
    return sorted({r.country for r in library.resources} - {"EU"})


def test_the_six_presets_are_listed_in_order_with_one_default(presets):
    assert [p.label for p in presets] == [
        "Adult – work",
        "Adult – sex",
        "Young person",
        "Man",
        "LGBTQ+",
        "Migrant worker",
    ]
    assert [p.id for p in presets if p.default] == ["preset-adult-work"]
    assert default_preset(presets).id == "preset-adult-work"


def test_us_adult_default_has_no_child_or_youth_line(library, presets):
    lines = handout_lines(default_preset(presets), library.resources, library.origins, "US")
    ids = [r.id for r in lines]
    assert ids[0] == "res-us-nhth"  # the trafficking line leads
    assert {"res-us-911", "res-us-988", "res-us-ndvh"} <= set(ids)
    for banned in ("res-us-childhelp", "res-us-nrs", "res-us-ncmec", "res-us-trevor"):
        assert banned not in ids


@pytest.mark.parametrize("preset_id", ADULT_PRESETS)
def test_no_adult_preset_chooses_a_child_or_youth_line_in_any_country(library, presets, preset_id):
    preset = next(p for p in presets if p.id == preset_id)
    for country in countries(library):
        for line in handout_lines(preset, library.resources, library.origins, country):
            assert not set(line.services) & CHILD_SERVICES, (country, line.id)
            assert not set(line.audiences) & CHILD_AUDIENCES, (country, line.id)


def test_every_preset_gives_each_country_its_emergency_number_and_only_its_own_lines(library, presets):
    for country in countries(library):
        for preset in presets:
            lines = handout_lines(preset, library.resources, library.origins, country)
            assert lines, (country, preset.id)
            assert all(r.country == country for r in lines), (country, preset.id)
            assert all(r.handout for r in lines)
            assert any(ServiceType.EMERGENCY in r.services for r in lines), (country, preset.id)


def test_young_person_gets_youth_lines_but_not_reporting_lines(library, presets):
    young = next(p for p in presets if p.id == "preset-young-person")
    ids = {r.id for r in handout_lines(young, library.resources, library.origins, "US")}
    assert {"res-us-nrs", "res-us-childhelp", "res-us-nhth", "res-us-911"} <= ids
    assert "res-us-ncmec" not in ids


def test_man_preset_leaves_out_lines_only_for_women(library, presets):
    man = next(p for p in presets if p.id == "preset-man")
    ids = {r.id for r in handout_lines(man, library.resources, library.origins, "IE")}
    assert "res-ie-womens-aid" not in ids
    assert "res-ie-rape-crisis-helpline" in ids


def test_clinic_lines_join_a_preset_they_fit_and_not_one_they_do_not(library, presets):
    local = samples.PHONE_LINE
    extra = Library(
        {**library.entries, local.id: local},
        {**library.files, local.id: "clinic/local.yaml"},
        {**library.origins, local.id: Origin.CLINIC},
    )
    fitting = [p for p in presets if fits(p, local)]
    not_fitting = [p for p in presets if not fits(p, local)]
    assert fitting, "the sample clinic line should fit at least one preset"
    for preset in fitting:
        lines = handout_lines(preset, extra.resources, extra.origins, local.country)
        assert local.id in [r.id for r in lines]
    for preset in not_fitting:
        lines = handout_lines(preset, extra.resources, extra.origins, local.country)
        assert local.id not in [r.id for r in lines]
    other = "GB" if local.country != "GB" else "US"
    assert local.id not in [r.id for r in handout_lines(fitting[0], extra.resources, extra.origins, other)]


def test_a_clinic_line_marked_national_is_chosen_only_by_the_preset_rule(library, presets):
    """A clinic entry with scope: national never rides in with the national lines."""
    from screenaid.content.resources import Scope

    posing = unchecked_copy(
        samples.PHONE_LINE,
        id="res-clinic-posing",
        scope=Scope.NATIONAL,
        services=(ServiceType.LEGAL,),
        audiences=(Audience.CHILDREN,),
    )
    extra = Library(
        {**library.entries, posing.id: posing},
        {**library.files, posing.id: "clinic/x.yaml"},
        {**library.origins, posing.id: Origin.CLINIC},
    )
    adult = next(p for p in presets if p.id == "preset-adult-work")
    assert not fits(adult, posing)
    assert posing.id not in [r.id for r in handout_lines(adult, extra.resources, extra.origins, "US")]


def test_without_presets_every_national_line_is_chosen(library):
    chosen = {r.id for r in handout_lines(None, library.resources, library.origins, "CA")}
    assert chosen == {r.id for r in library.resources if r.country == "CA" and r.handout}


def test_a_preset_cannot_include_and_exclude_the_same_thing():
    base = {
        "id": "preset-x",
        "label": "X",
        "order": 1,
        "services": ["crisis"],
        "audiences": ["adults"],
        "rationale": "Test.",
        "sources": ["src-x"],
        "reviewed": "2026-11-01",
    }
    validated(AudiencePreset, base)
    with pytest.raises(ValidationError, match="both included and excluded"):
        validated(AudiencePreset, {**base, "exclude_services": ["crisis"]})
    with pytest.raises(ValidationError, match="everyone"):
        validated(AudiencePreset, {**base, "exclude_audiences": ["everyone"]})


def test_every_preset_cites_known_sources(library, presets):
    from screenaid.content.common import Source

    for preset in presets:
        for source_id in preset.sources:
            assert isinstance(library.get(source_id), Source), (preset.id, source_id)
    assert isinstance(presets[0], AudiencePreset)
    assert all(isinstance(r, Resource) for r in library.resources)
