"""Words the Screen place shows for the screening enums and for a step's open conditions.

These are interface labels, not clinical content; every clinical sentence comes from ``data/``. The tables
hold the English source texts; :func:`screening_label` gives them in the interface language.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from screenaid.content.common import Domain, Population
from screenaid.content.screening_models import Category, IndicatorKind
from screenaid.screening import OpenCondition
from screenaid.ui.translation import QT_TRANSLATE_NOOP

DOMAIN_LABELS: dict[Domain, str] = {
    Domain.LABOR: QT_TRANSLATE_NOOP("ScreeningLabels", "Labor"),
    Domain.SEX: QT_TRANSLATE_NOOP("ScreeningLabels", "Sex"),
    Domain.BOTH: QT_TRANSLATE_NOOP("ScreeningLabels", "Labor and sex"),
}

POPULATION_LABELS: dict[Population, str] = {
    Population.CHILDREN_YOUTH: QT_TRANSLATE_NOOP("ScreeningLabels", "Children and youth"),
    Population.ADULTS: QT_TRANSLATE_NOOP("ScreeningLabels", "Adults"),
    Population.BOYS_MEN: QT_TRANSLATE_NOOP("ScreeningLabels", "Boys and men"),
    Population.LGBTQ: QT_TRANSLATE_NOOP("ScreeningLabels", "LGBTQ+ people"),
    Population.MIGRANTS: QT_TRANSLATE_NOOP("ScreeningLabels", "Migrants"),
}

CATEGORY_LABELS: dict[Category, str] = {
    Category.PHYSICAL: QT_TRANSLATE_NOOP("ScreeningLabels", "Physical"),
    Category.BEHAVIOURAL: QT_TRANSLATE_NOOP("ScreeningLabels", "Behavioural"),
    Category.SITUATIONAL: QT_TRANSLATE_NOOP("ScreeningLabels", "Situational"),
    Category.WORK_LIVING: QT_TRANSLATE_NOOP("ScreeningLabels", "Work and living conditions"),
}

KIND_LABELS: dict[IndicatorKind, str] = {
    IndicatorKind.INDICATOR: QT_TRANSLATE_NOOP("ScreeningLabels", "Indicator"),
    IndicatorKind.RISK_FACTOR: QT_TRANSLATE_NOOP("ScreeningLabels", "Risk factor"),
}

HIGH_CONCERN = QT_TRANSLATE_NOOP("ScreeningLabels", "High concern")


def screening_label(text: str) -> str:
    """One of the labels above in the interface language."""
    return QCoreApplication.translate("ScreeningLabels", text)


def condition_text(condition: OpenCondition) -> str:
    """``“Question?” is Answer or Answer``: the words used wherever a step waits for an answer."""
    question = condition.question.text if condition.question else condition.question_id
    answers = QCoreApplication.translate("ScreeningLabels", " or ").join(
        answer.label for answer in condition.answers
    )
    if not answers:
        return QCoreApplication.translate("ScreeningLabels", "“{question}” is answered").format(
            question=question
        )
    return QCoreApplication.translate("ScreeningLabels", "“{question}” is {answers}").format(
        question=question, answers=answers
    )


def conditions_text(conditions: tuple[OpenCondition, ...]) -> str:
    """``If “Q1?” is A and “Q2?” is B``."""
    joined = QCoreApplication.translate("ScreeningLabels", " and ").join(
        condition_text(c) for c in conditions
    )
    return QCoreApplication.translate("ScreeningLabels", "If {conditions}").format(conditions=joined)
