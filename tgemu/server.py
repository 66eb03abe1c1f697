"""A local Telegram Bot API server, so the unmodified bot can be tested and tried offline.

It speaks the real Bot API at http://HOST:PORT/bot<TOKEN>/<method> (point python-telegram-bot at
it with `.base_url(emulator.base_url)`), validates calls the way Telegram does, and lets a test or
the terminal sandbox play the user through an in-process API or the HTTP control API under
/control. After setWebhook it delivers updates by POSTing them (see emulator_webhook). Faults
(403/429/5xx) can be injected, and every send is counted against Telegram's flood limits. State
lives in one event loop: call the in-process API from the loop's thread.

Run standalone with `python -m tgemu.server --host 127.0.0.1 --port 8081`.
"""

from __future__ import annotations

import argparse
import asyncio
import copy
import logging
import signal
import time
from collections.abc import Callable
from typing import Any

from aiohttp import web

from tgemu.api_http import TOKEN_PATTERN, BotApiHandler, CallRecord, new_journal
from tgemu.control import ControlApi
from tgemu.groups import GroupsApi
from tgemu.models import (
    ApiError,
    EmulatedMessage,
    EmulatorError,
    EmulatorStats,
    RateLimits,
)
from tgemu.rates import Fault, make_fault
from tgemu.state import DEFAULT_BOT_ID, EmulatorState, Listener, bot_id_from_token
from tgemu.validation import scope_key
from tgemu.webhook import WebhookDeliverer

__all__ = [
    "ApiError",
    "BotApiEmulator",
    "CallRecord",
    "EmulatedMessage",
    "EmulatorError",
    "EmulatorStats",
    "Fault",
    "RateLimits",
]

logger = logging.getLogger(__name__)

_MAX_BODY = 51 * 1024 * 1024  # a 50 MB document and its multipart framing


