"""What the reply to a typed message needs of its sender, read while the red-flag screen runs.

Whether a diary note is awaited, the country (for the emergency number in the reply) and whether
movement breaks are on (for the self-care reply's offer) were read one after the other once the
screen was done: three trips to the database on the path of every reply. One statement, started
as the message arrives, is done before the screen is. Should it fail or be slow, each step reads
its own fact as it always did, and handles an outage its own way: the lookup only ever saves
work, it never decides.
"""

from __future__ import annotations

import asyncio
import logging

from bot.core.services import Services
from bot.db.users import SenderFacts, read_sender_facts
from bot.handlers.emergency import COUNTRY_PATIENCE_SECONDS
from bot.handlers.patience import within

log = logging.getLogger(__name__)


class SenderLookup:
    """Started at once; `facts()` is the sender's facts, or None when they could not be read."""

    def __init__(self, services: Services, user_id: int) -> None:
        self._task = asyncio.ensure_future(_read(services, user_id))

    async def facts(self) -> SenderFacts | None:
        return await asyncio.shield(self._task)


async def _read(services: Services, user_id: int) -> SenderFacts | None:
    async def read() -> SenderFacts:
        async with services.db.reader.connect() as connection:  # never waits for a writer
            return await read_sender_facts(connection, user_id)

    try:
        return await within(COUNTRY_PATIENCE_SECONDS, read())
    except Exception as exc:  # noqa: BLE001 - each step then reads its own fact, as before
        log.warning("sender not looked up", extra={"user_id": user_id, "error": type(exc).__name__})
        return None
