"""Whatever a person or a client sends, the bot answers with a valid message and logs no error.

Hypothesis writes the messages: any Unicode (right-to-left, emoji, control characters), up to
Telegram's 4,096 characters, commands with junk arguments, and forged callback data. The real bot
(a subprocess) answers through the emulator, which refuses anything Telegram would refuse; an
unhandled exception or a rejected reply would show in the bot's log as an error.
"""

from __future__ import annotations

import asyncio

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.sandbox.emulator import BotApiEmulator
from bot.ui.commands import COMMANDS
from tests.e2e.harness import BotProcess, new_chat

pytestmark = [pytest.mark.e2e, pytest.mark.asyncio(loop_scope="module")]

HOSTILE = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
texts = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=4096).filter(
    lambda t: t.strip() != ""
)
commands = st.builds(
    lambda name, junk: f"/{name} {junk}".strip(),
    st.sampled_from([c.name for c in COMMANDS] + ["check", "move", "pause", "timezone"]),
    st.text(st.characters(blacklist_categories=("Cs",)), max_size=200),
)
unknown_commands = st.builds(
    lambda name, tail: f"/{name}{tail}",
    st.from_regex(r"\A[a-z][a-z0-9_]{0,20}\Z"),
    st.text(st.sampled_from('<>&";#/@_aZ9é👋'), max_size=12),  # markup is what breaks replies
)
payloads = st.one_of(
    st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=30),
    st.builds(
        lambda action, args: ":".join(["v1", action, *args]),
        st.sampled_from(
            [
                "del",
                "pl",
                "rd",
                "rs",
                "rp",
                "ob",
                "chk",
                "emg",
                "fup",
                "ctry",
                "fa",
                "fm",
                "fb",
                "tp",
                "zz",
            ]
        ),
        st.lists(st.from_regex(r"\A[A-Za-z0-9_.+-]{0,12}\Z"), max_size=4),
    ).filter(lambda data: len(data.encode()) <= 64),
)


def assert_no_errors(process: BotProcess) -> None:
    errors = [line for line in process.logs().splitlines() if "level=error" in line]
    assert errors == []


@HOSTILE
@given(text=st.one_of(texts, commands, unknown_commands))
async def test_any_text_or_command_gets_a_valid_reply(
    emulator: BotApiEmulator, bot_process: BotProcess, text: str
) -> None:
    chat = new_chat(emulator)
    reply = await chat.say(text)
    assert reply.text
    assert_no_errors(bot_process)


@HOSTILE
@given(data=payloads)
async def test_any_callback_data_is_answered_without_error(
    emulator: BotApiEmulator, bot_process: BotProcess, data: str
) -> None:
    chat = new_chat(emulator)
    welcome = await chat.say("/help")
    query = emulator.user_taps(chat.user_id, welcome.message_id, data=data)
    for _ in range(250):
        if emulator.callback_answer(query) is not None:
            break
        await asyncio.sleep(0.02)
    assert emulator.callback_answer(query) is not None
    assert_no_errors(bot_process)
