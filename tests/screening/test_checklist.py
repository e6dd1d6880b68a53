from __future__ import annotations

from screenaid.content.common import Domain, Population
from screenaid.content.screening_models import Category
from screenaid.screening import filter_indicators, group_by_category


def ids(indicators):
    return [i.id for i in indicators]


def test_no_filter_keeps_every_indicator_in_library_order(small):
    assert ids(filter_indicators(small)) == ["ind-a", "ind-b", "ind-c", "ind-d"]


def test_domain_filter_keeps_items_for_both_domains(small):
    assert ids(filter_indicators(small, domain=Domain.LABOR)) == ["ind-a", "ind-c"]
    assert ids(filter_indicators(small, domain=Domain.SEX)) == ["ind-b", "ind-c", "ind-d"]
    assert ids(filter_indicators(small, domain=Domain.BOTH)) == ["ind-a", "ind-b", "ind-c", "ind-d"]


def test_population_filter_and_both_filters_together(small):
    assert ids(filter_indicators(small, population=Population.CHILDREN_YOUTH)) == ["ind-b"]
    assert ids(filter_indicators(small, population=Population.ADULTS)) == ["ind-a", "ind-c", "ind-d"]
    assert ids(filter_indicators(small, domain=Domain.SEX, population=Population.ADULTS)) == [
        "ind-c",
        "ind-d",
    ]
    assert filter_indicators(small, domain=Domain.LABOR, population=Population.BOYS_MEN) == []


def test_groups_follow_category_order_and_skip_empty_ones(small):
    groups = group_by_category(filter_indicators(small))
    assert [(category, ids(items)) for category, items in groups] == [
        (Category.PHYSICAL, ["ind-b", "ind-d"]),
        (Category.SITUATIONAL, ["ind-c"]),
        (Category.WORK_LIVING, ["ind-a"]),
    ]
    assert group_by_category([]) == []
