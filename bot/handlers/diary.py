"""/log and the diary's buttons: translate taps and words into bot.diary.service calls.

A note is typed as a plain message after "Add a note" (or as `/log note ...`), and goes through
the red-flag screen first like every message: a note that names an emergency sign gets the
emergency instructions, and is kept in the diary too.
"""

from __future__ import annotations

import logging
from datetime import date

from telegram import Update

from bot.content.diary_models import Diary
from bot.db.engine import is_unavailable
from bot.diary import service
from bot.diary.commands import parse_log_args
from bot.diary.entries import LEVELS, MAX_NOTE_CHARS
from bot.handlers.context import BotContext
from bot.handlers.screening import screen_for_red_flags, screen_text
from bot.handlers.sender import SenderLookup
from bot.handlers.taps import answer_tap, edit_tapped
from bot.reminders.parse import InputError
from bot.reminders.service import NeedsTimeZone
from bot.ui import diary_render as ui
from bot.ui import texts
from bot.ui.callbacks import Callback
from bot.ui.html import PARSE_MODE, code, escape

log = logging.getLogger(__name__)

NEEDS_ZONE = (
    "First tell me your time zone, so the question comes at your hour: for example "
    f"{code('/timezone Berlin')}. Until then, {code('/log')} asks today's question at once."
)


async def log_command(update: Update, context: BotContext) -> None:
    message, user = update.effective_message, update.effective_user
    if message is None or user is None:
        return
    services = context.services
    try:
        request = parse_log_args(list(context.args or []))
    except InputError as error:
        await message.reply_text(
            f"{escape(error.message)}\nExample: {code(error.example)}", parse_mode=PARSE_MODE
        )
        return
    if request.action == "note":
        detection = await screen_text(services, request.note)
        escalated = await screen_for_red_flags(update, context, request.note, detection)
        day, _ = await service.today(services.db, services.clock, user.id)
        await service.ask_note(services.db, services.clock, user.id, day)
        await _take_note(update, context, request.note, quiet=escalated)
        return
    if request.action == "off":
        await service.turn_off(services.db, services.clock, user.id)
        await message.reply_text(
            "The diary question is off: I won't ask with the foot check or on its own. Your "
            f"entries are kept ({code('/report')}). {code('/log on')} brings it back.",
            parse_mode=PARSE_MODE,
        )
        return
    if request.action == "on":
        await service.turn_on(services.db, user.id)
        await message.reply_text(await _when_asked(context, user.id), parse_mode=PARSE_MODE)
        return
    if request.action == "daily":
        assert request.at is not None
        try:
            await service.ask_daily_at(services.db, services.clock, user.id, request.at)
        except NeedsTimeZone:
            await message.reply_text(NEEDS_ZONE, parse_mode=PARSE_MODE)
            return
        await message.reply_text(await _when_asked(context, user.id), parse_mode=PARSE_MODE)
        return
    day, entry = await service.today(services.db, services.clock, user.id)
    await service.cancel_note(services.db, user.id)
    diary = services.content.diary
    if entry is None:
        await message.reply_text(
            ui.question_text(diary),
            parse_mode=PARSE_MODE,
            reply_markup=ui.question_keyboard(diary, ui.day_arg(day)),
        )
        return
    await message.reply_text(
        ui.where_text(diary, entry),
        parse_mode=PARSE_MODE,
        reply_markup=ui.where_keyboard(diary, entry),
    )


async def _when_asked(context: BotContext, user_id: int) -> str:
    state = await service.status(context.services.db, user_id)
    if state.own_at is not None:
        return (
            f"✅ I'll ask how your legs feel every day at {state.own_at}. "
            f"{code('/log off')} stops it."
        )
    if state.foot_at is not None:
        return (
            f"✅ I'll ask how your legs feel with your foot check at {state.foot_at}. "
            f"{code('/log off')} stops it."
        )
    return (
        f"✅ The diary is on. To be asked every day, give a time: {code('/log 20:00')}; "
        f"or tap {code('/log')} whenever you like."
    )


