"""Guided set-up after /start: a time zone, then both reminder plans, in a few taps.

Every step lives in the callback data (`v1:ob:...`) and the database, never in process memory, so
a restart or another worker can take the next tap. Buttons act on the tapping user only.
"""

from __future__ import annotations

import logging
import re

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update

from bot.db.reminder_tables import FOOT, MOVEMENT
from bot.db.reminders import get_plans
from bot.db.users import get_user
from bot.handlers.context import BotContext
from bot.handlers.taps import answer_tap, edit_tapped
from bot.handlers.zone_setting import apply_zone
from bot.reminders import service
from bot.reminders.parse import InputError
from bot.reminders.plans import DEFAULT_FOOT_TIME, DEFAULT_INTERVAL_MINUTES, DEFAULT_WINDOWS
from bot.reminders.zones import resolve_zone_with_note
from bot.ui import texts
from bot.ui.callbacks import Callback, encode
from bot.ui.html import PARSE_MODE, bold, code, escape
from bot.ui.plan_texts import describe_plan, describe_windows

log = logging.getLogger(__name__)

SETUP_ACTION = "ob"
COMMON_ZONES = (
    ("London", "Europe/London"),
    ("Berlin / Paris", "Europe/Berlin"),
    ("New York", "America/New_York"),
    ("Chicago", "America/Chicago"),
    ("Los Angeles", "America/Los_Angeles"),
    ("India", "Asia/Kolkata"),
    ("Sydney", "Australia/Sydney"),
)


def zone_question() -> tuple[str, InlineKeyboardMarkup]:
    buttons = [
        InlineKeyboardButton(label, callback_data=encode(SETUP_ACTION, "tz", index))
        for index, (label, _zone) in enumerate(COMMON_ZONES)
    ]
    rows = [buttons[i : i + 2] for i in range(0, len(buttons), 2)]
    rows.append([InlineKeyboardButton("Not now", callback_data=encode(SETUP_ACTION, "end"))])
    text = (
        f"{bold('Set-up, step 1 of 2: your time zone')}\n\nReminders only come in your own "
        "working hours, so I need your time zone. Tap yours, or type it, like "
        f"{code('/timezone Lisbon')} or {code('/timezone UTC+2')}."
    )
    return text, InlineKeyboardMarkup(rows)


async def plan_offer(context: BotContext, user_id: int) -> tuple[str, InlineKeyboardMarkup]:
    async with context.services.db.session() as session:
        plans = {plan.kind: plan for plan in await get_plans(session, user_id) if plan.active}
        owner = await get_user(session, user_id)
    zone = owner.time_zone if owner and owner.time_zone else "UTC"
    lines = [bold("Set-up, step 2 of 2: your reminders"), ""]
    rows: list[list[InlineKeyboardButton]] = []
    if MOVEMENT in plans:
        lines.append(describe_plan(plans[MOVEMENT], zone))
    else:
        lines.append(
            f"Movement breaks: every {DEFAULT_INTERVAL_MINUTES} min, "
            f"{escape(describe_windows(DEFAULT_WINDOWS))}. From the guide, on legs going numb "
            "while sitting: regular movement breaks every 30-60 minutes can prevent this "
            "common problem."
        )
        rows.append(
            [InlineKeyboardButton("Turn on breaks", callback_data=encode(SETUP_ACTION, "mv"))]
        )
    if FOOT in plans:
        lines.append(describe_plan(plans[FOOT], zone))
    else:
        lines.append(
            f"A daily foot check at {DEFAULT_FOOT_TIME.strftime('%H:%M')}. From the guide: daily "
            "checks for cuts, sores, or pressure areas, especially important for diabetics."
        )
        rows.append(
            [InlineKeyboardButton("Turn on foot check", callback_data=encode(SETUP_ACTION, "ft"))]
        )
    lines += [
        "",
        f"Change times any time: {code('/move 30 08:00-16:00 mon-fri')}, {code('/feet 20:00')}.",
    ]
    rows.append([InlineKeyboardButton("Done", callback_data=encode(SETUP_ACTION, "end"))])
    return "\n".join(lines), InlineKeyboardMarkup(rows)


async def offer_setup(update: Update, context: BotContext) -> None:
    """Sent after the welcome: the zone question, or straight to the plans if the zone is known."""
    message, user = update.effective_message, update.effective_user
    if message is None or user is None:
        return
    async with context.services.db.session() as session:
        owner = await get_user(session, user.id)
    if owner is None or not owner.time_zone:
        text, keyboard = zone_question()
    else:
        text, keyboard = await plan_offer(context, user.id)
    await message.reply_text(text, parse_mode=PARSE_MODE, reply_markup=keyboard)


