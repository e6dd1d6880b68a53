"""Property-based tests: the clinic config loader meets arbitrary and hostile TOML files and environment
values (huge strings, control characters, deep nesting, wrong types, RTL text) with clear messages only:
it never raises, never hangs, always returns a valid configuration, and every problem names its source.
Each test prints how many cases it ran.
"""

from __future__ import annotations

import dataclasses
import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from screenaid.config import ClinicConfig, load_config
from screenaid.config.settings import SETTING_NAMES, validate_settings
from tests.privacy.figures import show

CASES = 200
HANG = 5.0
FIELDS = sorted(SETTING_NAMES)
RTL = "\u0627\u0644\u0639\u0631\u0628\u064a\u0629 \u05e9\u05dc\u05d5\u05dd \u202e\u200f"
HOSTILE_STRING = st.one_of(
    st.text(max_size=200),
    st.text(alphabet=st.characters(codec="utf-8", categories=["Cc", "Cf", "Zl", "Zp"]), max_size=50),
    st.text(alphabet=RTL, max_size=50),
    st.builds(lambda n: "x" * n, st.integers(1, 100_000)),
    st.sampled_from(["US", "us ", "GB", "US-CA", "es", "a4", "letter", "cards", "/etc", "AAAA", "true"]),
)
TOML_VALUE = st.recursive(
    st.one_of(
        st.booleans(),
        st.integers(min_value=-(2**63), max_value=2**63 - 1),
        st.floats(allow_nan=True, allow_infinity=True),
        HOSTILE_STRING,
    ),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.sampled_from(FIELDS), children, max_size=3)
    ),
    max_leaves=12,
)


def toml_string(text: str) -> str:
    escaped = "".join(
        c
        if c.isprintable() and c not in '"\\'
        else f"\\u{ord(c):04x}"
        if ord(c) < 0x10000
        else f"\\U{ord(c):08x}"
        for c in text
        if not 0xD800 <= ord(c) <= 0xDFFF
    )
    return f'"{escaped}"'


def toml_value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return {"nan": "nan", "inf": "inf", "-inf": "-inf"}.get(repr(value), repr(value))
    if isinstance(value, str):
        return toml_string(value)
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    assert isinstance(value, dict)
    return "{" + ", ".join(f"{k} = {toml_value(v)}" for k, v in value.items()) + "}"


@pytest.fixture
def isolated(tmp_path: Path) -> Iterator[Path]:
    """No SCREENAID_* variable from this machine; an empty machine-wide folder."""
    saved = {k: v for k, v in os.environ.items() if k.upper().startswith("SCREENAID_")}
    for name in saved:
        del os.environ[name]
    machine = tmp_path / "machine"
    machine.mkdir()
    yield machine
    for name in [k for k in os.environ if k.upper().startswith("SCREENAID_")]:
        del os.environ[name]
    os.environ.update(saved)


class Tally:
    def __init__(self, name: str) -> None:
        self.name, self.count, self.problems, self.clean, self.slowest = name, 0, 0, 0, 0.0

    def add(self, problems: int, started: float) -> None:
        self.count += 1
        self.problems += problems
        self.clean += problems == 0
        self.slowest = max(self.slowest, time.perf_counter() - started)

    def line(self) -> str:
        return (
            f"{self.name}: {self.count} cases, {self.problems} problems reported, {self.clean} cases with none, "
            f"slowest {self.slowest * 1000:.0f} ms"
        )


def check(result_problems: tuple[str, ...], sources: tuple[str, ...]) -> None:
    for problem in result_problems:
        assert problem.startswith(sources), problem  # names the file or the environment variable
        assert "Traceback" not in problem
        assert "\n" not in problem.split(":", 1)[0]


typed_files = Tally("config loader, well-formed TOML of any shape and type")


@settings(max_examples=CASES, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(settings_map=st.dictionaries(st.one_of(st.sampled_from(FIELDS), st.text(max_size=20)), TOML_VALUE))
def test_any_settings_of_any_type_give_a_valid_config(
    isolated: Path, settings_map: dict[str, object]
) -> None:
    lines = [f"{toml_string(key)} = {toml_value(value)}" for key, value in settings_map.items()]
    path = isolated / "config.toml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    started = time.perf_counter()
    result = load_config(machine_dirs=[isolated])
    assert time.perf_counter() - started < HANG
    assert isinstance(result.config, ClinicConfig)
    assert validate_settings(dataclasses.asdict(result.config)) == result.config  # itself valid, and final
    check(result.problems, (str(path),))
    typed_files.add(len(result.problems), started)


raw_files = Tally("config loader, hostile raw file content (deep nesting, huge, control characters)")


@settings(max_examples=CASES, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    content=st.one_of(
        st.binary(max_size=500),
        HOSTILE_STRING.map(lambda s: s.encode("utf-8", "surrogatepass")),
        st.integers(1, 3000).map(lambda n: ("x = " + "[" * n + "]" * n).encode()),
        st.integers(1, 3000).map(lambda n: ("x = " + "{a = " * n + "1" + "}" * n).encode()),
        st.integers(1, 500).map(
            lambda n: "".join(f"[{'.'.join(['t'] * (i + 1))}]\n" for i in range(n)).encode()
        ),
        st.integers(1, 200_000).map(lambda n: b'country = "' + b"U" * n + b'"\n'),
    )
)
def test_hostile_file_content_never_raises_or_hangs(isolated: Path, content: bytes) -> None:
    path = isolated / "config.toml"
    path.write_bytes(content)
    started = time.perf_counter()
    result = load_config(machine_dirs=[isolated])
    assert time.perf_counter() - started < HANG
    assert isinstance(result.config, ClinicConfig)
    check(result.problems, (str(path),))
    raw_files.add(len(result.problems), started)


environment = Tally("config loader, hostile SCREENAID_* environment values")


@settings(max_examples=CASES, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(values=st.dictionaries(st.sampled_from(FIELDS), HOSTILE_STRING, max_size=4))
def test_hostile_environment_values_give_clear_messages(isolated: Path, values: dict[str, str]) -> None:
    for name in [k for k in os.environ if k.upper().startswith("SCREENAID_")]:
        del os.environ[name]
    for field, value in values.items():
        clean = value.replace("\x00", "")  # the OS cannot carry NUL in an environment value
        if clean:
            os.environ[f"SCREENAID_{field.upper()}"] = clean
    started = time.perf_counter()
    result = load_config(machine_dirs=[isolated])
    assert time.perf_counter() - started < HANG
    assert isinstance(result.config, ClinicConfig)
    check(result.problems, ("environment variable SCREENAID_", "configuration could not be read"))
    environment.add(len(result.problems), started)


def test_config_fuzz_case_counts(capsys) -> None:  # type: ignore[no-untyped-def]
    tallies = (typed_files, raw_files, environment)
    show(capsys, "config loader fuzz", [t.line() for t in tallies])
    for tally in tallies:
        assert tally.count >= CASES // 2, tally.line()
