"""Properties of the schedule over random plans, zones and instants, checked against a reference.

The reference below converts wall-clock times with a different method from the code under test:
it tries the offsets in force a day before and a day after (via `astimezone`, i.e. zoneinfo's
`fromutc`) and keeps the ones that round-trip, instead of relying on `fold`. Then it enumerates
every fire of every occurrence, and a separate test scans a 30-second grid, so "nothing fires
between `after` and the answer" is checked by brute force, not by the same arithmetic.
"""

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.reminders.schedule import (
    SEARCH_DAYS,
    FootPlan,
    MovementPlan,
    Window,
    next_foot,
    next_movement,
    window_containing,
)

ZONES = [
    "Europe/London",
    "Europe/Berlin",
    "America/New_York",
    "America/Los_Angeles",
    "Australia/Sydney",
    "Australia/Lord_Howe",
    "Asia/Kolkata",
    "Pacific/Chatham",
    "America/St_Johns",
    "Asia/Kathmandu",
    "Africa/Casablanca",
    "UTC",
]
WEEK_MINUTES = 7 * 1440
DAY = timedelta(days=1)


# --- strategies -----------------------------------------------------------------------------------


def _transition_days(zone_name: str) -> list[datetime]:
    """UTC midnights of the days on which `zone_name` changed its offset, 2020-2031."""
    zone = ZoneInfo(zone_name)
    days = []
    day = datetime(2019, 12, 31, 12, tzinfo=UTC)
    previous = day.astimezone(zone).utcoffset()
    while day.year < 2032:
        day += DAY
        offset = day.astimezone(zone).utcoffset()
        if offset != previous:
            days.append(day.replace(hour=0) - DAY)
        previous = offset
    return days


TRANSITIONS = {name: _transition_days(name) for name in ZONES}

# Minutes of the week: anywhere, or in the small hours (when clocks change), often on a Sunday.
week_minutes = st.one_of(
    st.integers(0, WEEK_MINUTES - 1),
    st.builds(
        lambda day, minute: day * 1440 + minute,
        st.one_of(st.integers(0, 6), st.just(6)),
        st.integers(0, 300),
    ),
)


