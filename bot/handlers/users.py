"""Keeping the users table in step with who talks to the bot and who blocked it."""

from __future__ import annotations

import logging

from telegram import ChatMember, Update

from bot.db.engine import is_unavailable
from bot.db.users import set_blocked, touch_needed, touch_user
from bot.handlers.context import BotContext
from bot.handlers.patience import within

log = logging.getLogger(__name__)

REMEMBER_PATIENCE_SECONDS = 1.0
"""How long an update waits to record its sender before its handler runs anyway: an emergency
must not wait out a locked database's busy timeout first."""


async def remember_user(update: Update, context: BotContext) -> None:
    """Runs before every feature handler so each can rely on the user's row existing."""
    user = update.effective_user
    chat = update.effective_chat
    if user is None or user.is_bot or chat is None or chat.type != chat.PRIVATE:
        return
    services = context.services
    now = services.clock.now()
    # A read first: for someone seen a moment ago it is all that is needed, and it is much
    # cheaper than the write transaction it saves. touch_user decides again inside its own
    # transaction, so a row that changed in between is still handled right.
    # When the database is down this step is skipped, not failed: the feature handler that
    # follows decides (the emergency instructions need no database; anything else apologises).
    # A slow one (SQLite locked by another writer) is waited for only REMEMBER_PATIENCE_SECONDS;
    # the touch then finishes in the background.
    # On SQLite the process remembers rows it found current (bot.db.recently_seen), so most
    # updates need neither; it is noted only once a write has committed.
    seen = services.db.recently_seen
    if seen is not None and seen.is_current(user.id, language=user.language_code, now=now):
        return

    async def touch() -> None:
        async with services.db.reader.connect() as connection:
            needed = await touch_needed(
                connection, user.id, language=user.language_code, now=now, seen=seen
            )
        if needed:
            epoch = seen.epoch if seen is not None else None
            async with services.db.session() as session:
                row = await touch_user(session, user.id, language=user.language_code, now=now)
            if seen is not None and not row.blocked:
                seen.note(
                    user.id,
                    last_seen_at=row.last_seen_at,
                    has_language=bool(row.language),
                    since=epoch,
                )

    try:
        await within(REMEMBER_PATIENCE_SECONDS, touch())
    except Exception as exc:
        if not (is_unavailable(exc) or isinstance(exc, TimeoutError)):
            raise
        log.warning(
            "database unavailable, user not recorded",
            extra={"user_id": user.id, "error": type(exc).__name__},
        )


async def track_block_status(update: Update, context: BotContext) -> None:
    """Telegram tells us when a user blocks or unblocks the bot; stop or resume sending."""
    change = update.my_chat_member
    if change is None or change.chat.type != change.chat.PRIVATE:
        return
    blocked = change.new_chat_member.status in (ChatMember.BANNED, ChatMember.LEFT)
    async with context.services.db.session() as session:
        await set_blocked(session, change.chat.id, blocked=blocked)
    log.info("block status changed", extra={"user_id": change.chat.id, "blocked": blocked})
