"""/settings: everything a person has set, on one screen, with a button to change each part.

The buttons open the same screens the commands do (/timezone's prompt, /country's menu,
/reminders' overview), so there is one way to change each setting, reachable two ways.
"""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update

from bot.db.reminders import get_plans
from bot.db.users import get_user
from bot.handlers import country, reminders
from bot.handlers.context import BotContext
from bot.handlers.settings import ZONE_PROMPT
from bot.handlers.taps import answer_tap
from bot.ui import texts
from bot.ui.callbacks import Callback, encode
from bot.ui.html import PARSE_MODE, bold, code, escape
from bot.ui.plan_texts import describe_plan
from bot.ui.reminders_render import local_time

SETTINGS_ACTION = "st"


async def show_settings(update: Update, context: BotContext) -> None:
    message, user = update.effective_message, update.effective_user
    if message is None or user is None:
        return
    services = context.services
    async with services.db.session() as session:
        owner = await get_user(session, user.id)
        plans = await get_plans(session, user.id)
    zone = owner.time_zone if owner and owner.time_zone else None
    number = services.content.emergency_number(owner.country if owner else None)
    lines = [bold("Your settings"), ""]
    if zone is None:
        lines.append(f"Time zone: not set yet ({code('/timezone Berlin')}).")
    else:
        now_there = local_time(services.clock.now(), zone)
        lines.append(f"Time zone: {escape(zone)} (it's {escape(now_there)} there now).")
    if number.is_known:
        chosen = "" if owner is None or owner.country_chosen else ", from your time zone"
        lines.append(
            f"Country: {escape(number.country)}{chosen}: emergency number {number.number}."
        )
    else:
        lines.append(f"Country: not set, so I name {escape(number.call_text)}.")
    lines += ["", bold("Reminders")]
    if plans:
        lines += [describe_plan(plan, zone or "UTC") for plan in plans]
    else:
        lines.append(
            f"None yet: {code('/move')} for movement breaks, {code('/feet')} for a foot check."
        )
    lines += [
        "",
        f"{code('/stop')} stops every reminder until {code('/resume')}; "
        f"{code('/delete')} erases everything.",
    ]
    keyboard = InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton("Time zone", callback_data=encode(SETTINGS_ACTION, "tz")),
                InlineKeyboardButton("Country", callback_data=encode(SETTINGS_ACTION, "co")),
                InlineKeyboardButton("Reminders", callback_data=encode(SETTINGS_ACTION, "rm")),
            ]
        ]
    )
    await message.reply_text("\n".join(lines), parse_mode=PARSE_MODE, reply_markup=keyboard)


async def on_settings_button(update: Update, context: BotContext, callback: Callback) -> None:
    """Each button answers with the screen its command would show, as a new message."""
    query = update.callback_query
    if query is None:
        return
    part = callback.arg(0)
    if part not in ("tz", "co", "rm") or len(callback.args) != 1:
        await answer_tap(query, texts.STALE_BUTTON)
        return
    await answer_tap(query)
    if part == "tz":
        message = update.effective_message
        if message is not None:
            await message.reply_text(ZONE_PROMPT, parse_mode=PARSE_MODE)
    elif part == "co":
        await country.show_country_menu(update, context)
    else:
        await reminders.list_reminders(update, context)
