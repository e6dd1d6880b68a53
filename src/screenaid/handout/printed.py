"""What a handout prints for each chosen line, decided in one place, in one language.

Every word printed about a line comes from here: its heading (the organisation's name, or on a discreet
handout its neutral label), its description, its contact lines, its hours and its QR code. Nothing falls back
to English: a line without text in the handout's language is reported (``lines_without_language``) and then
refused, left out or printed with its numbers only, as the caller chooses.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from screenaid.content.handout_text import HandoutText
from screenaid.content.resources import Channel, ChannelKind, Resource
from screenaid.handout.contacts import ContactLine, QrTarget, channel_uri, contact_line
from screenaid.handout.options import MissingText

_DIALLED = (ChannelKind.PHONE, ChannelKind.TEXT, ChannelKind.TTY)


def text_in(text: Mapping[str, str] | None, language: str) -> str | None:
    """``text`` in ``language`` (or a variant of its base language); None when absent. Never English instead."""
    if not text:
        return None
    if language in text:
        return text[language]
    base = language.split("-")[0]
    for tag, value in text.items():
        if tag.split("-")[0] == base:
            return value
    return None


def _needs_hours(resource: Resource) -> bool:
    """Hours written in some language but maybe not this one (no hours at all print 'not open all the time')."""
    return not resource.available_24_7 and resource.hours is not None


def _channel_needs_hours(resource: Resource, channel: Channel) -> bool:
    return channel.hours is not None and not resource.is_24_7(channel)


def missing_parts(resource: Resource, language: str, *, discreet: bool) -> list[str]:
    """Which of the line's texts are not written in ``language`` (empty: the line can be printed in full)."""
    missing = []
    if not discreet and text_in(resource.blurb, language) is None:
        missing.append("description")
    if _needs_hours(resource) and text_in(resource.hours, language) is None:
        missing.append("hours")
    for channel in shown_channels(resource, discreet=discreet):
        if _channel_needs_hours(resource, channel) and text_in(channel.hours, language) is None:
            missing.append(f"{channel.kind.value} hours")
    return missing


def lines_without_language(
    resources: Sequence[Resource], language: str, *, discreet: bool = False
) -> list[Resource]:
    """The chosen lines that have no text in ``language``: the UI warns about these, the CLI names them."""
    return [resource for resource in resources if missing_parts(resource, language, discreet=discreet)]


class MissingLanguageError(ValueError):
    """Some chosen lines have no text in the handout's language, and the caller asked to refuse."""

    def __init__(self, language: str, resources: Sequence[Resource]) -> None:
        self.language = language
        self.resources = tuple(resources)
        names = "; ".join(f"{r.id} ({r.name})" for r in resources)
        super().__init__(
            f"no {language} text for {len(resources)} chosen line(s): {names}. "
            "Leave them out (--missing omit) or print their numbers only (--missing number-only)."
        )


def shown_channels(resource: Resource, *, discreet: bool) -> list[Channel]:
    """All channels; on a discreet handout only numbers (web addresses can name a line's purpose)."""
    if discreet:
        return [channel for channel in resource.channels if channel.kind in _DIALLED]
    return list(resource.channels)


@dataclass(frozen=True, slots=True)
class PrintedLine:
    """Everything printed for one line, already in the handout's language."""

    resource: Resource
    heading: str
    blurb: str | None
    contacts: tuple[ContactLine, ...]
    hours: str
    qr: QrTarget | None

    @property
    def first_number(self) -> ContactLine | None:
        return self.contacts[0] if self.contacts else None


def neutral_heading(resource: Resource, wording: HandoutText) -> str:
    return wording.labels[resource.discreet_label]


def _hours(resource: Resource, wording: HandoutText, language: str) -> str:
    if resource.available_24_7:
        return wording.open_24_7
    hours = text_in(resource.hours, language)
    return f"{wording.open}{wording.colon}{hours}" if hours else wording.hours_vary


def _channel_hours(resource: Resource, channel: Channel, wording: HandoutText, language: str) -> str | None:
    if channel.available_24_7 is None and channel.hours is None:
        return None
    if resource.is_24_7(channel):
        return wording.open_24_7
    return text_in(channel.hours, language) or wording.hours_vary


def _qr(resource: Resource, channels: Sequence[Channel], wording: HandoutText) -> QrTarget | None:
    """The QR code for the first channel shown (the data lists the main way to reach a line first)."""
    if not channels:
        return None
    channel = channels[0]
    caption = {
        ChannelKind.PHONE: wording.scan_call,
        ChannelKind.TTY: wording.scan_call,
        ChannelKind.TEXT: wording.scan_text,
        ChannelKind.CHAT: wording.scan_web,
        ChannelKind.WEB: wording.scan_web,
    }[channel.kind]
    return QrTarget(channel_uri(channel, resource.country), caption)


def printed_line(resource: Resource, wording: HandoutText, *, discreet: bool) -> PrintedLine:
    """One line as printed: in a discreet handout its neutral label, numbers and hours, nothing else."""
    language = wording.language
    channels = shown_channels(resource, discreet=discreet)
    contacts = []
    for channel in channels:
        line = contact_line(channel, wording)
        hours = _channel_hours(resource, channel, wording, language)
        contacts.append(ContactLine(line.label, line.value, hours))
    return PrintedLine(
        resource=resource,
        heading=neutral_heading(resource, wording) if discreet else resource.name,
        blurb=None if discreet else text_in(resource.blurb, language),
        contacts=tuple(contacts),
        hours=_hours(resource, wording, language),
        qr=_qr(resource, channels, wording),
    )


def printed_lines(
    resources: Sequence[Resource], wording: HandoutText, *, discreet: bool, missing: MissingText
) -> list[PrintedLine]:
    """The lines a handout prints, after applying the choice for lines without text in its language."""
    language = wording.language
    lacking = lines_without_language(resources, language, discreet=discreet)
    if lacking and missing is MissingText.REFUSE:
        raise MissingLanguageError(language, lacking)
    chosen = [r for r in resources if not (missing is MissingText.OMIT and r in lacking)]
    lines = [printed_line(resource, wording, discreet=discreet) for resource in chosen]
    return [line for line in lines if line.contacts]
