"""The fixed wording of the note composer: headings and the line used when nothing was recorded."""

from pydantic import Field

from screenaid.content.common import CleanShortText, CleanText, Record


class NoteTemplate(Record):
    """Neutral headings for the note a clinician pastes into the health record.

    The composer builds the note only from these headings, the checked indicators' ``note_text`` and the
    titles of the pathway steps that apply, so every word of it can be reviewed in ``data/``.
    """

    title: CleanShortText = Field(description="First line of the note.")
    indicators_heading: CleanShortText = Field(description="Heading above observed indicators.")
    risk_factors_heading: CleanShortText = Field(description="Heading above reported risk factors.")
    nothing_recorded: CleanText = Field(description="Line used when no checklist item was checked.")
    steps_heading: CleanShortText | None = Field(
        default=None, description="Heading above the pathway steps that apply; omit to leave steps out."
    )
    clinician_heading: CleanShortText = Field(
        description="Heading above the text the clinician typed into the composer."
    )
    bullet: CleanShortText = Field(default="-", description="Marker at the start of each listed line.")
    left_out_notice: CleanText | None = Field(
        default=None,
        description="Shown beside the note (never in it) above checked items that have no note wording.",
    )
