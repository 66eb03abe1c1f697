"""The global error handler: log what failed (never what the user wrote), tell the user, go on.

A user who blocked the bot shows up here as Forbidden on our reply; that is not a bug but a
signal, so their row is marked blocked and nothing more is sent to them.

When the database is down every handler of an update fails (the one that records the user, then
the feature's): that is one outage, not a bug, so it is one warning line without a traceback, and
the user gets one apology per message, not one per failing handler.
"""

from __future__ import annotations

import logging

from telegram import Update
from telegram.error import Forbidden, NetworkError, RetryAfter, TelegramError

from bot.db.engine import is_unavailable
from bot.db.users import set_blocked
from bot.handlers.context import BotContext
from bot.handlers.emergency import wording_for
from bot.ui import texts
from bot.ui.html import PARSE_MODE

log = logging.getLogger(__name__)


def _describe(update: object) -> dict[str, object]:
    if not isinstance(update, Update):
        return {"update": type(update).__name__}
    user = update.effective_user
    kind = next(
        (
            name
            for name in ("message", "edited_message", "callback_query", "my_chat_member")
            if getattr(update, name, None) is not None
        ),
        "other",
    )
    return {
        "update_id": update.update_id,
        "update_type": kind,
        "user_id": user.id if user else None,
    }


async def on_error(update: object, context: BotContext) -> None:
    error = context.error
    details = _describe(update)
    if isinstance(error, Forbidden) and isinstance(update, Update) and update.effective_chat:
        async with context.services.db.session() as session:
            await set_blocked(session, update.effective_chat.id, blocked=True)
        log.info("user blocked the bot", extra=details)
        return
    if isinstance(error, RetryAfter | NetworkError):
        log.warning("telegram unavailable: %s", type(error).__name__, extra=details)
        return
    if is_unavailable(error):
        log.warning(
            "database unavailable, update not handled",
            extra={**details, "error": type(error).__name__},
        )
    else:
        log.error("handler failed", exc_info=error, extra=details)
    if not isinstance(update, Update) or update.effective_chat is None:
        return
    apologised = context.bot_data.apologised
    if update.update_id in apologised:
        return
    apologised.append(update.update_id)
    try:
        await context.bot.send_message(
            update.effective_chat.id,
            texts.something_went_wrong(await _wording(context, update)),
            parse_mode=PARSE_MODE,
        )
    except TelegramError as exc:
        log.warning(
            "could not tell the user about the failure: %s", type(exc).__name__, extra=details
        )


async def _wording(context: BotContext, update: Update) -> str:
    """The user's number when it can be read at once; the common numbers when the failure was
    the database itself (country_of then gives up within half a second)."""
    user = update.effective_user
    try:
        return await wording_for(context, user.id if user else None)
    except Exception:  # noqa: BLE001 - an apology must still go out
        return context.emergency_wording()
