"""Editorial rules for the bundled knowledge base (issue 3): coverage, sources, languages, real codes."""

from __future__ import annotations

from collections import Counter

import simple_icd_10_cm as icd

from screenaid.content import LoadResult
from screenaid.content.common import ClinicalEntry, Population
from screenaid.content.resources import HOTLINE_BLURB_LANGUAGES, Scope, ServiceType
from screenaid.content.screening_models import Category, Domain, IndicatorKind
from tests.readability import english_grade, spanish_reading_ease

REQUIRED_ICD_CODES = {
    "T74.5-", "T74.51", "T74.52", "T74.6-", "T74.61", "T74.62",
    "T76.5-", "T76.51", "T76.52", "T76.6-", "T76.61", "T76.62",
    "Y07.6", "Z04.81", "Z04.82", "Z62.813", "Z91.42",
}  # fmt: skip
RESOURCE_COUNTRIES = {"US", "CA", "GB", "AU", "IE", "EU"}


def test_bundled_data_loads_without_problems(bundled: LoadResult) -> None:
    assert not bundled.problems, "\n".join(map(str, bundled.problems))


def test_every_clinical_entry_has_sources_and_a_review_date(bundled: LoadResult) -> None:
    clinical = [entry for entry in bundled.library if isinstance(entry, ClinicalEntry)]
    assert len(clinical) > 150
    for entry in clinical:
        assert entry.sources, entry.id
        assert entry.reviewed is not None, entry.id


def test_every_cited_source_has_title_publisher_year_and_url(bundled: LoadResult) -> None:
    cited = {
        source_id
        for entry in bundled.library
        if isinstance(entry, ClinicalEntry)
        for source_id in entry.sources
    }
    known = {source.id: source for source in bundled.library.sources}
    assert cited <= set(known)
    for source_id in cited:
        source = known[source_id]
        assert all((source.title, source.publisher, source.url)), source_id
        assert source.year or "undated" in (source.note or "").lower(), (
            f"{source_id}: a year, or a note saying undated"
        )


def test_every_source_is_cited(bundled: LoadResult) -> None:
    cited = {
        source_id
        for entry in bundled.library
        if isinstance(entry, ClinicalEntry)
        for source_id in entry.sources
    }
    assert {source.id for source in bundled.library.sources} - cited == set()


def test_course_has_six_modules_each_mapped_to_objectives_with_cases_and_self_checks(
    bundled: LoadResult,
) -> None:
    library = bundled.library
    assert {o.id for o in library.objectives} == {
        "obj-definition-dynamics", "obj-risk-indicators", "obj-trauma-informed", "obj-males-lgbtq",
    }  # fmt: skip
    assert len(library.modules) >= 6
    for module in library.modules:
        assert module.objectives, module.id
        assert len(module.cases) >= 1, module.id
        assert len(module.self_checks) >= 2, module.id
    served = {objective for module in library.modules for objective in module.objectives}
    assert served == {o.id for o in library.objectives}


def test_indicators_cover_domains_categories_and_populations(bundled: LoadResult) -> None:
    indicators = bundled.library.indicators
    assert len(indicators) >= 60
    domains = Counter(i.domain for i in indicators)
    assert domains[Domain.LABOR] >= 10
    assert domains[Domain.SEX] >= 10
    categories = Counter(i.category for i in indicators)
    assert all(categories[c] >= 5 for c in Category), categories
    populations = Counter(p for i in indicators for p in i.populations)
    assert all(populations[p] >= 3 for p in Population), populations
    kinds = Counter(i.kind for i in indicators)
    assert kinds[IndicatorKind.RISK_FACTOR] >= 5
    assert kinds[IndicatorKind.INDICATOR] >= 30


def test_indicators_link_to_follow_up_prompts(bundled: LoadResult) -> None:
    linked = [i for i in bundled.library.indicators if i.prompts]
    assert len(linked) >= len(bundled.library.indicators) // 2


def test_screening_instruments_are_reference_cards(bundled: LoadResult) -> None:
    instruments = bundled.library.instruments
    assert len(instruments) >= 4
    for instrument in instruments:
        assert instrument.limits
        if instrument.validated:
            assert instrument.cutoff, instrument.id
    assert any(not instrument.validated for instrument in instruments), "the HHS adult tool is not validated"


def test_pathway_has_questions_and_sourced_steps(bundled: LoadResult) -> None:
    questions = {q.id for q in bundled.library.pathway_questions}
    assert {"pq-findings", "pq-age", "pq-danger", "pq-wishes"} <= questions
    assert len(bundled.library.pathway_steps) >= 8


def test_prompts_cover_every_stage_and_have_spanish(bundled: LoadResult) -> None:
    prompts = bundled.library.prompts
    assert len(prompts) >= 40
    assert {p.stage.value for p in prompts} == {"privacy", "educate", "ask", "respond"}
    for prompt in prompts:
        assert prompt.say.get("es"), prompt.id
    populations = {p for prompt in prompts for p in prompt.populations}
    assert {Population.CHILDREN_YOUTH, Population.BOYS_MEN, Population.LGBTQ} <= populations


def test_documentation_guidance_count(bundled: LoadResult) -> None:
    assert len(bundled.library.guidance) >= 15


def test_icd_codes_are_real_with_their_official_meaning(bundled: LoadResult) -> None:
    codes = {code.code: code for code in bundled.library.icd_codes}
    assert set(codes) >= REQUIRED_ICD_CODES
    for text, entry in codes.items():
        lookup = text.rstrip("-")
        assert icd.is_valid_item(lookup), f"{text} is not an ICD-10-CM code"
        assert entry.descriptor == icd.get_description(lookup), text


def test_resources_cover_every_country_with_verified_dates(bundled: LoadResult) -> None:
    resources = bundled.library.resources
    assert {r.country for r in resources} >= RESOURCE_COUNTRIES
    for resource in resources:
        assert resource.verified is not None
        assert resource.blurb.get("es"), resource.id
    hotlines = [r for r in resources if ServiceType.TRAFFICKING in r.services and r.scope is Scope.NATIONAL]
    assert {r.country for r in hotlines} >= {"US", "CA", "GB"}
    for hotline in hotlines:
        assert set(HOTLINE_BLURB_LANGUAGES) <= set(hotline.blurb), hotline.id


ENGLISH_BLURB_MAX_GRADE = 5.5
"""Flesch–Kincaid grade of the hardest English resource blurb: 5.1 on 2026-11-30 (goal: grade 6 or below).
Set from today's texts so that it can only get easier."""
SPANISH_BLURB_MIN_EASE = 71.0
"""Fernández-Huerta reading ease of the hardest Spanish resource blurb: 71.2 on 2026-11-30 (70-80 is
"somewhat easy", about grade 6)."""


def test_handout_blurbs_read_at_grade_6_or_below(bundled: LoadResult) -> None:
    too_hard = {
        r.id: grade
        for r in bundled.library.resources
        if (grade := english_grade(r.blurb["en"])) > ENGLISH_BLURB_MAX_GRADE
    }
    assert not too_hard, too_hard


def test_spanish_handout_blurbs_read_easily(bundled: LoadResult) -> None:
    spanish = [r for r in bundled.library.resources if r.blurb.get("es")]
    assert spanish
    too_hard = {
        r.id: ease for r in spanish if (ease := spanish_reading_ease(r.blurb["es"])) < SPANISH_BLURB_MIN_EASE
    }
    assert not too_hard, too_hard
