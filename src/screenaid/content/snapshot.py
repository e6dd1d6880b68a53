"""A validated snapshot of the bundled library, read at start-up instead of parsing and validating the YAML.

Parsing every data file and running pydantic validation over every entry is most of the time the app needs
to load its content (benchmarks/bench_startup.py). Its outcome depends only on the bundled files and the
code, so ``scripts/sign-bundled-resources`` runs it once, writes the validated library to
``data/library.snapshot`` and then signs the whole data/ tree, the snapshot included.

At run time the snapshot is used only when all of these hold, otherwise the YAML files are read as before
(:mod:`screenaid.content.loader`) and the reason is reported:

- it is covered by the signed manifest, and its bytes are the ones that were hashed (a tampered snapshot
  fails that check and is never unpickled);
- its header lists exactly the data files the YAML path would read, with the same SHA-256 digests (a
  snapshot left behind after a data file changed is *stale*: never served);
- it was written for this snapshot format and this pydantic version (read from the installed package's
  metadata, without importing pydantic: validation depends on pydantic's version, reading a snapshot does not
  need pydantic at all);
- every content model it holds still has exactly the fields it had when the snapshot was written (the header
  lists them in the order their values are stored), so a model changed in code without the snapshot being
  rebuilt is never filled from it.

It may also carry data that other parts of the program derived from the validated entries when it was
written (search's index terms, :mod:`screenaid.search.prepared`), each under a name with the version of the
code that derived it (listed in the header). This module never looks inside: the writer is handed the
functions that derive it (the content layer does not import search), and each consumer checks the version
against its own code and computes the data itself when they differ (:class:`screenaid.content.library.Derived`).

The payload is a pickle, read with an unpickler that can only build the content's own classes (the
dataclass models and enums of ``screenaid.content``) and dates: nothing else can be named in it, and it is
only ever read after its signature and hash were checked. The models are rebuilt field by field, without
running their checks again (they ran when the snapshot was written) and without importing pydantic. Clinic
folders, the fallback hotline and ``screenaid validate`` always read the YAML.

File layout: one line ``SCREENAID-LIBRARY-SNAPSHOT``, one line of JSON (the header), then the pickle,
compressed with zlib. The same data and code give the same bytes.
"""

from __future__ import annotations

import io
import json
import pickle
import sys
import zlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, is_dataclass, replace
from pathlib import Path
from typing import Any

from screenaid.content.common import ContentModel, field_names

SNAPSHOT_NAME = "library.snapshot"
"""Its name at the top of the bundled data/ tree (a name the loader never reads as YAML)."""
MAGIC = b"SCREENAID-LIBRARY-SNAPSHOT\n"
FORMAT = 4
MAX_HEADER_BYTES = 200_000
MAX_PAYLOAD_BYTES = 64_000_000
"""The uncompressed pickle may not be larger (a signed file is trusted, but a bound costs nothing)."""

_ALLOWED_GLOBALS = frozenset(
    {
        ("datetime", "date"),
        ("screenaid.content.problems", "Problem"),
        ("screenaid.content.snapshot", "_restore"),
    }
)
_CONTENT_PACKAGE = "screenaid.content."


class SnapshotError(Exception):
    """The snapshot may not be used; the message says why, in words for the app's notices."""


@dataclass(frozen=True, slots=True)
class Snapshot:
    """What the YAML path yields for the bundled folder before references are checked."""

    entries: dict[str, Any]
    """Validated entries by id, in the order the YAML path adds them."""
    files: dict[str, str]
    """Entry id → its file, relative to the data folder (the loader prefixes the folder's name)."""
    problems: tuple[Any, ...]
    """Problems found while reading files and entries, file names relative to the data folder."""
    files_read: int
    derived: dict[str, tuple[str, Any]] = field(default_factory=dict)
    """Data derived from ``entries`` by other parts of the program: name → (version of the code that
    derived it, data made of plain values only: str, bytes, numbers, tuples, lists and dicts)."""


Deriver = Callable[[Mapping[str, Any]], tuple[str, Any]]
"""Derives data from the validated entries (by id): returns (version of the deriving code, data)."""


def source_digests(files: Mapping[str, bytes]) -> dict[str, str]:
    """SHA-256 of each source file, by its path relative to the data folder."""
    # imported here: it loads libsodium (PyNaCl), which what only imports the content models does not need
    from screenaid.content.digest import sha256_hex

    return {name: sha256_hex(data) for name, data in sorted(files.items())}


