"""Handout wording: the fixed, patient-facing strings printed on referral handouts, one entry per language."""

from __future__ import annotations

from typing import Self

from pydantic import Field, model_validator

from screenaid.content.common import CleanShortText, CleanText, LanguageTag, Record

_PLACEHOLDERS: dict[str, tuple[str, ...]] = {
    "text_keyword": ("{keyword}", "{number}"),
    "verified_on": ("{date}",),
}


class HandoutText(Record):
    """Every string a handout prints in one language (resource names and blurbs come from resources)."""

    language: LanguageTag
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

    @model_validator(mode="after")
    def _placeholders_present(self) -> Self:
        for field, needed in _PLACEHOLDERS.items():
            value = getattr(self, field)
            missing = [p for p in needed if p not in value]
            if missing:
                raise ValueError(f"{field} must contain {', '.join(missing)}")
        return self
