"""Where the shared budget's clock falls on this process's event loop.

A shared slot is a moment on PostgreSQL's clock, and a claim's answer carries the server's "now".
Reading that "now" as the moment the answer reached this event loop is never early, but on a busy
machine the answer can wait in the socket for a hundred milliseconds or more (measured under load
on two cores: 80 of 521 claims took over 50 ms), and every such send then went out that much after
its slot without the late-wake-up check seeing it: the lateness the schedule's bound relies on
(`SendPolicy.max_lateness`) was exceeded unseen.

Each claim brackets the server's "now" between the moment it was asked (`asked`) and the moment
the answer was read (`answered`), so the offset server − loop lies in [now − answered, now −
asked]. The largest lower bound among recent claims is the tightest one still never early: the
claim with the quickest round trip fixes the mapping, and a slow answer no longer moves the send.
Only recent claims count (`keep_seconds`), so a slow drift between the two clocks cannot build
up; a claim whose bounds contradict the kept ones (the server's clock stepped back) starts afresh.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass

KEEP_SECONDS = 10.0


@dataclass(frozen=True)
class _Bound:
    answered: float  # loop time the claim's answer was read
    lower: float  # the offset server − loop is at least this


class BudgetClock:
    """The offset between the budget's clock and this loop's, learnt from claims' round trips."""

    def __init__(self, keep_seconds: float = KEEP_SECONDS) -> None:
        self.keep_seconds = keep_seconds
        self._bounds: deque[_Bound] = deque()

    def observe(self, asked: float, answered: float, server_now: float) -> float:
        """Learn from one claim and return the loop time its `server_now` maps to (at most
        `answered`, never before the true moment)."""
        if answered < asked:
            raise ValueError("a claim cannot be answered before it was asked")
        while self._bounds and self._bounds[0].answered < answered - self.keep_seconds:
            self._bounds.popleft()
        upper = server_now - asked
        if self._bounds and self._bounds[0].lower > upper:
            self._bounds.clear()  # the server's clock went back: the old bounds no longer hold
        lower = server_now - answered
        # The deque keeps only bounds that may yet be the largest: a later, larger one ends them.
        while self._bounds and self._bounds[-1].lower <= lower:
            self._bounds.pop()
        self._bounds.append(_Bound(answered, lower))
        return self.to_loop(server_now)

    @property
    def offset(self) -> float:
        """The tightest known lower bound of server time − loop time."""
        if not self._bounds:
            raise LookupError("no claim observed yet")
        return self._bounds[0].lower

    def to_loop(self, server_time: float) -> float:
        return server_time - self.offset
