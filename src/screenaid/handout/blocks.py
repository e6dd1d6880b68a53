"""Flowables shared by the layouts: the title, one line's details and its QR code, in either direction."""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from screenaid.content.handout_text import HandoutText
from screenaid.handout.contacts import ContactLine
from screenaid.handout.fonts import BODY_FONT, markup
from screenaid.handout.options import TitleStyle
from screenaid.handout.printed import PrintedLine
from screenaid.handout.qr import QrCode
from screenaid.handout.rtl import RtlParagraph, isolate_ltr
from screenaid.handout.styles import Styles


def title_text(wording: HandoutText, title_style: TitleStyle) -> str:
    return wording.title_plain if title_style is TitleStyle.PLAIN else wording.title_discreet


def intro_text(wording: HandoutText, title_style: TitleStyle) -> str:
    return wording.intro_plain if title_style is TitleStyle.PLAIN else wording.intro_discreet


def para(text: str, style: ParagraphStyle, wording: HandoutText) -> Flowable:
    """A paragraph that prints ``text`` literally, right to left when the handout's script is."""
    if wording.rtl:
        return RtlParagraph(text, style)
    return Paragraph(markup(text), style)


def labelled(contact: ContactLine, style: ParagraphStyle, wording: HandoutText) -> Flowable:
    """'Call: 1-888-… (hours)' with the label in bold (left-to-right scripts) and the language's own colon."""
    hours = f" ({contact.hours})" if contact.hours else ""
    if wording.rtl:
        value = isolate_ltr(contact.value) if contact.label else contact.value
        label = f"{contact.label}{wording.colon}" if contact.label else ""
        return RtlParagraph(f"{label}{value}{hours}", style)
    if not contact.label:
        return Paragraph(markup(contact.value + hours), style)
    bold = markup(contact.label + wording.colon.rstrip())
    return Paragraph(f"<b>{bold}</b> {markup(contact.value + hours)}", style)


def contact_paragraphs(line: PrintedLine, wording: HandoutText, styles: Styles) -> list[Flowable]:
    paragraphs = [labelled(contact, styles.contact, wording) for contact in line.contacts]
    paragraphs.append(para(line.hours, styles.small, wording))
    return paragraphs


def details(line: PrintedLine, wording: HandoutText, styles: Styles, *, with_blurb: bool) -> list[Flowable]:
    flowables: list[Flowable] = [para(line.heading, styles.name, wording)]
    if with_blurb and line.blurb:
        flowables.append(para(line.blurb, styles.body, wording))
    flowables += contact_paragraphs(line, wording, styles)
    return flowables


def qr_with_caption(line: PrintedLine, wording: HandoutText, styles: Styles, size: float) -> list[Flowable]:
    if line.qr is None:
        return []
    return [QrCode(line.qr.uri, size), para(line.qr.caption, styles.caption, wording)]


def resource_row(
    left: list[Flowable],
    right: list[Flowable],
    width: float,
    qr_width: float,
    padding: float,
    *,
    rtl: bool = False,
) -> Table:
    """Details on the reading side, the QR code on the other, top-aligned (mirrored for right-to-left)."""
    if rtl:
        table = Table([[right, left]], colWidths=[qr_width, width - qr_width], splitInRow=1)
        details_column, qr_column = 1, 0
    else:
        table = Table([[left, right]], colWidths=[width - qr_width, qr_width], splitInRow=1)
        details_column, qr_column = 0, 1
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), BODY_FONT),  # the default, Helvetica, is not embedded
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (details_column, 0), (details_column, -1), 0 if rtl else padding),
                ("LEFTPADDING", (details_column, 0), (details_column, -1), padding if rtl else 0),
                ("RIGHTPADDING", (qr_column, 0), (qr_column, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table
