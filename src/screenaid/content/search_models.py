"""Search vocabulary: groups of terms a clinician may type for the same idea."""

from pydantic import Field

from screenaid.content.common import CleanShortText, LanguageTag, Record


class SynonymGroup(Record):
    """Terms that should find each other, e.g. 'pimp', 'trafficker', 'boyfriend' (for control by a partner)."""

    lang: LanguageTag = "en"
    terms: tuple[CleanShortText, ...] = Field(min_length=2)
