"""The fixed wording of the note composer: headings and the line used when nothing was recorded."""

from dataclasses import dataclass

from screenaid.content.common import CleanShortText, CleanText, Record


@dataclass(frozen=True, slots=True, kw_only=True, eq=False, repr=False)
class NoteTemplate(Record):
    """Neutral headings for the note a clinician pastes into the health record.

    The composer builds the note only from these headings, the checked indicators' ``note_text`` and the
    titles of the pathway steps that apply, so every word of it can be reviewed in ``data/``.
    """

    title: CleanShortText
    """First line of the note."""
    indicators_heading: CleanShortText
    """Heading above observed indicators."""
    risk_factors_heading: CleanShortText
    """Heading above reported risk factors."""
    nothing_recorded: CleanText
    """Line used when no checklist item was checked."""
    steps_heading: CleanShortText | None = None
    """Heading above the pathway steps that apply; omit to leave steps out."""
    clinician_heading: CleanShortText
    """Heading above the text the clinician typed into the composer."""
    bullet: CleanShortText = "-"
    """Marker at the start of each listed line."""
    left_out_notice: CleanText | None = None
    """Shown beside the note (never in it) above checked items that have no note wording."""
