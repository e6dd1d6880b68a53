"""Load + validate time for data/, and search latency (median and p95) over a fixed list of queries.

Run: .venv/bin/python benchmarks/bench_load_search.py
Targets (issue 2): load + validate ≤ 150 ms; search p95 ≤ 10 ms per query.
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path

from screenaid.content import load_library
from screenaid.search import SearchIndex

DATA = Path(__file__).resolve().parent.parent / "data"
QUERIES = [
    "trafficing", "debt", "pimp", "boyfriend", "no ID", "branding", "visa", "passport", "minor",
    "interpreter", "hotline", "labor", "sex", "tattoo", "pasaporte", "deuda", "injury", "pregnancy",
    "portal", "T74.51", "icd", "lgbtq", "boys", "homeless youth", "companion answers", "mandatory report",
    "trauma informed", "consent", "safety plan", "work permit", "tr", "traff", "chil", "doc", "xyzzy",
]  # fmt: skip
LOAD_RUNS = 15
SEARCH_RUNS = 20


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def main() -> None:
    load_times = []
    for _ in range(LOAD_RUNS):
        start = time.perf_counter()
        result = load_library(DATA)
        load_times.append((time.perf_counter() - start) * 1000)
    start = time.perf_counter()
    index = SearchIndex(result.library)
    build_ms = (time.perf_counter() - start) * 1000
    search_times = []
    for _ in range(SEARCH_RUNS):
        for query in QUERIES:
            start = time.perf_counter()
            index.search(query, limit=10)
            search_times.append((time.perf_counter() - start) * 1000)
    print(f"entries: {len(result.library)} from {result.files_read} files, problems: {len(result.problems)}")
    print(f"load + validate: median {statistics.median(load_times):.1f} ms, first run {load_times[0]:.1f} ms "
          f"({LOAD_RUNS} runs)")  # fmt: skip
    print(f"search index build: {build_ms:.1f} ms for {len(index)} documents")
    print(f"search: median {statistics.median(search_times):.2f} ms, p95 {percentile(search_times, 0.95):.2f} ms, "
          f"max {max(search_times):.2f} ms ({len(search_times)} queries)")  # fmt: skip


if __name__ == "__main__":
    main()
