"""Load + validate time for data/, and search latency (median and p95) over a fixed list of queries.

Run: .venv/bin/python benchmarks/bench_load_search.py
Targets (issue 2): load + validate ≤ 150 ms; search p95 ≤ 10 ms per query (issue 17: ≤ 3 ms), also reported
per query language (Spanish, French, Chinese and Vietnamese queries as in tests/search/multilingual_set.yaml).
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
QUERIES_BY_LANGUAGE = {
    "en": QUERIES,
    "es": ["deudas", "pasaporte", "amenazas", "no le pagan", "tatuaje", "embarazada", "lesiones", "golpes",
           "línea de ayuda", "linea de ayuda", "trata de personas", "trabajo forzado", "explotación", "deu"],
    "fr": ["travail forcé", "travail force", "conseils juridiques", "police irlandaise", "esclavage moderne",
           "urgence ambulance", "appel gratuit", "traite des êtres humains", "interprète", "forc"],
    "zh": ["热线", "法律咨询", "贩运", "救护车", "翻译", "爱尔兰警察", "短信", "人口贩卖", "护照", "被强迫工作"],
    "vi": ["tư vấn pháp lý", "tu van phap ly", "cảnh sát Ireland", "canh sat ireland", "nhắn tin", "nhan tin",
           "bị ép kết hôn", "bi ep ket hon", "đường dây", "duong day nong"],
}  # fmt: skip
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
    by_language: dict[str, list[float]] = {lang: [] for lang in QUERIES_BY_LANGUAGE}
    for _ in range(SEARCH_RUNS):
        for lang, queries in QUERIES_BY_LANGUAGE.items():
            for query in queries:
                start = time.perf_counter()
                index.search(query, limit=10)
                elapsed = (time.perf_counter() - start) * 1000
                by_language[lang].append(elapsed)
                if lang == "en":
                    search_times.append(elapsed)
    print(f"entries: {len(result.library)} from {result.files_read} files, problems: {len(result.problems)}")
    print(f"load + validate: median {statistics.median(load_times):.1f} ms, first run {load_times[0]:.1f} ms "
          f"({LOAD_RUNS} runs)")  # fmt: skip
    print(f"search index build: {build_ms:.1f} ms for {len(index)} documents")
    print(f"search: median {statistics.median(search_times):.2f} ms, p95 {percentile(search_times, 0.95):.2f} ms, "
          f"max {max(search_times):.2f} ms ({len(search_times)} queries)")  # fmt: skip
    for lang, times in by_language.items():
        print(f"search [{lang}]: median {statistics.median(times):.2f} ms, p95 {percentile(times, 0.95):.2f} ms, "
              f"max {max(times):.2f} ms ({len(times)} queries)")  # fmt: skip


if __name__ == "__main__":
    main()
