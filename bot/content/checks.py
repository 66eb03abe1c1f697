"""Cross-checks that no single model can make on its own.

The schema proves each entry is well formed; these checks prove the content hangs together and stays
faithful to the guide: ids are unique, references resolve, every source quote is really in the
guide, texts are plain text (the renderer escapes them, so markup would show up literally), and
outcome texts use only the placeholders the bot fills in. Each problem names its file and entry so
whoever edits the YAML can go straight to the line.
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from bot.content.guide import Guide, normalise
from bot.content.inventory import (
    EMERGENCY_NUMBERS_FILE,
    EXEMPLARS_FILE,
    FAQ_FILE,
    REMINDERS_FILE,
    SECTIONS_FILE,
    SYNONYMS_FILE,
    TRIAGE_FILE,
    country_entry,
    entry_name,
    exemplar_groups,
    iter_sources,
    iter_texts,
    outcomes_of,
)
from bot.content.models import UNKNOWN_COUNTRY, Content

ALLOWED_PLACEHOLDERS: dict[str, frozenset[str]] = {
    "emergency": frozenset({"number"}),
    "appointment": frozenset({"number"}),
    "self_care": frozenset({"number"}),
}
"""Placeholders the renderer fills per outcome: `{number}` is the user's emergency number text."""

REQUIRED_PLACEHOLDERS: dict[str, frozenset[str]] = {"emergency": frozenset({"number"})}
"""An emergency outcome without the number to call would fail the person who needs it most."""

