"""Search vocabulary: groups of terms a clinician may type for the same idea."""

from dataclasses import dataclass
from typing import Annotated

from screenaid.content.common import CleanShortText, LanguageTag, Record
from screenaid.content.constraints import Limits


@dataclass(frozen=True, slots=True, kw_only=True, eq=False, repr=False)
class SynonymGroup(Record):
    """Terms that should find each other, e.g. 'pimp', 'trafficker', 'boyfriend' (for control by a partner)."""

    lang: LanguageTag = "en"
    terms: Annotated[tuple[CleanShortText, ...], Limits(min_length=2)]
