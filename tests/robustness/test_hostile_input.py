"""Property-based tests: the data loader, YAML reader and search meet arbitrary and hostile input with clear
errors only — never a crash, a traceback or a hang. Each test prints how many cases it ran."""

from __future__ import annotations

import time
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from screenaid.content import load_library
from screenaid.content.kinds import KINDS
from screenaid.content.yaml_reader import DataFileError, read_yaml_text
from screenaid.search import SearchIndex

CASES = 400
HANG = 5.0
"""Seconds after which one case counts as a hang (a robustness bound, not a speed target)."""
HOSTILE_TEXT = st.one_of(
    st.text(max_size=2000),
    st.text(alphabet=st.characters(codec="utf-8", categories=["Cc", "Cf", "Zl", "Zp"]), max_size=200),
    st.text(
        alphabet="\u0627\u0644\u0639\u0631\u0628\u064a\u0629\u05e9\u05dc\u05d5\u05dd\u202e\u202d",
        max_size=200,
    ),
    st.just("x" * 100_000),
    st.builds(lambda n: "[" * n + "]" * n, st.integers(1, 5000)),
    st.builds(lambda n: "a:\n" + "".join("  " * i + f"k{i}:\n" for i in range(n)), st.integers(1, 300)),
)
JSONISH = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=50),
    lambda children: (
        st.lists(children, max_size=5) | st.dictionaries(st.text(max_size=10), children, max_size=5)
    ),
    max_leaves=40,
)


class Counter:
    def __init__(self, name: str) -> None:
        self.name, self.count, self.slowest = name, 0, 0.0

    def timed(self, started: float) -> None:
        self.count += 1
        self.slowest = max(self.slowest, time.perf_counter() - started)

    def report(self) -> None:
        print(f"\n{self.name}: {self.count} cases, slowest {self.slowest * 1000:.0f} ms")


yaml_cases = Counter("YAML reader, arbitrary text")


@settings(max_examples=CASES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(HOSTILE_TEXT)
def test_yaml_reader_gives_clear_errors_only(text: str) -> None:
    started = time.perf_counter()
    message = None
    try:
        read_yaml_text(text)
    except DataFileError as error:
        message = str(error)
    assert message is None or message.startswith("not valid YAML")
    yaml_cases.timed(started)
    assert time.perf_counter() - started < HANG


def test_yaml_reader_case_count() -> None:
    yaml_cases.report()
    assert yaml_cases.count >= CASES // 2


entry_cases = Counter("loader, arbitrary entries of every kind")


@settings(
    max_examples=CASES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(kind=st.sampled_from(sorted(KINDS)), entries=st.lists(JSONISH, max_size=4), extra=HOSTILE_TEXT)
def test_loader_reports_problems_instead_of_crashing(
    tmp_path: Path, kind: str, entries: list[object], extra: str
) -> None:
    started = time.perf_counter()
    folder = tmp_path / "data"
    folder.mkdir(exist_ok=True)
    document = {"kind": kind, "entries": entries}
    (folder / "a.yaml").write_text(yaml.safe_dump(document, allow_unicode=True), encoding="utf-8")
    (folder / "b.yaml").write_text(extra, encoding="utf-8")
    result = load_library(folder)
    for problem in result.problems:
        assert problem.file in {"data/a.yaml", "data/b.yaml"}
        assert problem.message
        assert "Traceback" not in problem.message
    entry_cases.timed(started)


def test_loader_case_count() -> None:
    entry_cases.report()
    assert entry_cases.count >= CASES // 2


search_cases = Counter("search, hostile queries")


@settings(max_examples=CASES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(HOSTILE_TEXT)
def test_search_never_crashes_or_hangs(text: str) -> None:
    index = _index()
    started = time.perf_counter()
    hits = index.search(text, limit=10)
    assert len(hits) <= 10
    search_cases.timed(started)
    assert time.perf_counter() - started < HANG


def test_search_case_count() -> None:
    search_cases.report()
    assert search_cases.count >= CASES // 2


_INDEX: list[SearchIndex] = []


def _index() -> SearchIndex:
    if not _INDEX:
        from tests.conftest import DATA_DIR

        _INDEX.append(SearchIndex(load_library(DATA_DIR).library))
    return _INDEX[0]
