"""/country: which emergency number the bot gives (users.country).

`/country DE`, `/country Germany` or `/country UK` set it; `/country` alone shows the current one
and buttons for common countries. Anything not in content/emergency_numbers.yaml gets a clear
reply with an example and changes nothing; until a country is set the bot says "your local
emergency number (112, 911 or 999)".
"""

from __future__ import annotations

import logging

from telegram import Update

from bot.db.users import set_country
from bot.handlers.context import BotContext
from bot.handlers.emergency import country_of, markup
from bot.handlers.taps import answer_tap, edit_tapped
from bot.triage import find_country
from bot.triage.countries import COMMON
from bot.ui import triage_render as ui
from bot.ui.callbacks import Callback
from bot.ui.html import PARSE_MODE

log = logging.getLogger(__name__)

COUNTRY_ACTION = ui.COUNTRY_ACTION


async def set_country_command(update: Update, context: BotContext) -> None:
    message, user = update.effective_message, update.effective_user
    if message is None or user is None or message.text is None:
        return
    services = context.services
    content = services.content
    typed = message.text.partition(" ")[2].strip()
    current = content.emergency_number(await country_of(services, user.id))
    if not typed:
        await show_country_menu(update, context)
        return
    entry = find_country(content, typed)
    if entry is None:
        await message.reply_text(ui.render_country_unknown(typed, current), parse_mode=PARSE_MODE)
        return
    async with services.db.session() as session:
        await set_country(session, user.id, entry.code, now=services.clock.now())
    log.info("country set", extra={"user_id": user.id, "country": entry.code})
    await message.reply_text(ui.render_country_saved(entry), parse_mode=PARSE_MODE)


async def show_country_menu(update: Update, context: BotContext) -> None:
    """The current country and buttons for common ones (a bare /country, or /settings)."""
    message, user = update.effective_message, update.effective_user
    if message is None or user is None:
        return
    content = context.services.content
    current = content.emergency_number(await country_of(context.services, user.id))
    keyboard = ui.country_keyboard(content, COMMON)
    await message.reply_text(
        ui.render_country_menu(current), parse_mode=PARSE_MODE, reply_markup=markup(keyboard)
    )


async def choose_country(update: Update, context: BotContext, callback: Callback) -> None:
    """A country button under a bare /country."""
    query, user = update.callback_query, update.effective_user
    if query is None or user is None:
        return
    services = context.services
    code = callback.arg(0) or ""
    entry = services.content.emergency_numbers.countries.get(code)
    if entry is None or len(callback.args) != 1:
        await answer_tap(query, ui.STALE_BUTTON)
        return
    async with services.db.session() as session:
        await set_country(session, user.id, entry.code, now=services.clock.now())
    log.info("country set", extra={"user_id": user.id, "country": entry.code})
    await answer_tap(query)
    await edit_tapped(query, ui.render_country_saved(entry))
