"""The example settings file shipped in every package: harmless as installed, and correct when uncommented."""

from __future__ import annotations

import re
from pathlib import Path

from screenaid.config import ClinicConfig, load_config
from screenaid.config.settings import SETTING_NAMES

from .conftest import REPO_ROOT

EXAMPLE = REPO_ROOT / "packaging" / "config.example.toml"
SETTING_LINE = re.compile(r"^# (?P<key>[a-z_]+) = ", re.MULTILINE)


def test_the_example_as_installed_changes_nothing(isolated: Path) -> None:
    (isolated / "config.toml").write_bytes(EXAMPLE.read_bytes())
    result = load_config()
    assert result.problems == ()
    assert result.files_read == (isolated / "config.toml",)
    assert result.config == ClinicConfig()


def test_the_example_documents_every_setting_exactly_once() -> None:
    keys = SETTING_LINE.findall(EXAMPLE.read_text(encoding="utf-8"))
    assert sorted(keys) == sorted(SETTING_NAMES)


def test_every_example_value_is_valid_when_uncommented(isolated: Path) -> None:
    text = SETTING_LINE.sub(lambda m: f"{m['key']} = ", EXAMPLE.read_text(encoding="utf-8"))
    (isolated / "config.toml").write_text(text, encoding="utf-8")
    result = load_config()
    assert result.problems == ()
    config = result.config
    assert config.local_resources_dir == Path("/etc/xdg/screenaid/resources")
    assert config.region == "US-CA"
    assert config.clinic_public_key is not None
