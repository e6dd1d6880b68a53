"""The validated knowledge base, held in memory and never changed after loading."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType
from typing import Any, TypeVar

from screenaid.content.ask_document import Guidance, IcdCode, Prompt
from screenaid.content.common import Record, Source
from screenaid.content.course import CourseModule, Objective
from screenaid.content.kinds import KIND_OF
from screenaid.content.resources import Resource
from screenaid.content.screening_models import Indicator, Instrument, PathwayQuestion, PathwayStep
from screenaid.content.search_models import SynonymGroup
from screenaid.content.training_models import CareTopic, CaseExercise, TestQuestion

T = TypeVar("T", bound=Record)


class Origin(StrEnum):
    BUNDLED = "bundled"
    """Shipped with ScreenAid."""
    CLINIC = "clinic"
    """Added by the clinic that installed it (labelled as the clinic's own)."""
    FALLBACK = "fallback"
    """Built into the program; shown only when the bundled resource list fails its integrity check."""


def _frozen(mapping: Mapping[str, Any] | None = None) -> Mapping[str, Any]:
    return MappingProxyType(dict(mapping or {}))


@dataclass(frozen=True, slots=True)
class Derived:
    """What another part of the program computed from the bundled entries when the content snapshot was
    signed (search's index terms), for exactly those entry objects. Its consumer checks ``version`` against
    its own code and uses ``data`` only for an entry that is one of ``entries`` (not a copy, not a clinic's
    entry with the same id); anything else it computes itself."""

    version: str
    entries: Mapping[str, Record]
    data: Any


@dataclass(frozen=True)
class Library:
    """Every loaded entry by id, with the file and origin it came from."""

    entries: Mapping[str, Record] = field(default_factory=_frozen)
    files: Mapping[str, str] = field(default_factory=_frozen)
    origins: Mapping[str, Origin] = field(default_factory=_frozen)
    derived: Mapping[str, Derived] = field(default_factory=_frozen)
    """From the content snapshot, by consumer (``"search"``); empty when the YAML was read."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "entries", _frozen(self.entries))
        object.__setattr__(self, "files", _frozen(self.files))
        object.__setattr__(self, "origins", _frozen(self.origins))
        object.__setattr__(self, "derived", _frozen(self.derived))

    def __iter__(self) -> Iterator[Record]:
        return iter(self.entries.values())

    def __len__(self) -> int:
        return len(self.entries)

    def get(self, entry_id: str) -> Record | None:
        return self.entries.get(entry_id)

    def get_as(self, entry_id: str, model: type[T]) -> T | None:
        entry = self.entries.get(entry_id)
        return entry if isinstance(entry, model) else None

    def of(self, model: type[T]) -> tuple[T, ...]:
        return tuple(entry for entry in self.entries.values() if isinstance(entry, model))

    def kind_of(self, entry_id: str) -> str | None:
        entry = self.entries.get(entry_id)
        return None if entry is None else KIND_OF[type(entry)]

    def counts(self) -> dict[str, int]:
        result = dict.fromkeys(KIND_OF.values(), 0)
        for entry in self.entries.values():
            result[KIND_OF[type(entry)]] += 1
        return result

    @property
    def sources(self) -> tuple[Source, ...]:
        return self.of(Source)

    @property
    def objectives(self) -> tuple[Objective, ...]:
        return tuple(sorted(self.of(Objective), key=lambda o: o.number))

    @property
    def modules(self) -> tuple[CourseModule, ...]:
        return tuple(sorted(self.of(CourseModule), key=lambda m: m.number))

    @property
    def indicators(self) -> tuple[Indicator, ...]:
        return self.of(Indicator)

    @property
    def instruments(self) -> tuple[Instrument, ...]:
        return self.of(Instrument)

    @property
    def pathway_questions(self) -> tuple[PathwayQuestion, ...]:
        return tuple(sorted(self.of(PathwayQuestion), key=lambda q: q.order))

    @property
    def pathway_steps(self) -> tuple[PathwayStep, ...]:
        return tuple(sorted(self.of(PathwayStep), key=lambda s: s.order))

    @property
    def prompts(self) -> tuple[Prompt, ...]:
        return self.of(Prompt)

    @property
    def guidance(self) -> tuple[Guidance, ...]:
        return self.of(Guidance)

    @property
    def icd_codes(self) -> tuple[IcdCode, ...]:
        return tuple(sorted(self.of(IcdCode), key=lambda c: c.code))

    @property
    def resources(self) -> tuple[Resource, ...]:
        return self.of(Resource)

    @property
    def synonyms(self) -> tuple[SynonymGroup, ...]:
        return self.of(SynonymGroup)

    @property
    def care_topics(self) -> tuple[CareTopic, ...]:
        return tuple(sorted(self.of(CareTopic), key=lambda t: t.title))

    @property
    def case_exercises(self) -> tuple[CaseExercise, ...]:
        return tuple(sorted(self.of(CaseExercise), key=lambda c: c.id))

    @property
    def test_questions(self) -> tuple[TestQuestion, ...]:
        return tuple(sorted(self.of(TestQuestion), key=lambda q: q.id))
