"""``screenaid selftest``: passes on the bundled content, and fails, naming the cause, on a broken installation."""

from __future__ import annotations

import datetime as dt
import textwrap
from pathlib import Path

import pytest
from nacl.signing import SigningKey

from screenaid.cli import main
from screenaid.handout import HANDOUT_LANGUAGES, Layout
from screenaid.integrity import sign_pack
from screenaid.integrity.keys import public_key_to_base64

CLINIC_RESOURCE = """\
kind: resource
entries:
  - id: res-us-test-clinic-social-work
    name: Clinic social work team
    country: US
    scope: local
    services: [victim_support]
    audiences: [everyone]
    languages: [en]
    channels:
      - kind: phone
        value: +1 212-555-0123
    available_24_7: false
    hours:
      en: Monday to Friday, 9 to 5.
      es: De lunes a viernes, de 9 a 5.
    blurb:
      en: Our team can help you find a safe place and support. It is free.
      es: Nuestro equipo le puede ayudar a encontrar un lugar seguro y apoyo. Es gratis.
    verified: 2026-11-20
    sources: [src-nhth-recognizing-signs]
    reviewed: 2026-11-20
"""


def run_selftest(capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(["selftest"])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def write_config(machine: Path, text: str) -> Path:
    path = machine / "config.toml"
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def signed_clinic_folder(tmp_path: Path) -> tuple[Path, str]:
    folder = tmp_path / "clinic-resources"
    folder.mkdir()
    (folder / "local.yaml").write_text(CLINIC_RESOURCE, encoding="utf-8")
    key = SigningKey.generate()
    today = dt.date.today()
    sign_pack(
        folder, key, pack="test-clinic", version=1, verified_on=today, expires=today + dt.timedelta(days=90)
    )
    return folder, public_key_to_base64(key.verify_key)


def test_selftest_passes_with_defaults_and_writes_nothing(
    isolated: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = sorted(tmp_path.rglob("*"))
    code, out, err = run_selftest(capsys)
    assert code == 0, err
    assert "config files: none (built-in defaults)" in out
    assert "bundled resources: signed, version" in out
    assert "content: read from its validated snapshot" in out
    assert f"handouts: {len(HANDOUT_LANGUAGES) * len(Layout)} rendered in memory" in out
    assert "selftest OK" in err
    assert "FAIL" not in err
    assert sorted(tmp_path.rglob("*")) == before


def test_selftest_fails_on_a_broken_config_and_names_it(
    isolated: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = write_config(isolated, 'country = "DE"\nidle_wipe_minutes = 0\n')
    code, out, err = run_selftest(capsys)
    assert code == 1
    assert f"FAIL config: {config}: idle_wipe_minutes: Input should be greater than or equal to 1" in err
    assert "country DE" in out  # the valid setting still applied
    assert "selftest FAILED" in err


def test_selftest_accepts_a_signed_clinic_folder(
    isolated: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder, public_key = signed_clinic_folder(tmp_path)
    write_config(
        isolated, f'local_resources_dir = "{folder.as_posix()}"\nclinic_public_key = "{public_key}"\n'
    )
    code, out, err = run_selftest(capsys)
    assert code == 0, err
    assert "clinic resources: signed, version 1" in out


def test_selftest_rejects_a_changed_clinic_folder(
    isolated: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder, public_key = signed_clinic_folder(tmp_path)
    local = folder / "local.yaml"
    local.write_text(local.read_text(encoding="utf-8").replace("555-0123", "555-0199"), encoding="utf-8")
    write_config(
        isolated, f'local_resources_dir = "{folder.as_posix()}"\nclinic_public_key = "{public_key}"\n'
    )
    code, _, err = run_selftest(capsys)
    assert code == 1
    assert "FAIL clinic resources rejected:" in err


def test_selftest_fails_when_the_clinic_folder_is_missing(
    isolated: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_config(isolated, f'local_resources_dir = "{(tmp_path / "nowhere").as_posix()}"\n')
    code, _, err = run_selftest(capsys)
    assert code == 1
    assert f"FAIL clinic resource folder not found: {tmp_path / 'nowhere'}" in err


def test_selftest_reports_a_handout_language_without_wording(
    isolated: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_config(isolated, 'handout_language = "de"\n')
    code, _, err = run_selftest(capsys)
    assert code == 1
    assert "FAIL handout: no wording in the configured language 'de'" in err
