"""Ask makes its prompt cards once and then moves, shows or hides them (issue 16: a tick on Screen made all 62
cards again, in the hidden page too, about 200 ms and 450 widgets made and deleted per tick). Identities and
order only, never timings."""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication

from screenaid.ui.pages.ask_page import AskPage
from screenaid.ui.widgets.heading import Heading
from screenaid.ui.widgets.prompt_card import PromptCard


def _settle() -> None:
    QCoreApplication.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


def _linking_indicator(library):
    return next(indicator for indicator in library.indicators if indicator.prompts)


def _shown_in_child_order(ask: AskPage) -> list[str]:
    """Prompt ids of the visible cards in the order of the list's children (the order screen readers use)."""
    body = ask.prompt_list.widget()
    return [
        child.prompt.id for child in body.children() if isinstance(child, PromptCard) and not child.isHidden()
    ]


def test_a_tick_on_screen_moves_the_cards_it_does_not_make_them_again(main_window):
    window = main_window
    window.go_to("ask")
    ask = window.page("ask")
    assert isinstance(ask, AskPage)
    body = ask.prompt_list.widget()
    before = dict(ask.cards)
    window.go_to("screen")
    indicator = _linking_indicator(window.context.library)
    window.context.session.set_checked(indicator.id, True)
    assert ask.prompt_list.widget() is body
    assert ask.linked_ids
    assert set(ask.linked_ids) <= set(indicator.prompts)
    assert list(ask.cards)[: len(ask.linked_ids)] == ask.linked_ids  # linked prompts first
    assert all(ask.cards[pid] is before[pid] for pid in ask.cards)  # the same cards, moved
    assert _shown_in_child_order(ask) == list(ask.cards)
    headings = [c.text() for c in body.children() if isinstance(c, Heading) and not c.isHidden()]
    assert len(headings) == 2  # "Linked to what you checked" and "All other prompts"


def test_a_filter_hides_cards_and_brings_the_same_ones_back(main_window):
    window = main_window
    window.go_to("ask")
    ask = window.page("ask")
    everything = dict(ask.cards)
    stage = next(iter(everything.values())).prompt.stage
    ask.stage.setCurrentIndex(ask.stage.findData(stage.value))
    assert 0 < len(ask.cards) < len(everything)
    assert all(card.prompt.stage == stage for card in ask.cards.values())
    assert _shown_in_child_order(ask) == list(ask.cards)
    ask.stage.setCurrentIndex(0)
    assert ask.cards == everything


def test_a_change_that_shows_the_same_prompts_keeps_the_cards(main_window):
    """An answer on the response pathway changes the session but not the prompts Ask shows."""
    window = main_window
    window.go_to("ask")
    ask = window.page("ask")
    body = ask.prompt_list.widget()
    cards = dict(ask.cards)
    question = window.context.library.pathway_questions[0]
    window.context.session.set_answer(question.id, question.answers[0].id)  # links no prompt
    assert ask.cards == cards
    assert ask.prompt_list.widget() is body


def test_the_spanish_column_and_a_wipe_make_new_cards_and_delete_the_old(main_window):
    window = main_window
    prompt_id = window.context.library.prompts[0].id
    assert window.show_entry(prompt_id)
    ask = window.page("ask")
    assert ask.cards[prompt_id].lineWidth() == 3  # highlighted
    old = list(ask.cards.values())
    gone: list[str] = []
    old[0].destroyed.connect(lambda: gone.append("card"))
    ask.spanish.setChecked(True)
    _settle()
    assert gone == ["card"]
    assert all(card.spanish is not None for card in ask.cards.values())
    window.wipe()
    _settle()
    window.go_to("ask")
    assert all(card.lineWidth() == 1 for card in ask.cards.values())
    assert all(card.spanish is None for card in ask.cards.values())
    cards = [w for w in QApplication.allWidgets() if isinstance(w, PromptCard)]
    assert len(cards) == len(ask.cards)  # no card of before the wipe is left
