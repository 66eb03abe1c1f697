"""One entry point for every inline-button tap.

Callback data arrives from the client and can be stale or forged, so it is decoded once here and
routed by action; anything that is not a current payload of ours gets a polite "no longer active"
and changes nothing.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from telegram import Update

from bot.handlers import privacy
from bot.handlers.context import BotContext
from bot.ui import texts
from bot.ui.callbacks import Callback, decode

ButtonHandler = Callable[[Update, BotContext, Callback], Awaitable[None]]

ROUTES: dict[str, ButtonHandler] = {
    privacy.DELETE_ACTION: privacy.answer_delete,
}


async def on_button(update: Update, context: BotContext) -> None:
    query = update.callback_query
    if query is None:
        return
    callback = decode(query.data)
    route = ROUTES.get(callback.action) if callback else None
    if callback is None or route is None:
        await query.answer(texts.STALE_BUTTON)
        return
    await route(update, context, callback)
