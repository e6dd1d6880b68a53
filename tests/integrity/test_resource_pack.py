"""Tamper evidence: a changed, extra, missing, wrongly signed, older or expired resource file is rejected,
the app falls back to the built-in national hotline, and `screenaid validate` says why."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from nacl.signing import SigningKey

from screenaid.content import Origin
from screenaid.content.resources import Resource
from screenaid.integrity import MANIFEST_NAME, sign_pack, verify_pack
from screenaid.integrity.app_content import load_app_content
from screenaid.integrity.keys import public_key_to_base64
from tests.conftest import DATA_DIR

TODAY = dt.date(2026, 11, 25)


@pytest.fixture
def key() -> SigningKey:
    return SigningKey.generate()


@pytest.fixture
def pack(tmp_path: Path, key: SigningKey) -> Path:
    folder = tmp_path / "pack"
    shutil.copytree(DATA_DIR / "resources", folder)
    for name in ("MANIFEST.json", "MANIFEST.sig"):
        (folder / name).unlink(missing_ok=True)
    sign_pack(folder, key, pack="test", version=3, verified_on=TODAY, expires=TODAY + dt.timedelta(days=90))
    return folder


def verdict(folder: Path, key: SigningKey, **kwargs: object) -> str | None:
    result = verify_pack(folder, key.verify_key, today=TODAY, **kwargs)  # type: ignore[arg-type]
    return result.reason


def test_untouched_pack_is_accepted(pack: Path, key: SigningKey) -> None:
    result = verify_pack(pack, key.verify_key, min_version=3, today=TODAY)
    assert result.ok
    assert result.verified_on == TODAY
    assert result.version == 3


def test_changed_phone_number_is_rejected(pack: Path, key: SigningKey) -> None:
    us = pack / "us.yaml"
    us.write_text(us.read_text(encoding="utf-8").replace("373-7888", "373-7889"), encoding="utf-8")
    assert verdict(pack, key) == "file changed since it was signed: us.yaml"


def test_extra_file_is_rejected(pack: Path, key: SigningKey) -> None:
    (pack / "zz-extra.yaml").write_text("kind: resource\nentries: []\n", encoding="utf-8")
    assert verdict(pack, key) == "file not in the signed manifest: zz-extra.yaml"


def test_missing_file_is_rejected(pack: Path, key: SigningKey) -> None:
    (pack / "us.yaml").unlink()
    assert verdict(pack, key) == "file listed in the manifest is missing: us.yaml"


def test_wrong_key_is_rejected(pack: Path) -> None:
    other = SigningKey.generate()
    assert "not signed by a trusted key" in (verdict(pack, other) or "")


def test_edited_manifest_is_rejected(pack: Path, key: SigningKey) -> None:
    manifest = pack / MANIFEST_NAME
    manifest.write_text(manifest.read_text().replace('"version": 3', '"version": 9'))
    assert "not signed by a trusted key" in (verdict(pack, key) or "")


def test_older_version_is_rejected_as_rollback(pack: Path, key: SigningKey) -> None:
    assert "possible rollback" in (verdict(pack, key, min_version=4) or "")


def test_expired_pack_is_rejected(pack: Path, key: SigningKey) -> None:
    result = verify_pack(pack, key.verify_key, today=TODAY + dt.timedelta(days=91))
    assert not result.ok
    assert "expired on 2027-02-23" in (result.reason or "")


def test_missing_signature_is_rejected(pack: Path, key: SigningKey) -> None:
    (pack / "MANIFEST.sig").unlink()
    assert "cannot be read" in (verdict(pack, key) or "")


def test_bundled_pack_verifies_with_the_pinned_key() -> None:
    content = load_app_content(country="US", today=TODAY)
    assert content.pack.ok, content.pack.reason
    assert content.notices == ()
    origins = {content.result.library.origins[r.id] for r in content.result.library.resources}
    assert origins == {Origin.BUNDLED}


@pytest.fixture
def tampered_data(tmp_path: Path) -> Path:
    copy = tmp_path / "data"
    shutil.copytree(DATA_DIR, copy)
    us = copy / "resources" / "us.yaml"
    us.write_text(us.read_text(encoding="utf-8").replace("373-7888", "373-7880"), encoding="utf-8")
    return copy


def test_tampered_pack_falls_back_to_the_built_in_hotline(tampered_data: Path) -> None:
    content = load_app_content(country="US", data_dir=tampered_data, today=TODAY)
    assert not content.pack.ok
    library = content.result.library
    resources = library.resources
    assert {library.origins[r.id] for r in resources} == {Origin.FALLBACK}
    numbers = {c.value for r in resources for c in r.channels}
    assert "1-888-373-7888" in numbers
    assert "1-888-373-7880" not in numbers
    assert any(
        "resource list was rejected: file changed since it was signed: resources/us.yaml" in n
        for n in content.notices
    )
    assert any("built-in national hotline for US" in n for n in content.notices)


@pytest.mark.parametrize("country", ["US", "CA", "GB", "AU", "IE"])
def test_every_fallback_country_loads_cleanly(tampered_data: Path, country: str) -> None:
    content = load_app_content(country=country, data_dir=tampered_data, today=TODAY)
    assert [p.file for p in content.result.problems] == ["data/resources/us.yaml"]  # the tampered file only
    assert {r.country for r in content.result.library.resources} == {country}


def test_validate_explains_why_the_pack_was_rejected(tampered_data: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "screenaid", "validate", str(tampered_data)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode == 1
    assert "data/resources/us.yaml: file changed since it was signed: resources/us.yaml" in result.stdout


def test_clinic_pack_signed_with_the_clinic_key(tmp_path: Path) -> None:
    fixture = Path(__file__).resolve().parent.parent / "fixtures" / "clinic-resources"
    if not fixture.is_dir():
        pytest.skip("the clinic fixture folder is written by the resources content task")
    clinic = tmp_path / "clinic"
    shutil.copytree(fixture, clinic)
    key = SigningKey.generate()
    sign_pack(clinic, key, pack="clinic", version=1, verified_on=TODAY, expires=TODAY + dt.timedelta(days=30))
    public = public_key_to_base64(key.verify_key)
    good = load_app_content(country="US", clinic_dir=clinic, clinic_public_key=public, today=TODAY)
    assert good.clinic is not None
    assert good.clinic.ok
    clinic_ids = [i for i, origin in good.result.library.origins.items() if origin is Origin.CLINIC]
    assert any(isinstance(good.result.library.get(i), Resource) for i in clinic_ids)
    wrong = public_key_to_base64(SigningKey.generate().verify_key)
    bad = load_app_content(country="US", clinic_dir=clinic, clinic_public_key=wrong, today=TODAY)
    assert not any(o is Origin.CLINIC for o in bad.result.library.origins.values())
    assert any("clinic's own resources were rejected" in n for n in bad.notices)


def test_cli_keygen_and_sign_resources(tmp_path: Path) -> None:
    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "screenaid", *args], capture_output=True, text=True, check=False
        )

    made = run("keygen", "--out", str(tmp_path / "keys"))
    assert made.returncode == 0, made.stderr
    public = made.stdout.split('clinic_public_key = "')[1].split('"')[0]
    folder = tmp_path / "pack"
    shutil.copytree(DATA_DIR / "resources", folder)
    signed = run(
        "sign-resources", str(folder), "--key", str(tmp_path / "keys" / "screenaid-resources-key.pem"),
        "--version", "2", "--verified-on", "2026-11-01", "--expires", "2027-01-01",
    )  # fmt: skip
    assert signed.returncode == 0, signed.stderr
    from screenaid.integrity.keys import public_key_from_base64

    assert verify_pack(folder, public_key_from_base64(public), today=TODAY).ok
    assert run("keygen", "--out", str(tmp_path / "keys")).returncode == 1  # never overwrites a key
