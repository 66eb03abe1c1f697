"""The carer link over HTTP against the emulator, on a FakeClock: a one-time invite, seen and
accepted by the carer; an emergency told to the carer within 2 s; missed foot checks when the
person turns that on; nothing once the link ends or after /delete; and every bad link refused."""

from __future__ import annotations

import asyncio
import re
import time
from collections.abc import AsyncIterator
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import pytest_asyncio

from bot.db import Database
from bot.db.reminder_tables import FOOT, SENT, Delivery, ReminderPlan
from bot.handlers.carer import tell_carers_of_missed_checks
from tests.e2e.harness import Chat, labels, new_chat
from tests.e2e.inprocess import FakeTimeBot, fake_time_bot
from tgemu.server import EmulatedMessage

pytestmark = [pytest.mark.e2e, pytest.mark.asyncio(loop_scope="module")]

BERLIN = ZoneInfo("Europe/Berlin")
START = datetime(2026, 3, 2, 10, 0, tzinfo=BERLIN)
LINK = re.compile(r"https://t\.me/legcare_bot\?start=(c_[A-Za-z0-9_-]+)")
EMERGENCY_WORDS = "my face is drooping on one side and I can't get my words out"


class World(FakeTimeBot):
    """The bot on a FakeClock, with this module's helpers."""

    async def person(self, name: str) -> Chat:
        chat = new_chat(self.emulator, first_name=name)
        await chat.say("/timezone Berlin")
        return chat

    async def invite(self, person: Chat) -> str:
        reply = await person.say("/carer")
        while (found := LINK.search(reply.text)) is None:
            reply = await self.emulator.wait_for_bot_message(
                person.user_id, after_message_id=reply.message_id
            )
        return found.group(1)

    async def link(self, person: Chat, carer: Chat) -> None:
        offer = await carer.say(f"/start {await self.invite(person)}")
        before = self.last_id(person)
        accepted = await carer.tap(offer, "✅ Accept")
        assert "You are now" in accepted.text
        assert "accepted your carer invite" in (await self.next_message(person, before)).text

    def last_id(self, chat: Chat) -> int:
        return max((m.message_id for m in self.emulator.chat(chat.user_id)), default=0)

    async def next_message(self, chat: Chat, after: int, timeout: float = 5.0) -> EmulatedMessage:
        return await self.emulator.wait_for_bot_message(
            chat.user_id, after_message_id=after, timeout=timeout
        )

    async def nothing_for(self, chat: Chat, after: int, seconds: float = 1.5) -> None:
        await asyncio.sleep(seconds)
        assert [
            m.text for m in self.emulator.bot_messages(chat.user_id) if m.message_id > after
        ] == []


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def world(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[World]:
    async with fake_time_bot(tmp_path_factory.mktemp("carer"), START) as bot:
        yield World(bot.emulator, bot.clock, bot.application, bot.url)


async def test_the_carer_sees_exactly_what_they_will_be_told_and_accepts(world: World) -> None:
    person, carer = await world.person("Ada"), await world.person("Ben")
    token = await world.invite(person)
    offer = await carer.say(f"/start {token}")
    assert "Ada asks you to be their carer" in offer.text
    assert "emergency instructions" in offer.text
    assert "Nothing else about them" in offer.text
    assert labels(offer) == ["✅ Accept", "No, thanks"]
    before = world.last_id(person)
    await carer.tap(offer, "✅ Accept")
    told = await world.next_message(person, before)
    assert "Ben accepted your carer invite" in told.text
    reused = await (await world.person("Cy")).say(f"/start {token}")
    assert "used already" in reused.text


async def test_an_emergency_reaches_the_carer_within_two_seconds(world: World) -> None:
    person, carer = await world.person("Dee"), await world.person("Eve")
    await world.link(person, carer)
    carer_before = world.last_id(carer)
    alert = await person.say(EMERGENCY_WORDS)
    seen = time.monotonic()
    assert "Call 112" in alert.text
    note = await world.next_message(carer, carer_before, timeout=2.0)
    assert time.monotonic() - seen < 2.0
    assert "LegCare: Dee" in note.text
    assert "a message they sent me" in note.text
    assert "Signs of stroke" in note.text
    assert "11:00" not in note.text
    assert EMERGENCY_WORDS not in note.text  # never what they wrote

    carer_before = world.last_id(carer)
    question = await person.say("/check")
    await person.tap(question, "Yes")  # the first question: stroke signs
    note = await world.next_message(carer, carer_before, timeout=2.0)
    assert "their /check" in note.text


async def test_missed_foot_checks_are_told_once_when_the_person_turns_it_on(world: World) -> None:
    person, carer = await world.person("Fay"), await world.person("Gus")
    await world.link(person, carer)
    services = world.application.bot_data.services
    db = Database(world.url)
    try:
        async with db.session() as session:
            plan = ReminderPlan(
                user_id=person.user_id,
                kind=FOOT,
                at_time="09:00",
                created_at=START,
                updated_at=START,
            )
            session.add(plan)
            await session.flush()
            for back in (1, 2, 3):
                due = START.replace(hour=9) - timedelta(days=back)
                session.add(
                    Delivery(
                        plan_id=plan.id,
                        user_id=person.user_id,
                        kind=FOOT,
                        due_at=due,
                        status=SENT,
                        sent_at=due,
                    )
                )
    finally:
        await db.dispose()
    assert await tell_carers_of_missed_checks(world.application.bot, services) == 0  # off
    overview = await person.say("/carer")
    await person.tap(overview, "Missed foot checks: turn on")
    before = world.last_id(carer)
    assert await tell_carers_of_missed_checks(world.application.bot, services) == 1
    note = await world.next_message(carer, before)
    assert "LegCare: Fay" in note.text
    assert "3 days in a row" in note.text
    assert await tell_carers_of_missed_checks(world.application.bot, services) == 0  # once


async def test_nothing_reaches_the_carer_after_the_link_ends(world: World) -> None:
    person, carer = await world.person("Hal"), await world.person("Ivy")
    await world.link(person, carer)
    overview = await person.say("/carer")
    before = world.last_id(carer)
    ended = await person.tap(overview, "End link with Ivy")
    assert "has ended" in ended.text
    told = await world.next_message(carer, before)
    assert "The carer link with Hal has ended" in told.text
    before = world.last_id(carer)
    await person.say(EMERGENCY_WORDS)
    await world.nothing_for(carer, before)


async def test_nothing_reaches_the_carer_after_delete(world: World) -> None:
    person, carer = await world.person("Jo"), await world.person("Kim")
    await world.link(person, carer)
    confirm = await person.say("/delete")
    before = world.last_id(carer)
    await person.tap(confirm, labels(confirm)[0])
    told = await world.next_message(carer, before)
    assert "has ended" in told.text
    before = world.last_id(carer)
    await person.say(EMERGENCY_WORDS)
    await world.nothing_for(carer, before)


async def test_bad_links_are_refused_clearly(world: World) -> None:
    person, stranger = await world.person("Lu"), await world.person("Max")
    token = await world.invite(person)
    own = await person.say(f"/start {token}")
    assert "your own invite" in own.text
    forged = await stranger.say("/start c_AAAAAAAAAAAAAAAAAAAAAA")
    assert "not valid" in forged.text
    garbled = await stranger.say("/start c_abc")
    assert "not valid" in garbled.text
    world.clock.advance(timedelta(hours=25))
    expired = await stranger.say(f"/start {token}")
    assert "expired" in expired.text


async def test_a_carer_of_three_people_cannot_take_a_fourth(world: World) -> None:
    carer = await world.person("Ned")
    for name in ("Oli", "Pat", "Quin"):
        await world.link(await world.person(name), carer)
    fourth = await world.person("Rae")
    offer = await carer.say(f"/start {await world.invite(fourth)}")
    assert "already look out for 3 people" in offer.text
    assert labels(offer) == []
