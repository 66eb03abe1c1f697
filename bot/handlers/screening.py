"""The red-flag screen over free text: the first step of bot.handlers.free_text.STEPS.

What it does with a message, in this order:
1. A clear emergency sign: the emergency message at once (any open check ends), nothing else.
2. A check is waiting and the text is an answer ("yes", "no", "not sure"): it answers the question.
3. Something that may be a sign (hedged, or only hinted at): the red-flag questions, at once (or,
   if a check is already open, its question again at the bottom of the chat).
4. Nothing: the next step (the guide's answers) takes the message.
"""

from __future__ import annotations

import logging

from telegram import Update

from bot.db.engine import is_unavailable
from bot.handlers import check
from bot.handlers.context import BotContext
from bot.handlers.emergency import country_of, send_emergency
from bot.triage import Screen, tools_for
from bot.triage.engine import parse_answer
from bot.ui import triage_render as ui

log = logging.getLogger(__name__)


async def screen_for_red_flags(update: Update, context: BotContext, text: str) -> bool:
    user, chat = update.effective_user, update.effective_chat
    if user is None or chat is None:
        return False
    content = context.services.content
    detection = tools_for(content).detector.screen(text)
    if detection.screen is Screen.EMERGENCY:
        by_id = {sign.id: sign for sign in content.emergency_signs}
        signs = [by_id[sign_id] for sign_id in detection.signs]
        country = await country_of(context.services, user.id)
        await send_emergency(context.bot, context.services, chat.id, country, signs)
        try:
            await check.end_checks_for_emergency(context, user.id, country)
        except Exception as exc:
            # The instructions are out; closing an open check is housekeeping, and an apology
            # under an emergency message would only confuse.
            if not is_unavailable(exc):
                raise
            log.warning("database unavailable, open check left", extra={"user_id": user.id})
        return True
    answer = parse_answer(text)
    if answer is not None and await check.answer_typed(context, user.id, answer):
        return True
    if detection.screen is Screen.AMBIGUOUS:
        log.info("free text may describe a red flag: asking the questions")
        if not await check.repost_waiting_question(context, user.id):
            await check.begin_check(context, user.id, intro=ui.AMBIGUOUS_INTRO)
        return True
    return False