def _pydantic_version() -> str:
    """The installed pydantic's version, from the name of its metadata folder on the import path
    (``pydantic-2.14.4.dist-info``), the one ``importlib.metadata`` would read first: about 0.3 ms, where
    importing pydantic to ask it costs about 30 ms and 20 MB, and ``importlib.metadata`` about 13 ms (nothing
    else at start loads it). A copy installed without such a folder falls back to ``importlib.metadata``.
    The bundle carries pydantic's metadata folder for this (packaging/screenaid.spec)."""
    import os

    prefix, suffix = "pydantic-", ".dist-info"
    for folder in sys.path:
        try:
            with os.scandir(folder or ".") as scan:
                for item in scan:
                    if item.name.startswith(prefix) and item.name.endswith(suffix):
                        return item.name[len(prefix) : -len(suffix)]
        except OSError:  # an entry that is a zip file, or gone
            continue
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("pydantic")
    except PackageNotFoundError:
        return "(unknown)"


def encode(snapshot: Snapshot, sources: Mapping[str, bytes]) -> bytes:
    """The snapshot file's bytes for ``snapshot``, built from exactly ``sources`` (relative path → bytes)."""
    buffer = io.BytesIO()
    pickler = _StablePickler(buffer, protocol=pickle.HIGHEST_PROTOCOL)
    derived = {name: data for name, (_, data) in sorted(snapshot.derived.items())}
    payload_data = (snapshot.entries, snapshot.files, snapshot.problems, snapshot.files_read, derived)
    pickler.dump(_interned(payload_data))
    payload = zlib.compress(buffer.getvalue(), 9)
    header = {
        "format": FORMAT,
        "pydantic": _pydantic_version(),
        "sources": source_digests(sources),
        "entries": len(snapshot.entries),
        "models": pickler.models,
        "derived": {name: version for name, (version, _) in sorted(snapshot.derived.items())},
    }
    return MAGIC + json.dumps(header, sort_keys=True).encode() + b"\n" + payload


def _interned(value: Any) -> Any:
    """``value`` with every string in it (in dicts, lists and tuples, not inside models) replaced by the one
    interned copy of it. The pickle's memo shares an object by identity: with equal strings always one
    object, what is shared, and so the bytes, depends only on the data (equal strings read from the YAML are
    separate objects, shared or not by chance). Sharing them makes the snapshot smaller and quicker to read
    (a field name or a language tag is written once, then referred to), and the library read from it holds
    one copy of each."""
    kind = type(value)
    if kind is str:
        return sys.intern(value)
    if kind is dict:
        return {_interned(key): _interned(item) for key, item in value.items()}
    if kind is tuple or kind is list:
        return kind(_interned(item) for item in value)
    return value


class _StablePickler(pickle.Pickler):
    """Pickles a content model as (class, its field values in declaration order), its strings interned
    (:func:`_interned`): the same data must give the same bytes (reproducible builds; a manifest that changes
    only when the content does), and :func:`_restore` rebuilds it without running its checks again."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.models: dict[str, list[str]] = {}
        """Every model class pickled, by ``module:qualname``, with its field names (for the header)."""

    def reducer_override(self, obj: Any) -> Any:
        model = type(obj)
        if _is_model(model):
            names = field_names(model)
            self.models.setdefault(_class_name(model), list(names))  # in the order _restore fills them
            return _restore, (model, tuple(_interned(getattr(obj, name)) for name in names))
        return NotImplemented


def _class_name(model: type) -> str:
    return f"{model.__module__}:{model.__qualname__}"


def _is_model(model: type) -> bool:
    """A content model (:class:`screenaid.content.common.ContentModel`), its fields in slots."""
    return isinstance(model, type) and issubclass(model, ContentModel) and "__slots__" in vars(model)


def _changed_models(recorded: object) -> list[str]:
    """The content models whose fields differ (in name or order) from the ones the snapshot was written for
    (or are gone)."""
    import importlib

    if not isinstance(recorded, dict):
        return ["(no list of content models)"]
    changed = []
    for name, names in sorted(recorded.items()):
        module_name, _, qualname = str(name).partition(":")
        found: object = None
        if module_name.startswith(_CONTENT_PACKAGE) and "." not in qualname:
            try:
                found = getattr(importlib.import_module(module_name), qualname, None)
            except ImportError:
                found = None
        if not (isinstance(found, type) and _is_model(found)) or list(field_names(found)) != names:
            changed.append(qualname or str(name))
    return changed


_SETTERS: dict[type, tuple[Callable[[Any, Any], None], ...]] = {}
"""Per model, the slot setters of its fields in declaration order: they fill a frozen dataclass directly,
the way its own ``__init__`` does, but without running ``__post_init__`` (its checks) again."""


def _restore(model: type, values: tuple[Any, ...]) -> Any:
    """One validated model, rebuilt without validating it again."""
    setters = _SETTERS.get(model)
    if setters is None:
        if not _is_model(model):
            raise pickle.UnpicklingError(f"{model.__qualname__} is not a content model")
        setters = _SETTERS[model] = tuple(getattr(model, name).__set__ for name in field_names(model))
    if len(values) != len(setters):
        raise pickle.UnpicklingError(f"{model.__qualname__} has other fields")
    entry: Any = object.__new__(model)
    for setter, value in zip(setters, values, strict=True):
        setter(entry, value)
    return entry


class _ContentUnpickler(pickle.Unpickler):
    """Builds only the content's own classes and dates; anything else named in the data is refused."""

    def __init__(self, file: io.BytesIO) -> None:
        super().__init__(file)
        self._allowed: dict[tuple[str, str], Any] = {}

    def find_class(self, module: str, name: str) -> Any:
        found = self._allowed.get((module, name))
        if found is None:
            found = self._allowed[module, name] = self._check(module, name)
        return found

    def _check(self, module: str, name: str) -> Any:
        if (module, name) in _ALLOWED_GLOBALS:
            return super().find_class(module, name)
        if module.startswith(_CONTENT_PACKAGE) and not name.startswith("_"):
            found = super().find_class(module, name)
            if _is_content_class(found):
                return found
        raise pickle.UnpicklingError(f"{module}.{name} may not appear in a content snapshot")


