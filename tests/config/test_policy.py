"""Issue 11 item 3: the machine-wide file is final. Nothing a user controls (XDG variables, SCREENAID_CONFIG,
SCREENAID_* variables) can loosen it or choose which content is trusted."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from nacl.signing import SigningKey

from screenaid.config import load_config, machine_config_dirs
from screenaid.integrity.keys import public_key_to_base64

ATTACKER_KEY = public_key_to_base64(SigningKey.generate().verify_key)
ADMIN_KEY = public_key_to_base64(SigningKey.generate().verify_key)


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    for name in list(os.environ):
        if name.upper().startswith("SCREENAID_"):
            monkeypatch.delenv(name)
    return monkeypatch


def attacker_file(tmp_path: Path) -> Path:
    path = tmp_path / "mine.toml"
    path.write_text(
        "quick_exit_shortcut = false\nidle_wipe_minutes = 120\n"
        f'local_resources_dir = "{tmp_path}/evil"\nclinic_public_key = "{ATTACKER_KEY}"\nclinic_min_version = 1\n',
        encoding="utf-8",
    )
    return path


def admin_dir(tmp_path: Path, text: str) -> Path:
    folder = tmp_path / "etc" / "screenaid"
    folder.mkdir(parents=True)
    (folder / "config.toml").write_text(text, encoding="utf-8")
    return folder


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="XDG is a Linux convention")
def test_xdg_config_dirs_cannot_replace_the_admin_file(
    env: pytest.MonkeyPatch, tmp_path: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    user = tmp_path / "user-xdg" / "screenaid"
    user.mkdir(parents=True)
    attacker_file(tmp_path).replace(user / "config.toml")
    env.setenv("XDG_CONFIG_DIRS", str(tmp_path / "user-xdg"))
    assert machine_config_dirs() == (Path("/etc/xdg/screenaid"),)
    result = load_config()
    assert user / "config.toml" not in result.files_read
    with capsys.disabled():
        print(
            f"\n[item 3] XDG_CONFIG_DIRS={tmp_path / 'user-xdg'}: machine folder still {machine_config_dirs()[0]}"
        )


def test_user_layers_cannot_loosen_the_admin_policy(env: pytest.MonkeyPatch, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    machine = admin_dir(
        tmp_path,
        f'quick_exit_shortcut = true\nidle_wipe_minutes = 5\nlocal_resources_dir = "/srv/clinic"\n'
        f'clinic_public_key = "{ADMIN_KEY}"\nclinic_min_version = 4\n',
    )
    env.setenv("SCREENAID_CONFIG", str(attacker_file(tmp_path)))
    env.setenv("SCREENAID_IDLE_WIPE_MINUTES", "120")
    env.setenv("SCREENAID_QUICK_EXIT_SHORTCUT", "false")
    result = load_config(machine_dirs=[machine])
    config = result.config
    assert config.quick_exit_shortcut is True
    assert config.idle_wipe_minutes == 5
    assert config.local_resources_dir == Path("/srv/clinic")
    assert config.clinic_public_key == ADMIN_KEY
    assert config.clinic_min_version == 4
    with capsys.disabled():
        print(f"\n[item 3] attacker layers vs admin policy: quick exit {config.quick_exit_shortcut}, idle "
              f"{config.idle_wipe_minutes} min, clinic key is admin's: {config.clinic_public_key == ADMIN_KEY}; "
              f"{len(result.problems)} refusals reported")  # fmt: skip


def test_without_an_admin_file_a_user_still_cannot_choose_trusted_content(
    env: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    env.setenv("SCREENAID_CONFIG", str(attacker_file(tmp_path)))
    env.setenv("SCREENAID_CLINIC_PUBLIC_KEY", ATTACKER_KEY)
    result = load_config(machine_dirs=[tmp_path / "nothing"])
    assert result.config.local_resources_dir is None
    assert result.config.clinic_public_key is None
    assert any("only the machine-wide file" in p and "clinic_public_key" in p for p in result.problems)


def test_a_user_may_tighten_the_admin_policy(env: pytest.MonkeyPatch, tmp_path: Path) -> None:
    machine = admin_dir(tmp_path, "idle_wipe_minutes = 10\nquick_exit_shortcut = false\n")
    env.setenv("SCREENAID_IDLE_WIPE_MINUTES", "3")
    env.setenv("SCREENAID_QUICK_EXIT_SHORTCUT", "true")
    config = load_config(machine_dirs=[machine]).config
    assert config.idle_wipe_minutes == 3
    assert config.quick_exit_shortcut is True


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes")
def test_a_named_pipe_as_screenaid_config_does_not_hang(env: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Issue 11 item 11: reading a FIFO used to block for ever."""
    import time

    fifo = tmp_path / "pipe.toml"
    os.mkfifo(fifo)
    env.setenv("SCREENAID_CONFIG", str(fifo))
    started = time.perf_counter()
    result = load_config(machine_dirs=[tmp_path / "nothing"])
    assert time.perf_counter() - started < 5
    assert any("not a regular file" in p for p in result.problems)


def test_a_nul_byte_in_a_configured_path_is_reported(env: pytest.MonkeyPatch, tmp_path: Path) -> None:
    machine = admin_dir(tmp_path, 'local_resources_dir = "/srv/a\\u0000b"\n')
    result = load_config(machine_dirs=[machine])
    assert result.config.local_resources_dir is None
    assert any("NUL" in p for p in result.problems)
