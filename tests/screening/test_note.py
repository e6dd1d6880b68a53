from __future__ import annotations

from dataclasses import replace

from screenaid.screening import ScreeningState, compose_note
from tests.screening.conftest import library_of, small_entries


def test_an_empty_screen_says_nothing_was_recorded(small):
    note = compose_note(small, ScreeningState())
    assert note == "Note title\n\nNothing was recorded.\n\nSteps:\n- Step ps-always\n"


def test_checked_items_are_listed_under_neutral_headings(small):
    state = ScreeningState(frozenset({"ind-c", "ind-a"})).with_answer("pq-age", "adult")
    note = compose_note(small, state)
    assert note == (
        "Note title\n\n"
        "Seen:\n- Observation ind-a was recorded.\n\n"
        "Circumstances:\n- Observation ind-c was recorded.\n\n"
        "Steps:\n- Step ps-always\n- Step ps-some\n"
    )


def test_clinician_text_is_added_only_when_typed(small):
    state = ScreeningState(frozenset({"ind-b"}))
    with_text = compose_note(small, state, "  Patient requested a follow-up visit.  \n")
    assert with_text.endswith("Clinician:\nPatient requested a follow-up visit.\n")
    assert "Clinician:" not in compose_note(small, state, "   \n")


def test_the_note_uses_only_data_and_typed_text(small):
    state = ScreeningState(frozenset({"ind-a", "ind-b", "ind-c", "ind-d"}), {"pq-age": "minor"})
    note = compose_note(small, state)
    allowed = {"Note title", "Seen:", "Circumstances:", "Steps:", ""}
    allowed |= {f"- {i.note_text}" for i in small.indicators}
    allowed |= {f"- {s.title}" for s in small.pathway_steps}
    assert set(note.split("\n")) <= allowed
    assert "Label minor" not in note


def test_without_a_template_the_lines_are_kept_without_headings():
    library = library_of(*small_entries())
    note = compose_note(library, ScreeningState(frozenset({"ind-a"})), "typed")
    assert note == "- Observation ind-a was recorded.\n\n- Step ps-always\n- Step ps-some\n\ntyped\n"
    assert compose_note(library_of(), ScreeningState()) == ""


def test_steps_are_left_out_when_the_template_has_no_steps_heading(small):
    from tests.screening.conftest import TEMPLATE

    library = library_of(*small_entries(), replace(TEMPLATE, steps_heading=None))
    note = compose_note(library, ScreeningState(frozenset({"ind-a"})))
    assert "Step" not in note
    assert note == "Note title\n\nSeen:\n- Observation ind-a was recorded.\n"
