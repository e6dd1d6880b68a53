"""The validated content snapshot: the same library as the YAML, current with the data, and never used when
it is stale, tampered with or not what it claims to be (the YAML is read instead, and the app says so)."""

from __future__ import annotations

import datetime as dt
import os
import pickle
import shutil
import subprocess
import sys
from dataclasses import fields
from pathlib import Path

import pytest
from nacl.signing import SigningKey

from screenaid.content import ContentRoot, LoadResult, Origin, load_library
from screenaid.content.loader import bundled_root_files, snapshot_of
from screenaid.content.plain import plain_data
from screenaid.content.problems import Problem
from screenaid.content.resources import Resource, Scope
from screenaid.content.snapshot import (
    FORMAT,
    MAGIC,
    SNAPSHOT_NAME,
    Snapshot,
    SnapshotError,
    decode,
    encode,
    with_derived,
    write_snapshot,
)
from screenaid.integrity.app_content import load_app_content
from screenaid.search import prepared
from tests.conftest import DATA_DIR
from tests.integrity.conftest import after_reading_content, sign_data

TODAY = dt.date(2026, 11, 30)


def dumps(result: LoadResult) -> list[tuple[str, str, str, object]]:
    """Everything a library holds, in order, as plain data."""
    library = result.library
    return [
        (entry_id, library.files[entry_id], library.origins[entry_id].value, plain_data(entry))
        for entry_id, entry in library.entries.items()
    ]


def yaml_result(data_dir: Path) -> LoadResult:
    """The bundled library read from its YAML files, as the app reads it when there is no snapshot."""
    return load_library(
        ContentRoot(data_dir, Origin.BUNDLED, files=bundled_root_files(data_dir)), today=TODAY
    )


def snapshot_result(data_dir: Path, snapshot: bytes) -> LoadResult:
    return load_library(
        ContentRoot(data_dir, Origin.BUNDLED, files=bundled_root_files(data_dir), snapshot=snapshot),
        today=TODAY,
    )


def test_the_bundled_snapshot_is_current() -> None:
    """Fails when data (or the code that validates it) changed and the snapshot was not rebuilt: run
    scripts/sign-bundled-resources."""
    snapshot = (DATA_DIR / SNAPSHOT_NAME).read_bytes()
    decode(snapshot, bundled_root_files(DATA_DIR))  # raises SnapshotError("… out of date …") when stale
    files = bundled_root_files(DATA_DIR)
    assert snapshot == encode(with_derived(snapshot_of(files), {prepared.NAME: prepared.derive}), files)


def test_the_snapshot_gives_exactly_the_library_of_the_yaml() -> None:
    from_yaml = yaml_result(DATA_DIR)
    from_snapshot = snapshot_result(DATA_DIR, (DATA_DIR / SNAPSHOT_NAME).read_bytes())
    assert from_snapshot.from_snapshot
    assert not from_yaml.from_snapshot
    assert from_snapshot.snapshot_problem is None
    assert dumps(from_snapshot) == dumps(from_yaml)
    assert list(from_snapshot.library.entries.values()) == list(from_yaml.library.entries.values())
    assert [type(e) for e in from_snapshot.library] == [type(e) for e in from_yaml.library]
    assert from_snapshot.problems == from_yaml.problems
    assert from_snapshot.notes == from_yaml.notes
    assert from_snapshot.files_read == from_yaml.files_read


def test_the_app_reads_the_signed_snapshot() -> None:
    content = load_app_content(country="US", today=TODAY)
    assert content.result.from_snapshot
    assert not any("snapshot" in notice for notice in content.notices)


