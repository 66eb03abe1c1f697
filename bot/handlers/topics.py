"""/topics: browse the guide by topic and section, in one message edited in place.

/topics ──tap topic──▶ topic page ──tap section──▶ section page
   ▲                     │  ▲                          │
   └──────── Back ───────┘  └────────── Back ──────────┘
"""

from __future__ import annotations

from telegram import CallbackQuery, Update

from bot.handlers.context import BotContext
from bot.handlers.faq import edit_in_place
from bot.handlers.taps import answer_tap
from bot.ui import faq_render as ui
from bot.ui import texts
from bot.ui.callbacks import Callback
from bot.ui.html import PARSE_MODE


async def show_topics(update: Update, context: BotContext) -> None:
    message = update.effective_message
    if message is None:
        return
    screen = ui.topics_screen(context.services.content)
    await message.reply_text(screen.text, parse_mode=PARSE_MODE, reply_markup=screen.keyboard)


async def browse(update: Update, context: BotContext, callback: Callback) -> None:
    query: CallbackQuery | None = update.callback_query
    if query is None:
        return
    content = context.services.content
    where, target = callback.arg(0), callback.arg(1) or ""
    try:
        if where is None:
            screen = ui.topics_screen(content)
        elif where == "t":
            screen = ui.topic_screen(content, target)
        elif where == "s":
            screen = ui.topic_section_screen(content, target)
        else:
            raise KeyError(where)
    except KeyError:
        await answer_tap(query, texts.STALE_BUTTON)
        return
    await answer_tap(query)
    await edit_in_place(query, screen)