def _is_content_class(found: object) -> bool:
    from enum import Enum

    return isinstance(found, type) and (is_dataclass(found) or issubclass(found, Enum))


def decode(data: bytes, sources: Mapping[str, bytes]) -> Snapshot:
    """The snapshot in ``data`` if it was built from exactly ``sources``; raises SnapshotError otherwise."""
    if not data.startswith(MAGIC):
        raise SnapshotError("it is not a content snapshot")
    end = data.find(b"\n", len(MAGIC), len(MAGIC) + MAX_HEADER_BYTES)
    if end < 0:
        raise SnapshotError("its header cannot be read")
    try:
        header = json.loads(data[len(MAGIC) : end])
    except ValueError:
        raise SnapshotError("its header cannot be read") from None
    if not isinstance(header, dict) or header.get("format") != FORMAT:
        raise SnapshotError(f"it is not in snapshot format {FORMAT}")
    if header.get("pydantic") != _pydantic_version():
        raise SnapshotError(
            f"it was written with pydantic {header.get('pydantic')}, not {_pydantic_version()}"
        )
    changed = _changed_models(header.get("models"))
    if changed:
        shown = ", ".join(changed[:3]) + (f" and {len(changed) - 3} more" if len(changed) > 3 else "")
        raise SnapshotError(f"it was written for other content models ({shown})")
    stale = _stale_files(header.get("sources"), source_digests(sources))
    if stale:
        shown = ", ".join(stale[:3]) + (f" and {len(stale) - 3} more" if len(stale) > 3 else "")
        raise SnapshotError(f"it is out of date ({shown} changed since it was built)")
    try:
        payload = zlib.decompressobj().decompress(data[end + 1 :], MAX_PAYLOAD_BYTES)
        entries, files, problems, files_read, derived = _ContentUnpickler(io.BytesIO(payload)).load()
    except Exception as error:  # a snapshot of another code version: classes or fields that do not fit
        raise SnapshotError(f"it cannot be read by this version ({type(error).__name__})") from None
    if not (isinstance(entries, dict) and isinstance(files, dict) and isinstance(problems, tuple)):
        raise SnapshotError("it does not hold a library")
    if len(entries) != header.get("entries") or set(files) != set(entries):
        raise SnapshotError("it does not hold the library its header describes")
    versions = header.get("derived")
    if not (isinstance(derived, dict) and isinstance(versions, dict) and set(versions) == set(derived)):
        raise SnapshotError("it does not hold the derived data its header describes")
    return Snapshot(
        entries,
        files,
        problems,
        int(files_read),
        {name: (str(versions[name]), derived[name]) for name in derived},
    )


def _stale_files(recorded: object, current: dict[str, str]) -> list[str]:
    """The files whose digest differs between the snapshot's header and the data (added or removed too)."""
    if not isinstance(recorded, dict):
        return ["(no list of source files)"]
    names = sorted(set(recorded) | set(current))
    return [name for name in names if recorded.get(name) != current.get(name)]


def write_snapshot(data_dir: Path, derivers: Mapping[str, Deriver] | None = None) -> Path:
    """Validate the bundled library in ``data_dir`` the way the app reads it and write its snapshot there
    (``scripts/sign-bundled-resources`` does this before it signs the tree). Problems in the data are kept
    in the snapshot, so the app reports the same ones either way. ``derivers`` (name → function) add the
    data other parts of the program derive from the entries (the script passes search's)."""
    from screenaid.content.loader import bundled_root_files, snapshot_of

    sources = bundled_root_files(data_dir)
    target = data_dir / SNAPSHOT_NAME
    target.write_bytes(encode(with_derived(snapshot_of(sources), derivers or {}), sources))
    return target


def with_derived(snapshot: Snapshot, derivers: Mapping[str, Deriver]) -> Snapshot:
    """``snapshot`` with the data each of ``derivers`` derives from its entries."""
    derived = {name: derive(snapshot.entries) for name, derive in derivers.items()}
    return replace(snapshot, derived={**snapshot.derived, **derived})