COUNTRY_CODE = re.compile(r"^[A-Z]{2}$")
_HTML_TAG = re.compile(r"<\s*/?\s*[A-Za-z!]")
_HTML_ENTITY = re.compile(r"&(?:#[0-9]+|#x[0-9A-Fa-f]+|[A-Za-z]+);")
_OTHER_BULLET = re.compile(r"^\s*[-*+]\s", re.MULTILINE)


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the content, located by file and entry."""

    file: str
    entry: str
    message: str


def check_content(content: Content, guide: Guide) -> list[Problem]:
    """Every cross-entry and guide-tracing problem of already well-formed content."""
    problems: list[Problem] = []
    problems += _check_ids(content)
    problems += _check_references(content)
    problems += _check_guide_traces(content, guide)
    problems += _check_texts(content)
    problems += _check_placeholders(content)
    problems += _check_phrasings(content)
    problems += _check_emergency_numbers(content)
    problems += _check_synonyms(content)
    problems += _check_exemplars(content)
    problems += _check_subject_names(content, guide)
    return problems


def _check_subject_names(content: Content, guide: Guide) -> list[Problem]:
    """A subject name stands for the guide's own word (a medicine it names): one the guide never
    writes would offer its entries for a question the guide does not answer."""
    return [
        Problem(SYNONYMS_FILE, f"subject_names[{i}]", f"not a word of the guide: {name!r}")
        for i, name in enumerate(content.subject_names)
        if name.casefold() not in guide.text.casefold()
    ]


def _check_exemplars(content: Content) -> Iterator[Problem]:
    """Every red flag has everyday exemplars that name a real sign and trace to the guide; calm
    groups name no sign; no exemplar is written twice (it would count double)."""
    sign_ids = {sign.id for sign in content.triage.emergency_signs}
    groups = exemplar_groups(content)
    for kind, collection in groups:
        yield from _duplicates(EXEMPLARS_FILE, kind, [g.id for g in collection])
        for i, group in enumerate(collection):
            where = entry_name(kind, i, group.id)
            if kind == "red_flags" and group.sign not in sign_ids:
                yield Problem(EXEMPLARS_FILE, where, f"field 'sign': unknown sign {group.sign!r}")
            if kind == "red_flags" and group.source is None:
                yield Problem(EXEMPLARS_FILE, where, "field 'source': a red flag needs its quote")
            if kind == "calm" and group.sign is not None:
                yield Problem(EXEMPLARS_FILE, where, "field 'sign': calm groups name no sign")
    if "working-normally" not in {group.id for group in content.exemplars.calm}:
        # The screen tells a denied sign from a denied normal function by this group.
        yield Problem(EXEMPLARS_FILE, "calm", "the group 'working-normally' is required")
    covered = {group.sign for group in content.exemplars.red_flags}
    for i, sign in enumerate(content.triage.emergency_signs):
        if sign.id not in covered:
            where = entry_name("emergency_signs", i, sign.id)
            yield Problem(TRIAGE_FILE, where, "no exemplars in exemplars.yaml for this sign")
    seen: dict[str, str] = {}
    for kind, collection in groups:
        for i, group in enumerate(collection):
            for j, exemplar in enumerate(group.exemplars):
                key, where = phrasing_key(exemplar), entry_name(kind, i, group.id)
                if key in seen:
                    message = f"field 'exemplars[{j}]': {exemplar!r} repeats {seen[key]}"
                    yield Problem(EXEMPLARS_FILE, where, message)
                seen.setdefault(key, f"{where} exemplars[{j}]")


def _duplicates(
    file: str, collection: str, ids: list[str], keys: list[str] | None = None, what: str = "id"
) -> Iterator[Problem]:
    """Entries whose `what` (their id, unless `keys` gives another value) repeats an earlier one."""
    values = ids if keys is None else keys
    first_seen: dict[str, int] = {}
    for index, (entry_id, value) in enumerate(zip(ids, values, strict=True)):
        if value in first_seen:
            yield Problem(
                file,
                entry_name(collection, index, entry_id),
                f"field '{what}': duplicate {what} {value!r} "
                f"(also at {collection}[{first_seen[value]}])",
            )
        else:
            first_seen[value] = index


def _check_ids(content: Content) -> Iterator[Problem]:
    triage = content.triage
    yield from _duplicates(SECTIONS_FILE, "topics", [t.id for t in content.topics])
    yield from _duplicates(SECTIONS_FILE, "sections", [s.id for s in content.sections])
    yield from _duplicates(FAQ_FILE, "faq", [e.id for e in content.faq])
    yield from _duplicates(TRIAGE_FILE, "emergency_signs", [s.id for s in triage.emergency_signs])
    yield from _duplicates(
        TRIAGE_FILE,
        "emergency_signs",
        [s.id for s in triage.emergency_signs],
        [str(s.priority) for s in triage.emergency_signs],
        "priority",
    )
    yield from _duplicates(
        TRIAGE_FILE, "appointment_criteria", [c.id for c in triage.appointment_criteria]
    )
    # One entry per sign or criterion of the guide: a second entry on the same bullet is a copy.
    signs, criteria = triage.emergency_signs, triage.appointment_criteria
    yield from _duplicates(
        TRIAGE_FILE,
        "emergency_signs",
        [s.id for s in signs],
        [normalise(s.source) for s in signs],
        "source",
    )
    yield from _duplicates(
        TRIAGE_FILE,
        "appointment_criteria",
        [c.id for c in criteria],
        [normalise(c.source) for c in criteria],
        "source",
    )
    yield from _duplicates(
        FAQ_FILE,
        "faq",
        [e.id for e in content.faq],
        [normalise(e.question) for e in content.faq],
        "question",
    )
    yield from _duplicates(TRIAGE_FILE, "self_care", [i.id for i in triage.self_care])
    yield from _duplicates(REMINDERS_FILE, "movement", [p.id for p in content.reminders.movement])
    yield from _duplicates(
        REMINDERS_FILE,
        "foot_inspection.items",
        [i.id for i in content.reminders.foot_inspection.items],
    )


def _check_references(content: Content) -> Iterator[Problem]:
    topic_ids = {topic.id for topic in content.topics}
    section_ids = {section.id for section in content.sections}
    faq_ids = {entry.id for entry in content.faq}
    for i, section in enumerate(content.sections):
        if section.topic not in topic_ids:
            where = entry_name("sections", i, section.id)
            yield Problem(SECTIONS_FILE, where, f"field 'topic': unknown topic {section.topic!r}")
    used_topics = {section.topic for section in content.sections}
    for i, topic in enumerate(content.topics):
        if topic.id not in used_topics:
            where = entry_name("topics", i, topic.id)
            yield Problem(SECTIONS_FILE, where, "no section belongs to this topic")
    for i, entry in enumerate(content.faq):
        where = entry_name("faq", i, entry.id)
        if entry.section not in section_ids:
            yield Problem(FAQ_FILE, where, f"field 'section': unknown section {entry.section!r}")
        for j, related in enumerate(entry.related):
            if related not in faq_ids or related == entry.id:
                yield Problem(
                    FAQ_FILE, where, f"field 'related[{j}]': unknown or self FAQ id {related!r}"
                )


def _check_guide_traces(content: Content, guide: Guide) -> Iterator[Problem]:
    for ref in iter_sources(content):
        if not guide.contains(ref.text):
            yield Problem(
                ref.file,
                ref.entry,
                f"field '{ref.field}': quote not found in the guide: {ref.text!r}",
            )
    for i, topic in enumerate(content.topics):
        if topic.guide_heading is not None and not guide.is_heading(topic.guide_heading):
            where = entry_name("topics", i, topic.id)
            message = f"field 'guide_heading': not a heading of the guide: {topic.guide_heading!r}"
            yield Problem(SECTIONS_FILE, where, message)
    for i, section in enumerate(content.sections):
        if not guide.is_heading(section.guide_heading):
            where = entry_name("sections", i, section.id)
            message = (
                f"field 'guide_heading': not a heading of the guide: {section.guide_heading!r}"
            )
            yield Problem(SECTIONS_FILE, where, message)
    for i, entry in enumerate(content.faq):
        if not guide.is_faq_question(entry.question):
            where = entry_name("faq", i, entry.id)
            message = f"field 'question': not a question of the guide's FAQ: {entry.question!r}"
            yield Problem(FAQ_FILE, where, message)


_NUMBERED_STORY_FIELDS = frozenset({"emergency_line", "emergency_short", "sign_pointer"})


def _check_texts(content: Content) -> Iterator[Problem]:
    """Texts are plain text: the renderer escapes them, so markup would reach the user as-is."""
    for ref in iter_texts(content):
        # Outcome texts and the story replies' emergency lines name the number to call.
        is_outcome = ref.entry.startswith("outcomes.") or ref.field in _NUMBERED_STORY_FIELDS
        if _HTML_TAG.search(ref.text) or _HTML_ENTITY.search(ref.text):
            message = "looks like HTML markup; write plain text, the renderer escapes it"
            yield Problem(ref.file, ref.entry, f"field '{ref.field}': {message}")
        if not is_outcome and ("{" in ref.text or "}" in ref.text):
            message = "braces are only allowed as placeholders in outcome texts"
            yield Problem(ref.file, ref.entry, f"field '{ref.field}': {message}")
        if ref.shown and _OTHER_BULLET.search(ref.text):
            message = "list items start with '• ', not '-', '*' or '+'"
            yield Problem(ref.file, ref.entry, f"field '{ref.field}': {message}")


def placeholders_in(text: str) -> set[str]:
    """The `{names}` a text uses; ValueError for malformed or positional braces."""
    names: set[str] = set()
    for _literal, name, spec, conversion in string.Formatter().parse(text):
        if name is None:
            continue
        if not name.isidentifier():
            raise ValueError(f"placeholder {{{name}}} is not a name")
        if spec or conversion:
            raise ValueError(f"placeholder {{{name}}} must not carry a format or conversion")
        names.add(name)
    return names


def _check_placeholders(content: Content) -> Iterator[Problem]:
    for kind, outcome in outcomes_of(content):
        where = f"outcomes.{kind}"
        allowed = ALLOWED_PLACEHOLDERS[kind]
        declared = set(outcome.placeholders)
        for name in sorted(declared - allowed):
            message = (
                f"field 'placeholders': {{{name}}} is not filled in for this outcome "
                f"(allowed: {_braced(allowed)})"
            )
            yield Problem(TRIAGE_FILE, where, message)
        used_anywhere: set[str] = set()
        for field, text in (
            ("text", outcome.text),
            ("closing", outcome.closing),
            ("unprompted", outcome.unprompted),
        ):
            if text is None:
                continue
            try:
                used = placeholders_in(text)
            except ValueError as error:
                yield Problem(TRIAGE_FILE, where, f"field '{field}': {error}")
                continue
            used_anywhere |= used
            for name in sorted(used - (declared & allowed)):
                message = (
                    f"field '{field}': unknown placeholder {{{name}}} "
                    f"(this text may use: {_braced(declared & allowed)})"
                )
                yield Problem(TRIAGE_FILE, where, message)
        for name in sorted(REQUIRED_PLACEHOLDERS.get(kind, frozenset()) - used_anywhere):
            yield Problem(TRIAGE_FILE, where, f"field 'text': must use the {{{name}}} placeholder")


def _braced(names: Iterable[str]) -> str:
    return ", ".join(f"{{{name}}}" for name in sorted(names)) or "none"


def phrasing_key(text: str) -> str:
    """Case, punctuation and spacing do not make two phrasings different."""
    return " ".join(re.sub(r"[^a-z0-9 ]+", " ", text.lower().replace("'", "")).split())


def _check_phrasings(content: Content) -> Iterator[Problem]:
    """A phrasing that points to two answers (or two red flags) makes retrieval a coin toss."""
    seen: dict[str, str] = {}
    candidates: list[tuple[str, str, str, str]] = []
    for i, section in enumerate(content.sections):
        where = entry_name("sections", i, section.id)
        candidates += [
            (SECTIONS_FILE, where, f"questions[{j}]", q) for j, q in enumerate(section.questions)
        ]
    for i, entry in enumerate(content.faq):
        where = entry_name("faq", i, entry.id)
        candidates.append((FAQ_FILE, where, "question", entry.question))
        candidates += [
            (FAQ_FILE, where, f"paraphrases[{j}]", p) for j, p in enumerate(entry.paraphrases)
        ]
    signs = content.triage.emergency_signs
    flags = [
        (TRIAGE_FILE, entry_name("emergency_signs", i, sign.id), f"phrases[{j}]", phrase)
        for i, sign in enumerate(signs)
        for j, phrase in enumerate(sign.phrases)
    ]
    for group in (candidates, flags):
        seen.clear()
        for file, where, field, text in group:
            key = phrasing_key(text)
            here = f"{where} {field}"
            if key in seen:
                yield Problem(file, where, f"field '{field}': {text!r} repeats {seen[key]}")
            else:
                seen[key] = here


def _check_emergency_numbers(content: Content) -> Iterator[Problem]:
    numbers = content.emergency_numbers
    if numbers.unknown.code != UNKNOWN_COUNTRY or numbers.unknown.text is None:
        yield Problem(
            EMERGENCY_NUMBERS_FILE, "unknown", "field 'text': the unknown entry needs its wording"
        )
    for code, entry in numbers.countries.items():
        where = country_entry(code)
        if not COUNTRY_CODE.match(code) or entry.code != code:
            message = "key must be an ISO 3166-1 alpha-2 code in capitals, e.g. 'GB'"
            yield Problem(EMERGENCY_NUMBERS_FILE, where, message)
        others = [other.number for other in entry.also]
        if entry.number in others or len(set(others)) != len(others):
            message = "field 'also': repeats a number already listed for this country"
            yield Problem(EMERGENCY_NUMBERS_FILE, where, message)


def _check_synonyms(content: Content) -> Iterator[Problem]:
    """A variant that means two guide words would rewrite a question at random."""
    seen: dict[str, str] = {}
    for i, group in enumerate(content.synonyms):
        where = f"synonyms[{i}] (term {group.term!r})"
        term = phrasing_key(group.term)
        if not term:
            yield Problem(SYNONYMS_FILE, where, "field 'term': has no letters or digits")
        for j, variant in enumerate(group.variants):
            key = phrasing_key(variant)
            if not key:
                yield Problem(
                    SYNONYMS_FILE, where, f"field 'variants[{j}]': has no letters or digits"
                )
            elif key == term:
                yield Problem(
                    SYNONYMS_FILE, where, f"field 'variants[{j}]': {variant!r} is the term itself"
                )
            elif key in seen and seen[key] != term:
                message = f"field 'variants[{j}]': {variant!r} already means {seen[key]!r}"
                yield Problem(SYNONYMS_FILE, where, message)
            else:
                seen[key] = term