async def on_setup_button(update: Update, context: BotContext, callback: Callback) -> None:
    query, user = update.callback_query, update.effective_user
    if query is None or user is None:
        return
    step, services = callback.arg(0), context.services
    if step == "tz":
        index = callback.arg(1) or ""
        if not index.isdigit() or int(index) >= len(COMMON_ZONES):
            await answer_tap(query, texts.STALE_BUTTON)
            return
        confirmation = await apply_zone(context, user.id, COMMON_ZONES[int(index)][1])
        await answer_tap(query)
        await edit_tapped(query, confirmation)
        text, keyboard = await plan_offer(context, user.id)
        await query.message.reply_text(text, parse_mode=PARSE_MODE, reply_markup=keyboard)  # type: ignore[union-attr]
        return
    if step in ("mv", "ft", "both"):
        try:
            if step in ("mv", "both"):
                await service.set_movement(
                    services.db, services.clock, user.id, DEFAULT_INTERVAL_MINUTES, DEFAULT_WINDOWS
                )
            if step in ("ft", "both"):
                await service.set_foot(services.db, services.clock, user.id, DEFAULT_FOOT_TIME)
        except service.NeedsTimeZone:
            text, keyboard = zone_question()
            await answer_tap(query, "First your time zone.")
            await edit_tapped(query, text, keyboard)
            return
        await answer_tap(query, "Turned on.")
        if step != "both":
            text, keyboard = await plan_offer(context, user.id)
            await edit_tapped(query, text, keyboard)
            return
    if step in ("end", "both", "none"):
        if step != "both":
            await answer_tap(query)
        text, keyboard = await _closing(context, user.id, offer=step == "end")
        await edit_tapped(query, text, keyboard)
        return
    await answer_tap(query, texts.STALE_BUTTON)


async def _closing(
    context: BotContext, user_id: int, *, offer: bool
) -> tuple[str, InlineKeyboardMarkup | None]:
    """The last word of set-up: what is on, or, when nothing is, that nothing is (and, once,
    the recommended pair in one tap)."""
    async with context.services.db.session() as session:
        plans = [plan for plan in await get_plans(session, user_id) if plan.active]
        owner = await get_user(session, user_id)
    if plans:
        zone = owner.time_zone if owner and owner.time_zone else "UTC"
        lines = ["All set. What is on:", *(describe_plan(plan, zone) for plan in plans), ""]
        lines.append(
            f"{code('/reminders')} shows and changes them, {code('/help')} shows everything else."
        )
        return "\n".join(lines), None
    later = (
        f"{code('/move')} and {code('/feet')} turn them on any time; {code('/help')} shows more."
    )
    if not offer:
        return f"Fine: nothing is on, so no reminders will come. {later}", None
    hours = escape(describe_windows(DEFAULT_WINDOWS))
    text = (
        f"{bold('Nothing is on yet')}, so no reminders will come. The recommended pair: movement "
        f"breaks every {DEFAULT_INTERVAL_MINUTES} min, {hours} (the guide: breaks every 30-60 "
        "minutes while sitting), and a daily foot check at "
        f"{DEFAULT_FOOT_TIME.strftime('%H:%M')} (the guide: especially important for diabetics). "
        f"{later}"
    )
    keyboard = InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton("Turn on both", callback_data=encode(SETUP_ACTION, "both")),
                InlineKeyboardButton("No, thanks", callback_data=encode(SETUP_ACTION, "none")),
            ]
        ]
    )
    return text, keyboard


async def zone_reply(
    context: BotContext, user_id: int, zone: str, note: str | None = None
) -> tuple[str, InlineKeyboardMarkup | None]:
    """The reply to a zone set by typing (/timezone, a city name, a shared location). While
    nothing was ever set up, it goes on to step 2 in the same message, as a zone button does."""
    async with context.services.db.session() as session:
        in_setup = not await get_plans(session, user_id)
    confirmation = await apply_zone(context, user_id, zone, note, next_steps=not in_setup)
    if not in_setup:
        return confirmation, None
    offer, keyboard = await plan_offer(context, user_id)
    return f"{confirmation}\n\n{offer}", keyboard


_ZONE_LEADS = re.compile(r"^(?:i'?m in|i am in|i live in|i'?m from|in)\s+", re.IGNORECASE)


async def typed_zone(update: Update, context: BotContext, text: str) -> bool:
    """A city or zone typed as a plain message by someone without a time zone: set-up's step 1
    says "or type it", so it is taken as the answer. True when it was."""
    user = update.effective_user
    candidate = _ZONE_LEADS.sub("", text.strip().rstrip(".!")).strip()
    if user is None or not candidate or len(candidate) > 40 or len(candidate.split()) > 4:
        return False
    try:
        zone, note = resolve_zone_with_note(candidate)
    except InputError:
        return False
    async with context.services.db.session() as session:
        owner = await get_user(session, user.id)
    if owner is not None and owner.time_zone:
        return False
    message = update.effective_message
    if message is None:
        return False
    text, keyboard = await zone_reply(context, user.id, zone, note)
    await message.reply_text(text, parse_mode=PARSE_MODE, reply_markup=keyboard)
    return True
