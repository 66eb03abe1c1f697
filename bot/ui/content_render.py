"""Content rendered as Telegram HTML messages.

Content texts are plain text, so every one goes through `escape` and markup comes only from
`bot.ui.html`; a stray `<` in a text can therefore never break a message. These functions are pure
(content in, string out), which keeps the 4096-character and valid-markup guarantees testable for
every entry without Telegram.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.content.models import (
    AppointmentCriterion,
    EmergencyNumber,
    EmergencySign,
    FaqEntry,
    FootInspection,
    Outcome,
    Section,
    SelfCareItem,
    Topic,
)
from bot.ui.html import bold, escape, italic

_BULLET = "• "


def render_topic(topic: Topic) -> str:
    """The header of a /topics page: the topic's title and intro (sections come as buttons)."""
    return f"{bold(topic.title)}\n\n{escape(topic.intro)}"


def render_section(section: Section) -> str:
    """A section of the guide: bold title, the text, and which heading of the guide it is."""
    return "\n\n".join(
        [
            bold(section.title),
            escape(section.text),
            italic(f"From the guide: {section.guide_heading}"),
        ]
    )


def render_faq_answer(entry: FaqEntry, section: Section, *, show_question: bool = False) -> str:
    """An FAQ answer, then the section of the guide it comes from.

    `show_question` puts the guide's question above the answer in bold, for replies to free text
    where the person should see which question is being answered.
    """
    parts = [bold(entry.question)] if show_question else []
    parts += [escape(entry.answer), italic(f"From the guide: {section.title}")]
    return "\n\n".join(parts)


def render_emergency(
    outcome: Outcome,
    number: EmergencyNumber,
    signs: Sequence[EmergencySign] = (),
    *,
    instruction_first: bool = False,
    listing: Sequence[EmergencySign] = (),
) -> str:
    """The emergency instruction with the number to call and, when known, what triggered it.

    `signs` is empty for /emergency (no questions asked); otherwise the signs that were answered
    "yes" or detected in the person's message, each with the guide's reason.
    `instruction_first` leaves the title out, so the first line a frightened person reads (and
    the notification shows) is the instruction itself: "🚨 Call 112 or go to the emergency room".
    With nothing described (/emergency), `listing` names every sign after the instruction, in
    place of "These symptoms require...", which would point at symptoms nobody described.
    """
    if listing and outcome.unprompted is not None:
        instruction = outcome.text.strip().split("\n\n")[0]
        lines = [f"{_BULLET}{bold(sign.label)}" for sign in listing]
        parts = [
            "🚨 " + _fill(instruction, number),
            "\n".join([_fill(outcome.unprompted, number), *lines]),
        ]
    elif instruction_first:
        parts = ["🚨 " + _fill(outcome.text, number)]
    else:
        parts = [bold(outcome.title), _fill(outcome.text, number)]
    if signs:
        lines = [f"{_BULLET}{bold(sign.label)}: {escape(sign.reason)}" for sign in signs]
        parts.append("\n".join([escape("What triggered this:"), *lines]))
    if number.is_known and number.also:
        lines = [f"{_BULLET}{bold(other.number)}: {escape(other.service)}" for other in number.also]
        parts.append("\n".join([escape(f"Other numbers in {number.country}:"), *lines]))
    if outcome.closing is not None:
        parts.append(_fill(outcome.closing, number))
    return "\n\n".join(parts)


def render_appointment(
    outcome: Outcome, number: EmergencyNumber, criteria: Sequence[AppointmentCriterion] = ()
) -> str:
    """The advice to contact a healthcare provider, with the criteria the person met."""
    parts = [bold(outcome.title), _fill(outcome.text, number)]
    if criteria:
        lines = [f"{_BULLET}{bold(item.label)}: {escape(item.reason)}" for item in criteria]
        parts.append("\n".join([escape("Why:"), *lines]))
    if outcome.closing is not None:
        parts.append(_fill(outcome.closing, number))
    return "\n\n".join(parts)


def render_self_care(
    outcome: Outcome, number: EmergencyNumber, items: Sequence[SelfCareItem] = ()
) -> str:
    """The self-care outcome: the guide's self-care steps, then when to seek help after all."""
    parts = [bold(outcome.title), _fill(outcome.text, number)]
    if items:
        parts.append(
            "\n".join(f"{_BULLET}{bold(item.title)}: {escape(item.text)}" for item in items)
        )
    if outcome.closing is not None:
        parts.append(_fill(outcome.closing, number))
    return "\n\n".join(parts)


def render_foot_inspection(checklist: FootInspection) -> str:
    """The daily foot-check reminder: the intro in bold, then the checklist."""
    lines = [f"{_BULLET}{escape(item.text)}" for item in checklist.items]
    return "\n\n".join([bold(checklist.intro), "\n".join(lines)])


def _fill(text: str, number: EmergencyNumber) -> str:
    """Escape an outcome text and put the number to call, in bold, where `{number}` stands.

    The loader has already rejected any other `{name}`, so `format_map` cannot fail here;
    escaping first is safe because `escape` leaves braces alone.
    """
    return escape(text).format_map({"number": bold(number.call_text)})
