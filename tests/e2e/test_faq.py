"""Answers from the guide, end to end: the real bot process against the emulator, as transcripts."""

from __future__ import annotations

import pytest

from bot.db import Database
from bot.db.faq import count_misses, feedback_counts, top_misses
from tests.e2e.harness import BotProcess, answered, labels, new_chat
from tests.e2e.test_failover import until
from tgemu.server import BotApiEmulator

pytestmark = [pytest.mark.e2e, pytest.mark.asyncio(loop_scope="module")]

STALE = "This button is no longer active."
SITTING_QUESTION = "Why does my leg go numb when I sit for long periods?"


async def in_database(process: BotProcess, read):  # type: ignore[no-untyped-def]
    db = Database(process.env["DATABASE_URL"])
    try:
        async with db.session() as session:
            return await read(session)
    finally:
        await db.dispose()


async def test_a_question_gets_the_short_answer_its_section_and_buttons(
    emulator: BotApiEmulator, bot_process: BotProcess
) -> None:
    reply = await new_chat(emulator).say("my legs keep going numb when im sat at my desk all day")
    assert reply.text.startswith(SITTING_QUESTION)
    assert "every 30-60 minutes" in reply.text
    assert "From the guide: Temporary causes" in reply.text
    buttons = labels(reply)
    # A story of positional numbness: the guide's self-care answer, with breaks on offer.
    assert buttons[:2] == ["⏰ Turn on movement breaks", "📖 Read more: Temporary causes"]
    assert "Is leg numbness always a sign of something serious?" in buttons
    assert buttons[-2:] == ["👍 Helpful", "👎 Not helpful"]


async def test_read_more_shows_the_whole_section_and_back_returns(
    emulator: BotApiEmulator, bot_process: BotProcess
) -> None:
    chat = new_chat(emulator)
    reply = await chat.say("do pills like gabapentin help the numbness in my legs")
    assert reply.text.startswith("What medications are most effective")
    more = await chat.tap(reply, "📖 Read more: Treatment options")
    assert more.text.startswith("Treatment options")
    assert "From the guide: Treatment Options for Leg Numbness" in more.text
    back = await chat.tap(more, "⬅ Back to the answer")
    assert back.text == reply.text


async def test_a_related_question_arrives_as_a_new_message(
    emulator: BotApiEmulator, bot_process: BotProcess
) -> None:
    chat = new_chat(emulator)
    reply = await chat.say("my legs keep going numb when im sat at my desk all day")
    question = "How long should I wait before seeing a doctor for leg numbness?"
    emulator.user_taps(chat.user_id, reply.message_id, button_text=question)
    related = await emulator.wait_for_bot_message(chat.user_id, after_message_id=reply.message_id)
    assert related.text.startswith("How long should I wait before seeing a doctor")


async def test_feedback_is_counted_per_entry_and_the_buttons_go(
    emulator: BotApiEmulator, bot_process: BotProcess
) -> None:
    chat = new_chat(emulator)
    before = await in_database(bot_process, lambda s: feedback_counts(s, "faq/surgery"))
    reply = await chat.say("when would someone need an operation because of numb legs")
    assert reply.text.startswith("When does leg numbness require surgery?")
    voted = await chat.tap(reply, "👎 Not helpful")
    assert "👎 Not helpful" not in labels(voted)
    assert "📖 Read more: Treatment options" in labels(voted)
    after = await in_database(bot_process, lambda s: feedback_counts(s, "faq/surgery"))
    assert after is not None
    assert after.unhelpful == (before.unhelpful if before else 0) + 1
    assert after.helpful == (before.helpful if before else 0)


async def test_an_unsure_match_offers_did_you_mean_and_a_tap_answers(
    emulator: BotApiEmulator, bot_process: BotProcess
) -> None:
    chat = new_chat(emulator)
    unsure = await chat.say("numb legs causes")
    assert "Did you mean" in unsure.text
    choices = labels(unsure)
    assert 1 <= len(choices) <= 3
    chosen = await chat.tap(unsure, choices[0])
    assert chosen.text.startswith(f"{choices[0]}")
    assert "👍 Helpful" in labels(chosen)


async def test_a_close_call_answers_and_offers_the_next_passage_as_a_new_message(
    emulator: BotApiEmulator, bot_process: BotProcess
) -> None:
    chat = new_chat(emulator)
    reply = await chat.say("what tests will the doctor do for my numb feet")
    assert "From the guide: Initial Assessment" in reply.text
    buttons = labels(reply)
    offered = [label for label in buttons if label.startswith("🔎 Or did you mean: ")]
    assert 1 <= len(offered) <= 2
    assert buttons[-2:] == ["👍 Helpful", "👎 Not helpful"]
    emulator.user_taps(chat.user_id, reply.message_id, button_text=offered[0])
    other = await emulator.wait_for_bot_message(chat.user_id, after_message_id=reply.message_id)
    assert other.text.startswith(offered[0].removeprefix("🔎 Or did you mean: "))


