"""A normal start reads the clinic's settings and the signed manifest of the bundled data without pydantic.

The usual workstation has no configuration file and no ``SCREENAID_*`` variable: the defaults need no check,
so pydantic, its core, the ISO tables (pycountry) and the key code are left unloaded (about 50 ms and 20 MB at
every start); the manifest is read by its own small checker. A file of plainly valid values is checked by the
same rules without pydantic; any other value goes to pydantic, and every bad value is named with its file
(or variable) and setting.
Each test runs in a fresh process: what a module imports can only be seen there.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

WATCHED = (
    "pydantic",
    "pydantic_core",
    "pycountry",
    "langcodes",
    "nacl",
    "cryptography",
    "screenaid.content.library",
)

START = """
import json, sys
from pathlib import Path
import screenaid.config.loading as loading
loading._MACHINE_DIRS_FOR_TESTS = (Path(sys.argv[1]),)
watched = {watched!r}
result = loading.load_config()
report = {{"problems": list(result.problems), "files": [str(p) for p in result.files_read],
          "config": [m for m in watched if m in sys.modules]}}
{after}
print(json.dumps(report))
"""

VERIFY = """
from screenaid.integrity.app_content import verify_bundled_tree
from screenaid.paths import bundled_data_dir
verdict = verify_bundled_tree(bundled_data_dir())
report["verdict"] = [verdict.ok, verdict.trusted, verdict.reason]
report["manifest"] = [m for m in watched if m in sys.modules]
"""


def run(machine_dir: Path, after: str = "", **variables: str) -> dict[str, list[str]]:
    env = {k: v for k, v in os.environ.items() if not k.upper().startswith("SCREENAID_")}
    env.update(variables)
    script = START.format(watched=WATCHED, after=after)
    out = subprocess.run(
        [sys.executable, "-c", script, str(machine_dir)],
        capture_output=True,
        text=True,
        check=True,
        env=env,
        timeout=120,
    )
    return json.loads(out.stdout)  # type: ignore[no-any-return]


def test_settings_without_a_file_or_variable_load_nothing_heavy(tmp_path: Path) -> None:
    report = run(tmp_path)
    assert report["problems"] == []
    assert report["files"] == []
    assert report["config"] == []  # not even the content package: the defaults need no check


def test_a_normal_start_reads_settings_and_the_signed_manifest_without_pydantic(tmp_path: Path) -> None:
    report = run(tmp_path, after=VERIFY)
    assert report["config"] == []
    assert report["verdict"] == [True, True, None]  # the bundled tree verified, as the app verifies it
    assert "pydantic" not in report["manifest"]
    assert "pydantic_core" not in report["manifest"]
    assert "nacl" in report["manifest"]  # the signature check and the digests: libsodium
    assert "cryptography" not in report["manifest"]


def test_the_whole_content_read_of_a_start_loads_no_pydantic(tmp_path: Path) -> None:
    """What the app's content thread does at launch (settings, signature checks, the snapshot, the notices),
    then the search index over the configured jurisdiction's view, as the thread builds it."""
    after = (
        "from screenaid.ui.context import read_content\n"
        "from screenaid.content.jurisdiction_view import library_for_jurisdiction\n"
        "from screenaid.config import effective_jurisdiction\n"
        "from screenaid.search import SearchIndex\n"
        "loaded = read_content()\n"
        "SearchIndex(library_for_jurisdiction(loaded[0], effective_jurisdiction(loaded[1])))\n"
        "report['entries'] = [str(len(loaded[0]))]\n"
        "heavy = ('pydantic', 'pydantic_core', 'pycountry', 'importlib.metadata', 'langcodes', 'phonenumbers',"
        " 'hashlib', 'cryptography')\n"
        "report['content'] = sorted(m for m in heavy if m in sys.modules)\n"
    )
    report = run(tmp_path, after=after)
    assert int(report["entries"][0]) > 500
    # pydantic validates input, and a snapshot holds content validated when it was signed; pycountry names
    # only places ScreenAid has no content for (importlib.metadata is what pycountry loads for its version);
    # digests come from libsodium (PyNaCl), which the signature check loads (hashlib would load OpenSSL too);
    # cryptography (6 MB of OpenSSL and Rust) is no longer used at all
    assert report["content"] == []


