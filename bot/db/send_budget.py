"""Claiming send slots from the shared schedule (PostgreSQL only), one statement per claim.

Each statement is a single upsert on the one `send_budget` row, so concurrent claimers from any
number of processes queue on that row's lock and each sees the schedule its predecessor left:
no two claims get the same slot. Times come from the server's `clock_timestamp()`, so processes
need not agree on the time; a claim also returns the server's "now", which turns the slot into a
plain duration to sleep. The arithmetic is `SlotBook.claim` (bot/sending/pacing.py) in SQL, in whole
microseconds; tests check the two agree.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Row, text
from sqlalchemy.ext.asyncio import AsyncConnection

from bot.db.send_budget_tables import BOT_LANE
from bot.sending.pacing import Claim, Priority, SendPolicy

MICROS = 1_000_000

_CLAIM_REPLY = text(
    """
WITH clock AS (SELECT (extract(epoch FROM clock_timestamp()) * 1000000)::bigint AS now_us)
INSERT INTO send_budget AS b (lane, next_slot_us, reminder_next_slot_us)
SELECT :lane, now_us + :spacing_us, 0 FROM clock
ON CONFLICT (lane) DO UPDATE
SET next_slot_us = greatest(b.next_slot_us, (SELECT now_us FROM clock)) + :spacing_us
RETURNING (SELECT now_us FROM clock) AS now_us, b.next_slot_us AS next_slot_us
"""
)

# A reminder takes a slot only when the schedule (replies queued included) and the reminder
# share are both free within the slack. The final SELECT reads the row as it was before this
# statement, which is what blocked a refused claim.
_CLAIM_REMINDER = text(
    """
WITH clock AS (SELECT (extract(epoch FROM clock_timestamp()) * 1000000)::bigint AS now_us),
claimed AS (
    INSERT INTO send_budget AS b (lane, next_slot_us, reminder_next_slot_us)
    SELECT :lane, now_us + :spacing_us, now_us + :half_reminder_spacing_us FROM clock
    ON CONFLICT (lane) DO UPDATE
    SET next_slot_us = greatest(
            b.next_slot_us, b.reminder_next_slot_us, (SELECT now_us FROM clock)
        ) + :spacing_us,
        reminder_next_slot_us = greatest(
            b.reminder_next_slot_us + :reminder_spacing_us,
            greatest(b.next_slot_us, b.reminder_next_slot_us, (SELECT now_us FROM clock))
                + :half_reminder_spacing_us
        )
    WHERE greatest(b.next_slot_us, b.reminder_next_slot_us)
        <= (SELECT now_us FROM clock) + :slack_us
    RETURNING b.next_slot_us
)
SELECT
    clock.now_us,
    (SELECT next_slot_us FROM claimed) AS next_slot_us,
    (SELECT greatest(next_slot_us, reminder_next_slot_us) FROM send_budget WHERE lane = :lane)
        AS blocked_until_us
FROM clock
"""
)

# A follow-up takes the next slot only when it is free now; reminders' share is not touched.
_CLAIM_FOLLOW_UP = text(
    """
WITH clock AS (SELECT (extract(epoch FROM clock_timestamp()) * 1000000)::bigint AS now_us),
claimed AS (
    INSERT INTO send_budget AS b (lane, next_slot_us, reminder_next_slot_us)
    SELECT :lane, now_us + :spacing_us, 0 FROM clock
    ON CONFLICT (lane) DO UPDATE
    SET next_slot_us = greatest(b.next_slot_us, (SELECT now_us FROM clock)) + :spacing_us
    WHERE b.next_slot_us <= (SELECT now_us FROM clock)
    RETURNING b.next_slot_us
)
SELECT
    clock.now_us,
    (SELECT next_slot_us FROM claimed) AS next_slot_us,
    (SELECT next_slot_us FROM send_budget WHERE lane = :lane) AS blocked_until_us
FROM clock
"""
)

_PAUSE = text(
    """
WITH clock AS (SELECT (extract(epoch FROM clock_timestamp()) * 1000000)::bigint AS now_us)
INSERT INTO send_budget AS b (lane, next_slot_us, reminder_next_slot_us)
SELECT :lane, now_us + :pause_us, 0 FROM clock
ON CONFLICT (lane) DO UPDATE
SET next_slot_us = greatest(b.next_slot_us, (SELECT now_us FROM clock) + :pause_us)
"""
)


def _us(seconds: float) -> int:
    return round(seconds * MICROS)


async def claim_slot(
    connection: AsyncConnection, priority: Priority, policy: SendPolicy, lane: str = BOT_LANE
) -> Claim:
    """Reserve the next slot for one message (times in seconds on the server's clock)."""
    spacing = _us(policy.spacing)
    if priority is Priority.REPLY:
        row = (await connection.execute(_CLAIM_REPLY, {"lane": lane, "spacing_us": spacing})).one()
        now_us, next_slot_us = int(row.now_us), int(row.next_slot_us)
        slot_us = max(next_slot_us - spacing - _us(policy.reply_burst), now_us)
        return Claim(now_us / MICROS, slot_us / MICROS)
    if priority is Priority.FOLLOW_UP:
        row = (
            await connection.execute(_CLAIM_FOLLOW_UP, {"lane": lane, "spacing_us": spacing})
        ).one()
        return _granted_or_refused(row, spacing, slack_us=0)
    reminder_spacing = _us(policy.reminder_spacing)
    slack = _us(policy.reminder_slack)
    row = (
        await connection.execute(
            _CLAIM_REMINDER,
            {
                "lane": lane,
                "spacing_us": spacing,
                "reminder_spacing_us": reminder_spacing,
                "half_reminder_spacing_us": _us(policy.reminder_spacing / 2),
                "slack_us": slack,
            },
        )
    ).one()
    return _granted_or_refused(row, spacing, slack_us=slack)


def _granted_or_refused(row: Row[Any], spacing: int, *, slack_us: int) -> Claim:
    """A conditional claim's answer: the slot it took, or when to come back."""
    now_us = int(row.now_us)
    if row.next_slot_us is not None:
        return Claim(now_us / MICROS, (int(row.next_slot_us) - spacing) / MICROS)
    blocked = row.blocked_until_us
    # None only when a concurrent first claim created the row after our snapshot: look again soon.
    retry_us = int(blocked) - slack_us if blocked is not None else now_us + spacing
    return Claim(now_us / MICROS, None, retry_at=max(retry_us, now_us) / MICROS)


async def pause_sends(connection: AsyncConnection, seconds: float, lane: str = BOT_LANE) -> None:
    """Telegram answered 429: no process schedules a message before `seconds` have passed."""
    await connection.execute(_PAUSE, {"lane": lane, "pause_us": _us(seconds)})
