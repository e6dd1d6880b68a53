"""``screenaid note``: the note the Document place composes, printed for content review."""

from __future__ import annotations

import json

import pytest

from screenaid.cli import EXIT_OK, EXIT_USAGE, main
from screenaid.screening import ScreeningState, compose_note, left_out_of_note, unfilled_blanks


@pytest.fixture(scope="module")
def library(bundled):
    return bundled.library


def run(capsys, *argv):
    code = main(["note", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_prints_the_note_the_core_composes(capsys, library):
    items = ["ind-cannot-leave", "ind-excessive-hours", "ind-rf-abuse-history"]
    code, out, err = run(capsys, *items, "--answer", "pq-age=adult", "--answer", "pq-danger=no")
    assert code == EXIT_OK, err
    state = ScreeningState(frozenset(items), {"pq-age": "adult", "pq-danger": "no"})
    assert out == compose_note(library, state)
    for item in items:
        indicator = next(i for i in library.indicators if i.id == item)
        assert f"- {indicator.note_text}" in out.splitlines()


def test_json_lists_the_note_its_blanks_and_the_items_left_out(capsys, library):
    code, out, _ = run(capsys, "ind-no-id", "ind-rf-insecure-status", "--json")
    assert code == EXIT_OK
    document = json.loads(out)
    state = ScreeningState(frozenset({"ind-no-id", "ind-rf-insecure-status"}))
    assert document["note"] == compose_note(library, state)
    assert document["blanks"] == unfilled_blanks(document["note"]) == ["[who]"]
    assert (
        document["left_out"] == [i.id for i in left_out_of_note(library, state)] == ["ind-rf-insecure-status"]
    )
    assert "immigration" not in document["note"].lower()


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["ind-cannot-leave", "ind-not-a-real-item"], "unknown item id(s): ind-not-a-real-item"),
        (["ind-cannot-leave", "--answer", "pq-age=teen"], "unknown answer pq-age=teen"),
        (["ind-cannot-leave", "--answer", "pq-findings=high"], "unknown answer pq-findings=high"),
    ],
)
def test_unknown_ids_give_a_one_line_error_and_exit_2(capsys, argv, message):
    code, out, err = run(capsys, *argv)
    assert code == EXIT_USAGE
    assert out == ""
    assert err.strip().splitlines() == [f"screenaid note: {message}"]


def test_a_malformed_answer_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["note", "ind-cannot-leave", "--answer", "pq-age"])
    assert exit_info.value.code == EXIT_USAGE
    assert "QUESTION=ANSWER" in capsys.readouterr().err