async def on_diary_button(update: Update, context: BotContext, callback: Callback) -> None:
    query, user = update.callback_query, update.effective_user
    if query is None or user is None or query.message is None:
        return
    services = context.services
    source = callback.arg(0) or ""
    day = await service.day_of_source(services.db, services.clock, user.id, source)
    if day is None:
        await answer_tap(query, texts.STALE_BUTTON)
        return
    diary = services.content.diary
    if callback.action == ui.NOTE_ACTION:
        if not await service.ask_note(services.db, services.clock, user.id, day):
            await answer_tap(query, _not_today(day), show_alert=True)
            return
        await answer_tap(query)
        await query.message.reply_text(escape(diary.note_prompt), parse_mode=PARSE_MODE)  # type: ignore[union-attr]
        return
    if callback.action == ui.FINISH_ACTION:
        await answer_tap(query, "Saved.")
        today, entry = await service.today(services.db, services.clock, user.id)
        if entry is not None and today == day:
            await edit_tapped(query, ui.saved_line(diary, entry))
        return
    change = _change(diary, callback)
    if change is None:
        await answer_tap(query, texts.STALE_BUTTON)
        return
    saved = await service.record(services.db, services.clock, diary, user.id, day, **change)
    if saved is None:  # not today's question (or midnight passed since)
        await answer_tap(query, _not_today(day), show_alert=True)
        return
    await answer_tap(query, "Saved.")
    text, keyboard = ui.where_text(diary, saved.entry), ui.where_keyboard(diary, saved.entry)
    if source.startswith("r"):  # under a reminder: its checklist and buttons stay as they are
        await query.message.reply_text(text, parse_mode=PARSE_MODE, reply_markup=keyboard)  # type: ignore[union-attr]
    else:
        await edit_tapped(query, text, keyboard)
    if saved.notices:
        await context.bot.send_message(
            user.id,
            ui.notice_text(services.content, saved.notices),
            parse_mode=PARSE_MODE,
            reply_markup=ui.notice_keyboard(),
        )


def _change(diary: Diary, callback: Callback) -> dict[str, int | str] | None:
    """What a tap sets, or None for a payload that names nothing of ours."""
    value = callback.arg(1)
    if callback.action == ui.LEVEL_ACTION:
        if value is None or not value.isdigit() or int(value) not in LEVELS:
            return None
        return {"level": int(value)}
    if callback.action == ui.PLACE_ACTION and value in {p.id for p in diary.places}:
        return {"place": value}
    if callback.action == ui.SIDE_ACTION and value in {s.id for s in diary.sides}:
        return {"side": value}
    return None


def _not_today(day: date) -> str:
    return (
        f"That question was for {day.strftime('%a %d %b')}; a diary day can be changed only on "
        "the day. Send /log for today's."
    )


async def take_diary_note(
    update: Update,
    context: BotContext,
    text: str,
    *,
    quiet: bool = False,
    sender: SenderLookup | None = None,
) -> bool:
    """A plain message while a note is awaited is that note. True when it was taken (or refused
    as too long, so the person can shorten it); `quiet` after emergency instructions, where a
    database that cannot be reached is logged, never answered with an apology under them.
    `sender`, when it could be read, already tells that no note is awaited (nearly always)."""
    if sender is not None:
        facts = await sender.facts()
        if facts is not None and facts.note_day is None:
            return False
    try:
        return await _take_note(update, context, text, quiet=quiet)
    except Exception as exc:
        if not quiet or not is_unavailable(exc):
            raise
        log.warning(
            "database unavailable, diary note not checked", extra={"error": type(exc).__name__}
        )
        return False


async def _take_note(update: Update, context: BotContext, text: str, *, quiet: bool) -> bool:
    message, user = update.effective_message, update.effective_user
    if message is None or user is None:
        return False
    services = context.services
    outcome = await service.take_note(services.db, services.clock, user.id, text)
    if outcome.status in ("none", "stale"):
        return False
    if outcome.status == "too_long":
        await message.reply_text(
            f"That note is {outcome.length:,} characters; a diary note holds up to "
            f"{MAX_NOTE_CHARS:,}. Nothing was saved: please send a shorter one, or "
            f"{code('/log')} to leave it.",
            parse_mode=PARSE_MODE,
        )
        return True
    if not quiet:
        assert outcome.entry is not None
        await message.reply_text(
            f"📝 Note saved for {outcome.entry.day.strftime('%a %d %b')}.", parse_mode=PARSE_MODE
        )
    return True
