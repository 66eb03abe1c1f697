"""The memory of users seen a moment ago: it may spare a read only where the read would have
changed nothing, and it stays small however many people pass through."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from bot.db.recently_seen import SWEEP_FLOOR, RecentlySeen
from bot.db.users import _touch_changes_nothing

RESOLUTION = timedelta(minutes=1)
T0 = datetime(2026, 10, 25, 0, 59, tzinfo=UTC)
offsets = st.integers(min_value=-180, max_value=180).map(lambda s: timedelta(seconds=s / 2))
languages = st.sampled_from([None, "", "en", "de"])


@given(offsets, languages, languages)
def test_it_answers_exactly_as_the_row_would(
    since_seen: timedelta, stored: str | None, language: str | None
) -> None:
    seen = RecentlySeen(RESOLUTION)
    seen.note(1, last_seen_at=T0, has_language=bool(stored))
    now = T0 + since_seen
    expected = _touch_changes_nothing(T0, False, stored, language=language, now=now)
    assert seen.is_current(1, language=language, now=now) is expected


def test_unknown_forgotten_and_other_users_are_never_current() -> None:
    seen = RecentlySeen(RESOLUTION)
    assert not seen.is_current(1, language=None, now=T0)
    seen.note(1, last_seen_at=T0, has_language=True)
    assert seen.is_current(1, language="en", now=T0 + timedelta(seconds=30))
    assert not seen.is_current(2, language="en", now=T0 + timedelta(seconds=30))
    seen.forget(1)
    seen.forget(2)  # forgetting someone unknown is fine
    assert not seen.is_current(1, language="en", now=T0 + timedelta(seconds=30))


def test_expired_entries_are_swept_so_the_memory_stays_bounded() -> None:
    seen = RecentlySeen(RESOLUTION)
    for minute in range(20):
        for user_id in range(SWEEP_FLOOR):
            seen.note(
                minute * SWEEP_FLOOR + user_id,
                last_seen_at=T0 + timedelta(minutes=minute),
                has_language=True,
            )
    assert len(seen) <= 2 * SWEEP_FLOOR
    last = 19 * SWEEP_FLOOR + SWEEP_FLOOR - 1
    assert seen.is_current(last, language="en", now=T0 + timedelta(minutes=19))


def test_a_row_read_before_someone_was_forgotten_is_not_noted() -> None:
    """A block that committed while a read was under way: the row as read is stale."""
    seen = RecentlySeen(RESOLUTION)
    epoch = seen.epoch
    seen.forget(7)  # set_blocked ran meanwhile (for anyone)
    seen.note(1, last_seen_at=T0, has_language=True, since=epoch)
    assert not seen.is_current(1, language="en", now=T0)
    seen.note(1, last_seen_at=T0, has_language=True, since=seen.epoch)
    assert seen.is_current(1, language="en", now=T0)
