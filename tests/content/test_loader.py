"""The loader reports every problem with file, entry and field, and still loads everything else."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from screenaid.content import ContentRoot, Origin, load_library
from screenaid.content.screening_models import Indicator

SOURCES = """
kind: source
entries:
  - id: src-test
    title: A test publication
    publisher: Test Publisher
    year: 2024
    url: https://example.org/test
"""

GOOD_INDICATOR = """
kind: indicator
entries:
  - id: ind-good
    title: Good indicator
    kind: indicator
    domain: labor
    category: work_living
    populations: [adults]
    look_for: Something to look for.
    why: Why it matters.
    note_text: Neutral note text.
    sources: [src-test]
    reviewed: 2026-01-01
"""


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def data(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    write(folder, "sources/test.yaml", SOURCES)
    write(folder, "indicators/good.yaml", GOOD_INDICATOR)
    return folder


def test_clean_folder_loads_without_problems(data: Path) -> None:
    result = load_library(data)
    assert result.ok, result.problems
    indicator = result.library.get_as("ind-good", Indicator)
    assert indicator is not None
    assert indicator.domain.value == "labor"
    assert result.library.files["ind-good"] == "data/indicators/good.yaml"


def test_bad_yaml_names_the_file_and_line_and_the_rest_loads(data: Path) -> None:
    write(data, "indicators/broken.yaml", "kind: indicator\nentries:\n  - id: [unclosed\n")
    result = load_library(data)
    assert [p.file for p in result.problems] == ["data/indicators/broken.yaml"]
    assert "not valid YAML (line" in result.problems[0].message
    assert result.library.get("ind-good") is not None


def test_missing_field_names_entry_and_field(data: Path) -> None:
    text = GOOD_INDICATOR.replace("ind-good", "ind-missing").replace("    why: Why it matters.\n", "")
    write(data, "indicators/missing.yaml", text)
    result = load_library(data)
    (problem,) = result.problems
    assert (problem.file, problem.entry, problem.field) == (
        "data/indicators/missing.yaml",
        "ind-missing",
        "why",
    )
    assert "Field required" in problem.message
    assert result.library.get("ind-missing") is None
    assert result.library.get("ind-good") is not None


def test_unknown_reference_is_reported_with_its_field(data: Path) -> None:
    text = GOOD_INDICATOR.replace("ind-good", "ind-dangling").replace(
        "    sources: [src-test]", "    prompts: [prm-does-not-exist]\n    sources: [src-test]"
    )
    write(data, "indicators/dangling.yaml", text)
    result = load_library(data)
    (problem,) = result.problems
    assert (problem.entry, problem.field) == ("ind-dangling", "prompts.0")
    assert "unknown prompt 'prm-does-not-exist'" in problem.message


def test_invalid_phone_number_is_reported(data: Path) -> None:
    resource = """
kind: resource
entries:
  - id: res-us-bad-number
    name: Example line
    country: US
    scope: national
    services: [crisis]
    audiences: [everyone]
    languages: [en]
    channels:
      - kind: phone
        value: "1-800-000-0000"
    available_24_7: true
    blurb: {en: Call us., es: Llámenos.}
    verified: 2026-01-01
    sources: [src-test]
    reviewed: 2026-01-01
