"""Plain data of the Bot API emulator: messages, users, stats, limits and its two error types."""

from __future__ import annotations

import copy
from collections import Counter
from dataclasses import dataclass, field
from typing import Any


class ApiError(Exception):
    """A Bot API failure, answered as {"ok": false, "error_code", "description"[, "parameters"]}."""

    def __init__(self, status: int, description: str, *, retry_after: int | None = None) -> None:
        super().__init__(description)
        self.status = status
        self.description = description
        self.retry_after = retry_after

    def payload(self) -> dict[str, Any]:
        body: dict[str, Any] = {
            "ok": False,
            "error_code": self.status,
            "description": self.description,
        }
        if self.retry_after is not None:
            body["parameters"] = {"retry_after": self.retry_after}
        return body


def bad_request(reason: str) -> ApiError:
    return ApiError(400, f"Bad Request: {reason}")


class EmulatorError(RuntimeError):
    """Misuse of the in-process or control API (the simulated user did something impossible),
    as opposed to ApiError, which is what the bot under test receives."""


@dataclass(frozen=True)
class Upload:
    """A file the bot uploaded in a multipart request."""

    filename: str
    content_type: str
    data: bytes


@dataclass(frozen=True)
class Media:
    """A photo or document a bot message carries, with the bytes as uploaded, so a test (or the
    sandbox) can open the very file a person would see."""

    kind: str  # "photo" | "document"
    file_id: str
    file_name: str
    mime_type: str
    data: bytes = field(repr=False)
    width: int = 0
    height: int = 0

    def to_api(self) -> dict[str, Any]:
        unique = self.file_id[-16:]
        if self.kind == "photo":
            size = {
                "file_id": self.file_id,
                "file_unique_id": unique,
                "width": self.width,
                "height": self.height,
                "file_size": len(self.data),
            }
            return {"photo": [size]}
        return {
            "document": {
                "file_id": self.file_id,
                "file_unique_id": unique,
                "file_name": self.file_name,
                "mime_type": self.mime_type,
                "file_size": len(self.data),
            }
        }


@dataclass(frozen=True)
class EmulatedMessage:
    """A snapshot of one message; an edit or delete stores a new snapshot, so a test can keep an
    old one and compare. `raw_text`/`parse_mode` are what the bot sent, `text`/`entities` what
    Telegram stores. `reply_markup` is whatever markup was sent (a reply keyboard too), while
    `to_api()` carries only an inline keyboard, as a real Message does."""

    message_id: int
    chat_id: int
    from_bot: bool
    text: str
    entities: list[dict[str, Any]]
    date: int
    sender: dict[str, Any]
    chat: dict[str, Any]
    raw_text: str | None = None
    parse_mode: str | None = None
    reply_markup: dict[str, Any] | None = None
    edit_date: int | None = None
    edit_count: int = 0
    deleted: bool = False
    disable_notification: bool = False
    protect_content: bool = False
    reply_to_message_id: int | None = None
    reply_to: dict[str, Any] | None = None
    link_preview_options: dict[str, Any] | None = None
    sender_chat: dict[str, Any] | None = None  # who posted: a channel, or a group's anonymous admin
    media: Media | None = None  # a photo or document; `text` is then its caption

    @property
    def inline_keyboard(self) -> list[list[dict[str, Any]]] | None:
        if self.reply_markup is None:
            return None
        return self.reply_markup.get("inline_keyboard")

    @property
    def buttons(self) -> list[tuple[str, str | None]]:
        """Every button as (text, callback_data); URL and reply-keyboard buttons have None."""
        markup = self.reply_markup or {}
        rows = markup.get("inline_keyboard") or markup.get("keyboard") or []
        return [(button["text"], button.get("callback_data")) for row in rows for button in row]

    def to_api(self) -> dict[str, Any]:
        """The Bot API Message object Telegram would send for this message."""
        message: dict[str, Any] = {"message_id": self.message_id}
        if self.sender:  # channel posts have no sender, only a sender_chat
            message["from"] = self.sender
        if self.sender_chat is not None:
            message["sender_chat"] = self.sender_chat
        message["chat"] = self.chat
        message["date"] = self.date
        if self.edit_date is not None:
            message["edit_date"] = self.edit_date
        if self.protect_content:
            message["has_protected_content"] = True
        if self.reply_to is not None:
            message["reply_to_message"] = self.reply_to
        if self.media is None:
            message["text"] = self.text
            if self.entities:
                message["entities"] = self.entities
        else:
            message.update(self.media.to_api())
            if self.text:
                message["caption"] = self.text
            if self.entities:
                message["caption_entities"] = self.entities
        if self.inline_keyboard:
            message["reply_markup"] = {"inline_keyboard": self.inline_keyboard}
        return copy.deepcopy(message)

    def to_dict(self) -> dict[str, Any]:
        """Everything the control API shows: the Bot API view plus the emulator's bookkeeping."""
        return {
            "message_id": self.message_id,
            "chat_id": self.chat_id,
            "from_bot": self.from_bot,
            "text": self.text,
            "entities": self.entities,
            "raw_text": self.raw_text,
            "parse_mode": self.parse_mode,
            "reply_markup": self.reply_markup,
            "buttons": [list(button) for button in self.buttons],
            "date": self.date,
            "edit_date": self.edit_date,
            "edit_count": self.edit_count,
            "deleted": self.deleted,
            "disable_notification": self.disable_notification,
            "protect_content": self.protect_content,
            "reply_to_message_id": self.reply_to_message_id,
            "api": self.to_api(),
        }


