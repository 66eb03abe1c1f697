"""Carer links in the database: make an invite, judge and accept one, list, end, and find whom
to tell. Handlers translate; the texts are bot.ui.carer_render."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import delete, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.carers.invites import (
    INVITE_VALID_FOR,
    MAX_CARERS_PER_PERSON,
    MAX_PEOPLE_PER_CARER,
    new_token,
    token_hash,
)
from bot.core.clock import Clock
from bot.db import Database
from bot.db.carer_tables import CarerInvite, CarerLink
from bot.db.models import User
from bot.db.reminder_tables import DONE, FOOT, SENT, SNOOZED, Delivery


@dataclass(frozen=True)
class Verdict:
    """What an opened invite is: "ok" (with the invite), or why it is refused: "unknown"
    (forged or mistyped), "expired", "used", "own", "full" (the carer already looks out for
    the most people one account may), "already" (already this person's carer), "crowded" (the
    person has the most carers already)."""

    status: str
    invite: CarerInvite | None = None


async def make_invite(db: Database, clock: Clock, user_id: int, label: str) -> str | None:
    """A fresh invite token (older unused ones of this person stop working); None when the
    person already has the most carers."""
    now = clock.now()
    token = new_token()
    async with db.session() as session:
        count = await session.scalar(
            select(func.count()).select_from(CarerLink).where(CarerLink.user_id == user_id)  # type: ignore[arg-type]
        )
        if (count or 0) >= MAX_CARERS_PER_PERSON:
            return None
        await session.execute(
            delete(CarerInvite).where(
                CarerInvite.user_id == user_id,  # type: ignore[arg-type]
                CarerInvite.used_at.is_(None),  # type: ignore[union-attr]
            )
        )
        session.add(
            CarerInvite(
                user_id=user_id,
                token_hash=token_hash(token),
                label=label[:64],
                created_at=now,
                expires_at=now + INVITE_VALID_FOR,
            )
        )
    return token


async def judge(db: Database, clock: Clock, token: str, carer_id: int) -> Verdict:
    async with db.session() as session:
        return await _judge(session, clock.now(), token, carer_id)


async def _judge(session: AsyncSession, now: datetime, token: str, carer_id: int) -> Verdict:
    invite = await session.scalar(
        select(CarerInvite).where(CarerInvite.token_hash == token_hash(token))  # type: ignore[arg-type]
    )
    if invite is None:
        return Verdict("unknown")
    if invite.used_at is not None:
        return Verdict("used", invite)
    if invite.expires_at <= now:
        return Verdict("expired", invite)
    if invite.user_id == carer_id:
        return Verdict("own", invite)
    links = list(
        (
            await session.execute(
                select(CarerLink).where(CarerLink.carer_id == carer_id)  # type: ignore[arg-type]
            )
        ).scalars()
    )
    if any(link.user_id == invite.user_id for link in links):
        return Verdict("already", invite)
    if len(links) >= MAX_PEOPLE_PER_CARER:
        return Verdict("full", invite)
    count = await session.scalar(
        select(func.count()).select_from(CarerLink).where(CarerLink.user_id == invite.user_id)  # type: ignore[arg-type]
    )
    if (count or 0) >= MAX_CARERS_PER_PERSON:
        return Verdict("crowded", invite)
    return Verdict("ok", invite)


async def accept(
    db: Database, clock: Clock, token: str, carer_id: int, carer_label: str
) -> tuple[Verdict, CarerLink | None]:
    """Accept the invite once: judged again in the same transaction that uses it up."""
    now = clock.now()
    async with db.session() as session:
        verdict = await _judge(session, now, token, carer_id)
        if verdict.status != "ok" or verdict.invite is None:
            return verdict, None
        invite = verdict.invite
        invite.used_at = now
        link = CarerLink(
            user_id=invite.user_id,
            carer_id=carer_id,
            label=invite.label,
            carer_label=carer_label[:64],
            created_at=now,
        )
        session.add(link)
        await session.flush()
        return verdict, link


async def links_of(db: Database, user_id: int) -> tuple[list[CarerLink], list[CarerLink]]:
    """(the person's carers, the people this user looks out for)."""
    async with db.session() as session:
        mine = await session.execute(select(CarerLink).where(CarerLink.user_id == user_id))  # type: ignore[arg-type]
        theirs = await session.execute(select(CarerLink).where(CarerLink.carer_id == user_id))  # type: ignore[arg-type]
        return list(mine.scalars()), list(theirs.scalars())


async def end_link(db: Database, user_id: int, link_id: int) -> CarerLink | None:
    """End a link either side of which is `user_id`; the ended link (None: not theirs)."""
    async with db.session() as session:
        link = await session.get(CarerLink, link_id)
        if link is None or user_id not in (link.user_id, link.carer_id):
            return None
        await session.delete(link)
        return link


async def set_missed_checks(db: Database, user_id: int, link_id: int, on: bool) -> CarerLink | None:
    async with db.session() as session:
        link = await session.get(CarerLink, link_id)
        if link is None or link.user_id != user_id:
            return None
        link.missed_checks = on
        return link


@dataclass(frozen=True)
class ToTell:
    carer_id: int
    label: str


async def carers_to_tell(db: Database, user_id: int) -> tuple[list[ToTell], str]:
    """The person's carers and the person's zone, read without a write transaction: this runs
    right after emergency instructions, and must never queue behind a writer."""
    table = CarerLink.__table__  # type: ignore[attr-defined]
    async with db.reader.connect() as connection:
        rows = await connection.execute(
            select(table.c.carer_id, table.c.label).where(table.c.user_id == user_id)
        )
        links = [ToTell(carer_id, label) for carer_id, label in rows.all()]
        if not links:
            return [], "UTC"
        zone = await connection.scalar(
            select(User.time_zone).where(User.telegram_id == user_id)  # type: ignore[call-overload,arg-type]
        )
    return links, zone or "UTC"


MISSED_DAYS = 3


async def missed_foot_checks_to_tell(db: Database, now: datetime) -> list[tuple[CarerLink, str]]:
    """Links whose person turned it on and left their foot checks unanswered on each of the
    last MISSED_DAYS local days (sent, never done); each is told once per run of such days
    (recorded in the same transaction). Returns the links with the person's zone."""
    found: list[tuple[CarerLink, str]] = []
    async with db.session() as session:
        rows = await session.execute(
            select(CarerLink, User.time_zone)
            .join(User, User.telegram_id == CarerLink.user_id)  # type: ignore[arg-type]
            .where(CarerLink.missed_checks.is_(True))  # type: ignore[attr-defined]
        )
        for link, zone in rows.all():
            zone = zone or "UTC"
            today = now.astimezone(ZoneInfo(zone)).date()
            if link.missed_told_on is not None and today - link.missed_told_on < timedelta(
                days=MISSED_DAYS
            ):
                continue
            days = await _foot_days(session, link.user_id, zone, today)
            if len(days) == MISSED_DAYS and all(not done for done in days.values()):
                link.missed_told_on = today
                found.append((link, zone))
    return found


async def _foot_days(
    session: AsyncSession, user_id: int, zone: str, today: date
) -> dict[date, bool]:
    """For the last MISSED_DAYS local days before today: whether a foot check reached the person
    and whether any was done (days with none sent are left out)."""
    tz = ZoneInfo(zone)
    first = datetime.combine(today - timedelta(days=MISSED_DAYS), datetime.min.time(), tzinfo=tz)
    last = datetime.combine(today, datetime.min.time(), tzinfo=tz)
    result = await session.execute(
        select(Delivery).where(
            Delivery.user_id == user_id,  # type: ignore[arg-type]
            Delivery.kind == FOOT,  # type: ignore[arg-type]
            Delivery.due_at >= first,  # type: ignore[arg-type,operator]
            Delivery.due_at < last,  # type: ignore[arg-type,operator]
        )
    )
    days: dict[date, bool] = {}
    for delivery in result.scalars():
        day = delivery.due_at.astimezone(tz).date()
        if delivery.status in (SENT, DONE, SNOOZED):
            days[day] = days.get(day, False) or delivery.done_at is not None
    return days