"""
    write(data, "resources/us.yaml", resource)
    result = load_library(data)
    (problem,) = result.problems
    assert (problem.file, problem.entry) == ("data/resources/us.yaml", "res-us-bad-number")
    assert "not a valid phone number" in problem.message


def test_every_problem_is_reported_at_once(data: Path) -> None:
    write(data, "a.yaml", "kind: nonsense\nentries: []\n")
    write(data, "b.yaml", "- just a list\n")
    write(data, "zz-dup.yaml", GOOD_INDICATOR)  # duplicate id
    write(data, "d.yaml", "kind: indicator\nentries:\n  - 42\n  - id: ind-x\n    title: x\n")
    result = load_library(data)
    fields = {(p.file, p.entry, p.field) for p in result.problems}
    assert ("data/a.yaml", None, "kind") in fields
    assert ("data/b.yaml", None, "kind") in fields
    assert ("data/zz-dup.yaml", "ind-good", "id") in fields
    assert ("data/d.yaml", "#1", None) in fields
    assert any(p.file == "data/d.yaml" and p.entry == "ind-x" for p in result.problems)
    assert result.library.get("ind-good") is not None


def test_duplicate_keys_and_aliases_are_rejected(data: Path) -> None:
    write(data, "dup.yaml", "kind: indicator\nkind: indicator\nentries: []\n")
    write(data, "alias.yaml", "kind: indicator\nentries:\n  - &a {id: ind-a}\n  - *a\n")
    messages = {p.file: p.message for p in load_library(data).problems}
    assert "duplicate key 'kind'" in messages["data/dup.yaml"]
    assert "aliases" in messages["data/alias.yaml"]


def test_clinic_folder_may_only_add_resources_and_sources(data: Path, tmp_path: Path) -> None:
    clinic = tmp_path / "clinic"
    write(clinic, "ind.yaml", GOOD_INDICATOR.replace("ind-good", "ind-clinic"))
    result = load_library([ContentRoot(data), ContentRoot(clinic, Origin.CLINIC)])
    (problem,) = result.problems
    assert problem.file == "clinic/ind.yaml"
    assert "a clinic folder may only hold" in problem.message


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "screenaid", *args], capture_output=True, text=True, check=False
    )


def test_cli_validate_reports_each_problem_and_exits_1(data: Path) -> None:
    write(data, "indicators/broken.yaml", "kind: indicator\nentries: [\n")
    result = run_cli("validate", str(data))
    assert result.returncode == 1
    assert result.stdout.startswith("data/indicators/broken.yaml: not valid YAML")
    assert "Traceback" not in result.stdout + result.stderr


def test_cli_validate_passes_on_the_bundled_data() -> None:
    result = run_cli("validate")
    assert result.returncode == 0, result.stdout
    assert result.stderr.splitlines()[-1].startswith("OK:")
    assert "signed manifest OK" in result.stderr


def test_cli_validate_on_a_copy_with_broken_files(tmp_path: Path) -> None:
    """The issue's scenario: bad YAML, a missing field, an unknown reference and a bad phone number."""
    from tests.conftest import DATA_DIR

    copy = tmp_path / "data"
    shutil.copytree(DATA_DIR, copy)
    write(copy, "indicators/zz-bad-yaml.yaml", "kind: indicator\nentries:\n  - id: [\n")
    text = GOOD_INDICATOR.replace("src-test", next(iter(_bundled_source_ids())))
    write(
        copy,
        "indicators/zz-missing.yaml",
        text.replace("ind-good", "ind-zz-missing").replace("    why: Why it matters.\n", ""),
    )
    write(
        copy,
        "indicators/zz-ref.yaml",
        text.replace("ind-good", "ind-zz-ref")
        .replace("    modules: []\n", "")
        .replace("    reviewed:", "    modules: [mod-nowhere]\n    reviewed:"),
    )
    result = run_cli("validate", str(copy))
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert any(line.startswith("data/indicators/zz-bad-yaml.yaml: not valid YAML") for line in lines)
    assert "data/indicators/zz-missing.yaml: ind-zz-missing: why: Field required; entry skipped" in lines
    assert any(
        line.startswith("data/indicators/zz-ref.yaml: ind-zz-ref: modules.0: unknown module")
        for line in lines
    )
    added = [line for line in lines if "file not in the signed manifest" in line]  # the copy is signed
    assert len(added) == 3
    assert len(lines) == 6


def _bundled_source_ids() -> list[str]:
    from tests.conftest import DATA_DIR

    return [p.id for p in load_library(DATA_DIR).library.sources]
