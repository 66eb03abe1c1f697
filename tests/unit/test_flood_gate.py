"""The flood gate's promises, checked by simulating the line the bot keeps for each person.

`simulate` plays what bot.handlers.flood does with the verdicts (RUN sends now; waiting items
are sent at their turn, urgent ones first) and measures the sends with the emulator's model of
Telegram's limits, so "never faster than Telegram allows" is checked against the same rule the
end-to-end tests count violations with.
"""

from __future__ import annotations

import itertools
from collections import deque
from dataclasses import dataclass, field

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.handlers.flood_gate import FloodGate, FloodLimits, Verdict
from tgemu.models import RateLimits
from tgemu.rates import RateTracker

PERSON = 7


@dataclass
class Outcome:
    sends: list[tuple[float, str]] = field(default_factory=list)  # (time, what)
    verdicts: list[Verdict] = field(default_factory=list)

    def of(self, kind: str) -> list[float]:
        return [at for at, what in self.sends if what == kind]


def simulate(gate: FloodGate, arrivals: list[tuple[float, bool]], person: int = PERSON) -> Outcome:
    """Arrivals are (time, urgent), in time order. Returns every send and every verdict."""
    out = Outcome()
    line: deque[str] = deque()
    wake: float | None = None  # when the worker next hands over an item

    def run_worker_until(limit: float) -> None:
        nonlocal wake
        while wake is not None and wake <= limit:
            at = wake
            what = line.popleft()
            gate.take_turn(person, at)
            gate.finished(person, at)
            out.sends.append((at, what))
            wake = at + gate.turn_wait(person, at) if line else None

    for at, urgent in arrivals:
        run_worker_until(at)
        admission = gate.admit(person, at, urgent=urgent)
        out.verdicts.append(admission.verdict)
        kind = "urgent" if urgent else "reply"
        if admission.verdict is Verdict.RUN:
            out.sends.append((at, kind))
            continue
        if admission.verdict is Verdict.URGENT:
            line.appendleft(kind)
        elif admission.verdict is Verdict.QUEUE:
            line.append(kind)
        elif admission.verdict is Verdict.NOTIFY:
            line.insert(sum(1 for what in line if what == "urgent"), "notice")
        else:
            continue
        if wake is None:
            wake = at + gate.turn_wait(person, at)
    run_worker_until(float("inf"))
    return out


def telegram_violations(sends: list[tuple[float, str]]) -> int:
    tracker = RateTracker(RateLimits())
    return sum(tracker.account(PERSON, at, enforce=False).chat_exceeded for at, _ in sorted(sends))


def flood(count: int, seconds: float, start: float = 0.0) -> list[tuple[float, bool]]:
    return [(start + seconds * i / count, False) for i in range(count)]


def test_a_few_messages_at_once_are_answered_at_once() -> None:
    out = simulate(FloodGate(), flood(3, 0.1))
    assert out.verdicts == [Verdict.RUN] * 3


def test_fifty_messages_in_a_second_get_a_handful_of_replies_and_one_notice() -> None:
    limits = FloodLimits()
    out = simulate(FloodGate(limits), flood(50, 1.0))
    assert len(out.of("notice")) == 1
    assert len(out.of("reply")) == limits.send_burst + limits.max_waiting
    assert out.verdicts.count(Verdict.DROP) == 50 - len(out.of("reply")) - 1
    assert telegram_violations(out.sends) == 0


def test_the_notice_comes_at_the_next_turn_and_the_cool_down_ends() -> None:
    gate = FloodGate()
    out = simulate(gate, flood(50, 1.0))
    notice = out.of("notice")[0]
    assert [what for _, what in sorted(out.sends)][3] == "notice"  # before the queued replies
    assert notice <= 1.0 + gate.limits.turn_margin
    assert gate.resume_in(PERSON, 1.0) > 0
    later = 1.0 + gate.limits.cooldown
    assert gate.resume_in(PERSON, later) == 0
    assert gate.admit(PERSON, later).verdict is Verdict.RUN


def test_an_emergency_inside_a_flood_jumps_the_line() -> None:
    arrivals = flood(50, 1.0)
    arrivals[30] = (arrivals[30][0], True)
    out = simulate(FloodGate(), arrivals)
    [urgent] = out.of("urgent")
    assert urgent < min(at for at in out.of("reply") if at > arrivals[30][0])
    assert urgent - arrivals[30][0] <= 1.0 + FloodLimits().turn_margin
    assert urgent < out.of("notice")[0]
    assert telegram_violations(out.sends) == 0


def test_an_urgent_message_while_throttled_is_still_handled() -> None:
    gate = FloodGate()
    simulate(gate, flood(50, 1.0))
    assert gate.admit(PERSON, 1.5).verdict is Verdict.DROP
    assert gate.admit(PERSON, 1.6, urgent=True).verdict in (Verdict.RUN, Verdict.URGENT)


