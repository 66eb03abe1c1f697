"""Numbness stories, end to end: the real bot process against the emulator, as transcripts.

After the red-flag screen finds no emergency, a story gets the guide's advice for its level: an
appointment with the reasons named, self-care with movement breaks on offer, or the red-flag
questions when its level is unclear. A question about warning signs in general is answered with
the emergency line and /check beside it. Each story is written for this test.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from bot.sending.budget import LocalSendBudget
from bot.sending.pacing import Priority
from tests.e2e.harness import BotProcess, Chat, answered, labels, new_chat
from tests.e2e.inprocess import running_bot
from tgemu.server import BotApiEmulator

pytestmark = [pytest.mark.e2e, pytest.mark.asyncio(loop_scope="module")]

CHECK = "🩺 Check for warning signs"
BREAKS = "⏰ Turn on movement breaks"


async def test_an_appointment_story_names_its_reasons_and_offers_the_check(
    emulator: BotApiEmulator, bot_process: BotProcess
) -> None:
    chat = new_chat(emulator)
    reply = await chat.say("both feet tingly and numb for a month, arms and face fine")
    assert reply.text.startswith("Contact your healthcare provider")
    assert "Lasting more than a few days" in reply.text
    assert "call your local emergency number" in reply.text
    assert labels(reply) == [CHECK, "📖 When to see your doctor"]
    emulator.user_taps(chat.user_id, reply.message_id, button_text=CHECK)
    question = await emulator.wait_for_bot_message(chat.user_id, after_message_id=reply.message_id)
    assert "Yes" in labels(question)


async def test_a_story_the_guide_answers_with_its_own_advice_gets_that_answer_under_it(
    emulator: BotApiEmulator, bot_process: BotProcess
) -> None:
    """The question such a story leaves unsaid (how long to wait, why it happens) is answered
    with the guide's entry, under the advice for its level in one line."""
    told = await new_chat(emulator).say(
        "my soles have been numb for three weeks now and it's creeping up towards my ankles"
    )
    assert told.text.startswith(
        "From what you describe, the guide's advice is to contact your healthcare provider"
    )
    assert "lasting more than a few days; getting worse or spreading." in told.text
    assert "call your local emergency number" in told.text
    assert "From the guide:" in told.text
    assert len(told.text) <= 1500
    assert labels(told)[0] == CHECK
    assert "👍 Helpful" in labels(told)
    passed = await new_chat(emulator).say(
        "my leg fell asleep on the sofa, gone a minute after I stood up"
    )
    assert passed.text.startswith("This sounds like the guide's temporary numbness")
    assert "every 30-60 minutes" in passed.text
    assert "From the guide: Temporary Causes" in passed.text
    assert labels(passed)[:2] == [BREAKS, CHECK]
    assert "👍 Helpful" in labels(passed)


async def test_temporary_numbness_gets_self_care_and_movement_breaks_on_offer(
    emulator: BotApiEmulator, bot_process: BotProcess
) -> None:
    chat = new_chat(emulator)
    reply = await chat.say("foot went dead on the train, fine again after a short walk")
    assert reply.text.startswith("Temporary numbness: what helps")
    assert "every 30-60 minutes" in reply.text
    assert labels(reply)[:2] == [BREAKS, CHECK]
    query_id = emulator.user_taps(chat.user_id, reply.message_id, button_text=BREAKS)
    said = str((await answered(emulator, query_id)).get("text"))
    assert "time zone" in said  # none set yet: breaks need the person's hours
    await chat.say("/timezone Europe/Lisbon")
    query_id = emulator.user_taps(chat.user_id, reply.message_id, button_text=BREAKS)
    assert "Movement breaks are on" in str((await answered(emulator, query_id)).get("text"))
    again = await chat.say("numb foot after a long drive, gone after a short walk")
    assert again.text.startswith("Temporary numbness: what helps")
    assert BREAKS not in labels(again)  # they are on now


async def test_a_story_with_no_level_gets_the_red_flag_questions_at_once(
    emulator: BotApiEmulator, bot_process: BotProcess
) -> None:
    reply = await new_chat(emulator).say("my leg is numb")
    assert reply.text.startswith("To tell what your numbness needs")
    assert "Yes" in labels(reply)


async def test_a_story_with_reasons_and_a_possible_sign_gets_the_questions_then_its_advice(
    emulator: BotApiEmulator, bot_process: BotProcess
) -> None:
    chat = new_chat(emulator)
    answer = await chat.say(
        "my legs have been weak and numb for a fortnight and it keeps spreading"
    )
    assert "From the guide:" in answer.text  # what the guide says of weak, numb legs
    question = await emulator.wait_for_bot_message(chat.user_id, after_message_id=answer.message_id)
    # One message: the questions' opening, the advice should no warning sign apply, the
    # question last with its buttons.
    assert question.text.startswith("I can't tell for sure")
    advice = question.text.index("If none of the warning signs applies")
    assert question.text.index("Lasting more than a few days") > advice
    assert question.text.index("Getting worse or spreading") > advice
    assert question.text.index("Red-flag check") > advice
    assert "Yes" in labels(question)


