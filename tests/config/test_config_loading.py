"""The clinic configuration: layer precedence, and clear messages plus safe defaults for every kind of bad file."""

from __future__ import annotations

import base64
import os
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from nacl.signing import SigningKey

from screenaid.config import ClinicConfig, effective_paper_size, load_config, machine_config_dirs
from screenaid.integrity.keys import public_key_from_base64


@pytest.fixture
def clean_env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    for name in list(os.environ):
        if name.upper().startswith("SCREENAID_"):
            monkeypatch.delenv(name)
    return monkeypatch


@pytest.fixture
def machine_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "etc-xdg" / "screenaid"
    folder.mkdir(parents=True)
    return folder


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def public_key_b64() -> str:
    raw = SigningKey.generate().verify_key.encode()
    return base64.b64encode(raw).decode()


def test_defaults_when_nothing_is_configured(clean_env: pytest.MonkeyPatch, machine_dir: Path) -> None:
    result = load_config(machine_dirs=[machine_dir])
    assert result.config == ClinicConfig()
    assert result.problems == ()
    assert result.files_read == ()
    assert result.config.country == "US"
    assert result.config.handout_layout == "page"
    assert result.config.idle_wipe_minutes == 10
    assert result.config.idle_warning_seconds == 30
    assert result.config.quick_exit_shortcut is True
    assert effective_paper_size(result.config) == "letter"


def test_precedence_explicit_file_then_environment_then_machine_file(
    clean_env: pytest.MonkeyPatch, tmp_path: Path, machine_dir: Path
) -> None:
    explicit = write(
        tmp_path / "explicit.toml",
        'country = "DE"\nhandout_language = "de"\nhandout_layout = "cards"\nidle_wipe_minutes = 20\n',
    )
    clean_env.setenv("SCREENAID_CONFIG", str(explicit))
    clean_env.setenv("SCREENAID_HANDOUT_LANGUAGE", "fr")
    clean_env.setenv("SCREENAID_IDLE_WIPE_MINUTES", "15")
    machine = write(machine_dir / "config.toml", "idle_wipe_minutes = 5\n")

    result = load_config(machine_dirs=[machine_dir])

    assert result.problems == (  # a user layer may not loosen the machine-wide policy (issue 11 item 3)
        "environment variable SCREENAID_IDLE_WIPE_MINUTES: idle_wipe_minutes: "
        "looser than the machine-wide policy (5); ignored",
    )
    assert result.files_read == (explicit, machine)
    config = result.config
    assert config.country == "DE"  # only the explicit file sets it
    assert config.handout_layout == "cards"  # only the explicit file sets it
    assert config.handout_language == "fr"  # the environment beats the explicit file
    assert config.idle_wipe_minutes == 5  # the machine-wide file beats everything
    assert config.paper_size is None
    assert effective_paper_size(config) == "a4"


def test_environment_values_are_converted_from_text(clean_env: pytest.MonkeyPatch, machine_dir: Path) -> None:
    clean_env.setenv("SCREENAID_QUICK_EXIT_SHORTCUT", "false")
    clean_env.setenv("SCREENAID_IDLE_WARNING_SECONDS", "45")
    clean_env.setenv("SCREENAID_REGION", "")  # empty means unset
    config = load_config(machine_dirs=[machine_dir]).config
    assert config.quick_exit_shortcut is False
    assert config.idle_warning_seconds == 45
    assert config.region is None


def test_environment_variable_names_are_read_in_any_case(
    clean_env: pytest.MonkeyPatch, machine_dir: Path
) -> None:
    clean_env.setenv("screenaid_handout_layout", "cards")
    clean_env.setenv("ScreenAid_Country", " gb ")  # the value is checked and normalised like a file's
    result = load_config(machine_dirs=[machine_dir])
    assert result.config.handout_layout == "cards"
    assert result.config.country == "GB"
    assert result.problems == ()


