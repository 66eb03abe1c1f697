"""/emergency and the emergency message every path ends in: one sender, always with sound.

The emergency message is always a new message (an edit would not notify) sent with
`disable_notification=False`, and its first line is the guide's instruction with the number for
the person's country. /emergency shows it at once, with no questions; its button shows it again.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, Update

from bot.content.models import EmergencySign
from bot.core.services import Services
from bot.db.engine import is_unavailable
from bot.db.users import read_country
from bot.handlers.context import BotContext
from bot.handlers.patience import within
from bot.handlers.taps import answer_tap
from bot.ui import triage_render as ui
from bot.ui.callbacks import Callback
from bot.ui.html import PARSE_MODE

log = logging.getLogger(__name__)

COUNTRY_PATIENCE_SECONDS = 0.5
"""How long the emergency instructions wait for the person's country before giving the common
numbers: far above a normal read (about a millisecond), far below a locked database's wait."""


def markup(keyboard: ui.Keyboard) -> InlineKeyboardMarkup | None:
    """A keyboard spec of bot.ui.triage_render as Telegram markup (None when empty)."""
    rows = [
        [InlineKeyboardButton(label, callback_data=data) for label, data in row]
        for row in keyboard
        if row
    ]
    return InlineKeyboardMarkup(rows) if rows else None


async def country_of(services: Services, user_id: int) -> str | None:
    """The user's country code (None when not set), which picks their emergency number.

    A database outage must never stand between a person and the emergency instructions: then the
    country is unknown, and the message lists the common numbers and "your local emergency number"
    instead of failing into an apology. A database that is only slow (SQLite locked by another
    writer) is given COUNTRY_PATIENCE_SECONDS, not its busy timeout.
    """

    async def read() -> str | None:
        async with services.db.reader.connect() as connection:  # never waits for a writer
            return await read_country(connection, user_id)

    try:
        return await within(COUNTRY_PATIENCE_SECONDS, read())
    except Exception as exc:
        if not (is_unavailable(exc) or isinstance(exc, TimeoutError)):
            raise
        log.warning(
            "database unavailable, emergency number not personalised",
            extra={"user_id": user_id, "error": type(exc).__name__},
        )
        return None


async def wording_for(context: BotContext, user_id: int | None) -> str:
    """The user's emergency number in words, for any text that points to it: their country's
    number once known, the common numbers only while it is not."""
    country = await country_of(context.services, user_id) if user_id is not None else None
    return context.emergency_wording(country)


async def send_emergency(
    bot: Bot,
    services: Services,
    chat_id: int,
    country: str | None,
    signs: Sequence[EmergencySign] = (),
    *,
    unsure: bool = False,
) -> None:
    """Send the emergency message: a new message, with notification, never silent."""
    content = services.content
    text, keyboard = ui.render_emergency_alert(
        content, content.emergency_number(country), signs, unsure=unsure
    )
    await bot.send_message(
        chat_id,
        text,
        parse_mode=PARSE_MODE,
        reply_markup=markup(keyboard),
        disable_notification=False,
    )
    log.info(
        "emergency instructions sent",
        extra={"user_id": chat_id, "signs": [sign.id for sign in signs], "unsure": unsure},
    )


async def show_emergency(update: Update, context: BotContext) -> None:
    """/emergency: the instructions at once, no questions."""
    user, chat = update.effective_user, update.effective_chat
    if user is None or chat is None:
        return
    country = await country_of(context.services, user.id)
    await send_emergency(context.bot, context.services, chat.id, country)


async def show_again(update: Update, context: BotContext, callback: Callback) -> None:
    """The "show again" button: a fresh copy at the bottom of the chat, with sound."""
    query, user = update.callback_query, update.effective_user
    if query is None or user is None:
        return
    parsed = ui.signs_from_payload(callback.args, context.services.content.emergency_signs)
    if parsed is None:
        await answer_tap(query, ui.STALE_BUTTON)
        return
    signs, unsure = parsed
    await answer_tap(query)
    country = await country_of(context.services, user.id)
    await send_emergency(context.bot, context.services, user.id, country, signs, unsure=unsure)
