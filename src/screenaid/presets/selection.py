"""Choosing the handout lines for a country and an audience preset.

The candidates are the country's national lines from the bundled list (``national_resources``) and the
clinic's own lines for that country; a preset keeps those that fit it. Clinic lines take part in presets by
the same rule as national ones, so a clinic joins a preset by tagging its line's services and audiences.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from screenaid.content import Library, Origin
from screenaid.content.audience_presets import AudiencePreset
from screenaid.content.resources import Audience, Resource, ServiceType
from screenaid.handout import national_resources


def presets_of(library: Library) -> tuple[AudiencePreset, ...]:
    """The library's presets in list order."""
    return tuple(sorted(library.of(AudiencePreset), key=lambda p: (p.order, p.label.casefold(), p.id)))


def default_preset(presets: Iterable[AudiencePreset]) -> AudiencePreset | None:
    """The preset marked ``default`` (the first in list order if several are), else the first one."""
    ordered = sorted(presets, key=lambda p: (not p.default, p.order, p.id))
    return ordered[0] if ordered else None


def fits(preset: AudiencePreset, resource: Resource) -> bool:
    """Whether ``resource`` belongs on a handout for the preset's patients (its country aside)."""
    services = set(resource.services)
    audiences = set(resource.audiences)
    if not services & set(preset.services) or services & set(preset.exclude_services):
        return False
    if audiences & set(preset.exclude_audiences):
        return False
    return Audience.EVERYONE in audiences or bool(audiences & set(preset.audiences))


def candidate_lines(
    resources: Sequence[Resource], origins: Mapping[str, Origin], country: str
) -> list[Resource]:
    """Every line a preset may choose in ``country``: bundled national lines, then the clinic's own lines."""
    bundled = [r for r in resources if origins.get(r.id, Origin.BUNDLED) is Origin.BUNDLED]
    clinic = [
        r
        for r in resources
        if origins.get(r.id, Origin.BUNDLED) is Origin.CLINIC and r.handout and r.country == country.upper()
    ]
    clinic.sort(key=lambda r: (ServiceType.TRAFFICKING not in r.services, r.name.casefold(), r.id))
    return [*national_resources(bundled, country), *clinic]


def handout_lines(
    preset: AudiencePreset | None,
    resources: Sequence[Resource],
    origins: Mapping[str, Origin],
    country: str,
) -> list[Resource]:
    """The lines ``preset`` chooses in ``country``, trafficking lines first; every candidate without a preset."""
    candidates = candidate_lines(resources, origins, country)
    if preset is None:
        return candidates
    return [r for r in candidates if fits(preset, r)]