def test_environment_variables_that_name_no_setting_are_not_read(
    clean_env: pytest.MonkeyPatch, machine_dir: Path
) -> None:
    """Only SCREENAID_<known setting> is looked at: other variables with the prefix are not settings (the
    explicit file's SCREENAID_CONFIG, or variables of other tools), so they are neither applied nor reported."""
    clean_env.setenv("SCREENAID_IDLE_WIPE_MINUTS", "5")
    clean_env.setenv("SCREENAID_TEST_BUNDLE", "1")
    result = load_config(machine_dirs=[machine_dir])
    assert result.config == ClinicConfig()
    assert result.problems == ()


def test_a_bad_environment_value_names_the_variable(clean_env: pytest.MonkeyPatch, machine_dir: Path) -> None:
    clean_env.setenv("screenaid_idle_wipe_minutes", "ten")
    result = load_config(machine_dirs=[machine_dir])
    assert result.config.idle_wipe_minutes == 10
    assert result.problems == (
        "environment variable SCREENAID_IDLE_WIPE_MINUTES: idle_wipe_minutes: Input should be a valid "
        "integer, unable to parse string as an integer (got 'ten'); ignored, the built-in default applies",
    )


def test_constructing_the_settings_reads_no_environment(clean_env: pytest.MonkeyPatch) -> None:
    clean_env.setenv("SCREENAID_IDLE_WIPE_MINUTES", "5")
    assert ClinicConfig().idle_wipe_minutes == 10


def test_all_valid_settings_in_a_machine_file(clean_env: pytest.MonkeyPatch, machine_dir: Path) -> None:
    key = public_key_b64()
    resources = machine_dir.parent / "resources"
    write(
        machine_dir / "config.toml",
        f"""
country = "gb"
region = "GB-SCT"
handout_language = "PT-br"
handout_layout = "cards"
paper_size = "letter"
idle_wipe_minutes = 3
idle_warning_seconds = 60
quick_exit_shortcut = false
local_resources_dir = "{resources.as_posix()}"
clinic_public_key = "{key}"
""",
    )
    result = load_config(machine_dirs=[machine_dir])
    assert result.problems == ()
    config = result.config
    assert (config.country, config.region, config.handout_language) == ("GB", "GB-SCT", "pt-BR")
    assert effective_paper_size(config) == "letter"
    assert config.local_resources_dir == resources
    assert config.clinic_public_key == key
    public = public_key_from_base64(config.clinic_public_key)  # as the app reads the clinic's key
    assert base64.b64encode(bytes(public)).decode() == key


def test_broken_toml_names_the_file_and_line_and_other_layers_still_apply(
    clean_env: pytest.MonkeyPatch, machine_dir: Path
) -> None:
    machine = write(machine_dir / "config.toml", 'country = "GB"\nidle_wipe_minutes = = 5\n')
    clean_env.setenv("SCREENAID_HANDOUT_LAYOUT", "cards")

    result = load_config(machine_dirs=[machine_dir])

    assert len(result.problems) == 1
    problem = result.problems[0]
    assert problem.startswith(f"{machine}: not valid TOML")
    assert "line 2" in problem
    assert "ignored" in problem
    assert result.files_read == ()
    assert result.config.country == "US"  # nothing from the unparsable file
    assert result.config.handout_layout == "cards"


def test_wrong_types_skip_only_the_bad_settings(clean_env: pytest.MonkeyPatch, machine_dir: Path) -> None:
    machine = write(
        machine_dir / "config.toml",
        'country = "CA"\nidle_wipe_minutes = "ten"\nquick_exit_shortcut = "maybe"\nhandout_layout = 3\n',
    )
    result = load_config(machine_dirs=[machine_dir])
    assert result.config.country == "CA"  # the valid setting of a partly broken file applies
    assert result.config.idle_wipe_minutes == 10
    assert result.config.quick_exit_shortcut is True
    assert result.config.handout_layout == "page"
    assert len(result.problems) == 3
    by_field = {p.split(": ")[1]: p for p in result.problems}
    assert set(by_field) == {"idle_wipe_minutes", "quick_exit_shortcut", "handout_layout"}
    for problem in result.problems:
        assert problem.startswith(f"{machine}: ")
        assert problem.endswith("ignored, the built-in default applies")
    assert "'ten'" in by_field["idle_wipe_minutes"]


