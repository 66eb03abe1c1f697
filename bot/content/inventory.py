"""Where every text and every guide quote of the content lives.

Checks, tests and tools all need to walk "every text the bot can send" and "every quote that claims
to come from the guide", each with a location a content editor can find (file, entry, field). This
module is that one walk, so a new kind of text added to the models is added here once and is then
checked for markup, numbers and foreign drug names everywhere.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from bot.content.models import Content, ExemplarGroup, Outcome

SECTIONS_FILE = "sections.yaml"
FAQ_FILE = "faq.yaml"
TRIAGE_FILE = "triage.yaml"
EMERGENCY_NUMBERS_FILE = "emergency_numbers.yaml"
REMINDERS_FILE = "reminders.yaml"
SYNONYMS_FILE = "synonyms.yaml"
EXEMPLARS_FILE = "exemplars.yaml"
STORIES_FILE = "stories.yaml"
LANGUAGES_FILE = "languages.yaml"
DIARY_FILE = "diary.yaml"


@dataclass(frozen=True)
class TextRef:
    """A piece of text in the content and where it lives.

    `shown` is true for text the bot sends to people (and so must be faithful to the guide) and
    false for phrasings used only to recognise what people type.
    """

    file: str
    entry: str
    field: str
    text: str
    shown: bool


def entry_name(collection: str, index: int, entry_id: str | None = None) -> str:
    """`faq[3] (id 'sitting-numb')`: how problems point at one entry of a list."""
    name = f"{collection}[{index}]"
    return f"{name} (id {entry_id!r})" if entry_id else name


def country_entry(code: str) -> str:
    """`countries['GB']`: how problems point at one entry of the country table."""
    return f"countries[{code!r}]"


def iter_texts(content: Content) -> Iterator[TextRef]:
    """Every text of the content, shown or not, with its location."""
    for i, topic in enumerate(content.topics):
        where = entry_name("topics", i, topic.id)
        yield TextRef(SECTIONS_FILE, where, "title", topic.title, True)
        yield TextRef(SECTIONS_FILE, where, "intro", topic.intro, True)
    for i, section in enumerate(content.sections):
        where = entry_name("sections", i, section.id)
        yield TextRef(SECTIONS_FILE, where, "title", section.title, True)
        yield TextRef(SECTIONS_FILE, where, "text", section.text, True)
        for j, question in enumerate(section.questions):
            yield TextRef(SECTIONS_FILE, where, f"questions[{j}]", question, False)
    for i, entry in enumerate(content.faq):
        where = entry_name("faq", i, entry.id)
        yield TextRef(FAQ_FILE, where, "question", entry.question, True)
        yield TextRef(FAQ_FILE, where, "answer", entry.answer, True)
        for j, paraphrase in enumerate(entry.paraphrases):
            yield TextRef(FAQ_FILE, where, f"paraphrases[{j}]", paraphrase, False)
    for j, question in enumerate(content.not_covered):
        yield TextRef(FAQ_FILE, "not_covered", f"[{j}]", question, False)
    yield from _triage_texts(content)
    yield from _reminder_texts(content)
    for kind, groups in exemplar_groups(content):
        for i, group in enumerate(groups):
            where = entry_name(kind, i, group.id)
            for j, exemplar in enumerate(group.exemplars):
                yield TextRef(EXEMPLARS_FILE, where, f"exemplars[{j}]", exemplar, False)
    replies = content.stories.replies
    for name in type(replies).model_fields:
        if name != "sources":
            yield TextRef(STORIES_FILE, "replies", name, getattr(replies, name), True)
    for i, level in enumerate(content.stories.levels):
        where = entry_name("levels", i, level.id)
        for j, exemplar in enumerate(level.exemplars):
            yield TextRef(STORIES_FILE, where, f"exemplars[{j}]", exemplar, False)


def exemplar_groups(content: Content) -> list[tuple[str, list[ExemplarGroup]]]:
    """The exemplar groups of both kinds, named as in exemplars.yaml."""
    return [("red_flags", content.exemplars.red_flags), ("calm", content.exemplars.calm)]


def _triage_texts(content: Content) -> Iterator[TextRef]:
    triage = content.triage
    for i, sign in enumerate(triage.emergency_signs):
        where = entry_name("emergency_signs", i, sign.id)
        for field in ("label", "question", "reason"):
            yield TextRef(TRIAGE_FILE, where, field, getattr(sign, field), True)
        for j, phrase in enumerate(sign.phrases):
            yield TextRef(TRIAGE_FILE, where, f"phrases[{j}]", phrase, False)
    for i, criterion in enumerate(triage.appointment_criteria):
        where = entry_name("appointment_criteria", i, criterion.id)
        for field in ("label", "question", "reason"):
            yield TextRef(TRIAGE_FILE, where, field, getattr(criterion, field), True)
    for i, item in enumerate(triage.self_care):
        where = entry_name("self_care", i, item.id)
        yield TextRef(TRIAGE_FILE, where, "title", item.title, True)
        yield TextRef(TRIAGE_FILE, where, "text", item.text, True)
    for kind, outcome in outcomes_of(content):
        where = f"outcomes.{kind}"
        yield TextRef(TRIAGE_FILE, where, "title", outcome.title, True)
        yield TextRef(TRIAGE_FILE, where, "text", outcome.text, True)
        if outcome.closing is not None:
            yield TextRef(TRIAGE_FILE, where, "closing", outcome.closing, True)
        if outcome.unprompted is not None:
            yield TextRef(TRIAGE_FILE, where, "unprompted", outcome.unprompted, True)


def _reminder_texts(content: Content) -> Iterator[TextRef]:
    reminders = content.reminders
    for i, prompt in enumerate(reminders.movement):
        where = entry_name("movement", i, prompt.id)
        yield TextRef(REMINDERS_FILE, where, "text", prompt.text, True)
    checklist = reminders.foot_inspection
    yield TextRef(REMINDERS_FILE, "foot_inspection", "intro", checklist.intro, True)
    for i, item in enumerate(checklist.items):
        where = entry_name("foot_inspection.items", i, item.id)
        yield TextRef(REMINDERS_FILE, where, "text", item.text, True)


def outcomes_of(content: Content) -> list[tuple[str, Outcome]]:
    outcomes = content.triage.outcomes
    return [
        ("emergency", outcomes.emergency),
        ("appointment", outcomes.appointment),
        ("self_care", outcomes.self_care),
    ]


def iter_sources(content: Content) -> Iterator[TextRef]:
    """Every quote that claims to come from the guide, with its location."""
    for i, topic in enumerate(content.topics):
        where = entry_name("topics", i, topic.id)
        yield from _quotes(SECTIONS_FILE, where, "sources", topic.sources)
    for i, section in enumerate(content.sections):
        yield from _quotes(
            SECTIONS_FILE, entry_name("sections", i, section.id), "sources", section.sources
        )
    for i, entry in enumerate(content.faq):
        yield from _quotes(FAQ_FILE, entry_name("faq", i, entry.id), "sources", entry.sources)
    triage = content.triage
    for i, sign in enumerate(triage.emergency_signs):
        where = entry_name("emergency_signs", i, sign.id)
        yield TextRef(TRIAGE_FILE, where, "source", sign.source, True)
        yield from _quotes(TRIAGE_FILE, where, "also_sources", sign.also_sources)
    for i, criterion in enumerate(triage.appointment_criteria):
        where = entry_name("appointment_criteria", i, criterion.id)
        yield TextRef(TRIAGE_FILE, where, "source", criterion.source, True)
    for i, item in enumerate(triage.self_care):
        yield TextRef(TRIAGE_FILE, entry_name("self_care", i, item.id), "source", item.source, True)
    for kind, outcome in outcomes_of(content):
        yield from _quotes(TRIAGE_FILE, f"outcomes.{kind}", "sources", outcome.sources)
    reminders = content.reminders
    for i, prompt in enumerate(reminders.movement):
        where = entry_name("movement", i, prompt.id)
        yield TextRef(REMINDERS_FILE, where, "source", prompt.source, True)
    checklist = reminders.foot_inspection
    yield TextRef(REMINDERS_FILE, "foot_inspection", "intro_source", checklist.intro_source, True)
    for i, item in enumerate(checklist.items):
        where = entry_name("foot_inspection.items", i, item.id)
        yield TextRef(REMINDERS_FILE, where, "source", item.source, True)
    for kind, groups in exemplar_groups(content):
        for i, group in enumerate(groups):
            if group.source is not None:
                where = entry_name(kind, i, group.id)
                yield TextRef(EXEMPLARS_FILE, where, "source", group.source, True)
    yield from _quotes(STORIES_FILE, "replies", "sources", content.stories.replies.sources)
    for i, level in enumerate(content.stories.levels):
        if level.source is not None:
            where = entry_name("levels", i, level.id)
            yield TextRef(STORIES_FILE, where, "source", level.source, True)
    yield from _quotes(DIARY_FILE, "diary", "sources", content.diary.sources)


def _quotes(file: str, entry: str, field: str, quotes: Iterable[str]) -> Iterator[TextRef]:
    for j, quote in enumerate(quotes):
        yield TextRef(file, entry, f"{field}[{j}]", quote, True)
