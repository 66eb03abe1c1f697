"""Mapping the shared budget's clock onto the event loop: never early, and a slow answer does not
make a send late once a quick one has fixed the offset."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.sending.budget_clock import BudgetClock

OFFSET = 1_790_000_000.0  # server epoch seconds against a loop's monotonic seconds

# One claim: the gap since the last one was asked, how long it took to reach the server, and how
# long its answer then waited to be read (a busy event loop).
claims = st.lists(
    st.tuples(st.floats(0.0, 3.0), st.floats(0.0, 0.05), st.floats(0.0, 0.4)),
    min_size=1,
    max_size=60,
)


@given(claims, st.floats(-5.0, 5.0))
def test_a_mapped_moment_is_never_early_and_never_later_than_the_answer(
    script: list[tuple[float, float, float]], offset_shift: float
) -> None:
    clock = BudgetClock()
    asked = 100.0
    for gap, way_there, way_back in script:
        asked += gap
        at_server = asked + way_there  # the loop time at which the server read its clock
        answered = at_server + way_back
        mapped = clock.observe(asked, answered, at_server + OFFSET + offset_shift)
        assert at_server - 1e-6 <= mapped <= answered + 1e-6


def test_after_a_quick_claim_a_slow_answer_maps_to_the_servers_moment() -> None:
    clock = BudgetClock()
    clock.observe(10.0, 10.001, 10.0005 + OFFSET)
    mapped = clock.observe(11.0, 11.3, 11.0005 + OFFSET)  # read 0.3 s after the server answered
    assert mapped == pytest.approx(11.001, abs=1e-6)  # off by the quick claim's way back
    assert clock.to_loop(12.0 + OFFSET) == pytest.approx(12.0005, abs=1e-6)


def test_without_a_quicker_claim_the_answer_is_the_latest_it_can_be() -> None:
    clock = BudgetClock()
    assert clock.observe(5.0, 5.2, 5.1 + OFFSET) == pytest.approx(5.2)


def test_old_claims_are_forgotten_so_drift_cannot_build_up() -> None:
    clock = BudgetClock(keep_seconds=10.0)
    clock.observe(0.0, 0.0, OFFSET)  # exact
    # 20 s later, only slow claims: the exact one no longer speaks for the offset.
    mapped = clock.observe(20.0, 20.3, 20.0 + OFFSET)
    assert mapped == pytest.approx(20.3)


def test_a_server_clock_stepped_back_starts_afresh() -> None:
    clock = BudgetClock()
    clock.observe(0.0, 0.001, OFFSET)
    stepped = OFFSET - 2.0  # the server's clock went two seconds back
    mapped = clock.observe(1.0, 1.1, 1.05 + stepped)
    assert mapped == pytest.approx(1.1)  # not 2 s before the answer
    assert clock.offset == pytest.approx(stepped - 0.05)


def test_an_answer_before_its_question_is_refused() -> None:
    with pytest.raises(ValueError, match="answered before"):
        BudgetClock().observe(2.0, 1.0, OFFSET)


def test_an_empty_clock_has_no_offset() -> None:
    with pytest.raises(LookupError):
        _ = BudgetClock().offset
