"""How the reply to a numbness story looks: the guide's words for its level, and its buttons.

An appointment reply names each of the guide's reasons the story shows, so the person knows why;
a self-care reply gives the guide's self-care and offers movement-break reminders when they are
off. Both keep /check one tap away and end with the emergency line, and both end in the guide
section they come from (`seek-appointment`, `causes-temporary`), whose full text is a tap away.
"""

from __future__ import annotations

from collections.abc import Sequence

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.content import Content
from bot.faq.index import Entry
from bot.stories import Level, Story
from bot.ui.callbacks import encode
from bot.ui.faq_render import MAX_BUTTON_TEXT, NEW, Screen, show_data
from bot.ui.html import bold, escape, italic
from bot.ui.triage_render import CHECK_ACTION, NEW_CHECK

BREAKS_ACTION = "brk"  # v1:brk  turn movement breaks on, from a self-care reply
APPOINTMENT_SECTION = "seek-appointment"
SELF_CARE_SECTION = "causes-temporary"
RUN_CHECK = "🩺 Check for warning signs"
TURN_ON_BREAKS = "⏰ Turn on movement breaks"


def _check_row() -> list[InlineKeyboardButton]:
    return [InlineKeyboardButton(RUN_CHECK, callback_data=encode(CHECK_ACTION, NEW_CHECK))]


def _section_row(content: Content, section_id: str) -> list[InlineKeyboardButton]:
    title = content.section(section_id).title
    return [
        InlineKeyboardButton(f"📖 {title}", callback_data=show_data("section", section_id, NEW))
    ]


def _numbered(text: str, emergency: str) -> str:
    """A story reply's line with the number to call in it (the loader checked its `{number}`)."""
    return text.replace("{number}", emergency)


def _emergency_line(content: Content, emergency: str) -> str:
    return escape(_numbered(content.stories.replies.emergency_line, emergency))


def _reasons(content: Content, story: Story) -> list[str]:
    by_id = {criterion.id: criterion for criterion in content.triage.appointment_criteria}
    return [
        f"• {bold(by_id[reason].label)}: {escape(by_id[reason].reason)}" for reason in story.reasons
    ]


def appointment_screen(content: Content, story: Story, emergency: str) -> Screen:
    replies = content.stories.replies
    reasons = _reasons(content, story)
    section = content.section(APPOINTMENT_SECTION)
    text = "\n".join(
        [
            bold("Contact your healthcare provider"),
            "",
            escape(replies.appointment_lead),
            *reasons,
            "",
            escape(replies.appointment_close),
            "",
            _emergency_line(content, emergency),
            "",
            italic(f"From the guide: {section.title}"),
        ]
    )
    rows = [_check_row(), _section_row(content, APPOINTMENT_SECTION)]
    return Screen(text, InlineKeyboardMarkup(rows))


def self_care_screen(content: Content, emergency: str, *, offer_breaks: bool) -> Screen:
    replies = content.stories.replies
    items = {item.id: item for item in content.triage.self_care}
    tips = [
        f"• {bold(items[item].title)}: {escape(items[item].text)}"
        for item in content.stories.self_care_items
    ]
    section = content.section(SELF_CARE_SECTION)
    lines = [
        bold("Temporary numbness: what helps"),
        "",
        escape(replies.self_care_lead),
        *tips,
        "",
        escape(replies.self_care_close),
        _emergency_line(content, emergency),
    ]
    if offer_breaks:
        lines += ["", escape(replies.reminders_offer)]
    lines += ["", italic(f"From the guide: {section.title}")]
    rows = []
    if offer_breaks:
        rows.append([_breaks_button()])
    rows += [_check_row(), _section_row(content, SELF_CARE_SECTION)]
    return Screen("\n".join(lines), InlineKeyboardMarkup(rows))


def questions_with_advice(content: Content, story: Story, intro: str) -> str:
    """The red-flag questions' opening for a story whose words give reasons to book an
    appointment: the questions first, then that advice should none of the warning signs apply
    (the question itself follows, last, with its buttons)."""
    lead = escape(content.stories.replies.check_appointment_lead)
    return "\n".join([intro, "", lead, *_reasons(content, story)])


def sign_pointer(content: Content, emergency: str) -> str:
    """Under a guide answer to a question about warning signs (plain text: the caller escapes)."""
    return _numbered(content.stories.replies.sign_pointer, emergency)


def with_banner(
    content: Content, story: Story, answer: Screen, emergency: str, *, offer_breaks: bool
) -> Screen:
    """The guide's answer to a story's question, under the story's own advice in two lines: the
    reasons to see a doctor it shows, or what helps temporary numbness."""
    replies = content.stories.replies
    if story.level is Level.APPOINTMENT:
        by_id = {criterion.id: criterion for criterion in content.triage.appointment_criteria}
        reasons = "; ".join(by_id[reason].label.lower() for reason in story.reasons)
        banner = f"{bold(replies.appointment_lead)} {escape(reasons)}."
        rows = [_check_row()]
    else:
        banner = bold(replies.self_care_banner)
        rows = [[_breaks_button()]] if offer_breaks else []
        rows.append(_check_row())
    keyboard = list(answer.keyboard.inline_keyboard) if answer.keyboard is not None else []
    short = escape(_numbered(replies.emergency_short, emergency))
    text = f"{banner}\n{short}\n\n{answer.text}"
    return Screen(text, InlineKeyboardMarkup([*rows, *keyboard]))


def _breaks_button() -> InlineKeyboardButton:
    return InlineKeyboardButton(TURN_ON_BREAKS, callback_data=encode(BREAKS_ACTION))


def with_breaks_offer(content: Content, answer: Screen) -> Screen:
    """The guide's self-care answer to a story of temporary numbness, with reminders on offer."""
    keyboard = list(answer.keyboard.inline_keyboard) if answer.keyboard is not None else []
    text = f"{answer.text}\n\n{escape(content.stories.replies.reminders_offer)}"
    return Screen(text, InlineKeyboardMarkup([[_breaks_button()], *keyboard]))


def with_guesses(screen: Screen, entries: Sequence[Entry]) -> Screen:
    """A story's advice to someone who also asked something the guide only half answers: the
    guide's best guesses as buttons under it, each opening as a new message."""
    keyboard = list(screen.keyboard.inline_keyboard) if screen.keyboard is not None else []
    guesses = []
    for entry in entries:
        label = f"❓ {entry.title}"
        if len(label) > MAX_BUTTON_TEXT:
            label = label[: MAX_BUTTON_TEXT - 1] + "…"
        data = show_data(entry.kind, entry.id, NEW)
        guesses.append([InlineKeyboardButton(label, callback_data=data)])
    return Screen(screen.text, InlineKeyboardMarkup([*keyboard, *guesses]))
