"""Words the Screen place shows for the screening enums and for a step's open conditions.

These are interface labels, not clinical content; every clinical sentence comes from ``data/``.
"""

from __future__ import annotations

from screenaid.content.common import Domain, Population
from screenaid.content.screening_models import Category, IndicatorKind
from screenaid.screening import OpenCondition

DOMAIN_LABELS: dict[Domain, str] = {
    Domain.LABOR: "Labor",
    Domain.SEX: "Sex",
    Domain.BOTH: "Labor and sex",
}

POPULATION_LABELS: dict[Population, str] = {
    Population.CHILDREN_YOUTH: "Children and youth",
    Population.ADULTS: "Adults",
    Population.BOYS_MEN: "Boys and men",
    Population.LGBTQ: "LGBTQ+ people",
    Population.MIGRANTS: "Migrants",
}

CATEGORY_LABELS: dict[Category, str] = {
    Category.PHYSICAL: "Physical",
    Category.BEHAVIOURAL: "Behavioural",
    Category.SITUATIONAL: "Situational",
    Category.WORK_LIVING: "Work and living conditions",
}

KIND_LABELS: dict[IndicatorKind, str] = {
    IndicatorKind.INDICATOR: "Indicator",
    IndicatorKind.RISK_FACTOR: "Risk factor",
}

KIND_PLURALS: dict[IndicatorKind, str] = {
    IndicatorKind.INDICATOR: "indicators",
    IndicatorKind.RISK_FACTOR: "risk factors",
}

HIGH_CONCERN = "High concern"


def condition_text(condition: OpenCondition) -> str:
    """``“Question?” is Answer or Answer``: the words used wherever a step waits for an answer."""
    question = condition.question.text if condition.question else condition.question_id
    answers = " or ".join(answer.label for answer in condition.answers)
    return f"“{question}” is {answers}" if answers else f"“{question}” is answered"


def conditions_text(conditions: tuple[OpenCondition, ...]) -> str:
    """``If “Q1?” is A and “Q2?” is B``."""
    return "If " + " and ".join(condition_text(c) for c in conditions)
