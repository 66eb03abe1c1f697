"""The framework's floor: a bare python-telegram-bot echo bot, for bench.interactive_bench.

    .venv/bin/python -m bench.echo_bot --base-url http://127.0.0.1:8081/bot [--concurrent N]

It does the least a bot can do for the same traffic LegCare gets: a text message is answered with
its own text (one sendMessage, with one inline button so the user has something to tap), and a tap
is answered (answerCallbackQuery) and the message edited (editMessageText). No database, no
logging. Everything else is as in LegCare's build_application: the same HTTP client (aiohttp,
bot.app.transport, with python-telegram-bot's default settings), the same getUpdates long polling,
and by default the same client-side rate limiter (AIORateLimiter, which LegCare's
PatientRateLimiter extends), because Telegram's limits bind every real bot; `--no-rate-limiter`
shows what the limiter itself costs. So the ratio to this bot is LegCare's own work, not a
difference of HTTP clients.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import signal

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import (
    AIORateLimiter,
    Application,
    CallbackQueryHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from bot.app.transport import bot_api_clients

READY_LINE = "echo bot is polling"
KEYBOARD = InlineKeyboardMarkup([[InlineKeyboardButton("No", callback_data="no")]])
POLL_TIMEOUT_SECONDS = 25


async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    message = update.effective_message
    if message is not None and message.text:
        await message.reply_text(message.text, reply_markup=KEYBOARD)


async def tapped(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.callback_query
    if query is None:
        return
    await query.answer()
    # The update id makes every edit differ, as Telegram refuses an edit that changes nothing.
    await query.edit_message_text(f"tap {update.update_id}", reply_markup=KEYBOARD)


def build(token: str, base_url: str, *, concurrent: int, rate_limiter: bool) -> Application:
    calls, polls = bot_api_clients()
    builder = (
        Application.builder()
        .token(token)
        .base_url(base_url)
        .request(calls)
        .get_updates_request(polls)
    )
    if rate_limiter:
        builder = builder.rate_limiter(AIORateLimiter())
    if concurrent > 1:
        builder = builder.concurrent_updates(concurrent)
    application = builder.build()
    application.add_handler(MessageHandler(filters.TEXT, echo))
    application.add_handler(CallbackQueryHandler(tapped))
    return application


async def serve(token: str, base_url: str, *, concurrent: int, rate_limiter: bool) -> None:
    application = build(token, base_url, concurrent=concurrent, rate_limiter=rate_limiter)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signum, stop.set)
    async with application:
        await application.start()
        assert application.updater is not None
        await application.updater.start_polling(
            allowed_updates=[Update.MESSAGE, Update.CALLBACK_QUERY],
            timeout=POLL_TIMEOUT_SECONDS,
        )
        print(READY_LINE, flush=True)
        await stop.wait()
        await application.updater.stop()
        await application.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description="A bare PTB echo bot (benchmark floor)")
    parser.add_argument("--base-url", required=True, help="the Bot API base URL, ending in /bot")
    parser.add_argument("--concurrent", type=int, default=1, help="concurrent_updates (1 = off)")
    parser.add_argument("--no-rate-limiter", action="store_true")
    args = parser.parse_args()
    token = os.environ["TELEGRAM_BOT_TOKEN"]
    asyncio.run(
        serve(
            token, args.base_url, concurrent=args.concurrent, rate_limiter=not args.no_rate_limiter
        )
    )


if __name__ == "__main__":
    main()
