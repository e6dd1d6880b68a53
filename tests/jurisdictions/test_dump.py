"""`screenaid dump --json --jurisdiction CODE` prints the library as a clinician there sees it."""

from __future__ import annotations

import json
import re

import pytest

from screenaid.cli import EXIT_OK, EXIT_USAGE, main

NON_US = ["CA", "CA-QC", "GB-ENG", "GB-WLS", "GB-SCT", "GB-NIR", "AU", "AU-NSW", "IE", "DE"]


def dump(capsys, code: str) -> tuple[int, str]:
    status = main(["dump", "--json", "--jurisdiction", code])
    return status, capsys.readouterr().out


@pytest.mark.parametrize("code", NON_US)
def test_a_non_us_dump_has_no_tvpa_no_icd10cm_table_and_no_check_your_state(capsys, code):
    status, out = dump(capsys, code)
    assert status == EXIT_OK
    document = json.loads(out)
    assert document["jurisdiction"]["code"] == code
    assert document["entries"]["icd_code"] == []
    assert document["counts"]["icd_code"] == 0
    assert "TVPA" not in out
    assert "ICD-10-CM" not in out
    assert re.search(r"check your state", out, re.I) is None
    # The statute stays in the bibliography only as the cited evidence behind some indicators; no
    # definition, step or note presents it as the law that applies.
    shown = {kind: entries for kind, entries in document["entries"].items() if kind != "source"}
    assert "Trafficking Victims Protection" not in json.dumps(shown)
    countries = {r["country"] for r in document["entries"]["resource"]}
    assert countries <= {code.split("-")[0], "EU"}, countries


def test_the_dump_names_the_jurisdiction_and_what_it_does_not_cover(capsys):
    _, out = dump(capsys, "GB-SCT")
    block = json.loads(out)["jurisdiction"]
    assert block["name"] == "Scotland"
    assert block["topics"]["law"]["notes"] == ["law-gb-sct-htea"]
    assert block["topics"]["reporting_adult_at_risk"]["notes"] == ["rep-gb-sct-adult-at-risk"]
    assert block["referral_sheets"] == ["sheet-uk-nrm"]
    _, out = dump(capsys, "GB-NIR")
    block = json.loads(out)["jurisdiction"]
    assert block["topics"]["reporting_adult_at_risk"]["message"] == (
        "No guidance for Northern Ireland yet — follow your local policy."
    )


def test_the_us_dump_keeps_its_federal_law_and_icd10cm_codes(capsys):
    status, out = dump(capsys, "US-TX")
    document = json.loads(out)
    assert status == EXIT_OK
    assert len(document["entries"]["icd_code"]) >= 10
    assert "TVPA" in out


def test_a_bad_code_is_a_usage_error_that_says_why(capsys):
    assert main(["dump", "--json", "--jurisdiction", "GB-XYZ"]) == EXIT_USAGE
    assert "GB-XYZ" in capsys.readouterr().err
