"""kill -9 of the bot at random moments while it sends reminders: nothing is lost, and a message
is doubled only inside the at-least-once window.

A burst of foot checks falls due at once; `python -m bot run` sends them paced at 20 a second, is
killed with SIGKILL at a random moment after it starts polling (before its first tick, while it
claims, in the middle of a paced batch, between batches), restarted, killed again, and finally
left to finish. The moments come from a seeded RNG: the seed is in every failure message, and
LEGCARE_KILL_SEED replays it. The long version (twenty kills, SQLite and PostgreSQL, foot checks
and movement breaks) is `python -m bench.kill_soak`.

The window: Telegram accepted a message but the process died before recording it, so the
database still says `sending` and the restart sends it again. The soak measures it at each kill
(accepted by the emulator, still `sending` in the database); every double must lie in it, and no
kill may leave more than BOUND_PER_KILL there. The last kill is aimed into the window (the moment
the emulator accepts a reminder, before the bot has the answer), so every run proves that an
unknown outcome is sent again rather than lost.
"""

from __future__ import annotations

import os
import secrets

import pytest

from bench.kill_soak import BOUND_PER_KILL, SoakConfig, describe, soak
from bot.db.reminder_tables import FOOT

pytestmark = pytest.mark.e2e

KILLS = 4  # the last one aimed; the bot's start-up (about 2 s) dominates: about 20 s in all
MAX_KILL_DELAY = 1.5  # seconds after polling: before the first tick, or in its paced batch
USERS = 100  # more than four kills can send (at most ~21 each): every kill is mid-dispatch
SEED_ENV = "LEGCARE_KILL_SEED"


async def test_kill_9_at_random_moments_loses_nothing_and_doubles_only_the_window() -> None:
    seed = int(os.environ.get(SEED_ENV) or secrets.randbelow(2**31))
    config = SoakConfig(
        backend="sqlite",
        kind=FOOT,
        kills=KILLS,
        users=USERS,
        seed=seed,
        max_kill_delay=MAX_KILL_DELAY,
        aimed_every=KILLS,
    )
    result = await soak(config)
    replay = f"{describe(result)} (replay with {SEED_ENV}={seed})"
    print(replay)

    assert all(kill.unfinished for kill in result.kills), f"a kill after dispatch ended: {replay}"
    assert sum(1 for a in result.arrivals if a.monotonic < result.kills[-1].at), replay
    assert result.lost == [], f"lost: {replay}"
    assert result.skipped_late == 0, f"a foot check skipped: {replay}"
    assert result.unexplained_doubles == set(), f"doubled outside the window: {replay}"
    assert max(len(kill.in_window) for kill in result.kills) <= BOUND_PER_KILL, replay
    assert result.kills[-1].in_window, f"the aimed kill missed the window: {replay}"
    for kill, doubled in zip(result.kills, result.doubled_per_kill(), strict=True):
        assert doubled == len(kill.in_window), f"an unknown outcome not sent again: {replay}"
    assert result.violations == 0, f"Telegram's rate limits broken: {replay}"
