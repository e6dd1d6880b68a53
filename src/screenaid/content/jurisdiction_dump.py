"""What ``screenaid dump --jurisdiction CODE`` adds: the jurisdiction, its notes by topic and what is missing."""

from __future__ import annotations

from screenaid.content.jurisdiction_models import TOPIC_TITLES
from screenaid.content.jurisdiction_view import missing_message, notes_by_topic, referral_sheets
from screenaid.content.jurisdictions import country_of, jurisdiction_name, normalise_jurisdiction
from screenaid.content.library import Library


def jurisdiction_summary(library: Library, jurisdiction: str) -> dict[str, object]:
    """The jurisdiction block of the dump: topic → note ids, or the plain 'no guidance' sentence."""
    code = normalise_jurisdiction(jurisdiction)
    topics: dict[str, object] = {}
    for topic, notes in notes_by_topic(library, code).items():
        topics[topic.value] = {
            "title": TOPIC_TITLES[topic],
            "notes": [note.id for note in notes],
            **({} if notes else {"message": missing_message(library, code, topic)}),
        }
    return {
        "code": code,
        "name": jurisdiction_name(code),
        "country": country_of(code),
        "topics": topics,
        "referral_sheets": [sheet.id for sheet in referral_sheets(library, code)],
    }


def with_local_resources(library: Library, jurisdiction: str) -> Library:
    """``library`` keeping only the referral resources of the jurisdiction's country (and EU-wide ones
    for EU member states): the resources a clinician there is offered by default."""
    from screenaid.content.resources import EU, EU_MEMBER_STATES, Resource

    country = country_of(normalise_jurisdiction(jurisdiction))
    wanted = {country, EU} if country in EU_MEMBER_STATES else {country}
    keep = [i for i, e in library.entries.items() if not isinstance(e, Resource) or e.country in wanted]
    return Library(
        entries={i: library.entries[i] for i in keep},
        files={i: library.files[i] for i in keep},
        origins={i: library.origins[i] for i in keep},
    )
