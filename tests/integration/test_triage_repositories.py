"""Checks in progress and follow-ups against a real database, on SQLite and PostgreSQL."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from bot.db import Database
from bot.db import followups as repo
from bot.db import triage_checks as checks
from bot.db.triage_tables import (
    ACTIVE,
    CANCELLED,
    DONE,
    FAILED,
    PENDING,
    RECHECK,
    REPLACED,
    SENDING,
    SENT,
    SKIPPED,
    Followup,
    TriageCheck,
)
from bot.db.users import delete_user_everywhere, get_user, set_country, touch_user

NOW = datetime(2026, 3, 29, 9, 0, tzinfo=UTC)
ALICE, BOB = 7_999_999_991, 7_999_999_992


async def _users(db: Database, *ids: int) -> None:
    async with db.session() as session:
        for user_id in ids:
            await touch_user(session, user_id, language=None, now=NOW)


async def _start(db: Database, check_id: str, user_id: int, state: str = "0") -> list[TriageCheck]:
    async with db.session() as session:
        return await checks.start_check(
            session, check_id=check_id, user_id=user_id, state=state, now=NOW
        )


async def _advance(db: Database, check_id: str, user_id: int, expected: str, new: str) -> bool:
    async with db.session() as session:
        return await checks.advance_check(
            session,
            check_id=check_id,
            user_id=user_id,
            expected_state=expected,
            new_state=new,
            status=ACTIVE,
            now=NOW,
        )


async def test_a_check_moves_only_from_the_state_its_button_shows(db: Database) -> None:
    await _users(db, ALICE)
    await _start(db, "check-aaaaa", ALICE)
    assert await _advance(db, "check-aaaaa", ALICE, "0", "1")
    assert not await _advance(db, "check-aaaaa", ALICE, "0", "1")  # a double tap
    async with db.session() as session:
        check = await checks.get_check(session, "check-aaaaa", ALICE)
    assert check is not None
    assert (check.state, check.status) == ("1", ACTIVE)


async def test_another_users_check_cannot_be_seen_or_moved(db: Database) -> None:
    await _users(db, ALICE, BOB)
    await _start(db, "check-alice", ALICE)
    assert not await _advance(db, "check-alice", BOB, "0", "1")
    async with db.session() as session:
        assert await checks.get_check(session, "check-alice", BOB) is None
        mine = await checks.get_check(session, "check-alice", ALICE)
    assert mine is not None
    assert mine.state == "0"


async def _move(db: Database, check_id: str, user_id: int, expected: str) -> checks.Moved | None:
    async with db.session() as session:
        return await checks.move_check(
            session,
            check_id=check_id,
            user_id=user_id,
            expected_state=expected,
            new_state=expected + "1",
            status=ACTIVE,
            now=NOW + timedelta(minutes=1),
        )


async def test_a_tap_moves_its_check_and_learns_message_and_country_in_one_go(
    db: Database,
) -> None:
    await _users(db, ALICE, BOB)
    async with db.session() as session:
        await set_country(session, ALICE, "DE", now=NOW)
    await _start(db, "check-alice", ALICE)
    await _start(db, "check-bobby", BOB)
    async with db.session() as session:
        await checks.set_check_message(session, "check-alice", ALICE, 4242)

    assert await _move(db, "check-alice", ALICE, "0") == checks.Moved(4242, "DE")
    assert await _move(db, "check-bobby", BOB, "0") == checks.Moved(None, None)
    # The same tap again, a stale state, someone else's check: nothing moves.
    assert await _move(db, "check-alice", ALICE, "0") is None
    assert await _move(db, "check-alice", BOB, "01") is None
    async with db.session() as session:
        check = await checks.get_check(session, "check-alice", ALICE)
    assert check is not None
    assert (check.state, check.status) == ("01", ACTIVE)
    assert check.updated_at == NOW + timedelta(minutes=1)


async def test_a_new_check_replaces_the_active_one(db: Database) -> None:
    await _users(db, ALICE, BOB)
    await _start(db, "check-one00", ALICE)
    await _start(db, "check-bob00", BOB)
    async with db.session() as session:
        await checks.set_check_message(session, "check-one00", ALICE, 41)
    replaced = await _start(db, "check-two00", ALICE)
    assert [(c.id, c.message_id) for c in replaced] == [("check-one00", 41)]
    async with db.session() as session:
        old = await checks.get_check(session, "check-one00", ALICE)
        active = await checks.active_checks(session, ALICE)
        bobs = await checks.active_checks(session, BOB)
    assert old is not None
    assert old.status == REPLACED
    assert [c.id for c in active] == ["check-two00"]
    assert [c.id for c in bobs] == ["check-bob00"]  # other people's checks are untouched
    assert not await _advance(db, "check-one00", ALICE, "0", "1")


async def test_finished_and_cancelled_checks_take_no_more_answers(db: Database) -> None:
    await _users(db, ALICE)
    for check_id, status in (("check-done0", DONE), ("check-canc0", CANCELLED)):
        await _start(db, check_id, ALICE)
        async with db.session() as session:
            assert await checks.advance_check(
                session,
                check_id=check_id,
                user_id=ALICE,
                expected_state="0",
                new_state="0",
                status=status,
                now=NOW,
            )
        assert not await _advance(db, check_id, ALICE, "0", "1")


async def test_ending_checks_for_an_emergency(db: Database) -> None:
    await _users(db, ALICE)
    await _start(db, "check-open0", ALICE)
    async with db.session() as session:
        ended = await checks.end_active_checks(session, ALICE, status=REPLACED, now=NOW)
        again = await checks.end_active_checks(session, ALICE, status=REPLACED, now=NOW)
    assert [c.id for c in ended] == ["check-open0"]
    assert again == []


async def test_set_country(db: Database) -> None:
    await _users(db, ALICE)
    async with db.session() as session:
        await set_country(session, ALICE, "DE", now=NOW)
        await set_country(session, BOB, "GB", now=NOW)  # a user not seen yet is created
    async with db.session() as session:
        alice, bob = await get_user(session, ALICE), await get_user(session, BOB)
    assert alice is not None
    assert bob is not None
    assert (alice.country, bob.country) == ("DE", "GB")


# --- Follow-ups ------------------------------------------------------------------------------


async def _schedule(db: Database, user_id: int, due: datetime) -> Followup:
    async with db.session() as session:
        return await repo.schedule_followup(session, user_id, RECHECK, due, NOW)


async def _statuses(db: Database) -> dict[int, str]:
    async with db.session() as session:
        rows = (await session.execute(select(Followup))).scalars()
        return {row.id: row.status for row in rows if row.id is not None}


async def test_scheduling_is_idempotent_while_pending(db: Database) -> None:
    await _users(db, ALICE)
    first = await _schedule(db, ALICE, NOW + timedelta(hours=24))
    second = await _schedule(db, ALICE, NOW + timedelta(hours=30))
    assert first.id == second.id
    assert second.due_at == NOW + timedelta(hours=24)
    async with db.session() as session:
        assert await repo.cancel(session, ALICE, RECHECK) == 1
        assert await repo.cancel(session, ALICE, RECHECK) == 0
    third = await _schedule(db, ALICE, NOW + timedelta(hours=30))
    assert third.id != first.id  # once not pending, a new one may be scheduled
    assert await _statuses(db) == {first.id: "cancelled", third.id: PENDING}


async def test_the_database_refuses_a_second_pending_follow_up(db: Database) -> None:
    await _users(db, ALICE)
    await _schedule(db, ALICE, NOW)
    with pytest.raises(IntegrityError):
        async with db.session() as session:
            session.add(
                Followup(user_id=ALICE, kind=RECHECK, due_at=NOW, created_at=NOW, status=PENDING)
            )


async def test_claim_takes_due_rows_once_oldest_first(db: Database) -> None:
    await _users(db, ALICE, BOB)
    late = await _schedule(db, ALICE, NOW - timedelta(minutes=5))
    early = await _schedule(db, BOB, NOW - timedelta(hours=1))
    async with db.session() as session:
        await repo.schedule_followup(session, ALICE, "other", NOW + timedelta(hours=1), NOW)
    async with db.session() as session:
        claimed = await repo.claim_due(session, NOW, limit=10)
    assert [f.id for f in claimed] == [early.id, late.id]
    assert all(f.status == SENDING for f in claimed)
    async with db.session() as session:
        assert await repo.claim_due(session, NOW, limit=10) == []  # nothing twice
    async with db.session() as session:
        await repo.mark_sent(session, early.id, NOW)
        await repo.mark_failed(session, late.id)
    statuses = await _statuses(db)
    assert (statuses[early.id], statuses[late.id]) == (SENT, FAILED)


async def test_claim_respects_the_limit_and_a_lost_claim_comes_back(db: Database) -> None:
    await _users(db, ALICE, BOB)
    await _schedule(db, ALICE, NOW)
    await _schedule(db, BOB, NOW)
    async with db.session() as session:
        first = await repo.claim_due(session, NOW, limit=1)
    assert len(first) == 1
    later = NOW + repo.CLAIM_TIMEOUT + timedelta(seconds=1)
    async with db.session() as session:
        again = await repo.claim_due(session, later, limit=10)
    # the other row, plus the first one whose sender never reported back
    assert sorted(f.user_id for f in again) == [ALICE, BOB]


async def test_release_and_skip(db: Database) -> None:
    await _users(db, ALICE, BOB)
    a = await _schedule(db, ALICE, NOW)
    b = await _schedule(db, BOB, NOW)
    async with db.session() as session:
        await repo.claim_due(session, NOW, limit=10)
    async with db.session() as session:
        await repo.release(session, a.id)
        await repo.mark_failed(session, b.id, skipped=True)
    assert await _statuses(db) == {a.id: PENDING, b.id: SKIPPED}


async def test_concurrent_claimers_never_share_a_row(db: Database) -> None:
    ids = list(range(9_000_000_001, 9_000_000_031))
    await _users(db, *ids)
    for user_id in ids:
        await _schedule(db, user_id, NOW)

    async def claimer() -> list[int]:
        got: list[int] = []
        while True:
            async with db.session() as session:
                batch = await repo.claim_due(session, NOW, limit=3)
            if not batch:
                return got
            got += [f.id for f in batch if f.id is not None]

    results = await asyncio.gather(*(claimer() for _ in range(4)))
    claimed = [i for batch in results for i in batch]
    assert len(claimed) == len(set(claimed)) == len(ids)


async def test_deleting_a_user_removes_their_checks_and_follow_ups(db: Database) -> None:
    await _users(db, ALICE, BOB)
    await _start(db, "check-del00", ALICE)
    await _schedule(db, ALICE, NOW)
    await _schedule(db, BOB, NOW)
    async with db.session() as session:
        await delete_user_everywhere(session, ALICE)
    async with db.session() as session:
        left_checks = (
            await session.execute(select(func.count()).select_from(TriageCheck))
        ).scalar()
        owners = (await session.execute(select(Followup.user_id))).scalars().all()
    assert left_checks == 0
    assert owners == [BOB]


async def test_old_check_answers_and_finished_follow_ups_are_pruned(db: Database) -> None:
    await _users(db, ALICE)
    await _start(db, "check-old00", ALICE)
    sent = await _schedule(db, ALICE, NOW - timedelta(days=9))
    async with db.session() as session:
        await checks.end_active_checks(session, ALICE, status=DONE, now=NOW)
        await repo.claim_due(session, NOW, limit=10)
        await repo.mark_sent(session, sent.id, NOW)
    later = NOW + timedelta(days=8)
    async with db.session() as session:
        await checks.start_check(
            session, check_id="check-new00", user_id=ALICE, state="0", now=later
        )
        pending = await repo.schedule_followup(
            session, ALICE, RECHECK, later - timedelta(days=1), later
        )
    async with db.session() as session:
        assert await checks.prune_checks(session, later - timedelta(days=7)) == 1
        assert await repo.prune_followups(session, later - timedelta(days=7)) == 1
    async with db.session() as session:
        assert await checks.get_check(session, "check-old00", ALICE) is None
        assert await checks.get_check(session, "check-new00", ALICE) is not None
    assert await _statuses(db) == {pending.id: PENDING}  # what is still to come stays
