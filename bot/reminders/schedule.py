"""When the next reminder fires: pure functions over wall-clock windows in the user's time zone.

Nothing here reads the clock, the database or Telegram: every instant is a parameter and every
instant in or out is timezone-aware UTC. That is what lets the tests walk years of daylight-saving
changes in milliseconds, and lets the dispatcher trust one function for "when next".

Movement breaks fire inside working windows (a weekday plus a local start and end); a foot check
fires once a day at a local time. The rules that make a reminder arrive neither at night nor twice:

- a window occurrence is the half-open real-time interval [S, E): nothing fires at or after E;
- inside an occurrence, fires follow a grid in *absolute* time, one interval apart, so a DST change
  inside the window neither shortens nor doubles a break;
- wall-clock times go through `local_to_utc`, which uses zoneinfo's ``fold=0``. Per PEP 495 that
  means: a time repeated by a fall-back is its *first* occurrence (so it fires once), and a time
  skipped by a spring-forward is read with the offset from before the jump, which lands *after*
  the jump, shifted forward by the gap (02:30 in a 02:00-03:00 gap becomes 03:30);
- a window *end* inside a gap ends the window at the jump itself (the last moment the clock still
  read earlier than the end), so two windows that do not overlap on the wall clock never overlap
  in real time either.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from functools import cache
from zoneinfo import ZoneInfo, available_timezones

MIN_INTERVAL_MINUTES = 15
MAX_INTERVAL_MINUTES = 120
SEARCH_DAYS = 8
"""How far `next_movement` looks ahead: a weekly plan repeats within 7 days, plus one to spare."""

DAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_DAY = timedelta(days=1)
_WEEK_US = 7 * 24 * 3600 * 1_000_000


@dataclass(frozen=True)
class Window:
    """A working window on a weekday, in local wall-clock time.

    `weekday` (0 = Monday) is the day the window starts on; `end <= start` means the window
    crosses midnight into the next day (22:00-06:00). `end == start` is rejected: it would be
    either nothing or a whole day, and a person never means either.
    """

    weekday: int
    start: time
    end: time

    def __post_init__(self) -> None:
        if isinstance(self.weekday, bool) or self.weekday not in range(7):
            raise ValueError(f"A weekday is 0 (Monday) to 6 (Sunday), not {self.weekday!r}.")
        if self.start.tzinfo is not None or self.end.tzinfo is not None:
            raise ValueError("Window times are local wall-clock times, without a time zone.")
        if self.start == self.end:
            raise ValueError(f"The window {self.label()} starts and ends at the same time.")

    @property
    def crosses_midnight(self) -> bool:
        return self.end <= self.start

    def label(self) -> str:
        """A short human label, e.g. ``Mon 22:00-06:00``, for messages and errors."""
        return f"{DAY_NAMES[self.weekday]} {self.start:%H:%M}-{self.end:%H:%M}"


@dataclass(frozen=True)
class MovementPlan:
    """Movement breaks every `interval_minutes` inside `windows`, in the IANA zone `zone`.

    `phase_seconds` (see `spread_phase`) shifts this user's grid so that many users with the same
    plan do not all fire in the same second. A plan may have no windows: it then never fires.
    """

    interval_minutes: int
    windows: tuple[Window, ...]
    zone: str
    phase_seconds: int = 0

    def __post_init__(self) -> None:
        interval = self.interval_minutes
        if isinstance(interval, bool) or not isinstance(interval, int):
            raise ValueError(f"The interval must be whole minutes, not {interval!r}.")
        if not MIN_INTERVAL_MINUTES <= interval <= MAX_INTERVAL_MINUTES:
            raise ValueError(
                f"The interval must be between {MIN_INTERVAL_MINUTES} and "
                f"{MAX_INTERVAL_MINUTES} minutes, not {interval}."
            )
        object.__setattr__(self, "windows", tuple(self.windows))
        _check_windows(self.windows)
        zone_info(self.zone)
        if not 0 <= self.phase_seconds < interval * 60:
            raise ValueError(f"The phase must be in [0, {interval * 60}) seconds.")


@dataclass(frozen=True)
class FootPlan:
    """A daily foot check at the local wall-clock time `at` in the IANA zone `zone`."""

    at: time
    zone: str

    def __post_init__(self) -> None:
        if self.at.tzinfo is not None:
            raise ValueError("The foot-check time is a local wall-clock time, without a zone.")
        zone_info(self.zone)


@cache
def known_zones() -> frozenset[str]:
    """Every IANA key of this machine's tz database (the OS's, plus the `tzdata` package).

    Checking names against this list, rather than letting `ZoneInfo` open files, keeps the answer
    the same on every platform: no "europe/berlin" on a case-insensitive disk, no "localtime".
    """
    return frozenset(available_timezones()) - {"Factory", "localtime", "posixrules"}


def zone_info(name: str) -> ZoneInfo:
    """The zone for an IANA name; a ValueError (not zoneinfo's KeyError) when there is none."""
    if name not in known_zones():
        raise ValueError(f"{name!r} is not a known IANA time zone.")
    return ZoneInfo(name)


def spread_phase(user_id: int, interval_minutes: int) -> int:
    """A per-user offset in whole seconds, uniform over [0, interval*60).

    BLAKE2b of the user id, not Python's `hash()`, whose value changes between processes: the
    phase must be the same in every process and after every restart, or a restart would move
    everybody's breaks. At 80,000 users on one 45-minute plan this spreads them over 2,700
    seconds, about 30 a second, which is what the paced sender can deliver.
    """
    period = interval_minutes * 60
    if period <= 0:
        raise ValueError("The interval must be positive.")
    digest = hashlib.blake2b(str(user_id).encode(), digest_size=8, person=b"legcare-phase")
    return int.from_bytes(digest.digest(), "big") % period


def validate_windows(windows: Iterable[Window]) -> None:
    """Raise ValueError with a message a person can act on if the windows cannot be a plan.

    Rejects no windows at all, a window that starts and ends at the same time, and windows that
    overlap on the weekly wall clock (overlaps would make "never twice" a matter of luck).
    """
    items = tuple(windows)
    if not items:
        raise ValueError("Give at least one window of working hours, like Mon-Fri 09:00-17:00.")
    _check_windows(items)


def local_to_utc(day: date, wall: time, zone: tzinfo) -> datetime:
    """The UTC instant at which the local clock in `zone` reads `wall` on `day`.

    Uses ``fold=0`` deliberately (PEP 495): a repeated wall time resolves to its first
    occurrence, and a skipped wall time resolves with the pre-transition offset, which is the
    same wall time moved forward by the gap. Both are the product rules: fire once, never early.
    """
    local = datetime.combine(day, wall.replace(tzinfo=None, fold=0), tzinfo=zone)
    return local.astimezone(UTC)


def window_end_to_utc(day: date, wall: time, zone: ZoneInfo) -> datetime:
    """The UTC instant at which a window ending at local `wall` on `day` ends.

    Like `local_to_utc`, except that an end inside a spring-forward gap is the jump itself:
    moving an end forward would make the window overlap the next one in real time.
    """
    local = datetime.combine(day, wall.replace(tzinfo=None, fold=0), tzinfo=zone)
    instant = local.astimezone(UTC)
    if instant.astimezone(zone).replace(tzinfo=None) == local.replace(tzinfo=None):
        return instant
    # In a gap, fold=0 reads the wall time with the pre-jump offset: `instant` lies after the
    # jump by less than the gap's width (post-jump offset minus pre-jump offset).
    post_offset = instant.astimezone(zone).utcoffset()
    pre_offset = local.utcoffset()
    assert post_offset is not None
    assert pre_offset is not None
    return _jump_before(instant, zone, post_offset - pre_offset)


def window_occurrence(window: Window, day: date, zone: ZoneInfo) -> tuple[datetime, datetime]:
    """The real-time interval [S, E) of `window` starting on local `day`; empty when S >= E.

    It is empty only when DST eats the whole window, e.g. 02:15-02:45 on a spring-forward day.
    """
    end_day = day + _DAY if window.crosses_midnight else day
    return local_to_utc(day, window.start, zone), window_end_to_utc(end_day, window.end, zone)


def window_containing(plan: MovementPlan, instant: datetime) -> tuple[datetime, datetime] | None:
    """The window occurrence (UTC start, UTC end) that contains `instant`, if any."""
    instant = _as_utc(instant, "instant")
    for _, start, end in _occurrences(plan, instant, days_ahead=1):
        if start <= instant < end:
            return start, end
    return None


def next_movement(
    plan: MovementPlan, after: datetime, *, anchor: datetime | None = None
) -> datetime | None:
    """The first movement break strictly after `after`, or None if none comes within 8 days.

    Without an anchor, the fires of an occurrence [S, E) are ``S + I/2 + phase + k*I`` (k >= 0)
    while before E: the first break comes on average one interval after the start (in a window
    too short for that offset, it wraps into the window: see `first_offset`). `anchor` (the
    moment the user tapped Done, or a snoozed reminder fired) restarts the grid as break timers
    do: in the occurrence that contains it, the fires are ``anchor + k*I`` (k >= 1). An anchor in
    any other occurrence is stale and ignored. None means the plan has no window long enough.
    """
    after = _as_utc(after, "after")
    anchor = None if anchor is None else _as_utc(anchor, "anchor")
    step = timedelta(minutes=plan.interval_minutes)
    offset = step / 2 + timedelta(seconds=plan.phase_seconds)
    zone = zone_info(plan.zone)
    best: datetime | None = None
    best_day: date | None = None
    for day, start, end in _occurrences(plan, after, days_ahead=SEARCH_DAYS):
        if best_day is not None and day > best_day:
            break  # occurrences from later days start after the local day of the best fire
        if end <= after:
            continue
        if anchor is not None and start <= anchor < end:
            fire = _grid_after(anchor, step, after, first=1)
        else:
            fire = _grid_after(start + first_offset(offset, end - start), step, after, first=0)
        if fire < end and (best is None or fire < best):
            best, best_day = fire, fire.astimezone(zone).date()
    return best


def next_foot(plan: FootPlan, after: datetime) -> datetime:
    """The first local `plan.at` strictly after `after` (moved forward on a gap day)."""
    after = _as_utc(after, "after")
    zone = zone_info(plan.zone)
    today = after.astimezone(zone).date()
    for days in (-1, 0, 1):
        fire = local_to_utc(today + timedelta(days=days), plan.at, zone)
        if fire > after:
            return fire
    return local_to_utc(today + 2 * _DAY, plan.at, zone)


def first_offset(offset: timedelta, length: timedelta) -> timedelta:
    """Where the first break of an occurrence falls: `I/2 + phase` after its start, wrapped into
    the window when that is past its end, so a short window still gets a break for every user
    (a 60-minute window with a 60-minute interval would otherwise skip half of them)."""
    if length <= timedelta(0) or offset < length:
        return offset
    return offset % length


def _grid_after(base: datetime, step: timedelta, after: datetime, *, first: int) -> datetime:
    """The first ``base + k*step`` with k >= `first` that is strictly after `after`."""
    k = first
    if base + k * step <= after:
        k = (after - base) // step + 1
    return base + k * step


def _occurrences(
    plan: MovementPlan, around: datetime, *, days_ahead: int
) -> Iterator[tuple[date, datetime, datetime]]:
    """Non-empty occurrences (start day, S, E) from two local days before `around`, by day.

    Two days back covers a midnight-crossing window that began yesterday (with a margin for a
    fall-back at midnight that moves the local date back).
    """
    zone = zone_info(plan.zone)
    by_day: dict[int, list[Window]] = {}
    for window in sorted(plan.windows, key=lambda w: w.start):
        by_day.setdefault(window.weekday, []).append(window)
    first_day = around.astimezone(zone).date() - 2 * _DAY
    for n in range(days_ahead + 3):
        day = first_day + timedelta(days=n)
        for window in by_day.get(day.weekday(), ()):
            start, end = window_occurrence(window, day, zone)
            if start < end:
                yield day, start, end


def _jump_before(instant: datetime, zone: ZoneInfo, gap: timedelta) -> datetime:
    """The spring-forward jump within `gap` before `instant`, by bisection on whole seconds.

    zoneinfo has no public list of transitions, and this runs only on gap days, so a dozen
    offset look-ups are cheap. tzdata transitions fall on whole seconds.
    """
    post_offset = instant.astimezone(zone).utcoffset()
    hi = math.ceil(instant.timestamp())
    lo = math.floor((instant - gap).timestamp()) - 1
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if datetime.fromtimestamp(mid, UTC).astimezone(zone).utcoffset() == post_offset:
            hi = mid
        else:
            lo = mid
    return min(datetime.fromtimestamp(hi, UTC), instant)


def _check_windows(windows: tuple[Window, ...]) -> None:
    """Reject non-windows and windows that overlap anywhere on the weekly wall clock."""
    spans: list[tuple[int, int, Window]] = []
    for window in windows:
        if not isinstance(window, Window):
            raise ValueError(f"Not a window: {window!r}.")
        start = window.weekday * 86_400_000_000 + _wall_us(window.start)
        length = (_wall_us(window.end) - _wall_us(window.start)) % 86_400_000_000
        spans.append((start, length, window))
    spans.sort(key=lambda span: span[0])
    if len(spans) < 2:
        return
    for i, (start, length, window) in enumerate(spans):
        next_start, _, next_window = spans[(i + 1) % len(spans)]
        if i + 1 == len(spans):
            next_start += _WEEK_US
        if start + length > next_start:
            raise ValueError(
                f"The windows {window.label()} and {next_window.label()} overlap; "
                "give each day's hours once."
            )


def _wall_us(wall: time) -> int:
    return ((wall.hour * 60 + wall.minute) * 60 + wall.second) * 1_000_000 + wall.microsecond


def _as_utc(value: datetime, name: str) -> datetime:
    """`value` in UTC; a naive datetime is a bug upstream (its zone is a guess), so it raises."""
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"{name} must be a timezone-aware datetime, got naive {value!r}.")
    return value.astimezone(UTC)
