"""docs/jurisdictions.md holds the coverage table the data actually gives (it cannot drift)."""

from __future__ import annotations

from pathlib import Path

from screenaid.content.jurisdiction_coverage import coverage_table

DOC = Path(__file__).resolve().parents[2] / "docs" / "jurisdictions.md"


def test_the_documented_coverage_table_matches_the_data(bundled):
    text = DOC.read_text(encoding="utf-8")
    documented = text.split("<!-- coverage:start -->\n", 1)[1].split("\n<!-- coverage:end -->", 1)[0]
    assert documented == coverage_table(bundled.library), "run scripts/jurisdiction-coverage and paste it"
