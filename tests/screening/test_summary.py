from __future__ import annotations

from screenaid.content.common import Domain, Population
from screenaid.content.screening_models import Category, IndicatorKind
from screenaid.screening import FindingsLevel, ScreeningState, summarize


def test_nothing_checked_means_no_findings(small):
    summary = summarize(small, ScreeningState())
    assert summary.total == 0
    assert summary.findings is FindingsLevel.NONE
    assert dict(summary.by_kind) == {}
    assert summary.populations == ()
    assert summary.high_concern == ()


def test_counts_by_kind_domain_and_category(small):
    state = ScreeningState(frozenset({"ind-a", "ind-c", "ind-d"}))
    summary = summarize(small, state)
    assert summary.total == 3
    assert [i.id for i in summary.checked] == ["ind-a", "ind-c", "ind-d"]
    assert dict(summary.by_kind) == {IndicatorKind.INDICATOR: 2, IndicatorKind.RISK_FACTOR: 1}
    assert dict(summary.by_domain) == {Domain.LABOR: 1, Domain.SEX: 1, Domain.BOTH: 1}
    assert dict(summary.by_category) == {
        Category.PHYSICAL: 1,
        Category.SITUATIONAL: 1,
        Category.WORK_LIVING: 1,
    }
    assert summary.populations == (Population.ADULTS, Population.LGBTQ, Population.MIGRANTS)
    assert summary.findings is FindingsLevel.SOME


def test_a_high_concern_item_raises_findings_to_high(small):
    summary = summarize(small, ScreeningState(frozenset({"ind-a", "ind-b"})))
    assert summary.findings is FindingsLevel.HIGH
    assert [i.id for i in summary.high_concern] == ["ind-b"]
    assert Population.CHILDREN_YOUTH in summary.populations


def test_a_risk_factor_alone_counts_as_some_findings(small):
    assert summarize(small, ScreeningState(frozenset({"ind-c"}))).findings is FindingsLevel.SOME


def test_ids_that_name_no_indicator_are_ignored(small):
    summary = summarize(small, ScreeningState(frozenset({"ind-gone", "pq-age", "prm-x"})))
    assert summary.total == 0
    assert summary.findings is FindingsLevel.NONE
