"""Flowables shared by both layouts: the title, one resource's details and its QR code."""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from screenaid.content.common import pick_language
from screenaid.content.handout_text import HandoutText
from screenaid.content.resources import Resource
from screenaid.handout.contacts import contact_lines, hours_line, qr_target
from screenaid.handout.fonts import BODY_FONT, markup
from screenaid.handout.options import TitleStyle
from screenaid.handout.qr import QrCode
from screenaid.handout.styles import Styles


def title_text(wording: HandoutText, title_style: TitleStyle) -> str:
    return wording.title_plain if title_style is TitleStyle.PLAIN else wording.title_discreet


def intro_text(wording: HandoutText, title_style: TitleStyle) -> str:
    return wording.intro_plain if title_style is TitleStyle.PLAIN else wording.intro_discreet


def contact_paragraphs(
    resource: Resource, wording: HandoutText, language: str, styles: Styles
) -> list[Flowable]:
    paragraphs: list[Flowable] = []
    for line in contact_lines(resource, wording, language):
        label = f"<b>{markup(line.label)}:</b> " if line.label else ""
        paragraphs.append(Paragraph(label + markup(line.value), styles.contact))
    paragraphs.append(Paragraph(markup(hours_line(resource, wording, language)), styles.small))
    return paragraphs


def details(
    resource: Resource, wording: HandoutText, language: str, styles: Styles, *, with_blurb: bool
) -> list[Flowable]:
    flowables: list[Flowable] = [Paragraph(markup(resource.name), styles.name)]
    if with_blurb:
        flowables.append(Paragraph(markup(pick_language(resource.blurb, language)), styles.body))
    flowables += contact_paragraphs(resource, wording, language, styles)
    return flowables


def qr_with_caption(resource: Resource, wording: HandoutText, styles: Styles, size: float) -> list[Flowable]:
    target = qr_target(resource, wording)
    return [QrCode(target.uri, size), Paragraph(markup(target.caption), styles.caption)]


def resource_row(
    left: list[Flowable], right: list[Flowable], width: float, qr_width: float, padding: float
) -> Table:
    """Details on the left, the QR code on the right, top-aligned."""
    table = Table([[left, right]], colWidths=[width - qr_width, qr_width], splitInRow=1)
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), BODY_FONT),  # the default, Helvetica, is not embedded
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (0, -1), padding),
                ("RIGHTPADDING", (1, 0), (1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table
