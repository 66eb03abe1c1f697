"""What `/log` was asked to do, read from its arguments (pure)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import time

from bot.reminders.parse import InputError, parse_time_of_day

LOG_EXAMPLE = "/log 20:00"


@dataclass(frozen=True)
class LogRequest:
    """`action`: "ask" (today's question now), "off", "on", "daily" (at `at`), "note"."""

    action: str
    at: time | None = None
    note: str = ""


def parse_log_args(args: list[str]) -> LogRequest:
    words = [word for word in args if word]
    if not words:
        return LogRequest("ask")
    first = words[0].lower()
    if first == "note":
        note = " ".join(words[1:]).strip()
        if not note:
            raise InputError("Write the note after the word note.", "/log note numb after the bus")
        return LogRequest("note", note=note)
    if len(words) == 1 and first in ("off", "on", "stop", "start"):
        return LogRequest("off" if first in ("off", "stop") else "on")
    if len(words) > 1:
        raise InputError(
            "That is more than I can read: /log alone asks today's question; /log 20:00 asks "
            "daily at that time; /log off stops the question; /log note ... adds a note.",
            LOG_EXAMPLE,
        )
    return LogRequest("daily", at=parse_time_of_day(first, LOG_EXAMPLE))
