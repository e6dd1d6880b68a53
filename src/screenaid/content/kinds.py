"""The kinds of entry a data file can hold, by the name used in its ``kind:`` key."""

from __future__ import annotations

from screenaid.content.ask_document import Guidance, IcdCode, Prompt
from screenaid.content.audience_presets import AudiencePreset
from screenaid.content.common import Record, Source
from screenaid.content.course import CourseModule, Objective
from screenaid.content.handout_text import HandoutText
from screenaid.content.jurisdiction_models import JurisdictionNote, ReferralSheet
from screenaid.content.note_template import NoteTemplate
from screenaid.content.resources import Resource
from screenaid.content.screening_models import (
    Indicator,
    Instrument,
    PathwayQuestion,
    PathwayStep,
)
from screenaid.content.search_models import SynonymGroup
from screenaid.content.training_models import CareTopic, CaseExercise, TestQuestion
from screenaid.content.wording_rules import WordingRule

KINDS: dict[str, type[Record]] = {
    "source": Source,
    "objective": Objective,
    "module": CourseModule,
    "indicator": Indicator,
    "instrument": Instrument,
    "pathway_question": PathwayQuestion,
    "pathway_step": PathwayStep,
    "prompt": Prompt,
    "guidance": Guidance,
    "icd_code": IcdCode,
    "resource": Resource,
    "synonyms": SynonymGroup,
    "handout_text": HandoutText,
    "note_template": NoteTemplate,
    "wording_rule": WordingRule,
    "care_topic": CareTopic,
    "case_exercise": CaseExercise,
    "test_question": TestQuestion,
    "jurisdiction_note": JurisdictionNote,
    "referral_sheet": ReferralSheet,
    "audience_preset": AudiencePreset,
}

KIND_OF: dict[type[Record], str] = {model: name for name, model in KINDS.items()}
