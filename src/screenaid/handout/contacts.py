"""What a handout says about one resource: its contact lines, hours and the QR code's target."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote

from screenaid.content.common import pick_language
from screenaid.content.handout_text import HandoutText
from screenaid.content.resources import Channel, ChannelKind, Resource, tel_uri


@dataclass(frozen=True, slots=True)
class ContactLine:
    label: str
    value: str


@dataclass(frozen=True, slots=True)
class QrTarget:
    uri: str
    caption: str


def display_address(url: str) -> str:
    """A web address as people type it: without ``https://`` and a trailing slash."""
    shown = url.removeprefix("https://")
    return shown[:-1] if shown.endswith("/") and shown.count("/") == 1 else shown


def channel_uri(channel: Channel, country: str) -> str:
    """The URI a phone opens for this channel: ``tel:``, ``sms:`` (with the keyword as body) or ``https:``."""
    if channel.kind in (ChannelKind.WEB, ChannelKind.CHAT):
        return channel.value
    number = tel_uri(channel.value, country)
    if channel.kind is ChannelKind.TEXT:
        body = f"?body={quote(channel.keyword)}" if channel.keyword else ""
        return f"sms:{number}{body}"
    return f"tel:{number}"


def contact_line(channel: Channel, wording: HandoutText) -> ContactLine:
    if channel.kind is ChannelKind.TEXT and channel.keyword:
        sentence = wording.text_keyword.format(keyword=channel.keyword, number=channel.value)
        return ContactLine("", sentence)
    label = {
        ChannelKind.PHONE: wording.call,
        ChannelKind.TEXT: wording.text,
        ChannelKind.TTY: wording.tty,
        ChannelKind.CHAT: wording.chat,
        ChannelKind.WEB: wording.website,
    }[channel.kind]
    value = channel.value
    if channel.kind in (ChannelKind.WEB, ChannelKind.CHAT):
        value = display_address(value)
    return ContactLine(label, value)


def channel_hours(resource: Resource, channel: Channel, wording: HandoutText, language: str) -> str | None:
    """Hours to print beside one channel, when they differ from the resource's own."""
    if channel.available_24_7 is None and channel.hours is None:
        return None
    if resource.is_24_7(channel):
        return wording.open_24_7
    return pick_language(channel.hours, language) if channel.hours else None


def contact_lines(resource: Resource, wording: HandoutText, language: str) -> list[ContactLine]:
    lines = []
    for channel in resource.channels:
        line = contact_line(channel, wording)
        hours = channel_hours(resource, channel, wording, language)
        lines.append(ContactLine(line.label, f"{line.value} ({hours})" if hours else line.value))
    return lines


def hours_line(resource: Resource, wording: HandoutText, language: str) -> str:
    if resource.available_24_7:
        return wording.open_24_7
    hours = pick_language(resource.hours, language) if resource.hours else ""
    return f"{wording.open}: {hours}"


def qr_target(resource: Resource, wording: HandoutText) -> QrTarget:
    """The QR code for the resource's first channel (the data lists the main way to reach it first)."""
    channel = resource.channels[0]
    caption = {
        ChannelKind.PHONE: wording.scan_call,
        ChannelKind.TTY: wording.scan_call,
        ChannelKind.TEXT: wording.scan_text,
        ChannelKind.CHAT: wording.scan_web,
        ChannelKind.WEB: wording.scan_web,
    }[channel.kind]
    return QrTarget(channel_uri(channel, resource.country), caption)
