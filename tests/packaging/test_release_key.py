"""Issue 11 item 1, the build side: a release build trusts only a release key supplied at build time. The
bundle and .deb scripts refuse the development key, and refuse data not signed by the release key. These
checks run before anything is built, so the tests are quick."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from nacl.signing import SigningKey

from screenaid.integrity.keys import DEVELOPMENT_PUBLIC_KEY, public_key_to_base64
from tests.conftest import DATA_DIR, REPO_ROOT
from tests.integrity.conftest import sign_data


def script(name: str, *args: str, key: str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "SCREENAID_RELEASE_PUBLIC_KEY": key,
        "BUNDLE": "/nonexistent",
        "OUT_DIR": "/nonexistent",
    }
    return subprocess.run(
        ["bash", str(REPO_ROOT / "scripts" / name), *args], capture_output=True, text=True, env=env,
        cwd=REPO_ROOT, timeout=120, check=False,
    )  # fmt: skip


@pytest.mark.parametrize("name", ["build-bundle", "build-deb"])
def test_a_release_build_with_the_development_key_is_refused(
    name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    done = script(name, "--release", key=DEVELOPMENT_PUBLIC_KEY)
    assert done.returncode == 1
    assert "refused: this is the development key" in done.stderr
    assert "refusing to make a release" in done.stderr
    with capsys.disabled():
        print(f"\n[item 1] scripts/{name} --release with the dev key: exit {done.returncode}")


@pytest.mark.parametrize("name", ["build-bundle", "build-deb"])
def test_a_release_build_of_data_not_signed_by_the_release_key_is_refused(name: str) -> None:
    other = public_key_to_base64(SigningKey.generate().verify_key)
    done = script(name, "--release", key=other)
    assert done.returncode == 1
    assert "not signed by a trusted key" in done.stderr


def test_release_check_accepts_data_signed_by_the_release_key(tmp_path: Path) -> None:
    key = SigningKey.generate()
    data = tmp_path / "data"
    shutil.copytree(DATA_DIR, data)
    sign_data(data, key)
    done = subprocess.run(
        [sys.executable, "-m", "screenaid", "release-check", "--public-key",
         public_key_to_base64(key.verify_key), str(data)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "signed, version 2" in done.stdout


def test_a_release_key_file_makes_a_release_build(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """What build-bundle --release writes (release-key.pub next to the integrity package) is what the app
    trusts, and then only that: the development key is no longer trusted."""
    import screenaid.integrity.keys as keys

    release = public_key_to_base64(SigningKey.generate().verify_key)
    key_file = tmp_path / "release-key.pub"
    key_file.write_text(release + "\n", encoding="ascii")
    monkeypatch.setattr(keys, "_release_key_path", lambda: key_file)
    assert keys.build_kind() == "release"
    assert keys.trusted_public_keys() == (release,)
    key_file.write_text(DEVELOPMENT_PUBLIC_KEY, encoding="ascii")  # a dev key written there is not a release
    assert keys.build_kind() == "development"
