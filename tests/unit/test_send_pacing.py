"""The send schedule's arithmetic: the bound on any sliding second, and replies before reminders."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.sending.pacing import (
    DEFAULT_POLICY,
    TELEGRAM_MESSAGES_PER_SECOND,
    Priority,
    SendPolicy,
    SlotBook,
)
from tgemu.models import RateLimits
from tgemu.rates import RateTracker

Event = tuple[float, Priority, float]  # gap before the claim, who claims, lateness (0..1)

events = st.lists(
    st.tuples(
        st.one_of(st.just(0.0), st.floats(0.0, 0.02), st.floats(0.0, 0.5)),
        st.sampled_from(Priority),
        st.floats(0.0, 1.0),
    ),
    min_size=1,
    max_size=300,
)


def simulate(policy: SendPolicy, script: list[Event]) -> list[float]:
    """When each granted message arrives: at its slot plus up to `max_lateness`. A refused
    reminder is simply claimed again later by the caller, which is another event."""
    book = SlotBook(policy)
    now = 0.0
    arrivals = []
    for gap, priority, late in script:
        now += gap
        claim = book.claim(priority, now)
        if claim.slot is not None:
            assert claim.slot >= now
            arrivals.append(claim.slot + late * policy.max_lateness)
    return sorted(arrivals)


def busiest_second(arrivals: list[float]) -> int:
    """The most arrivals in any (t - 1, t], the window Telegram (and the emulator) counts."""
    best = 0
    start = 0
    for end, at in enumerate(arrivals):
        while arrivals[start] <= at - 1.0:
            start += 1
        best = max(best, end - start + 1)
    return best


def test_the_default_policy_stays_under_telegrams_limit_with_a_margin() -> None:
    assert DEFAULT_POLICY.max_sends_in_any_second() == 29
    assert DEFAULT_POLICY.max_sends_in_any_second() < TELEGRAM_MESSAGES_PER_SECOND


@settings(max_examples=300, deadline=None)
@given(script=events)
def test_no_sliding_second_holds_more_than_the_bound(script: list[Event]) -> None:
    arrivals = simulate(DEFAULT_POLICY, script)
    assert busiest_second(arrivals) <= DEFAULT_POLICY.max_sends_in_any_second()
    tracker = RateTracker(RateLimits(chat_burst=10**6))  # the emulator's own judge
    verdicts = [tracker.account(n, at, enforce=False) for n, at in enumerate(arrivals)]
    assert not any(verdict.overall_exceeded for verdict in verdicts)


@settings(max_examples=200, deadline=None)
@given(
    script=events,
    rate=st.floats(2.0, 40.0),
    burst_share=st.floats(0.0, 1.0),
    lateness=st.floats(0.0, 0.4),
)
def test_the_bound_holds_for_any_policy(
    script: list[Event], rate: float, burst_share: float, lateness: float
) -> None:
    policy = SendPolicy(
        rate=rate,
        reminder_rate=rate * 0.8,
        reply_burst=burst_share / rate,
        reminder_slack=1 / rate,
        max_lateness=lateness,
        max_wake_lateness=lateness / 2,
    )
    assert busiest_second(simulate(policy, script)) <= policy.max_sends_in_any_second()


def test_a_full_burst_of_replies_is_spaced_from_the_first() -> None:
    book = SlotBook()
    slots = [book.claim(Priority.REPLY, 0.0).slot for _ in range(100)]
    spacing = DEFAULT_POLICY.spacing
    assert slots[:3] == pytest.approx([0.0, 0.0, spacing])  # one message of burst, then spaced
    assert slots[-1] == pytest.approx(98 * spacing)
    on_time = SendPolicy(max_lateness=0.0, max_wake_lateness=0.0)
    assert busiest_second([s for s in slots if s is not None]) <= on_time.max_sends_in_any_second()


def test_a_reminder_waits_behind_queued_replies_and_is_told_when_to_come_back() -> None:
    book = SlotBook()
    for _ in range(10):
        book.claim(Priority.REPLY, 0.0)
    booked = 10 * DEFAULT_POLICY.spacing
    refused = book.claim(Priority.REMINDER, 0.0)
    assert refused.slot is None
    assert refused.retry_at == pytest.approx(booked - DEFAULT_POLICY.reminder_slack)
    assert refused.wait == pytest.approx(booked - DEFAULT_POLICY.reminder_slack)
    assert refused.retry_at is not None
    granted = book.claim(Priority.REMINDER, refused.retry_at)
    assert granted.slot == pytest.approx(booked)


@settings(max_examples=50, deadline=None)
@given(reply_times=st.lists(st.floats(0.0, 3.0), min_size=1, max_size=30))
def test_reminders_never_take_the_replies_reserve(reply_times: list[float]) -> None:
    """Reminders claim as often as they may (every millisecond); a reply arriving among them
    still goes within one spacing, and reminders keep to their share."""
    book = SlotBook()
    replies = iter(sorted(reply_times))
    next_reply = next(replies, None)
    reminder_slots = []
    for step in range(3_000):
        now = step / 1000
        while next_reply is not None and next_reply <= now:
            claim = book.claim(Priority.REPLY, now)
            assert claim.slot is not None
            # Queued replies of this test are the only thing allowed to delay a reply further.
            assert claim.wait <= DEFAULT_POLICY.spacing * len(reply_times) + 1e-9
            next_reply = next(replies, None)
        claim = book.claim(Priority.REMINDER, now)
        if claim.slot is not None:
            reminder_slots.append(claim.slot)
    assert busiest_second(reminder_slots) <= math.ceil(DEFAULT_POLICY.reminder_rate) + 1


def test_a_lone_reply_among_saturating_reminders_waits_at_most_one_spacing() -> None:
    book = SlotBook()
    waits = []
    for step in range(5_000):
        now = step / 1000
        if step % 137 == 0:
            reply = book.claim(Priority.REPLY, now)
            waits.append(reply.wait)
        book.claim(Priority.REMINDER, now)
    assert max(waits) <= DEFAULT_POLICY.spacing - DEFAULT_POLICY.reply_burst + 1e-9 + (
        DEFAULT_POLICY.reminder_slack
    )


def test_a_pause_holds_back_every_later_message() -> None:
    book = SlotBook()
    book.claim(Priority.REPLY, 0.0)
    book.pause(0.0, 2.0)
    assert book.claim(Priority.REPLY, 0.5).slot == pytest.approx(2.0)
    assert book.claim(Priority.REMINDER, 0.5).slot is None


@pytest.mark.parametrize(
    "changes",
    [
        {"rate": 0.0},
        {"reminder_rate": 25.0},
        {"reply_burst": 0.05},  # more than one spacing
        {"reply_burst": -0.01},
        {"max_wake_lateness": 0.3},  # more than max_lateness
        {"reminder_slack": -1.0},
        {"follow_up_patience": -1.0},
    ],
)
def test_policies_that_would_break_the_bound_are_refused(changes: dict[str, float]) -> None:
    with pytest.raises(ValueError, match=r"must|cannot"):
        SendPolicy(**changes)


def test_reminders_keep_most_of_their_rate_while_people_write() -> None:
    """Three replies a second among saturating reminders: each reply takes a slot, but does not
    push every later reminder back (17.4 a second when it did), and no second holds more than
    the share allows."""
    book = SlotBook()
    replies = [n / 3 + 0.01 for n in range(60)]  # 3 a second for 20 s
    reminder_slots: list[float] = []
    for step in range(20_000):
        now = step / 1000
        while replies and replies[0] <= now:
            book.claim(Priority.REPLY, replies.pop(0))
        claim = book.claim(Priority.REMINDER, now)
        if claim.slot is not None:
            reminder_slots.append(claim.slot)
    assert len(reminder_slots) / 20 >= 18.0
    assert busiest_second(reminder_slots) <= math.ceil(DEFAULT_POLICY.reminder_rate) + 1


def test_a_follow_up_never_pushes_back_another_persons_first_reply() -> None:
    """Twenty people a second ask (the budget is 22), and some replies need a second message:
    the first replies keep their even spacing, and the follow-ups share the two spare slots a
    second among them."""
    book = SlotBook()
    waits = []
    asked_at: list[float] = []
    delays: list[float] = []
    for step in range(10_000):  # milliseconds
        now = step / 1000
        if step % 50 == 0:  # a question every 50 ms
            waits.append(book.claim(Priority.REPLY, now).wait)
            if step % 1000 == 0:  # one a second needs its questions too
                asked_at.append(now)
        if len(delays) < len(asked_at):
            claim = book.claim(Priority.FOLLOW_UP, now)
            if claim.slot is not None:
                delays.append(claim.slot - asked_at[len(delays)])
    assert max(waits) <= DEFAULT_POLICY.spacing + 1e-9
    assert len(delays) == len(asked_at) == 10
    assert max(delays) <= 1.0


def test_a_follow_up_is_told_when_the_schedule_frees() -> None:
    book = SlotBook()
    for _ in range(5):
        book.claim(Priority.REPLY, 0.0)
    refused = book.claim(Priority.FOLLOW_UP, 0.0)
    assert refused.slot is None
    assert refused.retry_at == pytest.approx(5 * DEFAULT_POLICY.spacing)
    granted = book.claim(Priority.FOLLOW_UP, refused.wait)
    assert granted.slot == pytest.approx(5 * DEFAULT_POLICY.spacing)
    assert book.claim(Priority.REPLY, refused.wait).slot == pytest.approx(
        6 * DEFAULT_POLICY.spacing - DEFAULT_POLICY.reply_burst
    )
