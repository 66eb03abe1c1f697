"""Whatever a person or a client sends, the bot answers with a valid message and logs no error.

Hypothesis writes the messages: any Unicode (right-to-left, emoji, control characters), up to
Telegram's 4,096 characters, commands with junk arguments, and forged callback data. The real bot
(a subprocess) answers through the emulator, which refuses anything Telegram would refuse; an
unhandled exception or a rejected reply would show in the bot's log as an error.

Hypothesis also writes whole updates of the other kinds Telegram may deliver: edited messages,
messages, commands and edits in groups and supergroups (some from an anonymous admin), channel
posts (even unrequested ones, as after a change of allowed_updates), the bot being added and
removed, people without a username or language, and callback data past Telegram's 64 bytes.
"""

from __future__ import annotations

import asyncio
import itertools
from dataclasses import dataclass

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.app.commands import COMMANDS
from tests.e2e.harness import BotProcess, new_chat
from tgemu.server import BotApiEmulator

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


UPDATES = settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
right_to_left = st.text(
    st.sampled_from("שלום עולם مرحبا بالعالم ؟،\u200f\u200e\u202b\u202e\u2067\u2069 0123 <&>"),
    min_size=1,
    max_size=300,
).filter(lambda t: t.strip() != "")
any_text = st.one_of(texts, right_to_left, commands, unknown_commands)
usernames = st.one_of(st.none(), st.from_regex(r"\A[A-Za-z][A-Za-z0-9_]{4,31}\Z"))
languages = st.one_of(st.none(), st.sampled_from(["en", "ar", "he", "fa", "zz", "pt-br"]))
oversized_data = st.text(st.characters(blacklist_categories=("Cs",)), min_size=65, max_size=400)
group_kinds = st.sampled_from(["group", "supergroup"])
_chat_ids = itertools.count(-910_000_001, -1)


@dataclass(frozen=True)
class Hostile:
    """One update (or a short sequence) to deliver, and what a well-behaved bot does with it."""

    kind: str
    text: str = "hello"
    edit: str = "hello"
    username: str | None = None
    language: str | None = None
    group_kind: str = "group"
    anonymous: bool = False
    data: str = ""


hostile_updates = st.one_of(
    st.builds(
        Hostile, kind=st.just("private"), text=any_text, username=usernames, language=languages
    ),
    st.builds(
        Hostile,
        kind=st.just("edited"),
        text=any_text,
        edit=any_text,
        username=usernames,
        language=languages,
    ),
    st.builds(
        Hostile,
        kind=st.just("group"),
        text=any_text,
        group_kind=group_kinds,
        anonymous=st.booleans(),
        username=usernames,
        language=languages,
    ),
    st.builds(
        Hostile, kind=st.just("group_edit"), text=any_text, edit=any_text, group_kind=group_kinds
    ),
    st.builds(Hostile, kind=st.just("channel"), text=any_text),
    st.builds(Hostile, kind=st.just("removed"), group_kind=group_kinds),
    st.builds(Hostile, kind=st.just("oversized_callback"), data=oversized_data),
)


async def deliver(emulator: BotApiEmulator, hostile: Hostile) -> tuple[int, str]:
    """Send the update(s); return the chat to look at and what the bot must have done there:
    "replied" (a private chat), "pointed" (one pointer to a private chat, then it left the
    group) or "silent" (left the channel without a word)."""
    person = new_chat(emulator)
    user_id = person.user_id
    if hostile.kind in ("private", "edited"):
        sent = emulator.user_sends(
            user_id, hostile.text, username=hostile.username, language_code=hostile.language
        )
        await emulator.wait_for_bot_message(user_id, after_message_id=sent["message_id"])
        if hostile.kind == "edited":
            last = max(m.message_id for m in emulator.chat(user_id))
            emulator.user_edits(user_id, sent["message_id"], hostile.edit)
            await emulator.wait_for_bot_message(user_id, after_message_id=last)
        return user_id, "replied"
    if hostile.kind == "oversized_callback":
        shown = await person.say("/help")
        query = emulator.user_taps(user_id, shown.message_id, data=hostile.data)
        for _ in range(250):
            if emulator.callback_answer(query) is not None:
                break
            await asyncio.sleep(0.02)
        assert emulator.callback_answer(query) is not None
        return user_id, "replied"
    chat_id = next(_chat_ids) - (1_000_000_000_000 if hostile.group_kind != "group" else 0)
    if hostile.kind == "channel":
        emulator.groups.add_bot(user_id, chat_id, kind="channel")
        emulator.groups.channel_post(chat_id, hostile.text, force=True)
        await left(emulator, chat_id)
        return chat_id, "silent"
    emulator.groups.add_bot(user_id, chat_id, kind=hostile.group_kind)
    if hostile.kind == "group":
        emulator.groups.member_says(
            user_id,
            chat_id,
            hostile.text,
            username=hostile.username,
            language_code=hostile.language,
            anonymous=hostile.anonymous,
        )
    elif hostile.kind == "group_edit":
        _, said = emulator.groups.member_says(user_id, chat_id, hostile.text)
        emulator.user_edits(user_id, said["message_id"], hostile.edit, chat_id=chat_id)
    else:
        await left(emulator, chat_id)
        emulator.groups.remove_bot(user_id + 1, chat_id)
    return chat_id, "pointed"


async def left(emulator: BotApiEmulator, chat_id: int) -> None:
    for _ in range(250):
        group = emulator.groups.get(chat_id)
        if group is not None and not group.bot_is_member:
            return
        await asyncio.sleep(0.02)
    raise AssertionError(f"the bot did not leave chat {chat_id}")


@UPDATES
@given(hostile=hostile_updates)
async def test_any_kind_of_update_is_handled_without_error(
    emulator: BotApiEmulator, bot_process: BotProcess, hostile: Hostile
) -> None:
    errors_before = emulator.stats.errors
    chat_id, expected = await deliver(emulator, hostile)
    probe = await new_chat(emulator).say("/help")  # handled after everything delivered before it
    assert "What I can do" in probe.text
    said = [m.text for m in emulator.bot_messages(chat_id)]
    if expected == "replied":
        assert said
    elif expected == "pointed":
        assert len(said) == 1
        assert "private chats" in said[0]
    else:
        assert said == []
    if expected != "replied":
        await left(emulator, chat_id)
    errors = emulator.stats.errors - errors_before
    errors.pop("leaveChat", None)  # leaving a group it had already left: an expected 403
    assert dict(errors) == {}  # every other call the bot made was valid for Telegram
    assert_no_errors(bot_process)
