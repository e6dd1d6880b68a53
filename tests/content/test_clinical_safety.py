"""Clinical safety rules over ALL the bundled data (issue 10).

Each test is a rule, not a check of one entry's text: it reads every indicator, prompt, pathway step or
code entry, so a defect fixed once cannot come back in another entry. The word lists live in
``data/rules/wording-rules.yaml`` with their reasons and sources.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

import pytest
import simple_icd_10_cm as icd

from screenaid.content import LoadResult
from screenaid.content.ask_document import IcdCategory
from screenaid.content.library import Library
from screenaid.content.screening_models import Concern, PathwayStep
from screenaid.content.wording_rules import WordingCheck, WordingRule, WordingTarget
from screenaid.screening import (
    ScreeningState,
    StepStatus,
    asked_questions,
    compose_note,
    note_template,
    pathway_plan,
    unfilled_blanks,
)
from screenaid.screening.note import BLANK

GUIDELINES = "src-cms-icd10cm-guidelines-fy2026"
ACT_TODAY_ITEMS = {"ind-self-harm", "ind-restraint-marks", "ind-sextortion"}
"""The high-concern findings the issue names: each must lead to a same-day step."""

_QUOTED = re.compile(r"\"[^\"]*\"|“[^”]*”|«[^»]*»|(?<!\w)'[^'\n]*'(?!\w)")
_EMERGENCY = re.compile(r"\b(emergency services|police|law enforcement|911)\b", re.IGNORECASE)
_NEGATED = re.compile(
    r"\b(do not|don't|never|not call|without a serious|whether to involve|decision to involve|does not require)\b",
    re.IGNORECASE,
)
"""Sentences that leave the choice with the patient or rule police out (e.g. "the adult chooses whether to involve police")."""
_DIGITS = re.compile(r"\d+")


@pytest.fixture(scope="module")
def library(bundled: LoadResult) -> Library:
    return bundled.library


@pytest.fixture(scope="module")
def rules(library: Library) -> tuple[WordingRule, ...]:
    found = library.of(WordingRule)
    assert {r.id for r in found} >= {
        "rule-stigmatising-terms",
        "rule-no-immigration-in-notes",
        "rule-note-detail-carried-by-item",
        "rule-no-false-promises",
    }
    return found


def outside_quotes_and_blanks(text: str) -> str:
    """The text the tool itself asserts: without the patient's quoted words and the clinician's blanks."""
    return BLANK.sub(" ", _QUOTED.sub(" ", text))


def contains_term(text: str, term: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(term)}(?!\w)", text, re.IGNORECASE) is not None


def note_texts(library: Library) -> Iterator[tuple[str, str]]:
    """(entry id, text) for every line the note composer can write from data."""
    for indicator in library.indicators:
        if indicator.note_text:
            yield indicator.id, indicator.note_text
    template = note_template(library)
    assert template is not None
    for field in ("title", "indicators_heading", "risk_factors_heading", "nothing_recorded"):
        yield f"{template.id}.{field}", getattr(template, field)


def prompt_texts(library: Library) -> Iterator[tuple[str, str]]:
    """(prompt id and language, text) for everything a prompt tells the clinician to say."""
    for prompt in library.prompts:
        for lang, text in prompt.say.items():
            yield f"{prompt.id}.say.{lang}", text


def texts_for(library: Library, target: WordingTarget) -> list[tuple[str, str]]:
    return list(note_texts(library) if target is WordingTarget.NOTE else prompt_texts(library))


# -- wording rules --------------------------------------------------------------------------------------


def test_forbidden_terms_never_appear_outside_quotes(library, rules):
    failures = []
    for rule in (r for r in rules if r.check is WordingCheck.FORBIDDEN):
        for target in rule.targets:
            for where, text in texts_for(library, target):
                asserted = outside_quotes_and_blanks(text)
                failures += [
                    f"{where}: {term!r} ({rule.id})" for term in rule.terms if contains_term(asserted, term)
                ]
    assert not failures, "\n".join(failures)


def test_note_wording_carries_no_number_duration_or_qualifier_the_item_lacks(library, rules):
    carried_rules = [r for r in rules if r.check is WordingCheck.CARRIED_BY_ITEM]
    assert carried_rules
    failures = []
    for indicator in library.indicators:
        if not indicator.note_text:
            continue
        asserted = outside_quotes_and_blanks(indicator.note_text)
        item = f"{indicator.title} {indicator.look_for}"
        for rule in carried_rules:
            failures += [
                f"{indicator.id}: {term!r} is not in the item's title or look-for text"
                for term in rule.terms
                if contains_term(asserted, term) and not contains_term(item, term)
            ]
        failures += [
            f"{indicator.id}: number {number} is not in the item"
            for number in _DIGITS.findall(asserted)
            if not contains_term(item, number)
        ]
    assert not failures, "\n".join(failures)


def test_blanks_are_well_formed_and_found_by_the_core(library):
    for where, text in note_texts(library):
        stray = BLANK.sub("", text)
        assert not {"[", "]"} & set(stray), f"{where}: unbalanced or malformed blank"
        assert unfilled_blanks(text) == list(dict.fromkeys(BLANK.findall(text))), where


def test_the_composed_note_never_holds_immigration_terms_whatever_is_checked(library, rules):
    immigration = next(r for r in rules if r.id == "rule-no-immigration-in-notes")
    everything = frozenset(i.id for i in library.indicators)
    for answers in answer_combinations(library):
        note = outside_quotes_and_blanks(compose_note(library, ScreeningState(everything, answers)))
        assert not [t for t in immigration.terms if contains_term(note, t)], answers


def test_items_about_immigration_status_are_never_written(library, rules):
    immigration = next(r for r in rules if r.id == "rule-no-immigration-in-notes")
    status_items = [
        i
        for i in library.indicators
        if contains_term(i.title, "immigration status") or contains_term(i.title, "visa")
    ]
    assert status_items
    for indicator in status_items:
        assert indicator.note_text is None or not any(
            contains_term(indicator.note_text, t) for t in immigration.terms
        ), indicator.id


def test_prompts_for_young_people_offer_tu_beside_usted(library):
    youth = [p for p in library.prompts if "children_youth" in p.populations]
    assert youth
    for prompt in youth:
        spanish = prompt.say["es"]
        assert {"*Usted:*", "*Tú:*"} <= set(re.findall(r"\*\w+:\*", spanish)), prompt.id


# -- act today ----------------------------------------------------------------------------------------


def test_act_today_items_each_lead_to_an_urgent_next_step(library):
    flagged = {i.id for i in library.indicators if i.act_today}
    assert flagged >= ACT_TODAY_ITEMS
    for indicator_id in flagged:
        steps = [s for s in library.pathway_steps if indicator_id in s.indicators]
        assert steps, f"{indicator_id} is 'act today' but no pathway step names it"
        assert all(s.urgent for s in steps), indicator_id
        applies = any(
            plan.step in steps and plan.status is StepStatus.APPLIES
            for answers in answer_combinations(library)
            for plan in pathway_plan(library, ScreeningState(frozenset({indicator_id}), answers))
        )
        assert applies, f"no answers make a next step apply for {indicator_id}"


def test_indicator_led_steps_do_not_apply_without_their_item(library):
    led = [s for s in library.pathway_steps if s.indicators]
    assert led
    others = frozenset(i.id for i in library.indicators) - {i for s in led for i in s.indicators}
    for answers in answer_combinations(library):
        plan = {p.step.id: p.status for p in pathway_plan(library, ScreeningState(others, answers))}
        assert all(plan[s.id] is StepStatus.RULED_OUT for s in led), answers


# -- danger branch ------------------------------------------------------------------------------------


def answer_combinations(library: Library) -> Iterator[dict[str, str]]:
    """Every combination of answers to the asked questions, each question also left unanswered."""
    questions = asked_questions(library)
    choices = [[None, *(a.id for a in q.answers)] for q in questions]
    for combo in itertools.product(*choices):
        yield {q.id: a for q, a in zip(questions, combo, strict=True) if a is not None}


def directs_emergency_services(step: PathwayStep) -> bool:
    """True if any sentence of the step tells the clinician to involve emergency services or police."""
    sentences = re.split(r"(?<=[.;:])\s+|\n\s*-\s+", f"{step.title}. {step.detail}")
    return any(_EMERGENCY.search(s) and not _NEGATED.search(s) for s in sentences)


def test_no_emergency_services_step_for_an_adult_who_declines_without_an_imminent_threat(library):
    danger = next(q for q in library.pathway_questions if q.id == "pq-danger")
    imminent = {"yes"}
    assert all("imminent" in a.label for a in danger.answers if a.id in imminent)
    emergency_steps = [s for s in library.pathway_steps if directs_emergency_services(s)]
    assert emergency_steps, "the pathway has a step for a real emergency"
    high = next(i.id for i in library.indicators if i.concern is Concern.HIGH)
    failures = []
    for answers in answer_combinations(library):
        if answers.get("pq-age") != "adult" or answers.get("pq-wishes") != "declines":
            continue
        for checked in (frozenset(), frozenset({high})):
            plan = pathway_plan(library, ScreeningState(checked, answers))
            for p in plan:
                if p.step not in emergency_steps or p.status is StepStatus.RULED_OUT:
                    continue
                waiting = {c.question_id: {a.id for a in c.answers} for c in p.waiting_for}
                # Shown only "if" the danger answer is an imminent threat: allowed. Otherwise not.
                if waiting.get("pq-danger", {answers.get("pq-danger")}) - imminent:
                    failures.append(f"{p.step.id} ({p.status}) for {answers}")
    assert not failures, "\n".join(failures)


def test_danger_and_declined_help_are_resolved_together(library):
    for danger in ("yes", "unsafe"):
        state = ScreeningState(answers={"pq-age": "adult", "pq-danger": danger, "pq-wishes": "declines"})
        applying = [p.step for p in pathway_plan(library, state) if p.status is StepStatus.APPLIES]
        both = [s for s in applying if {"pq-danger", "pq-wishes"} <= set(s.when)]
        assert both, f"no step answers danger={danger} together with a declined offer"


def test_a_minor_with_findings_gets_a_safe_discharge_step(library):
    some = next(i.id for i in library.indicators if i.concern is Concern.STANDARD)
    for checked in (
        frozenset({some}),
        frozenset(i.id for i in library.indicators if i.concern is Concern.HIGH),
    ):
        state = ScreeningState(checked, {"pq-age": "minor"})
        applying = {p.step.id for p in pathway_plan(library, state) if p.status is StepStatus.APPLIES}
        assert "ps-minor-safe-discharge" in applying


# -- ICD-10-CM Official Guidelines (I.C.19.f) and the pregnancy codes ---------------------------------


def test_ruled_out_codes_follow_the_official_guidelines(library):
    codes = {c.code: c for c in library.icd_codes}
    for code in ("Z04.81", "Z04.82"):
        entry = codes[code]
        assert GUIDELINES in entry.sources, code
        assert all(word in entry.use_when for word in ("ruled out", "T76")), code
    for category, ruled_out in (("T76.5-", "Z04.81"), ("T76.6-", "Z04.82")):
        text = " ".join((codes[category].use_when, *codes[category].cautions))
        assert ruled_out in text, f"{category} must say that a ruled-out suspicion is {ruled_out}"


def test_perpetrator_and_external_cause_codes_only_for_confirmed_cases(library):
    for entry in library.icd_codes:
        text = " ".join((entry.use_when, *entry.cautions))
        if entry.category is IcdCategory.PERPETRATOR:
            assert all(word in text for word in ("confirmed", "known")), entry.code
        if entry.code in ("T74.5-", "T74.6-"):
            assert all(word in text for word in ("X92-Y09", "known")), entry.code
        if entry.code in ("T76.5-", "T76.6-"):
            assert re.search(r"no external cause or perpetrator|not to report external cause", text), (
                entry.code
            )
        if "Guidelines" in text:
            assert GUIDELINES in entry.sources, entry.code
        assert "could not be verified" not in text, entry.code


def test_pregnancy_codes_replace_t74_and_t76_as_the_tabular_list_says(library):
    pregnancy = {c.code.rstrip("-") for c in library.icd_codes if c.category is IcdCategory.PREGNANCY}
    assert pregnancy == {"O9A.3", "O9A.4", "O9A.5"}
    for category in ("T74", "T76"):
        excluded = " ".join(icd.get_excludes1(category))
        assert all(f"{code}-" in excluded for code in pregnancy), category
    for entry in library.icd_codes:
        if entry.code.startswith(("T74", "T76")) and entry.code.endswith("-"):
            assert "O9A" in " ".join(entry.cautions), entry.code


# -- documentation guidance ---------------------------------------------------------------------------


def test_minors_proxy_entry_states_the_preventing_harm_exception_correctly(library):
    entry = next(g for g in library.guidance if g.id == "doc-minors-proxy-visibility")
    text = f"{entry.summary} {entry.detail}"
    assert all(citation in text for citation in ("171.201", "164.524(a)(3)(iii)"))
    assert "does not cover" not in text
    assert "src-ecfr-45-171-201" in entry.sources


def test_portal_entries_and_the_concern_advice_link_to_each_other(library):
    by_id = {g.id: g for g in library.guidance}
    proxy_title = by_id["doc-minors-proxy-visibility"].title
    for entry_id in ("doc-portal-cures-act", "doc-portal-proxy-access"):
        assert proxy_title in f"{by_id[entry_id].summary} {by_id[entry_id].detail}", entry_id
    concern = by_id["doc-record-suspicion-when-denied"]
    for linked in ("doc-portal-cures-act", "doc-sensitive-note-features"):
        assert by_id[linked].title in (concern.detail or ""), linked


@pytest.mark.parametrize(
    "jurisdiction", ["US", "US-TX", "CA", "CA-ON", "GB-ENG", "GB-SCT", "GB-NIR", "AU", "IE", "DE"]
)
def test_a_risk_factor_alone_never_sends_a_minor_to_a_report(library: Library, jurisdiction: str) -> None:
    """Risk factors (foster care, running away) call for support and a consultation, not a report: in every
    jurisdiction, a minor with only a risk factor checked gets the consult step and no report step."""
    from screenaid.content.jurisdiction_view import library_for_jurisdiction
    from screenaid.content.screening_models import IndicatorKind

    view = library_for_jurisdiction(library, jurisdiction)
    for factor in (i for i in view.indicators if i.kind is IndicatorKind.RISK_FACTOR):
        state = ScreeningState(frozenset({factor.id}), {"pq-age": "minor"})
        applying = {p.step.id for p in pathway_plan(view, state) if p.status is StepStatus.APPLIES}
        assert "ps-minor-report" not in applying, (jurisdiction, factor.id)
        assert "ps-minor-consult" in applying, (jurisdiction, factor.id)
