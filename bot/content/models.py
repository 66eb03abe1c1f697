"""Typed, validated shapes of the content files.

The content is data that people edit by hand, so the schema is deliberately unforgiving: unknown
fields are errors (a misspelt key would otherwise vanish silently), types are strict (YAML turns
`911` into an int and `no` into a bool; a phone number must stay a string of digits), and lengths
are bounded so every text fits a Telegram message or button. Checks that need more than one entry
or the guide itself (references, source quotes, `{name}` fields) live in `checks.py`.
"""

from __future__ import annotations

from functools import cached_property
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from bot.content.diary_models import Diary
from bot.content.fields import (
    Answer,
    Asking,
    Digits,
    Line,
    LongText,
    Phrase,
    Placeholder,
    Quote,
    ShortText,
    Slug,
    Term,
    Title,
)
from bot.content.language_models import ForeignLanguage


class _Model(BaseModel):
    """Base for every content model: strict, closed, immutable."""

    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


class Topic(_Model):
    """A group of sections: one button of the /topics menu."""

    id: Slug
    title: Title
    guide_heading: Line | None = None
    intro: ShortText
    sources: list[Quote] = Field(min_length=1)


class Section(_Model):
    """One section of the guide, adapted to be read on a phone."""

    id: Slug
    topic: Slug
    title: Title
    guide_heading: Line
    text: LongText
    questions: list[Asking] = Field(min_length=3)
    sources: list[Quote] = Field(min_length=1)


class FaqEntry(_Model):
    """One question of the guide's FAQ, with the ways people actually ask it."""

    id: Slug
    question: Line
    answer: Answer
    section: Slug
    sources: list[Quote] = Field(min_length=1)
    paraphrases: list[Asking] = Field(min_length=8)
    related: list[Slug] = Field(default_factory=list)


class SynonymGroup(_Model):
    """Words people type for one word of the guide; used to recognise questions, never shown."""

    term: Term
    variants: list[Term] = Field(min_length=1)


class EmergencySign(_Model):
    """A red flag of the guide: any "yes" escalates to emergency instructions at once."""

    id: Slug
    priority: Annotated[int, Field(ge=1)]
    label: Title
    question: Line
    reason: Line
    phrases: list[Phrase] = Field(min_length=15)
    source: Quote
    also_sources: list[Quote] = Field(default_factory=list)


class AppointmentCriterion(_Model):
    """A reason from the guide to contact a healthcare provider."""

    id: Slug
    label: Title
    question: Line
    reason: Line
    source: Quote


class SelfCareItem(_Model):
    """One piece of the guide's self-care advice."""

    id: Slug
    title: Title
    text: ShortText
    source: Quote


class Outcome(_Model):
    """What /check says at the end; `placeholders` lists the `{names}` its texts may use."""

    title: Title
    text: Answer
    closing: ShortText | None = None
    # /emergency with nothing described: the instruction, to be followed by the signs' list
    unprompted: ShortText | None = None
    placeholders: list[Placeholder] = Field(default_factory=list)
    sources: list[Quote] = Field(min_length=1)


class Outcomes(_Model):
    """The three ways /check can end, most urgent first."""

    emergency: Outcome
    appointment: Outcome
    self_care: Outcome


class Triage(_Model):
    """The rules /check and the free-text red-flag screen run on."""

    emergency_signs: list[EmergencySign] = Field(min_length=1)
    appointment_criteria: list[AppointmentCriterion] = Field(min_length=1)
    self_care: list[SelfCareItem] = Field(min_length=1)
    outcomes: Outcomes


class OtherNumber(_Model):
    """A further number in a country (police, fire, a national ambulance line)."""

    number: Digits
    service: Title


