"""Reads data folders into one immutable Library and reports every problem at once.

A broken file or entry never stops the rest from loading: it is skipped and reported with its file,
entry id and field, so a content editor can fix it and the app can say clearly what is missing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from screenaid.content.common import DATE_FIELDS, Record
from screenaid.content.kinds import KIND_OF, KINDS
from screenaid.content.library import Derived, Library, Origin
from screenaid.content.problems import Problem
from screenaid.content.references import references
from screenaid.content.resources import Resource, Scope
from screenaid.content.screening_models import PathwayQuestion, PathwayStep
from screenaid.content.snapshot import Snapshot, SnapshotError, decode
from screenaid.content.validation import error_details, validated, validation_error

SCHEMA_VERSION = 1
CLINIC_KINDS = frozenset({"resource", "source"})
"""A clinic's own folder may add referral resources and the sources they cite, nothing clinical."""
FALLBACK_FOLDER = "fallback"
MAX_PROBLEMS_PER_FILE = 50
"""After this many problems in one file, the rest of it is skipped (a file of a million broken entries
must not keep the app busy, nor bury the other files' problems)."""
MAX_ENTRIES_PER_CLINIC_FILE = 2_000
_NOT_FOR_CLINICS = frozenset({Scope.NATIONAL, Scope.INTERNATIONAL})
"""A clinic's entry is labelled as the clinic's own: it may not pose as a national or international line."""


@dataclass(frozen=True, slots=True)
class ContentRoot:
    path: Path
    origin: Origin = Origin.BUNDLED
    skip: frozenset[str] = frozenset({FALLBACK_FOLDER})
    """Names of sub-folders not to read (e.g. a resource pack whose signature was rejected). The built-in
    fallback (``data/fallback/``) is read only on its own, when the referral list cannot be used."""
    files: Mapping[str, bytes] | None = None
    """Verified bytes by path relative to ``path``: when given, these are parsed and the disk is not read
    again (the hash was checked on exactly these bytes)."""
    reserved_ids: frozenset[str] = frozenset()
    """Ids this root may not use (a clinic folder may not take over an id of the bundled data)."""
    snapshot: bytes | None = None
    """The verified bytes of a validated snapshot of this root (:mod:`screenaid.content.snapshot`), used
    instead of parsing ``files`` when it was built from exactly those files; only with ``files``."""


@dataclass(frozen=True, slots=True)
class LoadResult:
    library: Library
    problems: tuple[Problem, ...]
    files_read: int
    notes: tuple[Problem, ...] = ()
    """For reviewers, not errors: e.g. a review date later than this computer's clock (the entry is kept)."""
    from_snapshot: bool = False
    """The bundled library came from its validated snapshot, not from parsing the YAML files."""
    snapshot_problem: str | None = None
    """Why a snapshot that was offered was not used (the YAML files were read instead)."""

    @property
    def ok(self) -> bool:
        return not self.problems


def data_files(folder: Path, skip: frozenset[str] = frozenset({FALLBACK_FOLDER})) -> list[Path]:
    """Every YAML file below ``folder`` (outside the ``skip`` sub-folders), in a stable order."""
    found = []
    for path in folder.rglob("*"):
        try:
            wanted = path.suffix in (".yaml", ".yml") and path.relative_to(folder).parts[0] not in skip
            if wanted and path.is_file():
                found.append(path)
        except (OSError, ValueError):  # a file removed or renamed while we look: skip it
            continue
    return sorted(found)


def is_data_file(name: str, skip: frozenset[str] = frozenset()) -> bool:
    return name.endswith((".yaml", ".yml")) and name.split("/", 1)[0] not in skip


def bundled_root_files(data_dir: Path) -> dict[str, bytes]:
    """The data files the app reads from the bundled folder when all of it is intact (relative path → bytes):
    what a snapshot is built from (the built-in fallback is read only on its own)."""
    return {path.relative_to(data_dir).as_posix(): path.read_bytes() for path in data_files(data_dir)}


def snapshot_of(sources: Mapping[str, bytes], *, today: dt.date | None = None) -> Snapshot:
    """Parse and validate ``sources`` exactly as :func:`load_library` reads a root given as ``files``, but
    with names relative to the root, and keep the outcome before references are checked (they are checked
    again whenever a library is built from it, with whatever else is loaded)."""
    builder = _Builder(today or dt.date.today())
    for relative in sorted(sources):
        if is_data_file(relative):
            builder.files_read += 1
            builder.read_file(sources[relative], relative, Origin.BUNDLED)
    return Snapshot(dict(builder.entries), dict(builder.files), tuple(builder.problems), builder.files_read)


