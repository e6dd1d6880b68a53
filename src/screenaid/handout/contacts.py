"""How a handout writes one contact channel: its label and value, and the URI its QR code opens."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote

from screenaid.content.handout_text import HandoutText
from screenaid.content.resources import Channel, ChannelKind, tel_uri
from screenaid.handout.rtl import isolate_ltr


@dataclass(frozen=True, slots=True)
class ContactLine:
    label: str
    value: str
    hours: str | None = None
    """Hours of this channel, when they differ from the line's own."""


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
        number = isolate_ltr(channel.value) if wording.rtl else channel.value
        sentence = wording.text_keyword.format(keyword=channel.keyword, number=number)
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
