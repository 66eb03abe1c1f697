"""What people type after /move, /feet and /pause, turned into settings or a clear refusal.

Every refusal is an `InputError` that says what is wrong *and* shows a command that works, because
a person on a phone fixes input by copying an example, not by reading a grammar. Parsing is pure:
the current time comes in as a parameter and nothing is stored here.

Reading rules worth knowing:
- `/move` takes its parts in any order: minutes (``45`` or ``45m``), hours (``09:00-17:30``,
  ``9-17``, ``0900-1730``, ``9am-5pm``, ``22:00-06:00`` crossing midnight, ``24:00`` as an end)
  and days (``mon-fri``, ``mon,wed,fri``, ``fri-mon``, ``weekdays``, ``weekends``, ``daily``).
- ``9-5`` means 09:00-17:00: when neither side says am/pm, both hours are written 1-12 without a
  leading zero and the end comes before the start, the end is read as afternoon. The other reading
  (09:00 until 05:00 the next morning) would remind all night, which is the one thing the bot must
  never do; a real night shift is written ``22-6`` or ``22:00-06:00``.
- Pauses in minutes and hours are elapsed time; whole days and weeks keep the local clock time
  (``3d`` from 10:00 ends at 10:00, even across a DST change); ``today`` ends at the next local
  midnight.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta
from typing import Literal, NamedTuple

from bot.reminders.schedule import (
    DAY_NAMES,
    MAX_INTERVAL_MINUTES,
    MIN_INTERVAL_MINUTES,
    Window,
    local_to_utc,
    validate_windows,
)

DEFAULT_INTERVAL_MINUTES = 45
DEFAULT_START = time(9, 0)
DEFAULT_END = time(17, 0)
DEFAULT_DAYS = (0, 1, 2, 3, 4)
DEFAULT_FOOT_TIME = time(21, 0)
MAX_PAUSE_DAYS = 30

MOVE_EXAMPLE = "/move 45 09:00-17:30 mon-fri"
FEET_EXAMPLE = "/feet 21:00"
PAUSE_EXAMPLE = "/pause 2h"
PAUSE_HINT = "give a duration up to 30 days, like 30m, 2h, today or 3d."

_DAY_WORDS = {
    name: day
    for day, names in enumerate(
        (
            ("mon", "monday"),
            ("tue", "tues", "tuesday"),
            ("wed", "weds", "wednesday"),
            ("thu", "thur", "thurs", "thursday"),
            ("fri", "friday"),
            ("sat", "saturday"),
            ("sun", "sunday"),
        )
    )
    for base in names
    for name in (base, base + "s")
}
_DAY_GROUPS = {
    "weekdays": (0, 1, 2, 3, 4),
    "weekday": (0, 1, 2, 3, 4),
    "workdays": (0, 1, 2, 3, 4),
    "weekends": (5, 6),
    "weekend": (5, 6),
    "daily": tuple(range(7)),
    "everyday": tuple(range(7)),
    "all": tuple(range(7)),
}
_PAUSE_UNITS = {
    **dict.fromkeys(("m", "min", "mins", "minute", "minutes"), 1),
    **dict.fromkeys(("h", "hr", "hrs", "hour", "hours"), 60),
    **dict.fromkeys(("d", "day", "days"), 1440),
    **dict.fromkeys(("w", "wk", "wks", "week", "weeks"), 10080),
}
_FOREVER = {
    "forever",
    "always",
    "indefinitely",
    "indefinite",
    "permanently",
    "infinite",
    "infinity",
    "until further notice",
    "∞",
}
_TODAY = {"today", "rest of today", "rest of the day", "until midnight", "tonight"}

_INTERVAL_RE = re.compile(r"(\d+)(?:m|min|mins|minute|minutes)?")
_HOURS_INTERVAL_RE = re.compile(r"(\d+)(?:h|hr|hrs|hour|hours)")
_CLOCK_RE = re.compile(r"(?P<h>\d{1,2})(?:[:.h](?P<m>\d{2}))?(?P<ampm>am|pm)?")
_COMPACT_CLOCK_RE = re.compile(r"(?P<h>\d{1,2})(?P<m>\d{2})(?P<ampm>am|pm)?")
_DURATION_RE = re.compile(r"\s*(?P<n>[+-]?\d+(?:[.,]\d+)?)\s*(?P<unit>[a-z]+)\s*")


class InputError(ValueError):
    """Input a person can fix: `message` says what is wrong, `example` shows what works.

    `suggestions` carries close matches (e.g. time zones) that a handler may offer as buttons.
    """

    def __init__(self, message: str, example: str, suggestions: Sequence[str] = ()) -> None:
        self.message = message
        self.example = example
        self.suggestions = tuple(suggestions)
        super().__init__(self.text)

    @property
    def text(self) -> str:
        """The whole reply: what is wrong, then a working example."""
        return f"{self.message} Example: {self.example}"


@dataclass(frozen=True)
class MoveSettings:
    """A movement plan as the user asked for it (the zone and phase are added elsewhere)."""

    interval_minutes: int
    windows: tuple[Window, ...]
    # Hours typed across midnight ("17:00-09:00") without the word "overnight": likely a slip for
    # a working day, so the bot asks once before reminding through a night.
    confirm_overnight: bool = field(default=False, compare=False)

    def describe(self) -> str:
        """E.g. ``every 45 min, 09:00-17:30, Mon, Tue, Wed, Thu, Fri`` for a confirmation."""
        hours = sorted({(w.start, w.end) for w in self.windows})
        days = ", ".join(DAY_NAMES[d] for d in sorted({w.weekday for w in self.windows}))
        ranges = ", ".join(f"{start:%H:%M}-{end:%H:%M}" for start, end in hours)
        return f"every {self.interval_minutes} min, {ranges}, {days}"


class _Clock(NamedTuple):
    at: time
    ambiguous_12h: bool  # "5" or "5:30": could be morning or afternoon


def parse_move_args(
    args: list[str], current: MoveSettings | None = None
) -> MoveSettings | Literal["off"]:
    """``/move [MIN] [HH:MM-HH:MM] [DAYS] [overnight]`` or ``/move off``.

    Parts not typed keep the `current` plan's (``/move 20`` changes the interval only), or take
    the defaults when there is no plan yet.
    """
    tokens = _normalise(" ".join(args)).split()
    overnight = any(token in _OVERNIGHT_WORDS for token in tokens)
    tokens = [token for token in tokens if token not in _OVERNIGHT_WORDS]
    if "off" in tokens:
        if tokens != ["off"]:
            raise InputError('"off" turns movement breaks off and takes nothing else.', "/move off")
        return "off"
    interval: int | None = None
    hours: tuple[time, time] | None = None
    days: set[int] = set()
    for token in tokens:
        minutes = _interval_token(token)
        if minutes is not None:
            if interval is not None:
                raise InputError(
                    f"You gave two intervals ({interval} and {token}): give one.", "/move 45"
                )
            interval = _interval(minutes)
        elif any(ch.isdigit() for ch in token):
            if hours is not None:
                raise InputError(
                    f'You gave two time ranges ("{hours[0]:%H:%M}-{hours[1]:%H:%M}" and '
                    f'"{token}"): give one.',
                    MOVE_EXAMPLE,
                )
            hours = _time_range(token)
        else:
            days |= _days(token)
    if interval is None:
        interval = current.interval_minutes if current else DEFAULT_INTERVAL_MINUTES
    if current is not None and current.windows:
        current_hours = (current.windows[0].start, current.windows[0].end)
        current_days = {w.weekday for w in current.windows}
    else:
        current_hours, current_days = (DEFAULT_START, DEFAULT_END), set(DEFAULT_DAYS)
    start, end = hours or current_hours
    length = (_minutes(end) - _minutes(start)) % 1440
    if length < interval:
        raise InputError(
            f"The hours {start:%H:%M}-{end:%H:%M} are shorter than the {interval}-minute "
            "interval, so no break would ever come.",
            MOVE_EXAMPLE,
        )
    windows = tuple(Window(day, start, end) for day in sorted(days or current_days))
    validate_windows(windows)  # cannot fail for one range on distinct days; kept as a guard
    crosses = hours is not None and end != time(0) and end < start
    return MoveSettings(interval, windows, confirm_overnight=crosses and not overnight)


def parse_feet_args(args: list[str]) -> time | Literal["off"] | None:
    """``/feet [HH:MM]`` or ``/feet off``.

    None means no time was given: the handler keeps an existing plan's time, or uses
    `DEFAULT_FOOT_TIME` (21:00) for a new one, so ``/feet`` never silently moves a chosen time.
    """
    text = _normalise(" ".join(args))
    if not text:
        return None
    if text == "off":
        return "off"
    if len(text.split()) > 1:
        raise InputError(f'"{text}" is more than one time: give one, like 21:00.', FEET_EXAMPLE)
    return _clock(text, FEET_EXAMPLE, allow_24=True).at


def parse_pause(text: str, now_local: datetime) -> datetime:
    """The UTC instant at which a pause given as `text` (``30m``, ``2h``, ``today``, ``3d``,
    ``1w``, ``1h30m``) ends, counted from `now_local` (aware, in the user's zone)."""
    if now_local.tzinfo is None or now_local.utcoffset() is None:
        raise ValueError("now_local must be an aware datetime in the user's zone.")
    raw = " ".join(text.lower().split())
    raw = raw.removeprefix("for ")
    if not raw:
        raise InputError(f"Tell me how long to pause: {PAUSE_HINT}", PAUSE_EXAMPLE)
    if raw in _FOREVER:
        raise InputError(f"A pause always ends by itself: {PAUSE_HINT}", PAUSE_EXAMPLE)
    if raw in _TODAY:
        tomorrow = now_local.date() + timedelta(days=1)
        return local_to_utc(tomorrow, time(0, 0), now_local.tzinfo)
    days, minutes = _duration(raw)
    wall_end = now_local.replace(tzinfo=None) + timedelta(days=days)
    end = local_to_utc(wall_end.date(), wall_end.time(), now_local.tzinfo)
    return end + timedelta(minutes=minutes)


def _normalise(text: str) -> str:
    """Lower case, one kind of dash, no spaces around dashes and commas, "9 am" as "9am",
    "45 min" as "45min", "9 to 5" as "9-5", and filler words ("from", "on", "and") dropped."""
    text = re.sub(r"[‐‑‒–—−]", "-", text.lower())
    text = re.sub(r"\s+(?:to|till|until)\s+", "-", f" {text} ").strip()
    text = re.sub(r"\s*([-,])\s*", r"\1", text)
    text = re.sub(r"(?<![a-z])([ap])\.m\b\.?", r"\1m", text)
    text = re.sub(r"(\d)\s+(am|pm|m|mins?|minutes?|h|hrs?|hours?)\b", r"\1\2", text)
    text = re.sub(r"\bevery\s+(day|weekday|weekend)\b", lambda m: _EVERY[m.group(1)], text)
    return " ".join(word for word in text.split() if word not in _FILLER)


_EVERY = {"day": "daily", "weekday": "weekdays", "weekend": "weekends"}
_FILLER = {"every", "from", "on", "and", "at"}


def _interval_token(token: str) -> int | None:
    """Minutes from ``45``, ``45m``, ``45min``, ``1h``, ``2hours``; None if not an interval."""
    if match := _INTERVAL_RE.fullmatch(token):
        return int(match.group(1))
    if match := _HOURS_INTERVAL_RE.fullmatch(token):
        return int(match.group(1)) * 60
    return None


def _interval(minutes: int) -> int:
    if not MIN_INTERVAL_MINUTES <= minutes <= MAX_INTERVAL_MINUTES:
        raise InputError(
            f"The interval must be between {MIN_INTERVAL_MINUTES} and {MAX_INTERVAL_MINUTES} "
            "minutes.",
            "/move 45",
        )
    return minutes


def _time_range(token: str) -> tuple[time, time]:
    parts = token.split("-")
    if len(parts) == 1:
        try:
            _clock(token, MOVE_EXAMPLE)
        except InputError:
            raise _not_understood(token) from None
        raise InputError(
            f'"{token}" is only one time: give the start and the end, like 09:00-17:30.',
            MOVE_EXAMPLE,
        )
    if len(parts) != 2 or not all(parts):
        raise InputError(
            f'"{token}" is not a range of hours: write start-end, like 09:00-17:30.', MOVE_EXAMPLE
        )
    start = _clock(parts[0], MOVE_EXAMPLE)
    end = _clock(parts[1], MOVE_EXAMPLE, allow_24=True)
    end_at = end.at
    if start.ambiguous_12h and end.ambiguous_12h and end_at < start.at and end_at.hour < 12:
        end_at = end_at.replace(hour=end_at.hour + 12)  # "9-5" is a working day, not a night
    if start.at == end_at:
        raise InputError(
            f"The hours start and end at the same time ({start.at:%H:%M}): give a range "
            "like 09:00-17:30.",
            MOVE_EXAMPLE,
        )
    return start.at, end_at


def _clock(text: str, example: str, *, allow_24: bool = False) -> _Clock:
    """A time of day from ``21:00``, ``9:30``, ``9.30``, ``0930``, ``21``, ``9pm``, ``9:30pm``."""
    match = _CLOCK_RE.fullmatch(text) or _COMPACT_CLOCK_RE.fullmatch(text)
    if match is None:
        raise InputError(f'"{text}" is not a time of day.', example)
    hour_text, ampm = match.group("h"), match.group("ampm")
    hour, minute = int(hour_text), int(match.group("m") or 0)
    if ampm is not None:
        if not 1 <= hour <= 12 or minute > 59:
            raise InputError(f'"{text}" is not a time of day.', example)
        hour = hour % 12 + (12 if ampm == "pm" else 0)
    elif allow_24 and (hour, minute) == (24, 0):
        hour = 0  # "until 24:00" is midnight, the end of the day
    if hour > 23 or minute > 59:
        raise InputError(f'"{text}" is not a time of day.', example)
    ambiguous = ampm is None and 1 <= hour <= 12 and not hour_text.startswith("0")
    return _Clock(time(hour, minute), ambiguous and match.re is _CLOCK_RE)


_OVERNIGHT_WORDS = frozenset({"overnight", "night", "nights"})


def _days(token: str) -> set[int]:
    days: set[int] = set()
    for part in token.split(","):
        if part in _DAY_GROUPS:
            days.update(_DAY_GROUPS[part])
        elif part in _DAY_WORDS:
            days.add(_DAY_WORDS[part])
        elif "-" in part and all(p in _DAY_WORDS for p in part.split("-", 1)):
            first, last = (_DAY_WORDS[p] for p in part.split("-", 1))
            days.update((first + n) % 7 for n in range((last - first) % 7 + 1))
        elif part:
            raise _not_understood(part)
    return days


def _not_understood(part: str) -> InputError:
    return InputError(
        f'I don\'t understand "{part}": give minutes (15-120), hours like 09:00-17:30 and days '
        "like mon-fri, mon,wed,fri, weekdays, weekends or daily.",
        MOVE_EXAMPLE,
    )


def _minutes(at: time) -> int:
    return at.hour * 60 + at.minute


def _duration(raw: str) -> tuple[int, int]:
    """A pause length as (whole local days, elapsed minutes), or an InputError."""
    if re.fullmatch(r"[+-]?\d+(?:[.,]\d+)?", raw):
        raise InputError(f'"{raw}" has no unit: add m, h, d or w, like 30m or 2h.', PAUSE_EXAMPLE)
    parts = list(_DURATION_RE.finditer(raw))
    if not parts or "".join(p.group(0) for p in parts) != raw:
        raise InputError(f'"{raw}" is not a duration: {PAUSE_HINT}', PAUSE_EXAMPLE)
    days = 0
    minutes = 0.0
    for part in parts:
        number, unit = part.group("n").replace(",", "."), part.group("unit")
        if unit not in _PAUSE_UNITS:
            raise InputError(f'"{raw}" is not a duration: {PAUSE_HINT}', PAUSE_EXAMPLE)
        if number.startswith("-"):
            raise InputError(
                f'"{raw}" is negative: a pause lasts from 1 minute to 30 days, like 30m or 2h.',
                PAUSE_EXAMPLE,
            )
        value = float(number)
        if _PAUSE_UNITS[unit] >= 1440 and value.is_integer():
            days += int(value) * _PAUSE_UNITS[unit] // 1440
        else:
            minutes += value * _PAUSE_UNITS[unit]
    total = days * 1440 + round(minutes)
    if total < 1:
        raise InputError(
            f'A pause of "{raw}" would end at once: give at least 1 minute, like 30m or 2h.',
            PAUSE_EXAMPLE,
        )
    if total > MAX_PAUSE_DAYS * 1440:
        raise InputError(
            f'"{raw}" is longer than 30 days: a pause can last up to 30 days, like 3d or 1w.',
            "/pause 3d",
        )
    return days, round(minutes)


def parse_time_of_day(text: str, example: str) -> time:
    """One time of day, as the other commands read it (``20:00``, ``8pm``, ``2030``)."""
    return _clock(_normalise(text), example, allow_24=True).at
