"""Handout wording: the fixed, patient-facing strings printed on referral handouts, one entry per language."""

from dataclasses import dataclass
from typing import Literal

from screenaid.content.common import CleanShortText, CleanText, LanguageTag, Record
from screenaid.content.resources import NeutralLabel

_PLACEHOLDERS: dict[str, tuple[str, ...]] = {
    "text_keyword": ("{keyword}", "{number}"),
    "verified_on": ("{date}",),
}


@dataclass(frozen=True, slots=True, kw_only=True, eq=False, repr=False)
class HandoutText(Record):
    """Every string a handout prints in one language (resource names and blurbs come from resources)."""

    language: LanguageTag
    language_name: CleanShortText
    """The language's own name for itself, e.g. 'Español'."""
    direction: Literal["ltr", "rtl"] = "ltr"
    """Writing direction of the script."""
    translated_by: CleanShortText
    """Who wrote this language's wording (be honest)."""
    native_speaker_reviewed: bool
    """Whether a native speaker has reviewed the wording."""
    source_text: bool = False
    """True for the language the wording was first written in: it is not a translation, so pickers do not call
    it an unreviewed translation."""
    reviewed_by: CleanShortText | None = None
    """Who reviewed it (required when native_speaker_reviewed)."""
    title_plain: CleanShortText
    """Plain title, e.g. 'Where to get help'."""
    title_discreet: CleanShortText
    """Neutral health title that does not reveal the subject."""
    intro_plain: CleanText
    """One or two short sentences under the plain title."""
    intro_discreet: CleanText
    """Neutral sentence under the discreet title."""
    call: CleanShortText
    """Label for a phone number."""
    text: CleanShortText
    """Label for a text (SMS) number."""
    text_keyword: CleanShortText
    """'Text {keyword} to {number}'."""
    tty: CleanShortText
    """Label for a TTY (text telephone) number."""
    chat: CleanShortText
    """Label for an online chat address."""
    website: CleanShortText
    """Label for a website."""
    open: CleanShortText
    """Label before opening hours."""
    open_24_7: CleanShortText
    """Said of a service open at all hours."""
    scan_call: CleanShortText
    """Under a QR code that dials a number."""
    scan_text: CleanShortText
    """Under a QR code that starts a text message."""
    scan_web: CleanShortText
    """Under a QR code that opens a website."""
    verified_on: CleanShortText
    """Footer: 'Resource list verified on {date}'."""
    history_warning: CleanText
    """Calls, texts and QR scans stay in the phone's history (printed on every handout)."""
    hours_vary: CleanShortText
    """Said of a line whose hours cannot be printed in this language: not always open."""
    labels: dict[NeutralLabel, CleanShortText]
    """Neutral names for discreet handouts, one per NeutralLabel."""

    def __post_init__(self) -> None:
        self._complete()
        self._placeholders_present()

    def _complete(self) -> None:
        missing_labels = [label.value for label in NeutralLabel if label not in self.labels]
        if missing_labels:
            raise ValueError(f"labels needs every neutral label; missing: {', '.join(missing_labels)}")
        if self.native_speaker_reviewed and not self.reviewed_by:
            raise ValueError("native_speaker_reviewed needs reviewed_by (who reviewed it)")

    @property
    def colon(self) -> str:
        """The separator after a label: French puts a no-break space before the colon, Chinese a full-width
        one."""
        base = self.language.split("-")[0]
        if base == "fr":
            return "\u00a0: "
        if base in ("zh", "ja"):
            return "："
        return ": "

    @property
    def rtl(self) -> bool:
        return self.direction == "rtl"

    @property
    def review_status(self) -> str:
        """One line for pickers and ``--list-languages``."""
        if self.native_speaker_reviewed:
            return f"reviewed by a native speaker ({self.reviewed_by})"
        if self.source_text:
            return "source text (not a translation)"
        return "not reviewed by a native speaker"

    def _placeholders_present(self) -> None:
        for field, needed in _PLACEHOLDERS.items():
            value = getattr(self, field)
            missing = [p for p in needed if p not in value]
            if missing:
                raise ValueError(f"{field} must contain {', '.join(missing)}")
