from __future__ import annotations

from screenaid.screening import ScreeningState, linked_prompts


def ids(prompts):
    return [p.id for p in prompts]


def test_without_checks_prompts_follow_stage_order_then_title(small):
    # privacy, then ask ("Another ask" before "Ask about work"), then respond
    assert ids(linked_prompts(small, ScreeningState())) == ["prm-z", "prm-w", "prm-x", "prm-y"]


def test_prompts_linked_by_more_checked_indicators_come_first(small):
    state = ScreeningState(frozenset({"ind-a", "ind-b"}))
    # prm-y is linked by both, prm-x by one; the rest keep stage order
    assert ids(linked_prompts(small, state)) == ["prm-y", "prm-x", "prm-z", "prm-w"]


def test_linked_prompts_with_equal_links_follow_stage_order(small):
    state = ScreeningState(frozenset({"ind-a"}))
    assert ids(linked_prompts(small, state)) == ["prm-x", "prm-y", "prm-z", "prm-w"]
