"""What a reminder looks like: its text (from content) and its Done / Snooze / Pause buttons."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.content import Content
from bot.db.reminder_tables import DIARY, MOVEMENT, Delivery
from bot.reminders.plans import MAX_SNOOZES, SNOOZE_MINUTES
from bot.ui.callbacks import encode
from bot.ui.content_render import render_foot_inspection
from bot.ui.diary_render import level_row, question_text, reminder_arg
from bot.ui.html import bold, escape, italic

DONE, SNOOZE, PAUSE_TODAY = "rd", "rs", "rp"
RESUMED = "Your pause is over: reminders are on again."
FOLLOW_UP_LEAD = "Today's foot check is not ticked yet: a reminder, just once."


def render_reminder(delivery: Delivery, content: Content) -> str:
    if delivery.kind == MOVEMENT:
        prompt = content.movement_prompt(delivery.prompt_index).text
        body = f"{bold('Time to move')}\n\n{escape(prompt)}"
    elif delivery.kind == DIARY:
        body = question_text(content.diary)
    else:
        body = render_foot_inspection(content.reminders.foot_inspection)
        if delivery.follow_up:
            body = f"{bold(FOLLOW_UP_LEAD)}\n\n{body}"
        if delivery.with_diary:
            body = f"{body}\n\n{question_text(content.diary)}"
    if delivery.resume_notice:
        body = f"{italic(RESUMED)}\n\n{body}"
    return body


def reminder_keyboard(delivery: Delivery, content: Content) -> InlineKeyboardMarkup:
    assert delivery.id is not None
    diary = level_row(content.diary, reminder_arg(delivery.id))
    if delivery.kind == DIARY:
        return InlineKeyboardMarkup([diary])
    row = [InlineKeyboardButton("✅ Done", callback_data=encode(DONE, delivery.id))]
    if delivery.snooze_count < MAX_SNOOZES and not delivery.follow_up:
        row.append(
            InlineKeyboardButton(
                f"⏰ {SNOOZE_MINUTES} min", callback_data=encode(SNOOZE, delivery.id)
            )
        )
    row.append(
        InlineKeyboardButton("⏸ Pause today", callback_data=encode(PAUSE_TODAY, delivery.id))
    )
    return InlineKeyboardMarkup([row, diary] if delivery.with_diary else [row])


def local_time(instant: datetime, zone: str) -> str:
    """A time the way the user reads it: their zone, 24-hour, with the weekday if not today."""
    return instant.astimezone(ZoneInfo(zone)).strftime("%a %H:%M")