class EmergencyNumber(_Model):
    """Who to call in one country (or, for `code == "unknown"`, anywhere)."""

    code: str
    country: Title
    number: Digits
    also: list[OtherNumber] = Field(default_factory=list)
    text: Line | None = None
    note: Line | None = None

    @property
    def is_known(self) -> bool:
        """False for the fallback used when the country is unset or not in the table."""
        return self.code != UNKNOWN_COUNTRY

    @property
    def call_text(self) -> str:
        """The words that fill `{number}` in "Call {number} or go to the emergency room".

        An entry whose number is not certain (it has a `note`) also points to the local
        emergency number, so a wrong table entry can never be the only advice a person gets.
        """
        if self.text is not None:
            return self.text
        if self.note is not None:
            return f"{self.number} (or your local emergency number)"
        return self.number


UNKNOWN_COUNTRY = "unknown"


class EmergencyNumbers(_Model):
    """The country table plus the wording used when the country is unknown."""

    unknown: EmergencyNumber
    countries: dict[str, EmergencyNumber]


class MovementPrompt(_Model):
    """One nudge sent at a movement break."""

    id: Slug
    text: ShortText
    source: Quote


class ChecklistItem(_Model):
    """One point of the daily foot check."""

    id: Slug
    text: ShortText
    source: Quote


class FootInspection(_Model):
    """The daily foot-inspection reminder: an intro line and the guide's checklist."""

    intro: Line
    intro_source: Quote
    items: list[ChecklistItem] = Field(min_length=1)


class Reminders(_Model):
    """Reminder texts; 14 or more movement prompts so a day of breaks rarely repeats one."""

    movement: list[MovementPrompt] = Field(min_length=14)
    foot_inspection: FootInspection


class SectionsFile(_Model):
    """The shape of sections.yaml."""

    topics: list[Topic] = Field(min_length=1)
    sections: list[Section] = Field(min_length=1)


class FaqFile(_Model):
    """The shape of faq.yaml."""

    faq: list[FaqEntry] = Field(min_length=1)
    not_covered: list[Phrase] = Field(default_factory=list)


class SynonymsFile(_Model):
    """The shape of synonyms.yaml: synonym groups, and the words that name the guide's subject."""

    synonyms: list[SynonymGroup] = Field(min_length=1)
    subject_words: list[Term] = Field(min_length=1)
    subject_names: list[Term] = Field(default_factory=list)


class ExemplarGroup(_Model):
    """Everyday sentences for one red flag (or one kind of calm message), for the language model.

    Never shown: they are compared with what people type. `sign` names the triage sign a red-flag
    group describes; `source` is the guide passage it puts into everyday words.
    """

    id: Slug
    sign: Slug | None = None
    source: Quote | None = None
    sudden: bool = False  # the guide gives this sign as sudden: a gradual story only asks
    exemplars: list[Phrase] = Field(min_length=8)


class Exemplars(_Model):
    """The shape of exemplars.yaml: red-flag groups, and calm groups that only look alarming."""

    with_numbness: list[Phrase] = Field(default_factory=list)
    red_flags: list[ExemplarGroup] = Field(min_length=1)
    calm: list[ExemplarGroup] = Field(min_length=1)


class StoryLevel(_Model):
    """Everyday sentences for one level of a numbness story, for the language model (bot.stories).

    `criterion` names the appointment criterion (triage.yaml) a group stands for."""

    id: Slug
    criterion: Slug | None = None
    source: Quote | None = None
    exemplars: list[Phrase] = Field(min_length=8)


class StoryReplies(_Model):
    """The words around a story's reply; the reasons and the self-care are triage.yaml's."""

    appointment_lead: Line
    check_appointment_lead: Line  # under the questions' intro, for a story with reasons
    appointment_close: ShortText
    self_care_lead: Line
    self_care_banner: ShortText  # above a guide answer: the self-care in one sentence
    self_care_close: ShortText
    reminders_offer: Line
    emergency_line: ShortText  # with {number}
    emergency_short: ShortText  # with {number}: under a story's advice above a guide answer
    sign_pointer: ShortText  # with {number}
    unclear_intro: ShortText
    sources: list[Quote] = Field(min_length=1)


