"""Ask makes its prompt cards once and then moves, shows or hides them (issue 16: a tick on Screen made all 62
cards again, in the hidden page too, about 200 ms and 450 widgets made and deleted per tick), and a wipe
resets them in place as a fresh page shows them (every wipe made the 62 cards again: about 140 ms and 4 MB of
heap glibc could not hand back). Identities, order and visible state only, never timings or memory figures."""

from __future__ import annotations

import gc
import weakref

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel

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


def test_the_spanish_column_is_added_and_removed_inside_the_same_cards(main_window):
    window = main_window
    window.go_to("ask")
    ask = window.page("ask")
    body = ask.prompt_list.widget()
    cards = dict(ask.cards)
    assert all(card.spanish is None for card in cards.values())
    ask.spanish.setChecked(True)
    _settle()
    assert ask.cards == cards
    assert ask.prompt_list.widget() is body
    for card in cards.values():
        assert card.spanish is not None
        assert card.spanish.isVisibleTo(card)
        assert card.spanish.text() == card.prompt.say["es"]
        texts = _label_texts(card)  # child order, which screen readers follow: Spanish right after English
        english = texts.index(card.english.text())
        assert "Spanish" in texts[english + 1]
        assert texts[english + 2] == card.spanish.text()
    ask.spanish.setChecked(False)
    _settle()
    assert ask.cards == cards
    assert all(card.spanish is None for card in cards.values())
    assert not any(
        "Spanish" in label.text() for card in cards.values() for label in card.findChildren(QLabel)
    )
    made = [w for w in QApplication.allWidgets() if isinstance(w, PromptCard)]
    assert len(made) == len(cards)  # no other card was made


def _label_texts(card: PromptCard) -> list[str]:
    """The card's label texts in child order (the order screen readers use)."""
    return [child.text() for child in card.children() if isinstance(child, QLabel)]


def _visible_labels(card: PromptCard) -> list[QLabel]:
    return [label for label in card.findChildren(QLabel) if label.isVisibleTo(card)]


def _ask_state(ask: AskPage) -> dict[str, object]:
    """Everything a user could have changed on Ask that a wipe must put back, as seen from outside."""
    body = ask.prompt_list.widget()
    cards = [c for c in body.children() if isinstance(c, PromptCard)]
    labels = [label for card in cards for label in card.findChildren(QLabel)]
    return {
        "stage": ask.stage.currentIndex(),
        "topic": ask.topic.currentIndex(),
        "spanish": ask.spanish.isChecked(),
        "shown": _shown_in_child_order(ask),
        "cards": list(ask.cards),
        "linked": list(ask.linked_ids),
        "headings": [c.text() for c in body.children() if isinstance(c, Heading) and not c.isHidden()],
        "count": ask.count.text(),
        "highlighted": [
            c.prompt.id for c in cards if c.lineWidth() != 1 or c.frameShape() != PromptCard.Shape.StyledPanel
        ],
        "selected": [label.selectedText() for label in labels if label.hasSelectedText()],
        "focus": [label.objectName() for label in labels if label.hasFocus()],
        "spanish_columns": [c.prompt.id for c in cards if c.spanish is not None],
        "texts": [[label.text() for label in _visible_labels(ask.cards[pid])] for pid in ask.cards],
        "scroll": (
            ask.prompt_list.verticalScrollBar().value(),
            ask.prompt_list.horizontalScrollBar().value(),
        ),
    }


def _use_ask(window, ask: AskPage) -> None:
    """A clinician's traces on Ask: a checked item that links prompts, a filter, an entry shown (highlighted
    and scrolled to), text selected in a card."""
    window.go_to("screen")
    indicator = _linking_indicator(window.context.library)
    window.context.session.set_checked(indicator.id, True)
    last = window.context.library.prompts[-1].id
    assert window.show_entry(last)
    _settle()
    ask.prompt_list.ensureWidgetVisible(ask.cards[last], 0, 0)
    english = ask.cards[last].english
    QTest.mousePress(
        english, Qt.MouseButton.LeftButton
    )  # a drag starts with a press: the text becomes selectable
    QTest.mouseRelease(english, Qt.MouseButton.LeftButton)
    english.setSelection(0, 5)  # as the drag does (focus would go when the page hides)
    ask.stage.setCurrentIndex(1)


def test_after_a_wipe_ask_is_as_a_fresh_page_and_keeps_its_cards(main_window):
    """Privacy: nothing done on Ask shows after the idle wipe; memory: the cards are reset, not made again."""
    window = main_window
    window.go_to("ask")
    ask = window.page("ask")
    fresh = _ask_state(ask)
    assert not fresh["highlighted"]
    assert not fresh["selected"]
    assert fresh["scroll"] == (0, 0)
    body = ask.prompt_list.widget()
    before = {pid: weakref.ref(card) for pid, card in ask.cards.items()}
    _use_ask(window, ask)
    used = _ask_state(ask)
    assert used["highlighted"]
    assert used["selected"]
    assert used["linked"]
    assert used != fresh
    ask.stage.setCurrentIndex(0)
    assert ask.prompt_list.verticalScrollBar().value() > 0  # the list was scrolled down to the entry
    window.wipe()
    _settle()
    window.go_to("ask")
    _settle()
    assert _ask_state(ask) == fresh
    assert ask.prompt_list.widget() is body
    assert all(before[pid]() is card for pid, card in ask.cards.items())  # the same card objects
    cards = [w for w in QApplication.allWidgets() if isinstance(w, PromptCard)]
    assert len(cards) == len(ask.cards)


def test_a_wipe_with_the_spanish_column_shown_leaves_a_fresh_page(main_window):
    window = main_window
    window.go_to("ask")
    ask = window.page("ask")
    fresh = _ask_state(ask)
    ask.spanish.setChecked(True)
    _use_ask(window, ask)
    assert _ask_state(ask)["spanish_columns"]
    window.wipe()
    _settle()
    window.go_to("ask")
    _settle()
    assert _ask_state(ask) == fresh


def test_a_wipe_compared_with_a_new_page(main_window):
    """The page after a wipe and a page made new over the same empty session show the same."""
    window = main_window
    window.go_to("ask")
    ask = window.page("ask")
    ask.spanish.setChecked(True)
    _use_ask(window, ask)
    window.wipe()
    _settle()
    window.go_to("ask")
    new = AskPage(window.context)
    try:
        wiped_state, new_state = _ask_state(ask), _ask_state(new)
        assert wiped_state.pop("scroll") == new_state.pop("scroll") == (0, 0)
        assert wiped_state == new_state
        for pid, card in ask.cards.items():  # a hidden Spanish column takes no room
            assert card.sizeHint() == new.cards[pid].sizeHint()
            assert card.heightForWidth(500) == new.cards[pid].heightForWidth(500) > 0
    finally:
        new.deleteLater()
        _settle()
