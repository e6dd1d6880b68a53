"""Which resources a handout offers by default."""

from __future__ import annotations

from collections.abc import Iterable

from screenaid.content.resources import EU, EU_MEMBER_STATES, Resource, Scope, ServiceType


def _eu_member(country: str) -> bool:
    return country in EU_MEMBER_STATES


def national_resources(resources: Iterable[Resource], country: str) -> list[Resource]:
    """A country's national resources on a default handout (EU-wide lines too, in EU countries).

    Police and law-enforcement lines are never on a default handout (a call can start an investigation an
    adult did not choose); a clinician can still add them by id. Trafficking hotlines come first, then the
    rest in name order, so the default handout leads with them.
    """
    country = country.upper()
    chosen = [
        resource
        for resource in resources
        if resource.handout
        and not resource.is_police
        and resource.scope is Scope.NATIONAL
        and (resource.country == country or (resource.country == EU and _eu_member(country)))
    ]
    return sorted(chosen, key=lambda r: (ServiceType.TRAFFICKING not in r.services, r.name.casefold(), r.id))
