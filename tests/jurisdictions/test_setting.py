"""The machine-wide `jurisdiction` setting: read like every other setting, a bad value named and skipped."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from screenaid.config import ClinicConfig, effective_jurisdiction, load_config, validate_settings


@pytest.fixture
def machine_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for name in list(os.environ):
        if name.upper().startswith("SCREENAID_"):
            monkeypatch.delenv(name)
    folder = tmp_path / "etc-xdg" / "screenaid"
    folder.mkdir(parents=True)
    return folder


def test_the_jurisdiction_defaults_to_the_region_then_the_country():
    assert effective_jurisdiction(ClinicConfig()) == "US"
    assert effective_jurisdiction(ClinicConfig(country="GB", region="GB-SCT")) == "GB-SCT"
    assert effective_jurisdiction(ClinicConfig(country="CA")) == "CA"
    assert effective_jurisdiction(validate_settings({"country": "GB", "jurisdiction": "gb-nir"})) == "GB-NIR"


def test_a_machine_file_sets_the_jurisdiction(machine_dir: Path):
    (machine_dir / "config.toml").write_text('country = "GB"\njurisdiction = "GB-SCT"\n', encoding="utf-8")
    result = load_config(machine_dirs=[machine_dir])
    assert result.problems == ()
    assert effective_jurisdiction(result.config) == "GB-SCT"


@pytest.mark.parametrize(("value", "fragment"), [("GB-XYZ", "ISO 3166-2 region code"), ("ALL", "not ALL")])
def test_a_bad_jurisdiction_is_named_and_skipped(machine_dir: Path, value: str, fragment: str):
    machine = machine_dir / "config.toml"
    machine.write_text(f'idle_wipe_minutes = 5\njurisdiction = "{value}"\n', encoding="utf-8")
    result = load_config(machine_dirs=[machine_dir])
    (problem,) = result.problems
    assert problem.startswith(f"{machine}: jurisdiction: ")
    assert fragment in problem
    assert result.config.idle_wipe_minutes == 5
    assert effective_jurisdiction(result.config) == "US"
