"""The blank referral preparation sheet as PDF bytes, built in memory like a handout.

It lists what a referral route will ask and what the clinician should have ready. It has no field, line
or box for anything about a patient, and the same neutral metadata as a handout (reportlab's invariant
mode, neutral title, no author).
"""

from __future__ import annotations

from io import BytesIO

from reportlab.platypus import ListFlowable, ListItem, Paragraph, SimpleDocTemplate, Spacer

from screenaid.content.jurisdiction_models import ReferralSheet
from screenaid.handout.fonts import markup, register_fonts
from screenaid.handout.neutral_document import neutral_document
from screenaid.handout.options import NEUTRAL_TITLE, Paper
from screenaid.handout.page_layout import MARGIN
from screenaid.handout.styles import make_styles


def render_referral_sheet(sheet: ReferralSheet, *, paper: Paper | str) -> bytes:
    """The sheet as PDF bytes (never written to disk here)."""
    register_fonts()
    styles = make_styles("en")
    buffer = BytesIO()
    document = neutral_document(
        SimpleDocTemplate,
        buffer,
        title=NEUTRAL_TITLE,
        pagesize=Paper(paper).size,
        lang="en",
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
    )
    story: list[object] = [
        Paragraph(markup(sheet.title), styles.title),
        Paragraph(markup(sheet.intro), styles.intro),
    ]
    for section in sheet.sections:
        story.append(Spacer(1, 6))
        story.append(Paragraph(markup(section.heading), styles.name))
        items = [ListItem(Paragraph(markup(item), styles.body), leftIndent=12) for item in section.items]
        story.append(ListFlowable(items, bulletType="bullet", start="•", leftIndent=12))
    if sheet.footer:
        story.append(Spacer(1, 8))
        story.append(Paragraph(markup(sheet.footer), styles.small))
    document.build(story)
    return buffer.getvalue()