async def test_a_question_about_warning_signs_is_answered_with_the_emergency_line(
    emulator: BotApiEmulator, bot_process: BotProcess
) -> None:
    reply = await new_chat(emulator).say("how do I know if numbness is an emergency?")
    assert "If any of these is happening now, call" in reply.text
    assert labels(reply)[0] == CHECK
    asked = await new_chat(emulator).say("is it a stroke if dad's face droops and he slurs?")
    assert "emergency" in asked.text.lower()  # a person in it: never only an answer


async def test_a_story_that_also_asks_gets_its_advice_and_the_guides_guesses(
    emulator: BotApiEmulator, bot_process: BotProcess
) -> None:
    chat = new_chat(emulator)
    reply = await chat.say(
        "my toes have been numb for three weeks now, is it because I stopped running?"
    )
    assert reply.text.startswith("Contact your healthcare provider")
    guesses = [label for label in labels(reply) if label.startswith("❓ ")]
    assert 1 <= len(guesses) <= 3
    emulator.user_taps(chat.user_id, reply.message_id, button_text=guesses[0])
    shown = await emulator.wait_for_bot_message(chat.user_id, after_message_id=reply.message_id)
    assert "From the guide:" in shown.text


async def test_an_appointment_story_about_a_topic_gets_its_advice_and_the_topics_answer(
    emulator: BotApiEmulator, bot_process: BotProcess
) -> None:
    chat = new_chat(emulator)
    reply = await chat.say(
        "I've had type 2 diabetes for twelve years and my soles have been numb for the past "
        "few months"
    )
    assert reply.text.startswith("From what you describe, the guide's advice is to contact")
    assert "lasting more than a few days" in reply.text
    assert "From the guide:" in reply.text
    assert len(reply.text) <= 1500
    assert labels(reply)[0] == CHECK
    plain = await chat.say("both feet tingly and numb for a month, arms and face fine")
    assert plain.text.startswith("Contact your healthcare provider")  # numbness alone: short


async def test_a_question_with_a_possible_sign_gets_its_answer_then_the_questions_at_once(
    emulator: BotApiEmulator, bot_process: BotProcess
) -> None:
    chat = new_chat(emulator)
    answer = await chat.say(
        "my leg has been weak and numb since this morning, what tests will the doctor do?"
    )
    assert "From the guide:" in answer.text
    question = await emulator.wait_for_bot_message(chat.user_id, after_message_id=answer.message_id)
    assert "Yes" in labels(question)  # the red-flag questions follow, the last on screen
    emulator.user_taps(chat.user_id, question.message_id, button_text="Yes")
    emergency = await emulator.wait_for_bot_message(
        chat.user_id, after_message_id=question.message_id
    )
    assert "emergency" in emergency.text.lower()


WARNING_QUESTION = (
    "my leg has been weak and numb since this morning, what tests will the doctor do?"
)


@pytest.mark.parametrize(
    ("then", "live_left"),
    [
        # An emergency told meanwhile: no live question is left under the emergency message.
        ("now my face is drooping on one side and my leg is numb", 0),
        # The same question again brings the open question down at once; when the held-back
        # copy lands, only one of the two keeps its buttons.
        (WARNING_QUESTION, 1),
    ],
)
async def test_questions_held_back_by_a_busy_bot_never_leave_a_stale_copy(
    tmp_path: Path, then: str, live_left: int
) -> None:
    """The questions under an answer wait for a free send slot behind other people's replies,
    so the person may write again before they land."""
    async with BotApiEmulator() as emulator:
        url = f"sqlite:///{tmp_path / 'bot.db'}"
        async with running_bot(emulator, url) as application:
            budget = application.bot.rate_limiter.budget
            assert isinstance(budget, LocalSendBudget)
            loop = asyncio.get_running_loop()
            chat = Chat(emulator, 556)
            answer = await chat.say(WARNING_QUESTION)
            assert "From the guide:" in answer.text
            for _ in range(22):  # a second of other people's replies, booked ahead of it
                budget._book.claim(Priority.REPLY, loop.time())
            reply = await chat.say(then)
            assert reply.text.startswith("🚨") if live_left == 0 else "Yes" in labels(reply)
            # The booked second runs out, then the held-back question lands and is settled.
            await asyncio.sleep(max(0.0, budget._book.next_slot - loop.time()) + 0.5)
            live = [
                m
                for m in emulator.chat(chat.user_id)
                if not m.deleted and "Yes" in labels(m) and m.message_id != answer.message_id
            ]
            assert len(live) == live_left
            assert budget.stats.refused_follow_up_claims >= 1  # it did wait for a slot