def test_a_bad_machine_value_falls_back_to_the_weaker_layer(
    clean_env: pytest.MonkeyPatch, machine_dir: Path
) -> None:
    write(machine_dir / "config.toml", "idle_wipe_minutes = 500\n")
    clean_env.setenv("SCREENAID_IDLE_WIPE_MINUTES", "7")
    result = load_config(machine_dirs=[machine_dir])
    assert result.config.idle_wipe_minutes == 7
    (problem,) = result.problems
    assert "idle_wipe_minutes: Input should be less than or equal to 120 (got 500)" in problem
    assert problem.endswith("ignored, environment variable SCREENAID_IDLE_WIPE_MINUTES applies")


def test_unknown_keys_are_reported_with_a_suggestion(
    clean_env: pytest.MonkeyPatch, machine_dir: Path
) -> None:
    machine = write(machine_dir / "config.toml", 'idle_wipe_minute = 5\n[screenaid]\ncountry = "DE"\n')
    result = load_config(machine_dirs=[machine_dir])
    assert result.config == ClinicConfig()
    assert f"{machine}: idle_wipe_minute: unknown setting, ignored; did you mean 'idle_wipe_minutes'?" in (
        result.problems
    )
    assert any(p.startswith(f"{machine}: screenaid: unknown setting") for p in result.problems)


def test_unreadable_file_gives_a_message_and_defaults(
    clean_env: pytest.MonkeyPatch, machine_dir: Path
) -> None:
    (machine_dir / "config.toml").mkdir()  # exists but cannot be read as a file
    result = load_config(machine_dirs=[machine_dir])
    (problem,) = result.problems
    assert problem.startswith(f"{machine_dir / 'config.toml'}: cannot read the file")
    assert result.config == ClinicConfig()


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="root and Windows ignore mode bits")
def test_file_without_read_permission(clean_env: pytest.MonkeyPatch, machine_dir: Path) -> None:
    machine = write(machine_dir / "config.toml", 'country = "DE"\n')
    machine.chmod(0)
    result = load_config(machine_dirs=[machine_dir])
    assert result.problems[0].startswith(f"{machine}: cannot read the file (Permission denied)")
    assert result.config.country == "US"


def test_missing_explicit_file_and_non_utf8_file(
    clean_env: pytest.MonkeyPatch, tmp_path: Path, machine_dir: Path
) -> None:
    clean_env.setenv("SCREENAID_CONFIG", str(tmp_path / "nowhere.toml"))
    (machine_dir / "config.toml").write_bytes(b'country = "\xff"\n')
    result = load_config(machine_dirs=[machine_dir])
    assert result.problems[0].startswith(f"{tmp_path / 'nowhere.toml'}: cannot read the file")
    assert result.problems[1].startswith(f"{machine_dir / 'config.toml'}: not UTF-8 text")
    assert result.config == ClinicConfig()