async def test_a_dose_is_not_answered_and_the_medicines_passage_is_a_tap_away(
    emulator: BotApiEmulator, bot_process: BotProcess
) -> None:
    chat = new_chat(emulator)
    reply = await chat.say("how many mg of gabapentin is the right amount for nerve numbness")
    assert reply.text.startswith("My guide does not give doses")
    assert "healthcare provider" in reply.text
    medicines = "What medications are most effective for nerve-related leg numbness?"
    assert labels(reply)[0] == medicines
    chosen = await chat.tap(reply, medicines)
    assert chosen.text.startswith(medicines)


async def test_out_of_scope_is_honest_and_kept_without_user_id(
    emulator: BotApiEmulator, bot_process: BotProcess
) -> None:
    chat = new_chat(emulator)
    reply = await chat.say("Can diabetes cause hair loss?")
    assert "does not cover" in reply.text
    for pointer in ("/topics", "/check", "healthcare provider", "/help"):
        assert pointer in reply.text
    assert reply.buttons == []

    async def kept() -> bool:  # counted after the reply is out, so it may trail it a little
        misses = await in_database(bot_process, lambda s: top_misses(s, 100))
        return "can diabetes cause hair loss" in [miss.question for miss in misses]

    await until(kept, 10.0, "the unanswered question counted")


async def test_greetings_and_thanks_get_a_friendly_pointer(
    emulator: BotApiEmulator, bot_process: BotProcess
) -> None:
    chat = new_chat(emulator)
    misses_before = await in_database(bot_process, count_misses)
    hello = await chat.say("Hello there!")
    assert hello.text.startswith("Hi!")
    assert "/topics" in hello.text
    assert hello.buttons == []
    thanks = await chat.say("thanks a lot 🙏")
    assert thanks.text.startswith("You're welcome")
    assert await in_database(bot_process, count_misses) == misses_before


async def test_topics_browse_in_place_and_back(
    emulator: BotApiEmulator, bot_process: BotProcess
) -> None:
    chat = new_chat(emulator)
    menu = await chat.say("/topics")
    assert "The guide, by topic" in menu.text
    assert "Causes" in labels(menu)
    topic = await chat.tap(menu, "Causes")
    assert topic.message_id == menu.message_id
    assert labels(topic)[:2] == ["Temporary causes", "Nerve-related conditions"]
    section = await chat.tap(topic, "Temporary causes")
    assert "Crossing your legs" in section.text
    back = await chat.tap(section, "⬅ Back to Causes")
    assert back.text == topic.text
    home = await chat.tap(back, "⬅ Back to topics")
    assert home.text == menu.text
    assert len(emulator.bot_messages(chat.user_id)) == 1


async def test_forged_and_stale_buttons_are_refused_and_change_nothing(
    emulator: BotApiEmulator, bot_process: BotProcess
) -> None:
    chat = new_chat(emulator)
    reply = await chat.say("my legs keep going numb when im sat at my desk all day")
    forged = [
        "v1:fa:f:no-such-entry:e",
        "v1:fa:x:sitting-numb:e",
        "v1:fa:f:sitting-numb:z",
        "v1:fa",
        "v1:fm:no-such-entry",
        "v1:fb:f:sitting-numb:maybe",
        "v1:fb:s:no-such-section:u",
        "v1:tp:t:no-such-topic",
        "v1:tp:q:causes",
    ]
    before = await in_database(bot_process, lambda s: feedback_counts(s, "faq/sitting-numb"))
    for data in forged:
        query_id = emulator.user_taps(chat.user_id, reply.message_id, data=data)
        assert (await answered(emulator, query_id)).get("text") == STALE, data
    assert emulator.chat(chat.user_id)[-1].edit_count == 0
    assert (
        await in_database(bot_process, lambda s: feedback_counts(s, "faq/sitting-numb")) == before
    )


async def test_any_text_gets_a_reply_without_error(
    emulator: BotApiEmulator, bot_process: BotProcess
) -> None:
    chat = new_chat(emulator)
    for text in (
        "numb " * 819 + "x",  # 4,096 characters
        "ж" * 4096,
        "腿麻了怎么办？",
        "لماذا تخدر ساقي",
        "👣🦵🧠💉",
        "e\u0301\u0301\u0301 \u200b\u200d \ufeff",
        "<b>&amp; not html</b>",
    ):
        assert len(text) <= 4096
        reply = await chat.say(text)
        assert reply.text
    assert "Traceback" not in bot_process.logs()


async def test_the_privacy_text_mentions_the_unanswered_questions(
    emulator: BotApiEmulator, bot_process: BotProcess
) -> None:
    reply = await new_chat(emulator).say("/privacy")
    assert "without your name or id to improve the guide" in reply.text


async def test_an_emergency_sign_is_screened_before_the_guide_answers(
    emulator: BotApiEmulator, bot_process: BotProcess
) -> None:
    reply = await new_chat(emulator).say(
        "is it serious that my leg went numb and i have chest pain and cant breathe"
    )
    assert "Is leg numbness always a sign of something serious?" not in reply.text
    assert "emergency" in reply.text.lower()
