"""Time to draw the handout's pages with PDFium (pypdfium2): the live preview and one printed page.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_preview.py [--runs N]

Reports the median time to open a two-page handout from its bytes and draw every page at the preview's
resolution (60 dpi), and to draw one page at 600 dpi as printing does (the most it uses, drawn from PDFium's pixels), with the peak memory
of the process afterwards.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtGui import QGuiApplication
from tests.handout.samples import eight_resources

from screenaid.handout import render_handout
from screenaid.ui.widgets.handout_pages import MAX_PRINT_DPI, HandoutPages
from screenaid.ui.widgets.handout_preview import PREVIEW_DPI


def timed(runs: int, action) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    app = QGuiApplication([])
    pdf = render_handout(eight_resources(), language="en", layout="page", title_style="plain", paper="letter")

    def preview() -> None:
        with HandoutPages(pdf) as pages:
            list(pages.images(PREVIEW_DPI))

    def print_page() -> None:
        with HandoutPages(pdf) as pages, pages.borrowed_image(0, MAX_PRINT_DPI) as image:
            assert not image.isNull()

    with HandoutPages(pdf) as pages:
        count = pages.page_count
    print(f"handout: {len(pdf):,} bytes, {count} pages")
    print(
        f"preview, all pages at {PREVIEW_DPI} dpi: median {timed(args.runs, preview):.1f} ms ({args.runs} runs)"
    )
    runs = max(3, args.runs // 4)
    print(f"one page at {MAX_PRINT_DPI} dpi: median {timed(runs, print_page):.1f} ms ({runs} runs)")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory: {peak:.0f} MB")
    del app


if __name__ == "__main__":
    main()
