from __future__ import annotations

import pytest

from screenaid.screening import ScreeningState


def test_empty_state_has_nothing():
    state = ScreeningState()
    assert state.checked == frozenset()
    assert dict(state.answers) == {}
    assert state.is_empty


def test_checking_returns_a_new_state_and_leaves_the_old_one_alone():
    empty = ScreeningState()
    one = empty.with_checked("ind-a")
    two = one.with_checked("ind-b")
    assert empty.checked == frozenset()
    assert one.checked == {"ind-a"}
    assert two.checked == {"ind-a", "ind-b"}
    assert two.with_checked("ind-a", False).checked == {"ind-b"}
    assert one.with_checked("ind-a").checked == {"ind-a"}


def test_answers_are_set_replaced_and_cleared():
    state = ScreeningState().with_answer("pq-age", "minor")
    assert dict(state.answers) == {"pq-age": "minor"}
    assert dict(state.with_answer("pq-age", "adult").answers) == {"pq-age": "adult"}
    assert dict(state.with_answer("pq-age", None).answers) == {}
    assert dict(state.with_answer("pq-other", None).answers) == {"pq-age": "minor"}


def test_answers_cannot_be_changed_in_place():
    source = {"pq-age": "minor"}
    state = ScreeningState(frozenset(), source)
    source["pq-age"] = "adult"
    assert state.answers["pq-age"] == "minor"
    with pytest.raises(TypeError):
        state.answers["pq-age"] = "adult"  # type: ignore[index]


def test_equal_states_compare_and_hash_equal():
    a = ScreeningState(frozenset({"ind-a"}), {"pq-age": "minor"})
    b = ScreeningState().with_answer("pq-age", "minor").with_checked("ind-a")
    assert a == b
    assert hash(a) == hash(b)
    assert a != b.with_checked("ind-b")
    assert not a.is_empty
