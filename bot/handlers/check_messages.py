"""How a check shows itself in the chat: its message edited in place or sent anew, and old
check messages retired, so only one live question is ever on screen."""

from __future__ import annotations

import logging
from collections.abc import Sequence

from telegram import Bot
from telegram.error import BadRequest, TelegramError

from bot.db import triage_checks as checks
from bot.db.triage_tables import ACTIVE, TriageCheck
from bot.handlers.context import BotContext
from bot.handlers.emergency import markup
from bot.sending.limiter import follow_up_send_options
from bot.ui import triage_render as ui
from bot.ui.html import PARSE_MODE

log = logging.getLogger(__name__)


async def put_message(
    context: BotContext,
    user_id: int,
    check_id: str,
    message_id: int | None,
    text: str,
    keyboard: ui.Keyboard,
    *,
    follow_up: bool = False,
) -> None:
    """Edit the check's message in place, or send a new one (and remember it) when there is no
    message to edit or the edit is refused."""
    if message_id is not None:
        try:
            await context.bot.edit_message_text(
                text,
                chat_id=user_id,
                message_id=message_id,
                parse_mode=PARSE_MODE,
                reply_markup=markup(keyboard),
            )
            return
        except BadRequest as error:
            if "not modified" in str(error).lower():
                return
            log.info("could not edit a check message, sending anew: %s", error)
    priority = follow_up_send_options(context.bot) if follow_up else {}
    sent = await context.bot.send_message(
        user_id, text, parse_mode=PARSE_MODE, reply_markup=markup(keyboard), **priority
    )
    async with context.services.db.session() as session:
        before = await checks.set_check_message(session, check_id, user_id, sent.message_id)
    if follow_up and before is not None:
        await _settle_late_question(context.bot, user_id, before, sent.message_id)


async def _settle_late_question(bot: Bot, chat_id: int, before: checks.Shown, sent: int) -> None:
    """A follow-up question may go out a few seconds after its check began: if the person has
    since ended the check (an emergency, a new check), it is deleted; if their next message
    already brought the question down, the older copy loses its buttons."""
    try:
        if before.status != ACTIVE:
            await bot.delete_message(chat_id, sent)
        elif before.message_id is not None and before.message_id != sent:
            await bot.edit_message_text(
                ui.CONTINUES_BELOW, chat_id=chat_id, message_id=before.message_id
            )
    except TelegramError as error:
        log.info("could not settle a late check message: %s", type(error).__name__)


async def retire(bot: Bot, chat_id: int, old: Sequence[TriageCheck], text: str) -> None:
    """Take the buttons off old check messages (best effort: a message may be gone)."""
    for check in old:
        if check.message_id is not None:
            await retire_message(bot, chat_id, check.message_id, text)


async def retire_message(bot: Bot, chat_id: int, message_id: int, text: str) -> None:
    """Show `text` in one old check message, its buttons gone (best effort)."""
    try:
        await bot.edit_message_text(
            text, chat_id=chat_id, message_id=message_id, parse_mode=PARSE_MODE
        )
    except TelegramError as error:
        log.info("could not retire an old check message: %s", type(error).__name__)