def test_a_config_file_is_still_validated_by_pydantic_naming_file_and_setting(tmp_path: Path) -> None:
    machine = tmp_path / "config.toml"
    machine.write_text('country = "gb"\nidle_wipe_minutes = 500\nregion = "US-CA"\n', encoding="utf-8")
    report = run(tmp_path)
    assert report["files"] == [str(machine)]
    assert report["problems"] == [  # in the order the settings are declared, as before
        f"{machine}: region: region US-CA is not in country GB; ignored, the built-in default applies",
        f"{machine}: idle_wipe_minutes: Input should be less than or equal to 120 (got 500); "
        "ignored, the built-in default applies",
    ]
    assert {"pydantic", "pydantic_core", "pycountry"} <= set(report["config"])


def test_a_variable_is_validated_too(tmp_path: Path) -> None:
    report = run(tmp_path, SCREENAID_IDLE_WIPE_MINUTES="ten")
    assert report["problems"] == [
        "environment variable SCREENAID_IDLE_WIPE_MINUTES: idle_wipe_minutes: Input should be a valid integer, "
        "unable to parse string as an integer (got 'ten'); ignored, the built-in default applies"
    ]
    assert "pydantic" in report["config"]


def test_the_default_handout_language_is_not_checked_when_other_settings_are(tmp_path: Path) -> None:
    """As ``Field(validate_default=False)`` did: checking "en" would load langcodes at every configured start."""
    (tmp_path / "config.toml").write_text('country = "DE"\nhandout_layout = 5\n', encoding="utf-8")
    report = run(tmp_path)
    assert len(report["problems"]) == 1  # the layout; the country is kept
    assert "pydantic" in report["config"]
    assert "langcodes" not in report["config"]


def test_the_clinic_key_code_is_loaded_only_for_a_clinic_key(tmp_path: Path) -> None:
    (tmp_path / "config.toml").write_text('country = "DE"\n', encoding="utf-8")
    assert "nacl" not in run(tmp_path)["config"]
    (tmp_path / "config.toml").write_text('clinic_public_key = "AAAA"\n', encoding="utf-8")
    report = run(tmp_path)
    assert report["problems"][0].endswith(
        "clinic_public_key: is not an Ed25519 public key (decodes to 3 bytes, need 32); "
        "ignored, the built-in default applies"
    )
    assert "nacl" in report["config"]
    assert "cryptography" not in report["config"]


def test_a_country_or_region_screenaid_ships_content_for_is_checked_without_pycountry(tmp_path: Path) -> None:
    """Most configured clinics name their own country or region: those ScreenAid has content for are known
    from its table (about 20 ms and 7 MB of pycountry spared); any other is still looked up."""
    (tmp_path / "config.toml").write_text('country = "gb"\nregion = "gb-sct"\n', encoding="utf-8")
    report = run(tmp_path)
    assert report["problems"] == []
    assert "pycountry" not in report["config"]
    (tmp_path / "config.toml").write_text('country = "GB"\nregion = "US-TX"\n', encoding="utf-8")
    assert run(tmp_path)["problems"] == [
        f"{tmp_path / 'config.toml'}: region: region US-TX is not in country GB; ignored, the built-in default "
        "applies"
    ]
    (tmp_path / "config.toml").write_text('country = "DE"\nregion = "DE-BY"\n', encoding="utf-8")
    report = run(tmp_path)
    assert report["problems"] == []
    assert "pycountry" in report["config"]


def test_a_clinics_usual_file_is_checked_without_pydantic_and_as_pydantic_checks_it(tmp_path: Path) -> None:
    """Well-typed, valid values (what a clinic's file holds) pass the same rules without pydantic; the
    settings are those pydantic gives for the same file (as every random mix in test_settings_equivalence)."""
    (tmp_path / "config.toml").write_text(
        'country = "ca"\nregion = "CA-ON"\nhandout_language = "fr-CA"\ninterface_language = "fr_CA"\n'
        'paper_size = "letter"\nidle_wipe_minutes = 5\nidle_warning_seconds = 60\nquick_exit_shortcut = true\n'
        'start_page = "screen"\nhandout_layout = "cards"\n',
        encoding="utf-8",
    )
    after = (
        "from screenaid.config.settings import _adapter\n"
        "import dataclasses\n"
        "report['plain'] = [repr(dataclasses.astuple(result.config))]\n"
        "report['pydantic'] = [repr(dataclasses.astuple(_adapter().validate_python(loading._read_toml("
        "Path(sys.argv[1]) / 'config.toml', []))))]\n"
    )
    report = run(tmp_path, after=after)
    assert report["problems"] == []
    assert report["config"] == ["langcodes"]  # for the language tag; Ontario is in the core's table
    assert report["plain"] == report["pydantic"]
    assert (
        "'CA', 'CA-ON', None, 'fr-CA', 'cards', 'fr', 'letter', 5, 60, True, 'screen'" in report["plain"][0]
    )