class BotApiEmulator:
    """The emulator: a Bot API server plus the in-process API tests use to play the user.

    `strict_html_entities` makes HTML parse mode refuse a bare `&` or an unknown `&name;`, which
    Telegram would show literally; the point is to surface missing escapes in tests. `token`, if
    given, is the only token answered (others get 401 like a revoked token); otherwise any
    well-formed token works and the bot id is its numeric part.

    `clock` (unix seconds, default time.time) drives everything Telegram measures: message dates,
    the 15-minute callback query expiry, the 48-hour delete window and rate accounting, so tests
    can move time forward. Waiting (long polls, wait_for_*) always uses real time.
    """

    def __init__(
        self,
        bot_username: str = "legcare_bot",
        enforce_rate_limits: bool = False,
        clock: Callable[[], float] | None = None,
        *,
        bot_first_name: str = "LegCare",
        token: str | None = None,
        rate_limits: RateLimits | None = None,
        strict_html_entities: bool = True,
    ) -> None:
        if token is not None and not TOKEN_PATTERN.fullmatch(token):
            raise ValueError("token must look like '<digits>:<secret>'")
        self._token = token
        self._state = EmulatorState(
            bot_username=bot_username,
            bot_first_name=bot_first_name,
            clock=clock or time.time,
            enforce_rate_limits=enforce_rate_limits,
            rate_limits=rate_limits or RateLimits(),
            strict_html=strict_html_entities,
            bot_id=bot_id_from_token(token) if token else DEFAULT_BOT_ID,
        )
        self._journal = new_journal()
        self.groups = GroupsApi(self._state)  # groups, supergroups and channels
        self._runner: web.AppRunner | None = None
        self._deliverer: WebhookDeliverer | None = None
        self._host = ""
        self._port = 0

    # Server lifecycle ------------------------------------------------------------------------

    async def start(self, host: str = "127.0.0.1", port: int = 0) -> None:
        """Listen on host:port (port 0 picks a free one); see `base_url`. After `stop()`,
        `start(port=emulator.port)` serves again at the same address with the same state: to a
        bot, Telegram was unreachable (connection refused) for a while."""
        if self._runner is not None:
            raise EmulatorError("the emulator is already running")
        app = web.Application(client_max_size=_MAX_BODY)
        api = BotApiHandler(self._state, self._token, self._journal)
        app.router.add_route("*", "/bot{token}/{method}", api.handle)
        app.add_routes(ControlApi(self._state).routes())
        app.router.add_route("*", "/{tail:.*}", api.not_found)
        runner = web.AppRunner(app, access_log=None, handle_signals=False, shutdown_timeout=1.0)
        await runner.setup()
        site = web.TCPSite(runner, host, port)
        try:
            await site.start()
        except BaseException:
            await runner.cleanup()
            raise
        self._state.updates.reopen()
        self._deliverer = WebhookDeliverer(self._state)
        await self._deliverer.start()
        self._runner = runner
        self._host = host
        self._port = int(runner.addresses[0][1])
        logger.info("Bot API emulator listening on %s", self.base_url)

    async def stop(self) -> None:
        """Answer pending long polls and shut the server down; state is kept."""
        if self._runner is None:
            return
        self._state.updates.close()
        if self._deliverer is not None:
            await self._deliverer.stop()
            self._deliverer = None
        runner, self._runner = self._runner, None
        await runner.cleanup()
        logger.info("Bot API emulator stopped")

    async def __aenter__(self) -> BotApiEmulator:
        if self._runner is None:
            await self.start()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.stop()

    @property
    def port(self) -> int:
        return self._port

    @property
    def base_url(self) -> str:
        """PTB's base_url form: PTB appends the token and the method name."""
        return f"http://{self._host}:{self._port}/bot"

    # Playing the user -----------------------------------------------------------------------

    def user_sends(
        self,
        user_id: int,
        text: str,
        *,
        first_name: str = "Test",
        username: str | None = None,
        language_code: str | None = "en",
    ) -> dict[str, Any]:
        """The user writes to the bot; creates the private chat on first use. Returns the Bot
        API message (commands carry a bot_command entity)."""
        _, message = self._state.user_sends(
            user_id, text, first_name=first_name, username=username, language_code=language_code
        )
        return message.to_api()

    def user_taps(
        self,
        user_id: int,
        message_id: int,
        *,
        data: str | None = None,
        button_text: str | None = None,
        sender_id: int | None = None,
    ) -> str:
        """The user taps an inline button: by `button_text` on that bot message (EmulatorError
        if absent), or with arbitrary, even forged, `data`; with `sender_id`, a forged query that
        claims another known user tapped it. Returns the callback query id."""
        _, query_id = self._state.user_taps(
            user_id, message_id, data=data, button_text=button_text, sender_id=sender_id
        )
        return query_id

    def user_edits(
        self, user_id: int, message_id: int, text: str, *, chat_id: int | None = None
    ) -> int | None:
        """The user edits their message (in their private chat unless `chat_id` names a group);
        returns the edited_message update id (None when allowed_updates leaves it out)."""
        return self._state.user_edits(user_id, chat_id or user_id, message_id, text)

    def block_user(self, user_id: int) -> None:
        """Every call writing to this user's chat answers 403 until unblocked or the user writes."""
        self._state.set_blocked(user_id, blocked=True)

    def unblock_user(self, user_id: int) -> None:
        self._state.set_blocked(user_id, blocked=False)

    # Inspecting what the bot did ------------------------------------------------------------

    def chat(self, chat_id: int) -> list[EmulatedMessage]:
        """All messages of the chat in order, the user's and the bot's; deleted ones are marked."""
        return self._state.chat_messages(chat_id)

    def bot_messages(self, chat_id: int) -> list[EmulatedMessage]:
        return [message for message in self.chat(chat_id) if message.from_bot]

    async def wait_for_bot_message(
        self,
        chat_id: int,
        *,
        after_message_id: int = 0,
        timeout: float = 5.0,  # noqa: ASYNC109 - a deadline for the bot, not for this coroutine
        predicate: Callable[[EmulatedMessage], bool] | None = None,
    ) -> EmulatedMessage:
        """The first bot message sent after `after_message_id` (new messages only, in send order,
        deleted ones included) that satisfies `predicate`, as it is now. Use wait_for_edit for
        edits. Raises TimeoutError listing what the bot did send."""

        def find() -> EmulatedMessage | None:
            for message in self.bot_messages(chat_id):
                if message.message_id > after_message_id and (
                    predicate is None or predicate(message)
                ):
                    return message
            return None

        return await self._wait(find, timeout, f"a bot message in chat {chat_id}", chat_id)

    async def wait_for_edit(
        self,
        chat_id: int,
        message_id: int,
        *,
        after_edit_count: int | None = None,
        timeout: float = 5.0,  # noqa: ASYNC109 - a deadline for the bot, not for this coroutine
        predicate: Callable[[EmulatedMessage], bool] | None = None,
    ) -> EmulatedMessage:
        """Wait until the message is edited more times than `after_edit_count` (default: its
        count now, i.e. the next edit) and satisfies `predicate`; returns the edited snapshot."""
        current = self._state.find_message(chat_id, message_id)
        if current is None:
            raise EmulatorError(f"no message {message_id} in chat {chat_id}")
        baseline = current.edit_count if after_edit_count is None else after_edit_count

        def find() -> EmulatedMessage | None:
            message = self._state.find_message(chat_id, message_id)
            if message is not None and message.edit_count > baseline:
                return message if predicate is None or predicate(message) else None
            return None

        return await self._wait(find, timeout, f"an edit of message {message_id}", chat_id)

    async def _wait(
        self,
        find: Callable[[], EmulatedMessage | None],
        seconds: float,
        what: str,
        chat_id: int,
    ) -> EmulatedMessage:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + seconds
        while (found := find()) is None:
            remaining = deadline - loop.time()
            if remaining <= 0:
                seen = [
                    (message.message_id, message.text[:60])
                    for message in self.bot_messages(chat_id)
                ]
                raise TimeoutError(
                    f"timed out after {seconds}s waiting for {what}; bot messages: {seen}"
                )
            await self._state.changed.wait(remaining)
        return found

    def callback_answer(self, callback_query_id: str) -> dict[str, Any] | None:
        """The bot's answerCallbackQuery for that query, or None while unanswered."""
        record = self._state.callbacks.get(callback_query_id)
        if record is None:
            raise EmulatorError(f"unknown callback query {callback_query_id!r}")
        return dict(record.answer) if record.answer is not None else None

    def commands(
        self, scope: dict[str, Any] | None = None, language_code: str | None = None
    ) -> list[dict[str, str]]:
        """The command list set for exactly this scope and language, as getMyCommands answers."""
        try:
            key = scope_key(scope, language_code)
        except ApiError as error:
            raise EmulatorError(error.description) from None
        return [dict(command) for command in self._state.commands.get(key, [])]

    def chat_action(self, chat_id: int) -> str | None:
        """The last sendChatAction action in the chat."""
        return self._state.chat_actions.get(chat_id)

    @property
    def webhook(self) -> dict[str, Any] | None:
        return copy.deepcopy(self._state.webhook)

    @property
    def call_log(self) -> list[CallRecord]:
        """Every Bot API call answered (the last 100,000), in order, with its time and status."""
        return list(self._journal)

    @property
    def stats(self) -> EmulatorStats:
        """A snapshot of the counters (calls, sends, edits, violations, faults served)."""
        return copy.deepcopy(self._state.stats)

    # Steering -------------------------------------------------------------------------------

    def inject_fault(
        self,
        method: str = "sendMessage",
        status: int = 429,
        retry_after: int | None = 3,
        times: int | None = 1,
        chat_id: int | None = None,
        description: str | None = None,
    ) -> Fault:
        """Fail the next `times` calls of `method` ("*" for any) with `status` (None: until
        clear_faults), optionally only those addressing `chat_id`. Descriptions default to
        Telegram's ("Forbidden: bot was blocked by the user", "Too Many Requests: retry after N",
        "Internal Server Error", "Bad Gateway"); retry_after is used only for 429."""
        fault = make_fault(
            method,
            status,
            retry_after=retry_after,
            times=times,
            chat_id=chat_id,
            description=description,
        )
        self._state.faults.add(fault)
        return fault

    def clear_faults(self) -> None:
        self._state.faults.clear()

    def add_listener(self, callback: Listener) -> None:
        """Call `callback(message)` synchronously with the new snapshot whenever the bot sends,
        edits or deletes a message (check `edit_count`/`deleted`), e.g. to print replies in a
        terminal as they happen. A failing listener is logged and does not fail the API call."""
        self._state.listeners.append(callback)

    def remove_listener(self, callback: Listener) -> None:
        self._state.listeners.remove(callback)

    def reset(self) -> None:
        """Forget users, messages, settings, faults, stats and the call log (the server keeps
        running)."""
        self._state.clear()
        self._journal.clear()


async def _serve(args: argparse.Namespace) -> None:
    emulator = BotApiEmulator(
        bot_username=args.username,
        enforce_rate_limits=args.enforce_rate_limits,
        token=args.token,
    )
    await emulator.start(args.host, args.port)
    print(f"Bot API emulator running; base_url={emulator.base_url}", flush=True)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signum, stop.set)
    try:
        await stop.wait()
    finally:
        await emulator.stop()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Local Telegram Bot API emulator")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8081)
    parser.add_argument("--username", default="legcare_bot", help="the bot's @username")
    parser.add_argument("--token", default=None, help="answer only this token (default: any)")
    parser.add_argument("--enforce-rate-limits", action="store_true", help="answer 429 on floods")
    parser.add_argument("--log-level", default="INFO")
    args = parser.parse_args(argv)
    logging.basicConfig(level=args.log_level.upper(), format="%(asctime)s %(name)s %(message)s")
    asyncio.run(_serve(args))


if __name__ == "__main__":
    main()
