"""/timezone (or a shared location), /pause and /resume."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from telegram import Update

from bot.db.users import get_user
from bot.handlers.context import BotContext
from bot.handlers.setup import zone_reply
from bot.reminders import service
from bot.reminders.parse import InputError, parse_pause
from bot.reminders.zones import resolve_zone_with_note, zone_from_location
from bot.ui.html import PARSE_MODE, code, escape
from bot.ui.plan_texts import describe_plan
from bot.ui.reminders_render import local_time

TIMEZONE_EXAMPLE = "/timezone Berlin"
ZONE_PROMPT = (
    f"Tell me your time zone: a city ({code('/timezone Berlin')}), a zone name "
    f"({code('/timezone America/New_York')}) or an offset ({code('/timezone UTC+2')}). "
    "Or share your location with the 📎 button."
)


async def _reply(update: Update, text: str) -> None:
    message = update.effective_message
    if message is not None:
        await message.reply_text(text, parse_mode=PARSE_MODE)


async def _reply_zone(
    update: Update, context: BotContext, user_id: int, zone: str, note: str | None = None
) -> None:
    message = update.effective_message
    if message is not None:
        text, keyboard = await zone_reply(context, user_id, zone, note)
        await message.reply_text(text, parse_mode=PARSE_MODE, reply_markup=keyboard)


async def set_timezone(update: Update, context: BotContext) -> None:
    user = update.effective_user
    if user is None:
        return
    text = " ".join(context.args or []).strip()
    if not text:
        await _reply(update, ZONE_PROMPT)
        return
    try:
        zone, note = resolve_zone_with_note(text)
    except InputError as error:
        await _reply(update, f"{escape(error.message)}\nExample: {code(error.example)}")
        return
    await _reply_zone(update, context, user.id, zone, note)


async def shared_location(update: Update, context: BotContext) -> None:
    message, user = update.effective_message, update.effective_user
    if message is None or user is None or message.location is None:
        return
    zone = zone_from_location(message.location.latitude, message.location.longitude)
    await _reply_zone(update, context, user.id, zone)


async def pause(update: Update, context: BotContext) -> None:
    user = update.effective_user
    if user is None:
        return
    services = context.services
    text = " ".join(context.args or []).strip()
    if not text:
        await _reply(
            update,
            "How long? For example "
            + ", ".join(code(f"/pause {d}") for d in ("30m", "2h", "today", "3d"))
            + ".",
        )
        return
    async with services.db.session() as session:
        owner = await get_user(session, user.id)
    zone = owner.time_zone if owner and owner.time_zone else None
    if zone is None:
        await _reply(
            update,
            f"Nothing to pause yet. Set your time zone first: {code(TIMEZONE_EXAMPLE)}.",
        )
        return
    try:
        until = parse_pause(text, services.clock.now().astimezone(ZoneInfo(zone)))
    except InputError as error:
        await _reply(update, f"{escape(error.message)}\nExample: {code(error.example)}")
        return
    plans, zone = await service.pause_all(services.db, services.clock, user.id, until)
    if not plans:
        await _reply(
            update,
            f"No reminders to pause. Turn some on with {code('/move')} or {code('/feet')}.",
        )
        return
    await _reply(
        update,
        f"⏸ Reminders paused until {escape(local_time(until, zone))} ({escape(zone)}). They come "
        f"back by themselves then; {code('/resume')} brings them back now.",
    )


async def resume(update: Update, context: BotContext) -> None:
    user = update.effective_user
    if user is None:
        return
    services = context.services
    try:
        plans, zone = await service.resume_all(services.db, services.clock, user.id)
    except service.NeedsTimeZone:
        plans, zone = [], "UTC"
    if not plans:
        await _reply(
            update,
            f"No reminders yet. Turn some on with {code('/move')} or {code('/feet')}.",
        )
        return
    lines = ["▶️ Reminders are on again.", "", *(describe_plan(plan, zone) for plan in plans)]
    await _reply(update, "\n".join(lines))


async def stop(update: Update, context: BotContext) -> None:
    """/stop: nothing more until /resume, settings kept; and how to erase everything instead."""
    user = update.effective_user
    if user is None:
        return
    services = context.services
    stopped = await service.stop_all(services.db, services.clock, user.id)
    erase = f"To erase everything I store about you instead, send {code('/delete')}."
    if not stopped:
        await _reply(update, f"No reminders are on, so there is nothing to stop. {erase}")
        return
    await _reply(
        update,
        f"⏹ All reminders are stopped until you send {code('/resume')}. Your settings are kept, "
        f"and you can still ask me anything or run {code('/check')}.\n\n{erase}",
    )
