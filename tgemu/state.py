"""What the emulated Telegram knows: users and their chats, messages, callbacks, bot settings."""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable
from typing import Any

from tgemu.formatting import find_bot_commands
from tgemu.models import (
    ApiError,
    CallbackRecord,
    EmulatedGroup,
    EmulatedMessage,
    EmulatedUser,
    EmulatorError,
    EmulatorStats,
    RateLimits,
    bad_request,
)
from tgemu.rates import FaultBook, RateTracker
from tgemu.updates import ChangeSignal, UpdateQueue

logger = logging.getLogger(__name__)

# Called with every message snapshot the bot creates, edits or deletes.
Listener = Callable[[EmulatedMessage], None]
DEFAULT_BOT_ID = 123456789
_CALLBACK_ID_BASE = 4_700_000_000_000_000_000


def bot_id_from_token(token: str) -> int:
    """Telegram's bot id is the number before the colon of the token."""
    return int(token.split(":", 1)[0])


class EmulatorState:
    """Single-loop state of the fake Telegram; every mutation notifies `changed` so waiters
    (long polls, wait_for_bot_message) wake up. Ids keep growing across `clear()`, because a
    running bot remembers its getUpdates offset and would otherwise drop the new updates."""

    def __init__(
        self,
        *,
        bot_username: str,
        bot_first_name: str,
        clock: Callable[[], float],
        enforce_rate_limits: bool,
        rate_limits: RateLimits,
        strict_html: bool,
        bot_id: int,
    ) -> None:
        self.clock = clock
        self.bot_username = bot_username
        self.bot_first_name = bot_first_name
        self.enforce_rate_limits = enforce_rate_limits
        self.rate_limits = rate_limits
        self.strict_html = strict_html
        self.bot_id = bot_id
        self.listeners: list[Listener] = []
        self.changed = ChangeSignal()
        self.updates = UpdateQueue()
        self.faults = FaultBook()
        self._next_message_id = 1
        self._next_callback = 1
        self.clear()

    def clear(self) -> None:
        """Forget every user, message, setting, fault and counter (ids keep growing)."""
        self.users: dict[int, EmulatedUser] = {}
        self.groups: dict[int, EmulatedGroup] = {}
        self.messages: dict[int, dict[int, EmulatedMessage]] = {}
        self.callbacks: dict[str, CallbackRecord] = {}
        self.commands: dict[str, list[dict[str, str]]] = {}
        self.bot_texts: dict[tuple[str, str], str] = {}
        self.menu_buttons: dict[int | None, dict[str, Any]] = {}
        self.chat_actions: dict[int, str] = {}
        self.webhook: dict[str, Any] | None = None
        self.stats = EmulatorStats()
        self.rates = RateTracker(self.rate_limits)
        self.faults.clear()
        self.updates.drop_pending()
        self.changed.notify()

    def date(self) -> int:
        return int(self.clock())

    def bot_user(self) -> dict[str, Any]:
        return {
            "id": self.bot_id,
            "is_bot": True,
            "first_name": self.bot_first_name,
            "username": self.bot_username,
        }

    # Chats and messages -------------------------------------------------------------------

    def resolve_chat(self, chat_ref: int | str) -> EmulatedUser:
        """Only private chats exist, and only after the user wrote to the bot. Telegram does not
        resolve a user's @username for bots, so "@name" is never found either."""
        user = self.users.get(chat_ref) if isinstance(chat_ref, int) else None
        if user is None:
            raise bad_request("chat not found")
        return user

    def resolve_target(self, chat_ref: int | str) -> EmulatedUser | EmulatedGroup:
        """A private chat (positive id) or a group, supergroup or channel (negative id)."""
        if isinstance(chat_ref, int) and chat_ref < 0:
            group = self.groups.get(chat_ref)
            if group is None:
                raise bad_request("chat not found")
            return group
        return self.resolve_chat(chat_ref)

    @staticmethod
    def ensure_reachable(target: EmulatedUser | EmulatedGroup) -> None:
        if isinstance(target, EmulatedGroup):
            if target.bot_status == "kicked":
                raise ApiError(403, f"Forbidden: bot was kicked from the {target.kind} chat")
            if not target.bot_is_member:
                raise ApiError(403, f"Forbidden: bot is not a member of the {target.kind} chat")
        elif target.blocked:
            raise ApiError(403, "Forbidden: bot was blocked by the user")

    def chat_messages(self, chat_id: int) -> list[EmulatedMessage]:
        return list(self.messages.get(chat_id, {}).values())

    def find_message(self, chat_id: int, message_id: int) -> EmulatedMessage | None:
        return self.messages.get(chat_id, {}).get(message_id)

    def next_callback_id(self) -> str:
        self._next_callback += 1
        return str(_CALLBACK_ID_BASE + self._next_callback - 1)

    def next_message_id(self) -> int:
        message_id = self._next_message_id
        self._next_message_id += 1
        return message_id

    def store(self, message: EmulatedMessage, *, by_bot: bool = True) -> EmulatedMessage:
        """Save a message snapshot (new or replacing an older one); what the bot did (sent,
        edited, deleted) also goes to the listeners."""
        self.messages.setdefault(message.chat_id, {})[message.message_id] = message
        if by_bot:
            for listener in list(self.listeners):
                try:
                    listener(message)
                except Exception:
                    logger.exception("emulator listener failed on message %s", message.message_id)
        self.changed.notify()
        return message

    def edit(self, message: EmulatedMessage, **changes: Any) -> EmulatedMessage:
        edited = dataclasses.replace(
            message, edit_date=self.date(), edit_count=message.edit_count + 1, **changes
        )
        return self.store(edited)

    def account_send(self, chat_id: int) -> None:
        """Count a send against the flood limits; refuse it with 429 when enforcing them."""
        verdict = self.rates.account(chat_id, self.clock(), enforce=self.enforce_rate_limits)
        if verdict.overall_exceeded:
            self.stats.overall_violations += 1
        if verdict.chat_exceeded:
            self.stats.chat_violations[chat_id] += 1
        if verdict.exceeded and self.enforce_rate_limits:
            self.stats.rate_limited += 1
            raise ApiError(
                429,
                f"Too Many Requests: retry after {verdict.retry_after}",
                retry_after=verdict.retry_after,
            )

    def set_blocked(self, user_id: int, *, blocked: bool) -> None:
        user = self.users.get(user_id)
        if user is None:
            raise EmulatorError(
                f"user {user_id} never wrote to the bot, so there is no chat to block"
            )
        user.blocked = blocked

    # The simulated user ---------------------------------------------------------------------

    def touch_user(
        self, user_id: int, first_name: str, username: str | None, language_code: str | None
    ) -> EmulatedUser:
        """Create the user (and so the private chat) or refresh their profile. Writing to the
        bot unblocks it, as pressing "Restart" in a Telegram client does."""
        if user_id <= 0:
            raise EmulatorError("user ids are positive integers")
        user = self.users.get(user_id)
        if user is None:
            user = EmulatedUser(user_id, first_name, username, language_code)
            self.users[user_id] = user
        else:
            user.first_name, user.username, user.language_code = first_name, username, language_code
        user.blocked = False
        return user

    def user_sends(
        self,
        user_id: int,
        text: str,
        *,
        first_name: str,
        username: str | None,
        language_code: str | None,
    ) -> tuple[int | None, EmulatedMessage]:
        if not text or not text.strip():
            raise EmulatorError("Telegram clients do not send empty messages")
        user = self.touch_user(user_id, first_name, username, language_code)
        message = EmulatedMessage(
            message_id=self.next_message_id(),
            chat_id=user_id,
            from_bot=False,
            text=text,
            entities=find_bot_commands(text, []),
            date=self.date(),
            sender=user.as_user(),
            chat=user.as_chat(),
        )
        self.store(message, by_bot=False)
        update_id = self.updates.push("message", message.to_api())
        logger.debug("user %s sent message %s: %r", user_id, message.message_id, text)
        return update_id, message

    def user_taps(
        self,
        user_id: int,
        message_id: int,
        *,
        data: str | None,
        button_text: str | None,
        sender_id: int | None = None,
    ) -> tuple[int | None, str]:
        if (data is None) == (button_text is None):
            raise EmulatorError("give exactly one of data= or button_text=")
        message = self.find_message(user_id, message_id)
        if message is None or not message.from_bot or message.deleted:
            raise EmulatorError(f"no bot message {message_id} in chat {user_id} to tap on")
        if button_text is not None:
            data = self._callback_data_of(message, button_text)
        assert data is not None
        user = self.users[user_id if sender_id is None else sender_id]
        query_id = self.next_callback_id()
        self.callbacks[query_id] = CallbackRecord(query_id, user_id, message_id, data, self.clock())
        query = {
            "id": query_id,
            "from": user.as_user(),
            "message": message.to_api(),
            "chat_instance": str((user_id * 2654435761) % 10**18),
            "data": data,
        }
        update_id = self.updates.push("callback_query", query)
        self.changed.notify()
        logger.debug("user %s tapped message %s", user_id, message_id)
        return update_id, query_id

    def user_edits(self, user_id: int, chat_id: int, message_id: int, text: str) -> int | None:
        """The user edits a message of theirs (in a private chat or a group): the edited
        snapshot is stored and an edited_message update queued."""
        message = self.find_message(chat_id, message_id)
        if message is None or message.deleted or message.from_bot:
            raise EmulatorError(f"no message {message_id} of the user in chat {chat_id} to edit")
        if message.sender.get("id") != user_id:
            raise EmulatorError("people can edit only their own messages")
        if not text.strip():
            raise EmulatorError("Telegram clients do not save an edit to an empty message")
        edited = dataclasses.replace(
            message,
            text=text,
            entities=find_bot_commands(text, []),
            edit_date=self.date(),
            edit_count=message.edit_count + 1,
        )
        self.store(edited, by_bot=False)
        return self.updates.push("edited_message", edited.to_api())

    @staticmethod
    def _callback_data_of(message: EmulatedMessage, button_text: str) -> str:
        rows = message.inline_keyboard or []
        for button in (button for row in rows for button in row):
            if button["text"] == button_text:
                if "callback_data" not in button:
                    raise EmulatorError(
                        f"button {button_text!r} is not a callback button; tapping it sends nothing"
                    )
                return str(button["callback_data"])
        available = [text for text, _ in message.buttons]
        raise EmulatorError(
            f"no button {button_text!r} on message {message.message_id}; buttons: {available}"
        )
