"""Which conversation prompts to offer first, given what the clinician has checked."""

from __future__ import annotations

from collections import Counter

from screenaid.content.ask_document import Prompt, Stage
from screenaid.content.library import Library
from screenaid.screening.state import ScreeningState
from screenaid.screening.summary import checked_indicators

_STAGE_ORDER = {stage: index for index, stage in enumerate(Stage)}


def linked_prompts(library: Library, state: ScreeningState) -> list[Prompt]:
    """Every prompt, those linked from checked indicators first.

    Linked prompts come by how many checked indicators link them (most first); ties, and all the
    unlinked prompts after them, follow the conversation's stage order and then the title.
    """
    links = Counter(
        prompt_id for indicator in checked_indicators(library, state) for prompt_id in set(indicator.prompts)
    )

    def rank(prompt: Prompt) -> tuple[int, int, str, str]:
        return (-links[prompt.id], _STAGE_ORDER[prompt.stage], prompt.title.casefold(), prompt.id)

    return sorted(library.prompts, key=rank)
