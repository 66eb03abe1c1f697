"""What a newcomer meets in a first session, each rough spot once found by trying the bot as a
new user would: a reminder setting that changes another, a button that says one thing and does
another, a number that does not follow the person.

The bot runs in-process on a FakeClock, so a reminder can fall due and be snoozed in a second.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import pytest_asyncio

from bot.db import Database
from bot.db.reminders import get_plans
from tests.e2e.harness import Chat, labels, new_chat
from tests.e2e.inprocess import FakeTimeBot, fake_time_bot
from tgemu.server import EmulatedMessage

pytestmark = [pytest.mark.e2e, pytest.mark.asyncio(loop_scope="module")]

BERLIN = ZoneInfo("Europe/Berlin")
MONDAY_8AM = datetime(2026, 3, 2, 8, 0, tzinfo=BERLIN)


class World(FakeTimeBot):
    """The bot on a FakeClock, with this module's helpers."""

    def chat(self) -> Chat:
        return new_chat(self.emulator)

    async def plans(self, user_id: int) -> dict[str, tuple[bool, int | None, list[object] | None]]:
        db = Database(self.url)
        try:
            async with db.session() as session:
                return {
                    p.kind: (p.active, p.interval_minutes, p.windows)
                    for p in await get_plans(session, user_id)
                }
        finally:
            await db.dispose()

    async def next_reminder(self, chat: Chat, kind: str = "movement") -> EmulatedMessage:
        """Move the clock to the plan's next reminder and let the dispatcher send it."""
        db = Database(self.url)
        try:
            async with db.session() as session:
                plan = {p.kind: p for p in await get_plans(session, chat.user_id)}[kind]
        finally:
            await db.dispose()
        assert plan.next_due_at is not None
        self.clock.set(max(self.clock.now(), plan.next_due_at) + timedelta(seconds=5))
        last = max((m.message_id for m in self.emulator.chat(chat.user_id)), default=0)
        await self.dispatcher.tick()
        return await self.emulator.wait_for_bot_message(chat.user_id, after_message_id=last)


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def world(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[World]:
    async with fake_time_bot(tmp_path_factory.mktemp("newcomer"), MONDAY_8AM) as bot:
        yield World(bot.emulator, bot.clock, bot.application, bot.url)


async def test_keep_it_under_delete_keeps_a_plan_that_is_off_off(world: World) -> None:
    chat = world.chat()
    await chat.say("/timezone Berlin")
    await chat.say("/move 45")
    await chat.say("/move off")
    overview = await chat.say("/reminders")
    confirm = await chat.tap(overview, "Breaks: Delete")
    assert "Delete your movement breaks" in confirm.text
    kept = await chat.tap(confirm, "Keep it")
    assert "(off)" in kept.text
    assert (await world.plans(chat.user_id))["movement"][0] is False


async def test_changing_the_interval_keeps_the_hours_and_days(world: World) -> None:
    chat = world.chat()
    await chat.say("/timezone Berlin")
    await chat.say("/move 45 07:30-15:30 mon,wed,fri")
    changed = await chat.say("/move 20")
    assert "every 20 min, Mon,Wed,Fri 07:30-15:30" in changed.text
    days = await chat.say("/move tue-thu")
    assert "every 20 min, Tue-Thu 07:30-15:30" in days.text


async def test_hours_across_midnight_are_asked_about_once(world: World) -> None:
    chat = world.chat()
    await chat.say("/timezone Berlin")
    question = await chat.say("/move 45 17:00-09:00")
    assert "overnight" in question.text
    assert "movement" not in await world.plans(chat.user_id)  # nothing stored before the answer
    declined = await chat.tap(question, "No")
    assert "Nothing changed" in declined.text
    assert "movement" not in await world.plans(chat.user_id)

    question = await chat.say("/move 45 17:00-09:00")
    confirmed = await chat.tap(question, "Yes, through the night")
    assert "Mon-Fri 17:00-09:00" in confirmed.text
    assert (await world.plans(chat.user_id))["movement"][0] is True

    said = await chat.say("/move 30 22:00-06:00 overnight")  # said in words: nothing to ask
    assert "every 30 min, Mon-Fri 22:00-06:00" in said.text


async def test_a_bare_feet_shows_the_check_like_a_bare_move(world: World) -> None:
    chat = world.chat()
    await chat.say("/timezone Berlin")
    first = await chat.say("/feet 20:15")
    assert "daily at 20:15" in first.text
    await chat.say("/feet off")
    again = await chat.say("/feet")
    assert "daily at 20:15" in again.text  # turned on at the time chosen before
    shown = await chat.say("/feet")
    assert "Change it like" in shown.text
    assert "✅" not in shown.text


async def test_reminders_buttons_mark_the_current_interval_and_time(world: World) -> None:
    chat = world.chat()
    await chat.say("/timezone Berlin")
    await chat.say("/move 30")
    await chat.say("/feet 21:00")
    overview = await chat.say("/reminders")
    assert "✓ 30 min" in labels(overview)
    assert "45 min" in labels(overview)
    assert "✓ 21:00" in labels(overview)
    changed = await chat.tap(overview, "60 min")
    assert "✓ 60 min" in labels(changed)
    assert "30 min" in labels(changed)


async def test_a_snoozed_break_shows_in_reminders_and_counts_as_sent(world: World) -> None:
    chat = world.chat()
    await chat.say("/timezone Berlin")
    await chat.say("/move 30 08:00-18:00 daily")
    reminder = await world.next_reminder(chat)
    assert "Time to move" in reminder.text
    snoozed = await chat.tap(reminder, "⏰ 10 min")
    assert "10 min" in snoozed.text or "Snoozed" in snoozed.text

    overview = await chat.say("/reminders")
    assert "snoozed until " in overview.text
    stats = await chat.say("/stats")
    assert "This week: breaks 0/1" in stats.text
    assert stats.media is not None
    assert stats.media.kind == "photo"
    assert stats.media.data.startswith(b"\x89PNG")
    assert stats.media.width > 0


async def test_stats_before_any_reminder_say_what_is_on_or_what_to_turn_on(world: World) -> None:
    chat = world.chat()
    await chat.say("/timezone Berlin")
    nothing = await chat.say("/stats")
    assert "no reminders are on" in nothing.text
    assert "0/0" not in nothing.text
    await chat.say("/feet 21:00")
    waiting = await chat.say("/stats")
    assert "No reminder has come yet" in waiting.text
    assert "Foot check: daily at 21:00" in waiting.text
    assert "0/0" not in waiting.text


async def test_a_country_from_the_zone_follows_the_zone_until_one_is_chosen(world: World) -> None:
    chat = world.chat()
    assert "112" in (await chat.say("/timezone Lisbon")).text
    brazil = await chat.say("/timezone São Paulo")
    assert "192" in brazil.text
    assert "112" not in brazil.text
    await chat.say("/country Germany")
    tokyo = await chat.say("/timezone Tokyo")
    assert "112" in tokyo.text  # chosen with /country: it stays


async def test_a_city_typed_at_step_one_sets_the_zone_and_goes_on_to_step_two(
    world: World,
) -> None:
    chat = world.chat()
    _welcome, step_one = await chat.start()
    assert "or type it" in step_one.text
    zone = await chat.say("Lisbon")
    assert "Europe/Lisbon" in zone.text
    assert "step 2 of 2" in zone.text
    assert "Turn on breaks" in labels(zone)


async def test_timezone_typed_during_set_up_goes_on_to_step_two(world: World) -> None:
    chat = world.chat()
    await chat.start()
    zone = await chat.say("/timezone Berlin")
    assert "step 2 of 2" in zone.text
    on = await chat.tap(zone, "Turn on breaks")
    assert "Movement breaks: every 45 min" in on.text


async def test_finishing_set_up_with_nothing_on_says_so_and_offers_the_pair(world: World) -> None:
    chat = world.chat()
    _welcome, step_one = await chat.start()
    skipped = await chat.tap(step_one, "Not now")
    assert "Nothing is on yet" in skipped.text
    assert "All set" not in skipped.text
    first_your_zone = await chat.tap(skipped, "Turn on both")
    assert "time zone" in first_your_zone.text
    confirmed = await chat.tap(first_your_zone, "Berlin / Paris")
    step_two = await world.emulator.wait_for_bot_message(
        chat.user_id, after_message_id=confirmed.message_id
    )
    done = await chat.tap(step_two, "Done")
    assert "Nothing is on yet" in done.text
    both = await chat.tap(done, "Turn on both")
    assert "All set. What is on" in both.text
    assert "Movement breaks" in both.text
    assert "Foot check" in both.text


async def test_a_typed_city_is_not_taken_once_a_zone_is_set(world: World) -> None:
    chat = world.chat()
    await chat.say("/timezone Berlin")
    reply = await chat.say("Lisbon")
    assert "Time zone set" not in reply.text


async def test_emergency_with_nothing_described_lists_the_signs_not_these_symptoms(
    world: World,
) -> None:
    chat = world.chat()
    await chat.say("/country Brazil")
    shown = await chat.say("/emergency")
    assert shown.text.splitlines()[0] == "🚨 Call 192 or go to the emergency room immediately."
    assert "if numbness occurs with any of these" in shown.text
    assert "These symptoms require" not in shown.text
    assert "Pressure inside the leg muscles" in shown.text


async def test_a_known_country_replaces_the_generic_numbers_everywhere(world: World) -> None:
    chat = world.chat()
    assert "112, 911 or 999" in (await chat.say("/help")).text  # not known yet
    await chat.say("/country UK")
    welcome, _step_one = await chat.start()
    for reply in (welcome, await chat.say("/help"), await chat.say("what's the capital of peru?")):
        assert "112, 911 or 999" not in reply.text
        assert "999" in reply.text


async def test_a_spanish_stroke_description_starts_the_red_flag_questions(world: World) -> None:
    chat = world.chat()
    sent = world.emulator.user_sends(
        chat.user_id,
        "de repente no siento la pierna derecha y tengo la cara caída, no puedo hablar bien",
        language_code="es",
    )
    reply = await world.emulator.wait_for_bot_message(
        chat.user_id, after_message_id=sent["message_id"]
    )
    assert "LegCare understands English only for now" in reply.text
    assert "LegCare solo entiende inglés por ahora" in reply.text
    assert "Question 1 of 11" in reply.text
    assert "Is your face drooping" in reply.text  # the sign it names is asked first
    assert "does not cover" not in reply.text


async def test_other_languages_are_told_english_only_in_the_apps_language(world: World) -> None:
    chat = world.chat()
    await chat.say("/country France")
    sent = world.emulator.user_sends(
        chat.user_id, "ik heb een doof gevoel in mijn been sinds gisteren", language_code="fr"
    )
    reply = await world.emulator.wait_for_bot_message(
        chat.user_id, after_message_id=sent["message_id"]
    )
    assert "English only for now" in reply.text
    assert "ne comprend que l'anglais" in reply.text  # the app's language, not the text's
    assert "112" in reply.text
    assert "Question 1" not in reply.text


async def test_stop_holds_every_reminder_until_resume_and_says_how_to_erase(world: World) -> None:
    chat = world.chat()
    await chat.say("/timezone Berlin")
    await chat.say("/move 30 08:00-18:00 daily")
    await chat.say("/feet 21:00")
    stopped = await chat.say("/stop")
    assert "stopped until you send /resume" in stopped.text
    assert "/delete" in stopped.text
    overview = await chat.say("/reminders")
    assert overview.text.count("stopped until /resume") == 2

    last = max(m.message_id for m in world.emulator.chat(chat.user_id))
    world.clock.advance(timedelta(days=2))
    await world.dispatcher.tick()
    assert [m for m in world.emulator.bot_messages(chat.user_id) if m.message_id > last] == []

    resumed = await chat.say("/resume")
    assert "on again" in resumed.text
    assert "stopped" not in resumed.text
    reminder = await world.next_reminder(chat)
    assert "Time to move" in reminder.text


async def test_settings_shows_zone_country_and_reminders_with_buttons(world: World) -> None:
    chat = world.chat()
    await chat.say("/timezone Lisbon")
    await chat.say("/feet 20:30")
    shown = await chat.say("/settings")
    assert "Time zone: Europe/Lisbon" in shown.text
    assert "Country: Portugal, from your time zone: emergency number 112" in shown.text
    assert "Foot check: daily at 20:30" in shown.text
    assert labels(shown) == ["Time zone", "Country", "Reminders"]
    world.emulator.user_taps(chat.user_id, shown.message_id, button_text="Reminders")
    overview = await world.emulator.wait_for_bot_message(
        chat.user_id, after_message_id=shown.message_id
    )
    assert "Your reminders" in overview.text


async def test_the_first_session_reads_like_the_chat_a_newcomer_has(world: World) -> None:
    """One person's first session, as they see it. A change that makes any step of it worse
    (a missing step, a wrong number, a reply that misreads them) fails here."""
    chat = world.chat()
    me = chat.user_id

    welcome, step_one = await chat.start()
    assert "I'm LegCare" in welcome.text
    assert "not medical advice" in welcome.text
    assert "Set-up, step 1 of 2: your time zone" in step_one.text

    step_two = await chat.say("Lisbon")  # typed, as step 1 invites
    assert "Time zone set to Europe/Lisbon" in step_two.text
    assert "Your emergency number: 112" in step_two.text
    assert "Set-up, step 2 of 2" in step_two.text
    step_two = await chat.tap(step_two, "Turn on breaks")
    step_two = await chat.tap(step_two, "Turn on foot check")
    done = await chat.tap(step_two, "Done")
    assert "All set. What is on" in done.text
    assert "Movement breaks: every 45 min, Mon-Fri 09:00-17:00" in done.text
    assert "Foot check: daily at 21:00" in done.text

    reminder = await world.next_reminder(chat)  # the Clock moves to the first break
    assert reminder.text.startswith("Time to move")
    assert labels(reminder) == ["✅ Done", "⏰ 10 min", "⏸ Pause today"]
    tapped = await chat.tap(reminder, "✅ Done")
    assert "Done. Nice: the timer starts again now" in tapped.text

    answer = await chat.say("why do my legs go numb when I sit for long?")
    assert "does not cover" not in answer.text
    assert "👍" in " ".join(labels(answer))

    story = await chat.say(
        "my toes have been numb for two weeks now and it's spreading up into my feet"
    )
    assert story.text.startswith("From what you describe, the guide's advice is to contact")
    assert "lasting more than a few days; getting worse or spreading." in story.text
    assert "112" in story.text

    question = await chat.say("/check")
    assert "Question 1 of 11" in question.text
    for number in range(2, 12):
        question = await chat.tap(question, "No")
        assert f"Question {number} of 11" in question.text
    outcome = await chat.tap(question, "No")
    assert outcome.text.startswith("Self-care from the guide")

    stats = await chat.say("/stats")
    assert "This week: breaks 1/1, foot checks 0/0" in stats.text
    assert stats.media is not None

    confirm = await chat.say("/delete")
    assert "Erase all your data?" in confirm.text
    erased = await chat.tap(confirm, "Yes, erase everything")
    assert "everything I stored about you is erased" in erased.text
    assert await world.plans(me) == {}