@pytest.mark.parametrize(
    ("line", "field", "fragment"),
    [
        ('country = "XX"', "country", "'XX' is not an ISO 3166-1 alpha-2 country code"),
        ('country = "USA"', "country", "'USA' is not an ISO 3166-1 alpha-2 country code"),
        ('region = "US-ZZ"', "region", "'US-ZZ' is not an ISO 3166-2 region code"),
        ('region = "DE-BY"', "region", "region DE-BY is not in country US"),
        ('handout_language = "english!"', "handout_language", "not a valid BCP 47 language tag"),
        ('clinic_public_key = "not base64!"', "clinic_public_key", "is not base64 text"),
        ('clinic_public_key = "AAAA"', "clinic_public_key", "decodes to 3 bytes, need 32"),
        ('paper_size = "a3"', "paper_size", "Input should be 'letter' or 'a4'"),
        ("idle_warning_seconds = 19", "idle_warning_seconds", "greater than or equal to 20"),
        ('local_resources_dir = "resources"', "local_resources_dir", "must be an absolute path"),
    ],
)
def test_invalid_values_name_file_and_field(
    clean_env: pytest.MonkeyPatch, machine_dir: Path, line: str, field: str, fragment: str
) -> None:
    machine = write(machine_dir / "config.toml", line + "\n")
    result = load_config(machine_dirs=[machine_dir])
    (problem,) = result.problems
    assert problem.startswith(f"{machine}: {field}: ")
    assert fragment in problem
    assert result.config == ClinicConfig()


def test_settings_that_conflict_across_layers(clean_env: pytest.MonkeyPatch, machine_dir: Path) -> None:
    clean_env.setenv("SCREENAID_REGION", "US-NY")
    clean_env.setenv("SCREENAID_IDLE_WARNING_SECONDS", "90")
    write(machine_dir / "config.toml", 'country = "CA"\nidle_wipe_minutes = 1\n')
    result = load_config(machine_dirs=[machine_dir])
    config = result.config
    assert (config.country, config.region) == ("CA", None)
    assert (config.idle_wipe_minutes, config.idle_warning_seconds) == (1, 30)
    assert (
        "environment variable SCREENAID_REGION: region: region US-NY is not in country CA; ignored"
        in (result.problems[0])
    )
    assert result.problems[1].startswith(
        "environment variable SCREENAID_IDLE_WARNING_SECONDS: idle_warning_seconds: must be shorter than"
    )


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="XDG_CONFIG_DIRS is a Linux convention")
def test_xdg_config_dirs_cannot_move_the_machine_wide_file(
    clean_env: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Issue 11 item 3: a user's XDG_CONFIG_DIRS used to replace /etc/xdg/screenaid/config.toml."""
    user_dir = tmp_path / "user-xdg"
    (user_dir / "screenaid").mkdir(parents=True)
    write(user_dir / "screenaid" / "config.toml", "quick_exit_shortcut = false\nidle_wipe_minutes = 120\n")
    clean_env.setenv("XDG_CONFIG_DIRS", str(user_dir))
    assert machine_config_dirs() == (Path("/etc/xdg/screenaid"),)
    result = load_config()
    assert all(user_dir not in path.parents for path in result.files_read)
    assert result.config.quick_exit_shortcut is True


def test_loading_writes_nothing(clean_env: pytest.MonkeyPatch, tmp_path: Path, machine_dir: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    for name in ("HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "TMPDIR"):
        clean_env.setenv(name, str(home))
    machine = write(machine_dir / "config.toml", 'country = "XX"\n')
    before = sorted(tmp_path.rglob("*"))
    stamp = machine.stat().st_mtime_ns
    load_config(machine_dirs=[machine_dir])
    assert sorted(tmp_path.rglob("*")) == before
    assert machine.stat().st_mtime_ns == stamp


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(content=st.binary(max_size=300) | st.text(max_size=300).map(str.encode))
def test_any_file_content_gives_a_config_and_never_raises(
    clean_env: pytest.MonkeyPatch, machine_dir: Path, content: bytes
) -> None:
    (machine_dir / "config.toml").write_bytes(content)
    result = load_config(machine_dirs=[machine_dir])
    assert isinstance(result.config, ClinicConfig)
    assert all(p.startswith(str(machine_dir)) for p in result.problems)


def test_the_default_handout_language_is_already_in_standard_form() -> None:
    """The default is not run through the validator at start-up (that would load langcodes): it must be
    exactly what the validator would make of it."""
    from screenaid.content.common import _standard_language_tag

    assert ClinicConfig().handout_language == _standard_language_tag(ClinicConfig().handout_language)