@st.composite
def window_sets(draw, interval: int) -> tuple[Window, ...]:
    """1-7 windows that do not overlap on the weekly clock, often crossing midnight, sometimes
    exactly as long as a grid point (so a fire would land on the end if `<` were `<=`)."""
    starts = sorted(draw(st.lists(week_minutes, min_size=1, max_size=7, unique=True)))
    windows = []
    for i, start in enumerate(starts):
        room = (starts[(i + 1) % len(starts)] - start) % WEEK_MINUTES or WEEK_MINUTES
        longest = min(room, 1439)
        aligned = [n for k in range(13) if 1 <= (n := interval // 2 + k * interval) <= longest]
        kind = draw(st.integers(0, 3))  # any, long, short, or ending exactly on a grid point
        if kind == 3 and aligned:
            length = aligned[draw(st.integers(0, len(aligned) - 1))]
        elif kind == 2:
            length = draw(st.integers(1, min(longest, 180)))
        elif kind == 1:
            length = draw(st.integers(max(1, longest // 2), longest))
        else:
            length = draw(st.integers(1, longest))
        begin, end = start % 1440, (start % 1440 + length) % 1440
        windows.append(
            Window(start // 1440, time(begin // 60, begin % 60), time(end // 60, end % 60))
        )
    return tuple(windows)


@st.composite
def plans(draw, *, phase_step: int = 1) -> MovementPlan:
    interval = draw(st.integers(15, 120))
    phase_steps = (interval * 60 - 1) // phase_step
    phase = draw(st.one_of(st.just(0), st.integers(0, phase_steps))) * phase_step
    return MovementPlan(interval, draw(window_sets(interval)), draw(st.sampled_from(ZONES)), phase)


@st.composite
def instants(draw, zone_name: str = "UTC") -> datetime:
    """Instants from 2020 to 2031; half of them up to 8 days before a clock change of the zone."""
    transitions = TRANSITIONS[zone_name]
    if transitions and draw(st.booleans()):
        day = draw(st.sampled_from(transitions))
        return day + timedelta(seconds=draw(st.integers(-8 * 86_400, 2 * 86_400)))
    year = draw(st.integers(2020, 2031))
    moment = datetime(year, draw(st.integers(1, 12)), draw(st.integers(1, 28)), tzinfo=UTC)
    return moment + timedelta(seconds=draw(st.integers(0, 86_399)))


@st.composite
def cases(draw, *, phase_step: int = 1) -> tuple[MovementPlan, datetime]:
    """A plan and an instant; a third of the instants fall inside one of its windows."""
    plan = draw(plans(phase_step=phase_step))
    after = draw(instants(plan.zone))
    if draw(st.integers(0, 2)) == 0:
        zone = ZoneInfo(plan.zone)
        window = draw(st.sampled_from(plan.windows))
        day = after.astimezone(zone).date()
        day -= timedelta(days=(day.weekday() - window.weekday) % 7)
        start = ref_wall_to_utc(datetime.combine(day, window.start), zone)
        after = start + timedelta(seconds=draw(st.integers(0, 1439 * 60)))
    return plan, after


small_hours = st.builds(time, st.integers(0, 4), st.integers(0, 59))
any_time = st.builds(time, st.integers(0, 23), st.integers(0, 59))


# --- the reference --------------------------------------------------------------------------------


def offset_at(instant: datetime, zone: ZoneInfo) -> timedelta:
    return instant.astimezone(zone).utcoffset()


def ref_wall_to_utc(naive: datetime, zone: ZoneInfo, *, end: bool = False) -> datetime:
    """Repeated time: the first instant. Skipped time: moved forward by the gap; as an end, the
    jump itself."""
    as_utc = naive.replace(tzinfo=UTC)
    before, after = offset_at(as_utc - DAY, zone), offset_at(as_utc + DAY, zone)
    valid = [
        as_utc - off
        for off in (before, after)
        if (as_utc - off).astimezone(zone).replace(tzinfo=None) == naive
    ]
    if valid:
        return min(valid)
    assert after > before, "a wall time can only be missing in a spring-forward gap"
    if not end:
        return as_utc - before
    jump = as_utc - after
    while offset_at(jump, zone) != after:
        jump += timedelta(minutes=1)
    return jump


def ref_occurrences(plan: MovementPlan, first: date, last: date) -> list[tuple[datetime, datetime]]:
    zone = ZoneInfo(plan.zone)
    out = []
    day = first
    while day <= last:
        for w in plan.windows:
            if w.weekday == day.weekday():
                end_day = day + DAY if w.end <= w.start else day
                s = ref_wall_to_utc(datetime.combine(day, w.start), zone)
                e = ref_wall_to_utc(datetime.combine(end_day, w.end), zone, end=True)
                if s < e:
                    out.append((s, e))
        day += DAY
    return sorted(out)


def ref_fires(plan: MovementPlan, after: datetime, anchor: datetime | None) -> list[datetime]:
    """Every fire of every occurrence in the range the schedule searches, in order."""
    step = timedelta(minutes=plan.interval_minutes)
    local_day = after.astimezone(ZoneInfo(plan.zone)).date()
    fires = []
    for s, e in ref_occurrences(plan, local_day - 2 * DAY, local_day + SEARCH_DAYS * DAY):
        if anchor is not None and s <= anchor < e:
            fire = anchor + step
        else:
            fire = s + wrapped_offset(plan, e - s)
        while fire < e:
            fires.append(fire)
            fire += step
    return sorted(fires)


def wrapped_offset(plan: MovementPlan, length: timedelta) -> timedelta:
    """The reference rule for the first break: I/2 + phase, wrapped into a shorter window."""
    offset = timedelta(minutes=plan.interval_minutes) / 2 + timedelta(seconds=plan.phase_seconds)
    return offset if offset < length else offset % length


def wall_clock_inside(plan: MovementPlan, instant: datetime) -> bool:
    """Is `instant` inside a window by the local clock? After a fall-back the clock repeats an
    hour; a moment in the repeat counts by the furthest the clock had got (its earlier reading)."""
    zone = ZoneInfo(plan.zone)
    reading = max(
        (instant - timedelta(minutes=k)).astimezone(zone).replace(tzinfo=None) for k in range(121)
    )
    for day in (reading.date() - DAY, reading.date()):
        for w in plan.windows:
            if w.weekday == day.weekday():
                end_day = day + DAY if w.end <= w.start else day
                if datetime.combine(day, w.start) <= reading < datetime.combine(end_day, w.end):
                    return True
    return False


# --- movement -------------------------------------------------------------------------------------


anchors = st.one_of(st.none(), st.integers(-3600, 4 * 3600))


@settings(max_examples=300, deadline=None)
@given(case=cases(), anchor_age=anchors)
def test_next_movement_is_the_first_fire_after(case, anchor_age):
    plan, after = case
    anchor = None if anchor_age is None else after - timedelta(seconds=anchor_age)  # < 0: future
    result = next_movement(plan, after, anchor=anchor)
    expected = next((f for f in ref_fires(plan, after, anchor) if f > after), None)
    assert result == expected
    if result is not None:
        assert result > after
        assert result.tzinfo is UTC
        assert wall_clock_inside(plan, result)
        start, end = window_containing(plan, result)
        assert start <= result < end


@settings(max_examples=120, deadline=None)
@given(case=cases(phase_step=30))
def test_nothing_fires_between_after_and_the_result_on_a_30_second_grid(case):
    plan, after = case
    result = next_movement(plan, after)
    step = timedelta(minutes=plan.interval_minutes)
    local_day = after.astimezone(ZoneInfo(plan.zone)).date()
    occurrences = ref_occurrences(plan, local_day - 2 * DAY, local_day + 3 * DAY)

    def fires_at(moment: datetime) -> bool:
        for s, e in occurrences:
            if s <= moment < e:
                first = s + wrapped_offset(plan, e - s)
                return moment >= first and (moment - first) % step == timedelta(0)
        return False

    moment = datetime.fromtimestamp((int(after.timestamp()) // 30 + 1) * 30, UTC)
    horizon = min(result, after + DAY) if result is not None else after + DAY
    while moment < horizon:
        assert not fires_at(moment), f"{moment} fires before {result}"
        moment += timedelta(seconds=30)
    if result is not None and result < after + DAY:
        assert fires_at(result)


@settings(max_examples=150, deadline=None)
@given(case=cases(), actions=st.lists(st.integers(-1, 3600), min_size=25, max_size=25))
def test_fires_within_an_occurrence_are_at_least_an_interval_apart(case, actions):
    """Simulate a user: -1 ignores a reminder, n >= 0 taps Done (or a snooze fires) n seconds
    after it. Breaks never come closer than the interval inside one window."""
    plan, after = case
    step = timedelta(minutes=plan.interval_minutes)
    anchor = None
    previous = None
    for action in actions:
        fire = next_movement(plan, after, anchor=anchor)
        if fire is None:
            break
        assert fire > after
        if previous is not None and window_containing(plan, previous) == window_containing(
            plan, fire
        ):
            assert fire - previous >= step
        assert wall_clock_inside(plan, fire)
        previous = fire
        if action < 0:
            after = fire
        else:
            anchor = after = fire + timedelta(seconds=action)


# --- foot checks ----------------------------------------------------------------------------------


@settings(max_examples=150, deadline=None)
@given(data=st.data(), zone_name=st.sampled_from(ZONES), at=st.one_of(small_hours, any_time))
def test_foot_fires_once_a_day_at_the_local_time(data, zone_name, at):
    start = data.draw(instants(zone_name))
    zone = ZoneInfo(zone_name)
    plan = FootPlan(at, zone_name)
    day = start.astimezone(zone).date() - DAY
    while ref_wall_to_utc(datetime.combine(day, at), zone) <= start:
        day += DAY
    after = start
    seen_dates = set()
    for _ in range(40):
        fire = next_foot(plan, after)
        assert fire > after
        assert fire == ref_wall_to_utc(datetime.combine(day, at), zone)
        local = fire.astimezone(zone)
        if local.time().replace(tzinfo=None) != at:  # only on a day the time does not exist
            naive = datetime.combine(day, at)
            assert (
                naive.replace(tzinfo=zone).astimezone(UTC).astimezone(zone).replace(tzinfo=None)
                != naive
            )
            assert local.replace(tzinfo=None) > naive
        assert local.date() not in seen_dates, "two foot checks on one local day"
        seen_dates.add(local.date())
        after, day = fire, day + DAY
