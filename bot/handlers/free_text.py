"""Free text, in the order safety demands.

Every message a person types goes through these steps, and the first that answers wins:
1. the red-flag screen (an emergency sign gets emergency instructions, nothing else);
2. an answer from the guide, or an honest "not covered";
3. a pointer to /help.
A step is `async (update, context, text) -> bool`, True when it replied. The screen must stay
first: a question that mentions an emergency sign is an emergency, not an FAQ.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from telegram import Update

from bot.handlers.context import BotContext
from bot.handlers.faq import answer_from_guide
from bot.handlers.screening import screen_for_red_flags
from bot.ui import texts
from bot.ui.html import PARSE_MODE

Step = Callable[[Update, BotContext, str], Awaitable[bool]]


async def point_to_help(update: Update, context: BotContext, text: str) -> bool:
    message = update.effective_message
    if message is None:
        return False
    await message.reply_text(texts.free_text(context.emergency_wording()), parse_mode=PARSE_MODE)
    return True


# The red-flag screen (bot.triage) must come first, before answer_from_guide: a question that
# mentions an emergency sign is an emergency, not an FAQ. answer_from_guide always replies, so
# point_to_help stays only as the last resort should that ever change.
STEPS: tuple[Step, ...] = (screen_for_red_flags, answer_from_guide, point_to_help)


async def on_free_text(update: Update, context: BotContext) -> None:
    message = update.effective_message
    if message is None or not message.text:
        return
    for step in STEPS:
        if await step(update, context, message.text):
            return