class Stories(_Model):
    """The shape of stories.yaml: replies to numbness stories, and their levels' exemplars."""

    replies: StoryReplies
    self_care_items: list[Slug] = Field(min_length=1)
    self_care_entries: list[Slug] = Field(default_factory=list)
    advice_entries: list[Slug] = Field(default_factory=list)
    topic_entries: list[Slug] = Field(default_factory=list)
    levels: list[StoryLevel] = Field(min_length=1)


class AskedLine(_Model):
    """A message as a stranger typed it (content/asked/, `bot.content.asked`): never shown."""

    source: str  # its file's name without ".jsonl": "questions_round13"
    line: int  # its line in that file, to name it in a problem
    text: str
    accept: list[Slug] = Field(default_factory=list)  # the entries that answer it, best first

    @property
    def entry(self) -> str | None:
        """The entry that answers it best; None when the guide does not answer it."""
        return self.accept[0] if self.accept else None


class Content(_Model):
    """All validated content, with the lookups handlers need."""

    topics: list[Topic]
    sections: list[Section]
    faq: list[FaqEntry]
    not_covered: list[Phrase] = Field(default_factory=list)  # faq.yaml: what the guide lacks
    asked: list[AskedLine] = Field(default_factory=list)  # content/asked/: how strangers asked
    triage: Triage
    emergency_numbers: EmergencyNumbers
    reminders: Reminders
    synonyms: list[SynonymGroup] = Field(default_factory=list)
    subject_words: list[Term] = Field(default_factory=list)
    subject_names: list[Term] = Field(default_factory=list)  # the guide's names, e.g. medicines
    exemplars: Exemplars
    stories: Stories
    languages: dict[str, ForeignLanguage] = Field(default_factory=dict)  # languages.yaml
    diary: Diary

    @cached_property
    def _sections_by_id(self) -> dict[str, Section]:
        return {section.id: section for section in self.sections}

    @cached_property
    def _faq_by_id(self) -> dict[str, FaqEntry]:
        return {entry.id: entry for entry in self.faq}

    @cached_property
    def _topics_by_id(self) -> dict[str, Topic]:
        return {topic.id: topic for topic in self.topics}

    def section(self, section_id: str) -> Section:
        """The section with this id; KeyError when there is none."""
        return self._sections_by_id[section_id]

    def faq_entry(self, faq_id: str) -> FaqEntry:
        """The FAQ entry with this id; KeyError when there is none."""
        return self._faq_by_id[faq_id]

    def topic(self, topic_id: str) -> Topic:
        """The topic with this id; KeyError when there is none."""
        return self._topics_by_id[topic_id]

    def sections_in(self, topic_id: str) -> list[Section]:
        """The sections of one topic, in file order (the guide's order)."""
        return [section for section in self.sections if section.topic == topic_id]

    def faq_for_section(self, section_id: str) -> list[FaqEntry]:
        """The FAQ entries that belong to one section."""
        return [entry for entry in self.faq if entry.section == section_id]

    @cached_property
    def emergency_signs(self) -> tuple[EmergencySign, ...]:
        """Red flags in the order /check asks them: most time-critical first."""
        return tuple(sorted(self.triage.emergency_signs, key=lambda sign: sign.priority))

    def emergency_number(self, country_code: str | None) -> EmergencyNumber:
        """Who to call for an ISO 3166-1 alpha-2 code; the generic wording when unknown."""
        if country_code:
            code = country_code.strip().upper()
            code = _COUNTRY_ALIASES.get(code, code)
            found = self.emergency_numbers.countries.get(code)
            if found is not None:
                return found
        return self.emergency_numbers.unknown

    def movement_prompt(self, counter: int) -> MovementPrompt:
        """The movement nudge for the `counter`-th break of a plan.

        Pass a counter that keeps growing across days (e.g. breaks delivered so far): successive
        breaks then walk through every prompt before any repeats.
        """
        prompts = self.reminders.movement
        return prompts[counter % len(prompts)]


_COUNTRY_ALIASES = {"UK": "GB", "EL": "GR"}
"""Codes people (and the EU) use that are not ISO 3166-1: UK for GB, EL for GR."""
