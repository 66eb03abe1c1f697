""" "Remind me to re-check tomorrow": the buttons, and the sender the dispatcher calls each tick.

The outcome of a check offers the reminder; a tap schedules a `recheck` follow-up 24 hours later
(idempotent: one pending per person). The periodic dispatcher (bot.reminders) calls
`send_due_followups` on every tick; it claims due rows, sends one message each, and records the
result. A user who blocked the bot (403) is marked blocked; a short Telegram outage gives the row
back for the next tick; a follow-up more than a day late is skipped rather than sent out of the
blue.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from telegram import Bot, Update
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TelegramError, TimedOut

from bot.content.models import Content
from bot.core.clock import Clock
from bot.db import Database
from bot.db import followups as repo
from bot.db import triage_checks as checks
from bot.db.triage_tables import RECHECK
from bot.db.users import get_user, set_blocked
from bot.handlers.context import BotContext
from bot.handlers.emergency import markup
from bot.handlers.taps import answer_tap, edit_tapped
from bot.sending.limiter import reminder_send_options
from bot.triage import tools_for
from bot.ui import triage_render as ui
from bot.ui.callbacks import Callback
from bot.ui.html import PARSE_MODE

log = logging.getLogger(__name__)

FOLLOWUP_ACTION = ui.FOLLOWUP_ACTION
RECHECK_AFTER = timedelta(hours=24)
LATEST_USEFUL = timedelta(hours=24)  # later than this after due_at, a "since yesterday" is wrong
RETENTION = timedelta(days=7)  # check answers and finished follow-ups are deleted after this
PRUNE_EVERY = timedelta(hours=1)
_last_prune: dict[str, datetime] = {}  # per database URL: pruning is cheap but need not run often


async def answer_followup(update: Update, context: BotContext, callback: Callback) -> None:
    """The reminder buttons: on / off under an outcome, "it's no worse" under a follow-up."""
    query, user = update.callback_query, update.effective_user
    if query is None or user is None:
        return
    services = context.services
    choice = callback.arg(0)
    if choice == "ok" and len(callback.args) == 1:
        await answer_tap(query)
        async with services.db.session() as session:
            account = await get_user(session, user.id)
        number = services.content.emergency_number(account.country if account else None)
        await edit_tapped(query, ui.render_no_worse(services.content, number))
        return
    check_id = callback.arg(1)
    if choice not in ("on", "off") or check_id is None or len(callback.args) != 2:
        await answer_tap(query, ui.STALE_BUTTON)
        return
    engine = tools_for(services.content).engine
    now = services.clock.now()
    async with services.db.session() as session:
        check = await checks.get_check(session, check_id, user.id)
        state = engine.decode(check.state) if check else None
        result = engine.result(state) if state else None
        if result is not None and choice == "on":
            await repo.schedule_followup(session, user.id, RECHECK, now + RECHECK_AFTER, now)
        elif result is not None:
            await repo.cancel(session, user.id, RECHECK)
        account = await get_user(session, user.id)
    if result is None:  # not this user's check, or not a finished one
        await answer_tap(query, ui.STALE_BUTTON)
        return
    await answer_tap(
        query, "OK, I'll check in tomorrow." if choice == "on" else "Reminder cancelled."
    )
    number = services.content.emergency_number(account.country if account else None)
    text, keyboard = ui.render_outcome(
        services.content, result, number, check_id, reminder_set=choice == "on"
    )
    await edit_tapped(query, text, markup(keyboard))


async def send_due_followups(
    bot: Bot, db: Database, clock: Clock, content: Content, limit: int
) -> int:
    """Claim and send up to `limit` due follow-ups; returns how many Telegram accepted.

    Safe to call from several processes at once (claims never overlap) and after a crash (an
    unfinished claim is retried after the claim timeout). About once an hour it also deletes
    check answers and finished follow-ups older than RETENTION."""
    now = clock.now()
    await _prune(db, now)
    async with db.session() as session:
        claimed = await repo.claim_due(session, now, limit)
        countries = {}
        for followup in claimed:
            user = await get_user(session, followup.user_id)
            countries[followup.user_id] = user.country if user else None
    sent = 0
    for followup in claimed:
        assert followup.id is not None
        if now - followup.due_at > LATEST_USEFUL:
            async with db.session() as session:
                await repo.mark_failed(session, followup.id, skipped=True)
            continue
        number = content.emergency_number(countries.get(followup.user_id))
        text, keyboard = ui.render_recheck_followup(content, number)
        try:
            await bot.send_message(
                followup.user_id,
                text,
                parse_mode=PARSE_MODE,
                reply_markup=markup(keyboard),
                disable_notification=False,
                **reminder_send_options(bot),  # time-driven: after replies, in the reminders' share
            )
        except Forbidden:
            async with db.session() as session:
                await repo.mark_failed(session, followup.id)
                await set_blocked(session, followup.user_id, blocked=True)
            log.info("follow-up refused: user blocked the bot", extra={"user_id": followup.user_id})
            continue
        except BadRequest as error:  # e.g. the chat is gone: retrying cannot help
            async with db.session() as session:
                await repo.mark_failed(session, followup.id)
            log.warning("follow-up failed: %s", type(error).__name__)
            continue
        except TimedOut:
            pass  # it may have arrived: recorded as sent, never sent twice
        except (RetryAfter, NetworkError):
            async with db.session() as session:
                await repo.release(session, followup.id)
            log.warning("follow-up postponed: Telegram unavailable")
            continue
        except TelegramError as error:
            async with db.session() as session:
                await repo.mark_failed(session, followup.id)
            log.warning("follow-up failed: %s", type(error).__name__)
            continue
        async with db.session() as session:
            await repo.mark_sent(session, followup.id, clock.now())
        sent += 1
    return sent


async def _prune(db: Database, now: datetime) -> None:
    last = _last_prune.get(db.url)
    if last is not None and now - last < PRUNE_EVERY:
        return
    _last_prune[db.url] = now
    async with db.session() as session:
        checks_gone = await checks.prune_checks(session, now - RETENTION)
        followups_gone = await repo.prune_followups(session, now - RETENTION)
    if checks_gone or followups_gone:
        log.info(
            "pruned old triage data", extra={"checks": checks_gone, "followups": followups_gone}
        )