@dataclass
class EmulatedUser:
    """A Telegram user talking to the bot; their private chat has the same id."""

    user_id: int
    first_name: str
    username: str | None = None
    language_code: str | None = None
    blocked: bool = False

    @property
    def chat_id(self) -> int:
        return self.user_id

    def as_user(self) -> dict[str, Any]:
        user: dict[str, Any] = {"id": self.user_id, "is_bot": False, "first_name": self.first_name}
        if self.username:
            user["username"] = self.username
        if self.language_code:
            user["language_code"] = self.language_code
        return user

    def as_chat(self) -> dict[str, Any]:
        chat: dict[str, Any] = {
            "id": self.user_id,
            "type": "private",
            "first_name": self.first_name,
        }
        if self.username:
            chat["username"] = self.username
        return chat


GROUP_KINDS = ("group", "supergroup", "channel")


@dataclass
class EmulatedGroup:
    """A group, supergroup or channel the bot was added to (ids are negative, as in Telegram).
    `bot_status` is the bot's ChatMember status there: "member", "administrator", "left" or
    "kicked"; only a member or administrator receives its updates and may write to it."""

    chat_id: int
    kind: str
    title: str
    bot_status: str = "member"

    @property
    def bot_is_member(self) -> bool:
        return self.bot_status in ("member", "administrator")

    def as_chat(self) -> dict[str, Any]:
        return {"id": self.chat_id, "type": self.kind, "title": self.title}


@dataclass
class CallbackRecord:
    """A callback query the user produced, and the bot's answer once it gives one."""

    query_id: str
    chat_id: int
    message_id: int
    data: str
    created_at: float
    answer: dict[str, Any] | None = None


@dataclass(frozen=True)
class RateLimits:
    """How the emulator counts Telegram's flood limits (Telegram publishes only rough numbers).

    Overall: more than `overall_per_second` sends inside any sliding 1-second window is a violation.
    Per chat: a token bucket holding `chat_burst` sends, refilled at `chat_per_second`; a send
    finding the bucket empty is a violation. With the defaults a bot may answer with a burst of 3
    messages, but sustained sending to one chat faster than 1 per second is counted.
    """

    overall_per_second: int = 30
    chat_burst: int = 3
    chat_per_second: float = 1.0


@dataclass
class EmulatorStats:
    """Counters for reliability tests. Violations count sends that broke a RateLimits rule;
    `rate_limited` counts the 429s answered when the emulator enforces the limits."""

    calls: Counter[str] = field(default_factory=Counter)
    errors: Counter[str] = field(default_factory=Counter)
    faults_served: Counter[str] = field(default_factory=Counter)
    sends: int = 0
    sends_per_chat: Counter[int] = field(default_factory=Counter)
    edits: int = 0
    deletes: int = 0
    callback_answers: int = 0
    overall_violations: int = 0
    chat_violations: Counter[int] = field(default_factory=Counter)
    rate_limited: int = 0

    @property
    def chat_violations_total(self) -> int:
        return sum(self.chat_violations.values())

    def to_dict(self) -> dict[str, Any]:
        return {
            "calls": dict(self.calls),
            "errors": dict(self.errors),
            "faults_served": dict(self.faults_served),
            "sends": self.sends,
            "sends_per_chat": {str(chat): count for chat, count in self.sends_per_chat.items()},
            "edits": self.edits,
            "deletes": self.deletes,
            "callback_answers": self.callback_answers,
            "overall_violations": self.overall_violations,
            "chat_violations": {str(chat): count for chat, count in self.chat_violations.items()},
            "chat_violations_total": self.chat_violations_total,
            "rate_limited": self.rate_limited,
        }
