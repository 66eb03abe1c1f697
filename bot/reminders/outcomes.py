"""Writing a sent reminder's outcome, patiently: the message is already with Telegram (or not)
whatever the database says, and an outcome that is not written leaves the delivery `sending`;
once its lease runs out it would be sent again, a double. So the write is retried, with backoff,
for most of the lease."""

from __future__ import annotations

import asyncio
import logging
from datetime import timedelta

from bot.db import Database
from bot.db.reminders import record_outcome

log = logging.getLogger(__name__)

LEASE = timedelta(minutes=2)
RECORD_RETRY_SECONDS = (0.5, 1.0, 2.0, 4.0, 8.0)
RECORD_PATIENCE = LEASE - timedelta(seconds=20)  # real time; the lease is checked by the clock


async def record_patiently(db: Database, delivery_id: int, **outcome: object) -> None:
    """Record the outcome, waiting out a database outage for up to RECORD_PATIENCE."""
    delays = iter(RECORD_RETRY_SECONDS)
    loop = asyncio.get_running_loop()
    give_up_at = loop.time() + RECORD_PATIENCE.total_seconds()
    while True:
        try:
            async with db.session() as session:
                await record_outcome(session, delivery_id, **outcome)  # type: ignore[arg-type]
            return
        except Exception as exc:
            delay = next(delays, RECORD_RETRY_SECONDS[-1])
            if loop.time() + delay > give_up_at:
                log.error(
                    "could not record a reminder's outcome",
                    exc_info=exc,
                    extra={"delivery_id": delivery_id, "status": outcome.get("status")},
                )
                raise
            log.warning(
                "database unavailable, retrying",
                extra={
                    "delivery_id": delivery_id,
                    "error": type(exc).__name__,
                    "retry_in_s": delay,
                },
            )
            await asyncio.sleep(delay)
