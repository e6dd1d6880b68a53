"""Filtering the resource directory (pure logic, used by the Refer page)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from screenaid.content.resources import Audience, Resource, ServiceType


@dataclass(frozen=True, slots=True)
class ResourceFilter:
    """Which resources to list; ``None`` means 'any'."""

    country: str | None = None
    service: ServiceType | None = None
    audience: Audience | None = None
    language: str | None = None
    only_24_7: bool = False

    def matches(self, resource: Resource) -> bool:
        if self.country is not None and resource.country != self.country:
            return False
        if self.service is not None and self.service not in resource.services:
            return False
        if self.audience is not None and not (
            self.audience in resource.audiences or Audience.EVERYONE in resource.audiences
        ):
            return False
        if self.language is not None and not resource.serves_language(self.language):
            return False
        return not self.only_24_7 or resource.available_24_7


def language_choices(resources: Iterable[Resource], extra: Iterable[str] = ()) -> list[str]:
    """Languages to offer in a 'language spoken' filter: every language a listed line works in, and, when
    any line serves callers through interpreters, the ``extra`` languages too (e.g. the handout languages)."""
    resources = list(resources)
    tags = {tag for resource in resources for tag in resource.languages}
    if any(resource.interpreters for resource in resources):
        tags |= set(extra)
    return sorted(tags)
