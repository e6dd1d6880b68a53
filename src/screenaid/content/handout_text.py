"""Handout wording: the fixed, patient-facing strings printed on referral handouts, one entry per language."""

from typing import Literal, Self

from pydantic import Field, model_validator

from screenaid.content.common import CleanShortText, CleanText, LanguageTag, Record
from screenaid.content.resources import NeutralLabel

_PLACEHOLDERS: dict[str, tuple[str, ...]] = {
    "text_keyword": ("{keyword}", "{number}"),
    "verified_on": ("{date}",),
}


class HandoutText(Record):
    """Every string a handout prints in one language (resource names and blurbs come from resources)."""

    language: LanguageTag
    language_name: CleanShortText = Field(description="The language's own name for itself, e.g. 'Español'.")
    direction: Literal["ltr", "rtl"] = Field(default="ltr", description="Writing direction of the script.")
    translated_by: CleanShortText = Field(description="Who wrote this language's wording (be honest).")
    native_speaker_reviewed: bool = Field(description="Whether a native speaker has reviewed the wording.")
    source_text: bool = Field(
        default=False,
        description="True for the language the wording was first written in: it is not a translation, so "
        "pickers do not call it an unreviewed translation.",
    )
    reviewed_by: CleanShortText | None = Field(
        default=None, description="Who reviewed it (required when native_speaker_reviewed)."
    )
    title_plain: CleanShortText = Field(description="Plain title, e.g. 'Where to get help'.")
    title_discreet: CleanShortText = Field(
        description="Neutral health title that does not reveal the subject."
    )
    intro_plain: CleanText = Field(description="One or two short sentences under the plain title.")
    intro_discreet: CleanText = Field(description="Neutral sentence under the discreet title.")
    call: CleanShortText = Field(description="Label for a phone number.")
    text: CleanShortText = Field(description="Label for a text (SMS) number.")
    text_keyword: CleanShortText = Field(description="'Text {keyword} to {number}'.")
    tty: CleanShortText = Field(description="Label for a TTY (text telephone) number.")
    chat: CleanShortText = Field(description="Label for an online chat address.")
    website: CleanShortText = Field(description="Label for a website.")
    open: CleanShortText = Field(description="Label before opening hours.")
    open_24_7: CleanShortText = Field(description="Said of a service open at all hours.")
    scan_call: CleanShortText = Field(description="Under a QR code that dials a number.")
    scan_text: CleanShortText = Field(description="Under a QR code that starts a text message.")
    scan_web: CleanShortText = Field(description="Under a QR code that opens a website.")
    verified_on: CleanShortText = Field(description="Footer: 'Resource list verified on {date}'.")
    history_warning: CleanText = Field(
        description="Calls, texts and QR scans stay in the phone's history (printed on every handout)."
    )
    hours_vary: CleanShortText = Field(
        description="Said of a line whose hours cannot be printed in this language: not always open."
    )
    labels: dict[NeutralLabel, CleanShortText] = Field(
        description="Neutral names for discreet handouts, one per NeutralLabel."
    )

    @model_validator(mode="after")
    def _complete(self) -> Self:
        missing_labels = [label.value for label in NeutralLabel if label not in self.labels]
        if missing_labels:
            raise ValueError(f"labels needs every neutral label; missing: {', '.join(missing_labels)}")
        if self.native_speaker_reviewed and not self.reviewed_by:
            raise ValueError("native_speaker_reviewed needs reviewed_by (who reviewed it)")
        return self

    @property
    def colon(self) -> str:
        """The separator after a label: French puts a no-break space before the colon, Chinese a full-width one."""
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

    @model_validator(mode="after")
    def _placeholders_present(self) -> Self:
        for field, needed in _PLACEHOLDERS.items():
            value = getattr(self, field)
            missing = [p for p in needed if p not in value]
            if missing:
                raise ValueError(f"{field} must contain {', '.join(missing)}")
        return self
