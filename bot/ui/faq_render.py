"""How answers from the guide look in Telegram: texts, and the buttons under them.

Every screen is a (text, keyboard) pair built from content, so handlers only send or edit it. Button
payloads carry the entry's kind and id, never an index, so a tap on an old message still finds the
same entry after the content changes, or is refused politely if it was removed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.content import Content, FaqEntry, Section
from bot.faq.beyond_guide import WHO_CAN_TELL
from bot.faq.index import Entry, entry_key
from bot.ui.callbacks import encode
from bot.ui.content_render import render_faq_answer, render_section, render_topic
from bot.ui.html import bold, escape, italic
from bot.ui.triage_render import CHECK_ACTION, NEW_CHECK

SHOW_ACTION = "fa"  # fa:<f|s>:<id>:<e|n>  show an entry, editing this message (e) or as new (n)
MORE_ACTION = "fm"  # fm:<faq id>          the whole section an FAQ answer comes from
FEEDBACK_ACTION = "fb"  # fb:<f|s>:<id>:<u|d>  thumbs up or down
TOPICS_ACTION = "tp"  # tp | tp:t:<topic id> | tp:s:<section id>

KIND_CODES = {"faq": "f", "section": "s"}
KINDS = {code: kind for kind, code in KIND_CODES.items()}
EDIT, NEW = "e", "n"
HELPFUL, UNHELPFUL = "u", "d"
MAX_BUTTON_TEXT = 100
"""Telegram shows long button labels ellipsized anyway; this only bounds what is sent."""


@dataclass(frozen=True)
class Screen:
    text: str
    keyboard: InlineKeyboardMarkup | None = None


def _button(text: str, data: str) -> list[InlineKeyboardButton]:
    label = text if len(text) <= MAX_BUTTON_TEXT else text[: MAX_BUTTON_TEXT - 1] + "…"
    return [InlineKeyboardButton(label, callback_data=data)]


def show_data(kind: str, entry_id: str, how: str = EDIT) -> str:
    return encode(SHOW_ACTION, KIND_CODES[kind], entry_id, how)


def _feedback_row(kind: str, entry_id: str) -> list[InlineKeyboardButton]:
    code = KIND_CODES[kind]
    return [
        InlineKeyboardButton(
            "👍 Helpful", callback_data=encode(FEEDBACK_ACTION, code, entry_id, HELPFUL)
        ),
        InlineKeyboardButton(
            "👎 Not helpful", callback_data=encode(FEEDBACK_ACTION, code, entry_id, UNHELPFUL)
        ),
    ]


def _also_rows(also: Sequence[Entry], shown: set[str]) -> list[list[InlineKeyboardButton]]:
    """A close call's runners-up, each opening as a new message, unless a button shows it
    already. `shown` holds entry keys ("faq/sitting-numb", "section/overview")."""
    return [
        _button(f"🔎 Or did you mean: {entry.title}", show_data(entry.kind, entry.id, NEW))
        for entry in also
        if entry.key not in shown
    ]


def faq_screen(
    content: Content, entry: FaqEntry, *, feedback: bool = True, also: Sequence[Entry] = ()
) -> Screen:
    """The short answer first, where it comes from, then Read more, related questions, the
    runners-up of a close call (`also`), 👍/👎."""
    section = content.section(entry.section)
    rows = [_button(f"📖 Read more: {section.title}", encode(MORE_ACTION, entry.id))]
    for related_id in entry.related:
        rows.append(
            _button(content.faq_entry(related_id).question, show_data("faq", related_id, NEW))
        )
    shown = {entry_key("faq", entry_id) for entry_id in (entry.id, *entry.related)}
    rows += _also_rows(also, shown)
    if feedback:
        rows.append(_feedback_row("faq", entry.id))
    return Screen(render_faq_answer(entry, section, show_question=True), InlineKeyboardMarkup(rows))


def section_screen(
    content: Content, section: Section, *, feedback: bool = True, also: Sequence[Entry] = ()
) -> Screen:
    """A whole section as an answer: its text, its FAQ as buttons, the rest of its topic, the
    runners-up of a close call (`also`), 👍/👎."""
    own = content.faq_for_section(section.id)
    rows = [_button(entry.question, show_data("faq", entry.id, NEW)) for entry in own]
    topic = content.topic(section.topic)
    rows.append(_button(f"📚 More on {topic.title}", encode(TOPICS_ACTION, "t", topic.id)))
    shown = {entry_key("section", section.id), *(entry_key("faq", entry.id) for entry in own)}
    rows += _also_rows(also, shown)
    if feedback:
        rows.append(_feedback_row("section", section.id))
    return Screen(render_section(section), InlineKeyboardMarkup(rows))


def more_screen(content: Content, entry: FaqEntry) -> Screen:
    """Read more: the whole section, with a way back to the short answer."""
    section = content.section(entry.section)
    back = _button("⬅ Back to the answer", show_data("faq", entry.id, EDIT))
    return Screen(render_section(section), InlineKeyboardMarkup([back]))


def entry_screen(
    content: Content,
    kind: str,
    entry_id: str,
    *,
    feedback: bool = True,
    also: Sequence[Entry] = (),
) -> Screen:
    """The screen of an FAQ entry or section; KeyError when the content has no such entry."""
    if kind == "faq":
        return faq_screen(content, content.faq_entry(entry_id), feedback=feedback, also=also)
    if kind == "section":
        return section_screen(content, content.section(entry_id), feedback=feedback, also=also)
    raise KeyError(kind)


def with_pointer(screen: Screen, pointer: str) -> Screen:
    """An answer about warning signs, with what to do if one is happening now and /check."""
    rows = list(screen.keyboard.inline_keyboard) if screen.keyboard is not None else []
    check = InlineKeyboardButton(
        "🩺 Check for warning signs", callback_data=encode(CHECK_ACTION, NEW_CHECK)
    )
    return Screen(f"{screen.text}\n\n{bold(pointer)}", InlineKeyboardMarkup([[check], *rows]))


def suggestions_screen(entries: tuple[Entry, ...], *, beyond: str | None = None) -> Screen:
    """The middle band: "did you mean" with the best guesses as buttons, and an honest way out.
    `beyond`: what the question asks that the guide never gives ("doses"), said first, with the
    nearest passages still a tap away."""
    rows = [_button(entry.title, show_data(entry.kind, entry.id, EDIT)) for entry in entries]
    if beyond is not None:
        text = (
            f"{bold(f'My guide does not give {beyond}')}, so I won't guess: "
            f"{WHO_CAN_TELL[beyond]} can tell you.\n\n"
            "The nearest parts of my guide:"
        )
        return Screen(text, InlineKeyboardMarkup(rows))
    text = (
        f"{bold('Did you mean one of these?')}\n\n"
        "I'm not sure which part of my guide answers that. Tap the question closest to yours. "
        "If none fits, my guide may not cover it: browse /topics, or ask a healthcare provider."
    )
    return Screen(text, InlineKeyboardMarkup(rows))


def not_covered(emergency: str) -> str:
    return (
        f"{bold('My guide does not cover that question')}, so I won't guess.\n\n"
        "• /topics shows everything the guide covers.\n"
        "• /check walks you through the warning signs if you are worried about symptoms.\n"
        "• A healthcare provider can answer questions the guide does not.\n\n"
        f"Send /help to see everything I can do. In an emergency, call {escape(emergency)} now."
    )


def greeting() -> str:
    return (
        "Hi! Ask me anything about leg numbness in your own words, for example "
        f"{italic('why does my leg go numb when I sit?')} I answer from my guide.\n\n"
        "You can also browse the guide with /topics, check warning signs with /check, "
        "or send /help to see everything I can do."
    )


def thanks() -> str:
    return (
        "You're welcome! Ask me another question about leg numbness any time, "
        "browse the guide with /topics, or send /help to see everything I can do."
    )


FEEDBACK_THANKS = "Thanks for your feedback!"


# --- /topics --------------------------------------------------------------------------------------


def topics_screen(content: Content) -> Screen:
    rows = [_button(topic.title, encode(TOPICS_ACTION, "t", topic.id)) for topic in content.topics]
    text = f"{bold('The guide, by topic')}\n\nPick a topic to read its sections."
    return Screen(text, InlineKeyboardMarkup(rows))


def topic_screen(content: Content, topic_id: str) -> Screen:
    """KeyError when there is no such topic."""
    topic = content.topic(topic_id)
    rows = [
        _button(section.title, encode(TOPICS_ACTION, "s", section.id))
        for section in content.sections_in(topic.id)
    ]
    rows.append(_button("⬅ Back to topics", encode(TOPICS_ACTION)))
    return Screen(render_topic(topic), InlineKeyboardMarkup(rows))


def topic_section_screen(content: Content, section_id: str) -> Screen:
    """A section read from /topics, with Back to its topic; KeyError when there is none."""
    section = content.section(section_id)
    topic = content.topic(section.topic)
    back = _button(f"⬅ Back to {topic.title}", encode(TOPICS_ACTION, "t", topic.id))
    return Screen(render_section(section), InlineKeyboardMarkup([back]))