def test_one_notice_per_interval_even_for_a_sustained_flood() -> None:
    limits = FloodLimits()
    out = simulate(FloodGate(limits), flood(20 * 30, 30.0))
    assert len(out.of("notice")) == 1
    assert telegram_violations(out.sends) == 0
    out = simulate(FloodGate(limits), flood(20 * 130, 130.0))
    notices = out.of("notice")
    assert 2 <= len(notices) <= 3  # a reminder at most every notice_interval
    assert all(
        b - a >= limits.notice_interval - limits.cooldown for a, b in itertools.pairwise(notices)
    )


def test_taps_have_a_roomy_bucket_and_then_a_retry_time() -> None:
    gate = FloodGate(FloodLimits(tap_burst=5, taps_per_second=2))
    assert [gate.tap(PERSON, 0.0).verdict for _ in range(5)] == [Verdict.RUN] * 5
    refused = gate.tap(PERSON, 0.0)
    assert refused.verdict is Verdict.DROP
    assert refused.resume_in == pytest.approx(0.5)
    assert gate.tap(PERSON, 0.5).verdict is Verdict.RUN
    assert gate.admit(PERSON, 0.5).verdict is Verdict.RUN  # taps do not use up messages


def test_people_do_not_share_a_line() -> None:
    gate = FloodGate()
    simulate(gate, flood(50, 1.0), person=1)
    assert gate.admit(2, 0.5).verdict is Verdict.RUN
    assert gate.free(2, 0.6)


def test_a_clock_that_stands_still_cannot_starve_a_line() -> None:
    gate = FloodGate()
    for _ in range(3):
        assert gate.admit(PERSON, 0.0).verdict is Verdict.RUN
    for _ in range(10):  # someone who waits for each answer, with time frozen (tests)
        assert gate.admit(PERSON, 0.0).verdict is Verdict.QUEUE
        assert gate.turn_wait(PERSON, 0.0) <= 1.0 + gate.limits.turn_margin
        gate.take_turn(PERSON, 0.0)
        gate.finished(PERSON, 0.0)


def test_fresh_lanes_are_forgotten_and_memory_is_capped() -> None:
    gate = FloodGate(FloodLimits(max_people=100))
    for person in range(1000):
        gate.admit(person, 0.0)
    assert len(gate) <= 100
    gate.admit(5000, 3600.0)
    assert len(gate) == 1  # everyone else has long refilled: nothing to remember


def test_limits_are_validated() -> None:
    with pytest.raises(ValueError, match="bursts"):
        FloodLimits(send_burst=0)
    with pytest.raises(ValueError, match="rates"):
        FloodLimits(sends_per_second=0)
    with pytest.raises(ValueError, match="max_waiting"):
        FloodLimits(max_waiting=-1)


arrival_gaps = st.lists(st.floats(min_value=0.0, max_value=2.0), min_size=1, max_size=120)


def arrivals_from(gaps: list[float], urgent: list[bool]) -> list[tuple[float, bool]]:
    times, now = [], 0.0
    for gap, flag in zip(gaps, urgent + [False] * len(gaps), strict=False):
        now += gap
        times.append((now, flag))
    return times


@settings(max_examples=300, deadline=None)
@given(gaps=arrival_gaps, urgent=st.lists(st.booleans(), max_size=120))
def test_whatever_arrives_sends_stay_within_telegrams_chat_limit(
    gaps: list[float], urgent: list[bool]
) -> None:
    arrivals = arrivals_from(gaps, urgent)
    out = simulate(FloodGate(), arrivals)
    assert telegram_violations(out.sends) == 0
    # every urgent message was handled: urgent replies are never dropped or merged here
    assert len(out.of("urgent")) == sum(flag for _, flag in arrivals)
    assert Verdict.DROP not in [v for v, (_, u) in zip(out.verdicts, arrivals, strict=True) if u]


@settings(max_examples=200, deadline=None)
@given(gaps=st.lists(st.floats(min_value=0.0, max_value=3.0), min_size=1, max_size=60))
def test_someone_who_waits_for_each_answer_is_never_throttled(gaps: list[float]) -> None:
    """However fast they type, a person who sends the next message only after the previous
    answer arrived is paced, never dropped or warned."""
    gate = FloodGate()
    now = 0.0
    for gap in gaps:
        now += gap
        verdict = gate.admit(PERSON, now).verdict
        assert verdict in (Verdict.RUN, Verdict.QUEUE)
        if verdict is Verdict.QUEUE:
            now += gate.turn_wait(PERSON, now)
            gate.take_turn(PERSON, now)
            gate.finished(PERSON, now)