def test_future_review_dates_are_noted_from_the_snapshot_too() -> None:
    """Notes depend on today's date, not on the day the snapshot was built."""
    early = dt.date(2020, 1, 1)
    files = bundled_root_files(DATA_DIR)
    from_yaml = load_library(ContentRoot(DATA_DIR, files=files), today=early)
    from_snapshot = load_library(
        ContentRoot(DATA_DIR, files=files, snapshot=(DATA_DIR / SNAPSHOT_NAME).read_bytes()), today=early
    )
    assert from_snapshot.from_snapshot
    assert from_yaml.notes
    assert from_snapshot.notes == from_yaml.notes


def test_a_stale_snapshot_is_never_served(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    for name, content in bundled_root_files(DATA_DIR).items():
        (data / name).parent.mkdir(parents=True, exist_ok=True)
        (data / name).write_bytes(content)
    write_snapshot(data)
    edited = data / "indicators" / "behavioural.yaml"
    text = edited.read_text(encoding="utf-8")
    edited.write_text(
        text.replace('"Fearful, anxious or submissive"', "Edited after the snapshot was built", 1),
        encoding="utf-8",
    )

    result = snapshot_result(data, (data / SNAPSHOT_NAME).read_bytes())

    assert not result.from_snapshot
    assert result.snapshot_problem is not None
    assert "out of date" in result.snapshot_problem
    assert "indicators/behavioural.yaml" in result.snapshot_problem
    titles = [getattr(entry, "title", None) for entry in result.library]
    assert "Edited after the snapshot was built" in titles  # what the YAML says now is what is shown
    assert dumps(result) == dumps(yaml_result(data))


def test_a_snapshot_of_other_files_is_stale(tmp_path: Path) -> None:
    files = bundled_root_files(DATA_DIR)
    added = {**files, "indicators/zz-new.yaml": b"kind: indicator\nentries: []\n"}
    with pytest.raises(SnapshotError, match=r"out of date.*zz-new\.yaml"):
        decode((DATA_DIR / SNAPSHOT_NAME).read_bytes(), added)
    removed = dict(files)
    del removed["indicators/behavioural.yaml"]
    with pytest.raises(SnapshotError, match=r"out of date.*indicators/behavioural\.yaml"):
        decode((DATA_DIR / SNAPSHOT_NAME).read_bytes(), removed)


def test_a_stale_snapshot_in_a_signed_tree_is_reported_and_the_yaml_used(
    tmp_path: Path, signed_data: Path, release_key: SigningKey
) -> None:
    """Signed, but built from other files (someone signed without rebuilding it): the YAML is read."""
    edited = signed_data / "indicators" / "behavioural.yaml"
    edited.write_text(edited.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    sign_data(signed_data, release_key)

    content = load_app_content(country="US", data_dir=signed_data, today=TODAY)

    assert not content.result.from_snapshot
    assert any("snapshot was not used" in n and "out of date" in n for n in content.notices)
    assert dumps(content.result) == dumps(yaml_result(signed_data))


def test_a_tampered_snapshot_is_rejected_before_it_is_read(signed_data: Path) -> None:
    snapshot = signed_data / SNAPSHOT_NAME
    snapshot.write_bytes(snapshot.read_bytes()[:-1] + b"\x00")

    content = load_app_content(country="US", data_dir=signed_data, today=TODAY)

    assert not content.result.from_snapshot
    assert content.tree is not None
    assert (SNAPSHOT_NAME, f"file changed since it was signed: {SNAPSHOT_NAME}") in content.tree.bad_files
    assert any("differ from the signed manifest" in notice for notice in content.notices)
    assert len(content.result.library) == len(yaml_result(DATA_DIR).library)


def test_a_clinic_folder_is_added_on_top_of_the_snapshot(signed_data: Path, tmp_path: Path) -> None:
    clinic = tmp_path / "clinic"
    shutil.copytree(DATA_DIR.parent / "tests" / "fixtures" / "clinic-resources", clinic)
    content = load_app_content(country="US", data_dir=signed_data, clinic_dir=clinic, today=TODAY)
    assert content.result.from_snapshot
    clinic_ids = [i for i, origin in content.result.library.origins.items() if origin is Origin.CLINIC]
    assert clinic_ids
    bundled = yaml_result(DATA_DIR)
    assert len(content.result.library) == len(bundled.library) + len(clinic_ids)
    assert content.result.files_read == bundled.files_read + 2


def test_a_clinic_entry_may_not_reuse_a_snapshot_id(signed_data: Path, tmp_path: Path) -> None:
    clinic = tmp_path / "clinic"
    clinic.mkdir()
    source_id = next(iter(yaml_result(DATA_DIR).library.sources)).id
    (clinic / "sources.yaml").write_text(
        "kind: source\nentries:\n"
        f"  - id: {source_id}\n    title: Clinic copy\n    publisher: Clinic\n    year: 2025\n"
        "    url: https://example.org/\n",
        encoding="utf-8",
    )
    content = load_app_content(country="US", data_dir=signed_data, clinic_dir=clinic, today=TODAY)
    assert content.result.from_snapshot
    assert any(p.entry == source_id and p.field == "id" for p in content.result.problems)


def _payload(value: object) -> bytes:
    """A snapshot payload (compressed pickle) of ``value``, as a forger would write it."""
    import zlib

    return zlib.compress(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))


class _Forged:
    """Pickles as a call of the snapshot's own rebuilder with the given arguments."""

    def __init__(self, *args: object) -> None:
        self.args = args

    def __reduce__(self) -> tuple[object, ...]:
        from screenaid.content.snapshot import _restore

        return _restore, self.args


@pytest.mark.parametrize(
    "forged",
    [
        _Forged(Problem, ("file", None, None, "message")),  # a content dataclass that is not a model
        _Forged(Scope, ()),  # a content enum
        _Forged(Resource, ("too", "few")),  # a model with other fields
    ],
)
def test_the_rebuilder_fills_only_content_models_with_their_own_fields(forged: _Forged) -> None:
    sources = bundled_root_files(DATA_DIR)
    good = (DATA_DIR / SNAPSHOT_NAME).read_bytes()
    header = good[: good.index(b"\n", len(MAGIC)) + 1]
    payload = ({"x": forged}, {"x": "f.yaml"}, (), 1, {})
    with pytest.raises(SnapshotError, match="cannot be read"):
        decode(header + _payload(payload), sources)


def test_the_snapshot_builds_only_content_classes() -> None:
    """A payload naming anything else (here os.system) is refused before anything is called."""
    sources = bundled_root_files(DATA_DIR)
    good = (DATA_DIR / SNAPSHOT_NAME).read_bytes()
    header = good[: good.index(b"\n", len(MAGIC)) + 1]
    import zlib

    evil = pickle.dumps((os.system, ("echo owned",)))
    with pytest.raises(SnapshotError, match="cannot be read"):
        decode(header + zlib.compress(evil), sources)


@pytest.mark.parametrize(
    ("mangle", "why"),
    [
        (lambda data: b"not a snapshot", "not a content snapshot"),
        (lambda data: MAGIC + b"{broken\n", "header cannot be read"),
        (lambda data: data.replace(b'"format": %d' % FORMAT, b'"format": 99', 1), "snapshot format"),
        (lambda data: data.replace(b'"pydantic": "', b'"pydantic": "0.', 1), "written with pydantic"),
        (lambda data: data.replace(b'"entries": ', b'"entries": 1', 1), "does not hold the library"),
    ],
)
def test_a_snapshot_that_is_not_what_it_claims_is_refused(mangle: object, why: str) -> None:
    data = mangle((DATA_DIR / SNAPSHOT_NAME).read_bytes())  # type: ignore[operator]
    with pytest.raises(SnapshotError, match=why):
        decode(data, bundled_root_files(DATA_DIR))


def _with_header(data: bytes, change) -> bytes:  # type: ignore[no-untyped-def]
    import json

    end = data.index(b"\n", len(MAGIC))
    header = json.loads(data[len(MAGIC) : end])
    change(header)
    return MAGIC + json.dumps(header, sort_keys=True).encode() + data[end:]


def test_the_header_lists_every_content_model_with_its_fields() -> None:
    import json

    data = (DATA_DIR / SNAPSHOT_NAME).read_bytes()
    models = json.loads(data[len(MAGIC) : data.index(b"\n", len(MAGIC))])["models"]
    # in declaration order: the values are stored in that order, so the same names in another order differ
    assert models["screenaid.content.resources:Resource"] == [field.name for field in fields(Resource)]
    assert len(models) > 20  # entries and the models nested in them (channels, sources, answers...)


@pytest.mark.parametrize(
    "change",
    [
        lambda h: h["models"]["screenaid.content.resources:Resource"].remove("blurb"),  # a field added since
        lambda h: h["models"]["screenaid.content.resources:Resource"].append("gone"),  # a field removed since
        lambda h: h["models"]["screenaid.content.resources:Resource"].reverse(),  # fields reordered since
        lambda h: h["models"].update({"screenaid.content.resources:Vanished": []}),  # a class removed since
        lambda h: h["models"].update(  # a content class that is not a model
            {"screenaid.content.problems:Problem": ["entry", "field", "file", "message"]}
        ),
        lambda h: h.pop("models"),
    ],
)
def test_a_snapshot_written_for_other_content_models_is_never_filled_in(change) -> None:  # type: ignore[no-untyped-def]
    """A model changed in code without the snapshot being rebuilt: the YAML path is used instead."""
    data = _with_header((DATA_DIR / SNAPSHOT_NAME).read_bytes(), change)
    with pytest.raises(SnapshotError, match="other content models"):
        decode(data, bundled_root_files(DATA_DIR))


def test_a_snapshot_behind_a_clinic_or_second_folder_is_not_used() -> None:
    files = bundled_root_files(DATA_DIR)
    snapshot = (DATA_DIR / SNAPSHOT_NAME).read_bytes()
    result = load_library(
        [
            ContentRoot(DATA_DIR, files=files),
            ContentRoot(DATA_DIR, files={}, snapshot=snapshot),
        ],
        today=TODAY,
    )
    assert not result.from_snapshot
    assert result.snapshot_problem is not None
    assert "first folder" in result.snapshot_problem


def test_the_same_data_gives_the_same_snapshot_bytes() -> None:
    """Reproducible: equal strings may or may not be shared, and search's terms come from sets, whose order
    changes with the hash seed."""
    code = (
        "import hashlib, sys; from pathlib import Path;"
        "from screenaid.content.loader import bundled_root_files, snapshot_of;"
        "from screenaid.content.snapshot import encode, with_derived;"
        "from screenaid.search import prepared;"
        f"s = bundled_root_files(Path({str(DATA_DIR)!r}));"
        "d = with_derived(snapshot_of(s), {prepared.NAME: prepared.derive});"
        "print(hashlib.sha256(encode(d, s)).hexdigest())"
    )
    digests = {
        subprocess.run(
            [sys.executable, "-c", code],
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in ("1", "2")
    }
    assert len(digests) == 1


def test_snapshot_keeps_the_problems_of_the_data(tmp_path: Path) -> None:
    sources = {"sources/broken.yaml": b"kind: source\nentries:\n  - id: Not An Id\n"}
    snapshot = snapshot_of(sources)
    assert isinstance(snapshot, Snapshot)
    assert snapshot.problems
    result = load_library(
        ContentRoot(tmp_path / "data", files=sources, snapshot=encode(snapshot, sources)), today=TODAY
    )
    plain = load_library(ContentRoot(tmp_path / "data", files=sources), today=TODAY)
    assert result.from_snapshot
    assert result.problems == plain.problems
    assert all(problem.file == "data/sources/broken.yaml" for problem in result.problems)


def test_starting_from_the_snapshot_loads_no_parser_or_validator_data() -> None:
    """What the snapshot saves at start-up: the YAML parser, langcodes' and phonenumbers' data, and building
    any content model's validator."""
    out = after_reading_content(
        "from screenaid.content import validation\n"
        "built = sorted(m.__name__ for m in validation._ADAPTERS)\n"
        "print(len(library), sorted(n for n in ('yaml', 'langcodes', 'phonenumbers') if n in sys.modules), built)\n"
    ).split(maxsplit=1)
    assert int(out[0]) == len(yaml_result(DATA_DIR).library)
    assert out[1].strip() == "[] []"


def test_the_snapshot_holds_each_string_once() -> None:
    """Equal strings are written once and read back as one object: values such as a language tag or a country
    code are shared by every entry that has them, as the YAML path never does."""
    snapshot = decode((DATA_DIR / SNAPSHOT_NAME).read_bytes(), bundled_root_files(DATA_DIR))
    resources = [entry for entry in snapshot.entries.values() if isinstance(entry, Resource)]
    assert len(resources) > 10
    tags = [tag for resource in resources for tag in resource.languages if tag == "en"]
    assert len(tags) > 10
    assert len({id(tag) for tag in tags}) == 1  # every "en" is the same object
    countries = {id(r.country) for r in resources if r.country == "US"}
    assert len(countries) == 1  # every US line holds the same "US" object


def test_reading_the_snapshot_imports_no_pydantic() -> None:
    """The app's start: the verified bundled files and their snapshot become the library, the view of a
    jurisdiction and its search index (with search's terms from the snapshot), and every entry is read, all
    without importing pydantic: it validates files, and a snapshot holds entries that were validated when it
    was signed. (Here the files are read straight from data/: the signature checks and the settings are not
    part of the content path.)"""
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from screenaid.content import ContentRoot, Origin, load_library\n"
        "from screenaid.content.jurisdiction_view import library_for_jurisdiction\n"
        "from screenaid.content.loader import bundled_root_files\n"
        "from screenaid.content.plain import plain_data\n"
        "from screenaid.content.snapshot import SNAPSHOT_NAME\n"
        "from screenaid.search import SearchIndex, prepared\n"
        f"data = Path({str(DATA_DIR)!r})\n"
        "snapshot = (data / SNAPSHOT_NAME).read_bytes()\n"
        "root = ContentRoot(data, Origin.BUNDLED, files=bundled_root_files(data), snapshot=snapshot)\n"
        "result = load_library(root)\n"
        "from screenaid.content.jurisdictions import SHIPPED_NAMES\n"
        "for code in SHIPPED_NAMES:  # a view may re-make entries (dataclasses.replace runs their checks)\n"
        "    SearchIndex(library_for_jurisdiction(result.library, code))\n"
        "view = library_for_jurisdiction(result.library, 'GB-SCT')\n"
        "hits = SearchIndex(view).search('passport')\n"
        "dumped = [plain_data(entry) for entry in view]\n"
        "print(result.from_snapshot, prepared.Prepared.of(result.library) is not None, bool(hits), len(dumped))\n"
        "heavy = ('pydantic', 'pydantic_core', 'phonenumbers', 'langcodes')  # pycountry: the query's places\n"
        "print(sorted(name for name in sys.modules if name.split('.')[0] in heavy))\n"
    )
    env = {k: v for k, v in os.environ.items() if not k.upper().startswith("SCREENAID_")}
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env, timeout=120
    ).stdout.splitlines()
    assert out[0].split()[:3] == ["True", "True", "True"]
    assert int(out[0].split()[3]) > 300
    assert out[1] == "[]"


def test_the_pydantic_version_is_read_from_its_metadata_folder_as_importlib_metadata_reads_it() -> None:
    from importlib.metadata import version

    from screenaid.content.snapshot import _pydantic_version

    assert _pydantic_version() == version("pydantic")