def load_library(
    roots: Path | ContentRoot | Sequence[ContentRoot], *, today: dt.date | None = None
) -> LoadResult:
    """Load and validate every data file below the given folders. Never raises for what a file holds."""
    if isinstance(roots, Path):
        roots = [ContentRoot(roots)]
    elif isinstance(roots, ContentRoot):
        roots = [roots]
    builder = _Builder(today or dt.date.today())
    for root in roots:
        try:
            builder.read_root(root)
        except (OSError, ValueError, MemoryError, RecursionError) as error:
            builder.problems.append(
                Problem(str(root.path), None, None, f"folder cannot be read ({type(error).__name__})")
            )
    return builder.finish()


class _TooManyProblems(Exception):
    pass


class _Builder:
    def __init__(self, today: dt.date) -> None:
        self.today = today
        self.entries: dict[str, Record] = {}
        self.files: dict[str, str] = {}
        self.origins: dict[str, Origin] = {}
        self.problems: list[Problem] = []
        self.notes: list[Problem] = []
        self.files_read = 0
        self.reserved: frozenset[str] = frozenset()
        self._file_problems = 0
        self.from_snapshot = False
        self.snapshot_problem: str | None = None
        self.derived: dict[str, Derived] = {}

    def read_root(self, root: ContentRoot) -> None:
        self.reserved = root.reserved_ids
        if root.files is not None and root.snapshot is not None and self._read_snapshot(root, root.files):
            return
        if root.files is not None:
            for relative in sorted(root.files):
                if is_data_file(relative, root.skip):
                    self.files_read += 1
                    name = (Path(root.path.name) / relative).as_posix()
                    self.read_file(root.files[relative], name, root.origin)
            return
        try:
            is_folder = root.path.is_dir()
        except (OSError, ValueError):
            is_folder = False
        if not is_folder:
            self.problems.append(Problem(str(root.path), None, None, "folder not found"))
            return
        for path in data_files(root.path, root.skip):
            self.files_read += 1
            self.read_file(path, _display_name(root.path, path), root.origin)

    def _read_snapshot(self, root: ContentRoot, files: Mapping[str, bytes]) -> bool:
        """Take the root's entries from its snapshot; False (and the reason kept) when it may not be used."""
        assert root.snapshot is not None
        sources = {name: data for name, data in files.items() if is_data_file(name, root.skip)}
        try:
            if self.entries or self.reserved:
                raise SnapshotError("it can only be the first folder read")
            snapshot = decode(root.snapshot, sources)
        except SnapshotError as error:
            self.snapshot_problem = f"the content snapshot was not used: {error}"
            return False
        prefix = root.path.name
        for entry_id, entry in snapshot.entries.items():
            name = f"{prefix}/{snapshot.files[entry_id]}"
            self.entries[entry_id] = entry
            self.files[entry_id] = name
            self.origins[entry_id] = root.origin
            self._note_future_dates(entry, name)
        self.problems.extend(
            replace(problem, file=f"{prefix}/{problem.file}")
            for problem in snapshot.problems
            if isinstance(problem, Problem)
        )
        self.files_read += snapshot.files_read
        self.from_snapshot = True
        self.derived = {
            name: Derived(version, snapshot.entries, data)
            for name, (version, data) in snapshot.derived.items()
        }
        return True

    def read_file(self, source: Path | bytes, name: str, origin: Origin) -> None:
        """One file; whatever goes wrong with it (I/O, memory, a parser error) skips only this file."""
        self._file_problems = 0
        try:
            self._read_file(source, name, origin)
        except _TooManyProblems:
            self.problems.append(
                Problem(name, None, None, f"more than {MAX_PROBLEMS_PER_FILE} problems; rest of file skipped")
            )
        except (OSError, MemoryError, RecursionError, ValueError) as error:
            self.problems.append(
                Problem(name, None, None, f"cannot be read ({type(error).__name__}); file skipped")
            )

    def _problem(self, problem: Problem) -> None:
        self.problems.append(problem)
        self._file_problems += 1
        if self._file_problems >= MAX_PROBLEMS_PER_FILE:
            raise _TooManyProblems

    def _read_file(self, source: Path | bytes, name: str, origin: Origin) -> None:
        # imported here: an app that starts from the validated snapshot never needs the YAML parser
        from screenaid.content.yaml_reader import DataFileError, read_yaml_bytes, read_yaml_file

        try:
            document = read_yaml_bytes(source) if isinstance(source, bytes) else read_yaml_file(source)
        except DataFileError as error:
            self.problems.append(Problem(name, None, None, f"{error}; file skipped"))
            return
        try:
            kind, raw_entries = _read_header(document)
        except _HeaderError as error:
            self.problems.append(Problem(name, None, error.field, f"{error.message}; file skipped"))
            return
        if origin is not Origin.BUNDLED and kind not in CLINIC_KINDS:
            allowed = ", ".join(sorted(CLINIC_KINDS))
            self.problems.append(
                Problem(name, None, "kind", f"a clinic folder may only hold: {allowed}; file skipped")
            )
            return
        if origin is not Origin.BUNDLED and len(raw_entries) > MAX_ENTRIES_PER_CLINIC_FILE:
            self.problems.append(
                Problem(
                    name, None, "entries", f"more than {MAX_ENTRIES_PER_CLINIC_FILE} entries; file skipped"
                )
            )
            return
        model = KINDS[kind]
        for index, raw in enumerate(raw_entries):
            self.add_entry(model, raw, name, index, origin)

    def add_entry(self, model: type[Record], raw: Any, name: str, index: int, origin: Origin) -> None:
        label = _entry_label(raw, index)
        if not isinstance(raw, dict):
            self._problem(Problem(name, label, None, "each entry must be a mapping of fields"))
            return
        try:
            entry = validated(model, raw)
        except Exception as error:
            # pydantic's error class is asked for only now: pydantic is imported by validating
            if not isinstance(error, validation_error()):
                raise
            for where, message in error_details(error):
                self._problem(Problem(name, label, where, f"{message}; entry skipped"))
            return
        except (RecursionError, OverflowError, MemoryError) as error:
            self._problem(Problem(name, label, None, f"cannot be read ({type(error).__name__})"))
            return
        if entry.id in self.entries or entry.id in self.reserved:
            first = self.files.get(entry.id, "the bundled data")
            self._problem(Problem(name, entry.id, "id", f"id is already used in {first}; entry skipped"))
            return
        if origin is Origin.CLINIC and isinstance(entry, Resource) and entry.scope in _NOT_FOR_CLINICS:
            self._problem(
                Problem(
                    name,
                    entry.id,
                    "scope",
                    f"a clinic folder may not add {entry.scope.value} entries (only the signed bundled list may); "
                    "entry skipped",
                )
            )
            return
        self._note_future_dates(entry, name)
        self.entries[entry.id] = entry
        self.files[entry.id] = name
        self.origins[entry.id] = origin

    def _note_future_dates(self, entry: Record, name: str) -> None:
        for date_field in DATE_FIELDS:
            value = getattr(entry, date_field, None)
            if isinstance(value, dt.date) and value > self.today:
                self.notes.append(
                    Problem(
                        name,
                        entry.id,
                        date_field,
                        f"{value.isoformat()} is later than this computer's date ({self.today.isoformat()}); "
                        "kept: check the date, or the computer's clock",
                    )
                )

    def check_references(self) -> None:
        for entry_id, entry in self.entries.items():
            for field, target_id, target_model in references(entry):
                target = self.entries.get(target_id)
                if not isinstance(target, target_model):
                    what = KIND_OF[target_model].replace("_", " ")
                    self.problems.append(
                        Problem(self.files[entry_id], entry_id, field, f"unknown {what} {target_id!r}")
                    )
            if isinstance(entry, PathwayStep):
                self._check_answers(entry)

    def _check_answers(self, step: PathwayStep) -> None:
        for question_id, answer_ids in step.when.items():
            question = self.entries.get(question_id)
            if not isinstance(question, PathwayQuestion):
                continue
            known = {answer.id for answer in question.answers}
            for i, answer_id in enumerate(answer_ids):
                if answer_id not in known:
                    self.problems.append(
                        Problem(
                            self.files[step.id],
                            step.id,
                            f"when.{question_id}.{i}",
                            f"question {question_id!r} has no answer {answer_id!r}",
                        )
                    )

    def finish(self) -> LoadResult:
        self.check_references()
        library = Library(entries=self.entries, files=self.files, origins=self.origins, derived=self.derived)
        return LoadResult(
            library,
            tuple(self.problems),
            self.files_read,
            tuple(self.notes),
            self.from_snapshot,
            self.snapshot_problem,
        )


