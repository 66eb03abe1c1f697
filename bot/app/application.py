"""Builds the Telegram Application: every handler, in order, in one readable place.

Order matters. python-telegram-bot runs, per group, the first handler whose filter matches:
- group -4 turns away groups, supergroups and channels (bot.handlers.groups: the bot leaves, so
  nobody's health is discussed in front of others), so only private chats go further;
- group -3 is flood control (bot.handlers.flood), emergencies exempt, so a flood costs no
  database work;
- group -2 counts every update for /metrics (webhook mode, `register_metrics`);
- group -1 records the user before any feature sees the update, so features can rely on the row;
- in group 0 the specific commands come first, then the catch-all for unknown commands, then
  free text, then non-text messages; buttons have a single router;
- edited messages are screened for emergencies but not re-run (bot.handlers.edits: re-running an
  edited `/delete` would surprise people).
"""

from __future__ import annotations

from typing import Any

from telegram import BotCommand, Update
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    ChatMemberHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    TypeHandler,
    filters,
)

from bot.app.commands import COMMANDS
from bot.app.transport import bot_api_clients
from bot.core.bot_data import BotData
from bot.core.metrics import BotMetrics
from bot.core.services import Services
from bot.handlers import (
    buttons,
    edits,
    fallback,
    flood,
    free_text,
    groups,
    settings,
    users,
)
from bot.handlers.context import BotContext, attach_services
from bot.handlers.errors import on_error
from bot.sending.budget import send_budget_for
from bot.sending.limiter import PatientRateLimiter

ALLOWED_UPDATES = [
    Update.MESSAGE,
    Update.EDITED_MESSAGE,
    Update.CALLBACK_QUERY,
    Update.MY_CHAT_MEMBER,
]
PRIVATE_MESSAGES = filters.ChatType.PRIVATE & filters.UpdateType.MESSAGE
RATE_LIMIT_RETRIES = 2
GROUPS_GUARD_GROUP = -4  # handler groups: these two stop what they handle (ApplicationHandlerStop)
FLOOD_GUARD_GROUP = -3

BotApplication = Application[Any, BotContext, Any, Any, BotData, Any]


def file_base_url(api_base_url: str) -> str:
    """Telegram serves files under /file/bot<token>; mirror whatever API base we were given."""
    base = api_base_url.rstrip("/")
    if base.endswith("/bot"):
        return base[: -len("/bot")] + "/file/bot"
    return base + "/file/bot"


def build_application(services: Services, token: str, api_base_url: str) -> BotApplication:
    requests = bot_api_clients()
    application: BotApplication = (
        Application.builder()
        .token(token)
        .base_url(api_base_url)
        .base_file_url(file_base_url(api_base_url))
        .request(requests[0])
        .get_updates_request(requests[1])
        .context_types(ContextTypes(context=BotContext, bot_data=BotData))
        .rate_limiter(
            PatientRateLimiter(
                max_retries=RATE_LIMIT_RETRIES, budget=send_budget_for(services.db.url)
            )
        )
        .build()
    )
    attach_services(application, services)
    application.bot_data.commands = COMMANDS  # what /help explains
    register_handlers(application)
    return application


METRICS_GROUP = -2  # after the guards, before users.remember_user: every update is counted


def register_metrics(application: BotApplication, metrics: BotMetrics) -> None:
    """The update counter of /metrics (webhook mode), in its place among the groups above."""
    application.add_handler(TypeHandler(Update, metrics.count_update), group=METRICS_GROUP)


def register_handlers(application: BotApplication) -> None:
    application.add_handler(TypeHandler(Update, groups.GroupGuard()), group=GROUPS_GUARD_GROUP)
    application.add_handler(TypeHandler(Update, flood.FloodGuard()), group=FLOOD_GUARD_GROUP)
    application.add_handler(TypeHandler(Update, users.remember_user), group=-1)

    for command in COMMANDS:
        application.add_handler(
            CommandHandler(command.name, command.handler, filters=PRIVATE_MESSAGES)
        )
    application.add_handler(CallbackQueryHandler(buttons.on_button))
    application.add_handler(
        ChatMemberHandler(users.track_block_status, ChatMemberHandler.MY_CHAT_MEMBER)
    )
    application.add_handler(
        MessageHandler(PRIVATE_MESSAGES & filters.LOCATION, settings.shared_location)
    )
    application.add_handler(
        MessageHandler(PRIVATE_MESSAGES & filters.COMMAND, fallback.unknown_command)
    )
    application.add_handler(MessageHandler(PRIVATE_MESSAGES & filters.TEXT, free_text.on_free_text))
    application.add_handler(MessageHandler(PRIVATE_MESSAGES, fallback.not_text))
    application.add_handler(
        MessageHandler(
            filters.ChatType.PRIVATE & filters.UpdateType.EDITED_MESSAGE, edits.on_edited_message
        )
    )
    application.add_error_handler(on_error)  # type: ignore[arg-type]


async def publish_commands(application: BotApplication) -> None:
    """Telegram's command menu shows exactly the commands /help explains."""
    await application.bot.set_my_commands(
        [BotCommand(command.name, command.menu) for command in COMMANDS]
    )
