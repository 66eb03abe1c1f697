"""What the numbness diary looks like: the daily question and its buttons, the "where" step,
the notice of a reason to see a healthcare provider, and one line per saved day."""

from __future__ import annotations

from datetime import date

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.content import Content
from bot.content.diary_models import Diary
from bot.db.diary_tables import DiaryEntry
from bot.diary.entries import LEVELS, places_from
from bot.ui.callbacks import encode
from bot.ui.html import bold, escape
from bot.ui.stories_render import RUN_CHECK
from bot.ui.triage_render import CHECK_ACTION, NEW_CHECK

LEVEL_ACTION, PLACE_ACTION, SIDE_ACTION, NOTE_ACTION, FINISH_ACTION = "dl", "dw", "ds", "dn", "dk"
ACTIONS = (LEVEL_ACTION, PLACE_ACTION, SIDE_ACTION, NOTE_ACTION, FINISH_ACTION)


def day_arg(day: date) -> str:
    return day.strftime("%Y%m%d")


def reminder_arg(delivery_id: int) -> str:
    """A question sent with a reminder names the reminder: its day is the reminder's local day."""
    return f"r{delivery_id}"


def question_text(diary: Diary) -> str:
    return f"{bold(diary.question)}\n{escape(diary.question_hint)}"


def level_row(diary: Diary, source: str, chosen: int | None = None) -> list[InlineKeyboardButton]:
    return [
        InlineKeyboardButton(
            f"✓ {label}" if level == chosen else label,
            callback_data=encode(LEVEL_ACTION, source, level),
        )
        for level, label in zip(LEVELS, diary.levels, strict=True)
    ]


def question_keyboard(diary: Diary, source: str, chosen: int | None = None) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup([level_row(diary, source, chosen)])


def entry_line(diary: Diary, entry: DiaryEntry) -> str:
    """One day in words: "Mild · Toes and feet, Calves · Left · note: ..."."""
    parts = [diary.levels[entry.level]]
    places = places_from(entry.places)
    if places:
        parts.append(", ".join(p.label for p in diary.places if p.id in places))
    if entry.side:
        parts.append(diary.side_label(entry.side))
    if entry.note:
        parts.append(f"note: {entry.note}")
    return " · ".join(parts)


def saved_line(diary: Diary, entry: DiaryEntry) -> str:
    return f"✅ {escape(f'Saved for {entry.day:%a %d %b}: {entry_line(diary, entry)}')}"


def where_text(diary: Diary, entry: DiaryEntry) -> str:
    if entry.level == 0:
        return saved_line(diary, entry)
    return f"{saved_line(diary, entry)}\n\n{escape(diary.where_prompt)}"


def where_keyboard(diary: Diary, entry: DiaryEntry) -> InlineKeyboardMarkup:
    day = day_arg(entry.day)
    places = places_from(entry.places)
    rows = [
        [
            InlineKeyboardButton(
                f"✓ {p.label}" if p.id in places else p.label,
                callback_data=encode(PLACE_ACTION, day, p.id),
            )
            for p in diary.places
        ],
        [
            InlineKeyboardButton(
                f"✓ {s.label}" if s.id == entry.side else s.label,
                callback_data=encode(SIDE_ACTION, day, s.id),
            )
            for s in diary.sides
        ],
        [
            InlineKeyboardButton("📝 Add a note", callback_data=encode(NOTE_ACTION, day)),
            InlineKeyboardButton("Done", callback_data=encode(FINISH_ACTION, day)),
        ],
    ]
    return InlineKeyboardMarkup([level_row(diary, day, entry.level), *rows])


def notice_text(content: Content, criteria: list[str]) -> str:
    """The guide's reasons the diary shows, each with its label and reason, in triage.yaml's
    words, between the diary's lead and close."""
    diary = content.diary
    by_id = {c.id: c for c in content.triage.appointment_criteria}
    reasons = [
        f"• {bold(by_id[c].label)}: {escape(by_id[c].reason)}" for c in criteria if c in by_id
    ]
    return "\n".join([escape(diary.notice_lead), "", *reasons, "", escape(diary.notice_close)])


def notice_keyboard() -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(RUN_CHECK, callback_data=encode(CHECK_ACTION, NEW_CHECK))]]
    )