def _display_name(root: Path, path: Path) -> str:
    return (Path(root.name) / path.relative_to(root)).as_posix()


class _HeaderError(Exception):
    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message


def _read_header(document: Any) -> tuple[str, list[Any]]:
    """(kind, entries) of a data file; raises _HeaderError saying what is wrong with its top level."""
    if not isinstance(document, dict):
        raise _HeaderError("kind", "the file must be a mapping with 'kind:' and 'entries:'")
    unknown = sorted(set(document) - {"kind", "entries", "schema_version"})
    if unknown:
        raise _HeaderError(unknown[0], "unknown top-level key (expected kind, entries, schema_version)")
    if document.get("schema_version", SCHEMA_VERSION) != SCHEMA_VERSION:
        raise _HeaderError(
            "schema_version", f"this version of ScreenAid reads schema_version {SCHEMA_VERSION}"
        )
    kind = document.get("kind")
    if not isinstance(kind, str) or kind not in KINDS:
        raise _HeaderError("kind", f"{kind!r} is not one of: {', '.join(KINDS)}")
    entries = document.get("entries")
    if not isinstance(entries, list):
        raise _HeaderError("entries", "must be a list of entries")
    return kind, entries


def _entry_label(raw: Any, index: int) -> str:
    if isinstance(raw, dict) and isinstance(raw.get("id"), str) and raw["id"].strip():
        return str(raw["id"]).strip()[:80]
    return f"#{index + 1}"
