"""/start and /help: the first minute with the bot."""

from __future__ import annotations

from telegram import Update

from bot.carers.invites import token_from_start
from bot.handlers import carer, setup
from bot.handlers.context import BotContext
from bot.handlers.emergency import wording_for
from bot.ui import texts
from bot.ui.html import PARSE_MODE


async def start(update: Update, context: BotContext) -> None:
    message = update.effective_message
    if message is None:
        return
    user = update.effective_user
    token = token_from_start(context.args[0]) if context.args else None
    if token is not None:  # a carer invite's deep link (an empty token: not a valid one)
        await carer.open_invite(update, context, token)
        return
    wording = await wording_for(context, user.id if user else None)
    await message.reply_text(
        texts.welcome(user.first_name if user else None, wording),
        parse_mode=PARSE_MODE,
    )
    await setup.offer_setup(update, context)


async def show_help(update: Update, context: BotContext) -> None:
    message = update.effective_message
    if message is None:
        return
    user = update.effective_user
    token = token_from_start(context.args[0]) if context.args else None
    if token is not None:  # a carer invite's deep link (an empty token: not a valid one)
        await carer.open_invite(update, context, token)
        return
    wording = await wording_for(context, user.id if user else None)
    await message.reply_text(
        texts.help_text(context.bot_data.commands, wording), parse_mode=PARSE_MODE
    )
