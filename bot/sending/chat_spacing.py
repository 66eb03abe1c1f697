"""One chat, one message a second: Telegram's per-chat limit, kept by the reminder dispatcher.

A reminder for a chat that is busy (a message to it in flight, or one finished less than
`spacing` ago) is not waited for: the dispatcher leaves it pending for a later tick, so a lease is
never held by a send that only sleeps. The whole bot's rate and the reminders' share of it are the
send budget's (bot/sending/budget.py), not this module's.
"""

from __future__ import annotations

import asyncio

CHAT_SPACING_SECONDS = 1.0
FORGET_AFTER_CHATS = 50_000


class ChatSpacing:
    def __init__(self, spacing: float = CHAT_SPACING_SECONDS) -> None:
        self.spacing = spacing
        self._in_flight: dict[int, int] = {}
        self._finished: dict[int, float] = {}

    def is_ready(self, chat_id: int) -> bool:
        """False while a message to this chat is in flight or went out less than `spacing` ago."""
        if self._in_flight.get(chat_id):
            return False
        finished = self._finished.get(chat_id)
        return finished is None or _now() - finished >= self.spacing

    def begin(self, chat_id: int) -> None:
        self._in_flight[chat_id] = self._in_flight.get(chat_id, 0) + 1

    def end(self, chat_id: int) -> None:
        """The message went (or failed): the chat's second starts now, not when it was queued."""
        left = self._in_flight.get(chat_id, 1) - 1
        if left > 0:
            self._in_flight[chat_id] = left
        else:
            self._in_flight.pop(chat_id, None)
        now = _now()
        self._finished[chat_id] = now
        if len(self._finished) > FORGET_AFTER_CHATS:
            self._finished = {
                chat: at for chat, at in self._finished.items() if now - at < self.spacing
            }


def _now() -> float:
    return asyncio.get_running_loop().time()
