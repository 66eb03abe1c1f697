"""Parameter coercion and validation with Telegram's error descriptions.

Telegram receives every parameter as a string (query string or form, where PTB JSON-encodes
non-strings) or as JSON, and is lenient about types the way TDLib's parsers are: a non-numeric
integer reads as 0, which then fails as "not specified" or "not found". These helpers do the same
so the bot under test meets the errors it would meet in production.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Any

from tgemu.formatting import (
    EntityParseError,
    InvalidLinkError,
    check_link,
    find_bot_commands,
    parse_text,
    trim_text,
    utf16_len,
)
from tgemu.formatting_shared import sort_entities
from tgemu.models import ApiError, bad_request

MAX_TEXT_UTF16 = 4096
MAX_INLINE_BUTTONS = 100
_LEADING_INT = re.compile(r"\s*([+-]?\d+)")
_COMMAND = re.compile(r"[a-z0-9_]{1,32}")
_INLINE_KINDS = (
    "callback_data",
    "url",
    "switch_inline_query",
    "switch_inline_query_current_chat",
    "switch_inline_query_chosen_chat",
    "copy_text",
    "callback_game",
    "pay",
    "login_url",
    "web_app",
)
_STRING_KINDS = frozenset({"callback_data", "url", "switch_inline_query"})
_ENTITY_TYPES = frozenset(
    {"mention", "hashtag", "cashtag", "bot_command", "url", "email", "phone_number", "bold"}
    | {"italic", "underline", "strikethrough", "spoiler", "blockquote", "expandable_blockquote"}
    | {"code", "pre", "text_link", "text_mention", "custom_emoji"}
)
CHAT_ACTIONS = frozenset(
    {"typing", "upload_photo", "record_video", "upload_video", "record_voice", "upload_voice"}
    | {"upload_document", "choose_sticker", "find_location", "record_video_note"}
    | {"upload_video_note"}
)


class Params:
    """Typed, Telegram-lenient access to one call's parameters."""

    def __init__(self, raw: Mapping[str, Any]) -> None:
        self.raw = dict(raw)

    def has(self, name: str) -> bool:
        return self.raw.get(name) not in (None, "")

    def text(self, name: str) -> str | None:
        value = self.raw.get(name)
        if value is None or isinstance(value, str):
            return value
        if isinstance(value, bool):
            return "true" if value else "false"
        if isinstance(value, int | float):
            return str(value)
        raise bad_request(f'field "{name}" must be of type String')

    def integer(self, name: str, default: int = 0) -> int:
        value = self.raw.get(name)
        if value is None or value == "":
            return default
        if isinstance(value, bool):
            return int(value)
        if isinstance(value, int):
            return value
        if isinstance(value, float):
            return int(value)
        match = _LEADING_INT.match(str(value))
        return int(match.group(1)) if match else 0

    def number(self, name: str, default: float = 0.0) -> float:
        value = self.raw.get(name)
        if value is None or value == "":
            return default
        try:
            return float(value)
        except (TypeError, ValueError):
            return float(self.integer(name, int(default)))

    def flag(self, name: str) -> bool:
        value = self.raw.get(name)
        if isinstance(value, bool):
            return value
        if isinstance(value, int | float):
            return value != 0
        return isinstance(value, str) and value.strip().lower() in ("true", "1")

    def json_value(self, name: str, error: str) -> Any:
        """An object/array parameter, given natively (JSON body) or JSON-encoded (form/query)."""
        value = self.raw.get(name)
        if value is None or value == "":
            return None
        if isinstance(value, str):
            try:
                return json.loads(value)
            except ValueError:
                raise bad_request(error) from None
        return value

    def chat_id(self, *, required: bool = True) -> int | str | None:
        """An integer id or "@username"; anything else can only be an unknown chat."""
        value = self.raw.get("chat_id")
        if value is None or value == "":
            if required:
                raise bad_request("chat_id is empty")
            return None
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        text = str(value).strip()
        if re.fullmatch(r"-?\d+", text):
            return int(text)
        if text.startswith("@") and len(text) > 1:
            return text
        raise bad_request("chat not found")

    def message_id(self, name: str = "message_id") -> int:
        message_id = self.integer(name)
        if message_id <= 0:
            raise bad_request("message identifier is not specified")
        return message_id


def prepare_text(
    params: Params,
    *,
    strict_html: bool,
    too_long: str,
    field: str = "text",
    limit: int = MAX_TEXT_UTF16,
) -> tuple[str, str, list[dict[str, Any]], str | None]:
    """Parse `text` (or a media message's `caption`) with parse_mode or entities as Telegram
    stores it.

    Returns (text as sent, plain text, entities, parse mode). `too_long` is the description for
    text over `limit` UTF-16 units: sendMessage and editMessageText word it differently.
    """
    raw = params.text(field)
    if not raw:
        raise bad_request("message text is empty")
    try:
        raw.encode("utf-8")
    except UnicodeEncodeError:
        raise bad_request("text must be encoded in UTF-8") from None
    parse_mode = params.text("parse_mode") or None
    if parse_mode is not None and parse_mode.lower() != "none":
        try:
            plain, entities = parse_text(raw, parse_mode, strict_html=strict_html)
        except EntityParseError as error:
            raise bad_request(f"can't parse entities: {error}") from None
        except ValueError:
            raise bad_request("unsupported parse_mode") from None
    else:
        parse_mode = None
        plain = raw
        entities = validate_entities(
            params.json_value("entities", "can't parse entities JSON object"), raw
        )
    try:
        plain, entities = trim_text(plain, entities)
    except EntityParseError:
        raise bad_request("message must be non-empty") from None
    if utf16_len(plain) > limit:
        raise ApiError(400, too_long)
    return raw, plain, find_bot_commands(plain, entities), parse_mode


def validate_entities(value: Any, text: str) -> list[dict[str, Any]]:
    """Explicit `entities`: well-formed objects; ones outside the text are dropped like TDLib."""
    if value is None:
        return []
    if not isinstance(value, list):
        raise bad_request("can't parse entities JSON object")
    length = utf16_len(text)
    entities: list[dict[str, Any]] = []
    for item in value:
        if not isinstance(item, dict) or not isinstance(item.get("type"), str):
            raise bad_request("can't parse MessageEntity: Can't find field \"type\"")
        offset, size = item.get("offset"), item.get("length")
        if not isinstance(offset, int) or not isinstance(size, int) or offset < 0 or size < 0:
            raise bad_request(
                "can't parse MessageEntity: offset and length must be non-negative Integers"
            )
        if item["type"] not in _ENTITY_TYPES:
            raise bad_request(
                f"can't parse MessageEntity: Unsupported type specified: {item['type']}"
            )
        entity = dict(item)
        if entity["type"] == "text_link":
            try:
                entity["url"] = check_link(str(entity.get("url", "")))
            except InvalidLinkError as error:
                raise bad_request(f"can't parse entities: {error}") from None
        entity["length"] = min(size, length - offset)
        if entity["length"] > 0:
            entities.append(entity)
    return sort_entities(entities)


def validate_reply_markup(value: Any, *, inline_only: bool = False) -> dict[str, Any] | None:
    """Check reply_markup like Telegram and return it normalised (None: no markup at all)."""
    if value is None:
        return None
    if not isinstance(value, dict):
        raise bad_request("can't parse reply keyboard markup JSON object")
    if "inline_keyboard" in value:
        rows = _validate_inline_keyboard(value["inline_keyboard"])
        return {"inline_keyboard": rows} if rows else None
    if inline_only:
        raise bad_request("inline keyboard expected")
    if "keyboard" in value:
        return _validate_reply_keyboard(value)
    if value.get("remove_keyboard") is True or value.get("force_reply") is True:
        return dict(value)
    raise bad_request("can't parse reply keyboard markup JSON object")


def _validate_inline_keyboard(rows: Any) -> list[list[dict[str, Any]]]:
    if not isinstance(rows, list) or not all(isinstance(row, list) for row in rows):
        raise bad_request(
            'field "inline_keyboard" of the InlineKeyboardMarkup should be an Array of Arrays'
        )
    result = [[_validate_inline_button(button) for button in row] for row in rows]
    if sum(len(row) for row in result) > MAX_INLINE_BUTTONS:
        raise bad_request("REPLY_MARKUP_TOO_LONG")
    return [row for row in result if row]


def _validate_inline_button(button: Any) -> dict[str, Any]:
    prefix = "can't parse inline keyboard button: "
    if not isinstance(button, dict):
        raise bad_request(prefix + "InlineKeyboardButton must be an Object")
    if "text" not in button:
        raise bad_request(prefix + 'Can\'t find field "text"')
    text = button["text"]
    if not isinstance(text, str):
        raise bad_request(prefix + 'Field "text" must be of type String')
    if not text.strip():
        raise bad_request("BUTTON_TEXT_INVALID")
    for kind in _STRING_KINDS:
        if kind in button and not isinstance(button[kind], str):
            raise bad_request(prefix + f'Field "{kind}" must be of type String')
    kinds = [kind for kind in _INLINE_KINDS if button.get(kind) is not None]
    if not kinds:
        raise bad_request(prefix + "Text buttons are unallowed in the inline keyboard")
    if len(kinds) > 1:
        raise bad_request(
            prefix + f"exactly one optional field must be used, found {', '.join(kinds)} "
            "(strict emulator check: Telegram silently picks one)"
        )
    kind = kinds[0]
    if kind == "callback_data" and not 1 <= len(button[kind].encode("utf-8")) <= 64:
        raise bad_request("BUTTON_DATA_INVALID")
    if kind == "url":
        try:
            check_link(button["url"])
        except InvalidLinkError as error:
            raise bad_request(
                f"inline keyboard button URL '{button['url']}' is invalid: {error}"
            ) from None
    return {"text": text, kind: button[kind]}


def _validate_reply_keyboard(value: dict[str, Any]) -> dict[str, Any]:
    rows = value["keyboard"]
    if not isinstance(rows, list) or not all(isinstance(row, list) for row in rows):
        raise bad_request(
            'field "keyboard" of the ReplyKeyboardMarkup should be an Array of Arrays'
        )
    normalised: list[list[dict[str, Any]]] = []
    for row in rows:
        buttons: list[dict[str, Any]] = []
        for button in row:
            item = {"text": button} if isinstance(button, str) else button
            if not isinstance(item, dict) or not isinstance(item.get("text"), str):
                raise bad_request(
                    'can\'t parse keyboard button: Field "text" must be of type String'
                )
            if not item["text"].strip():
                raise bad_request("BUTTON_TEXT_INVALID")
            buttons.append(dict(item))
        if buttons:
            normalised.append(buttons)
    if not normalised:
        raise bad_request("keyboard must be non-empty")
    return {**value, "keyboard": normalised}


def validate_commands(value: Any) -> list[dict[str, str]]:
    """setMyCommands' list; names with capitals or symbols are BOT_COMMAND_INVALID in Telegram."""
    if value is None:
        return []
    if not isinstance(value, list):
        raise bad_request("can't parse commands JSON object")
    if len(value) > 100:
        raise bad_request("too many commands specified")
    commands: list[dict[str, str]] = []
    for item in value:
        if not isinstance(item, dict):
            raise bad_request("can't parse BotCommand: BotCommand must be an Object")
        for field in ("command", "description"):
            if field not in item:
                raise bad_request(f"can't parse BotCommand: Can't find field \"{field}\"")
            if not isinstance(item[field], str):
                raise bad_request(
                    f'can\'t parse BotCommand: Field "{field}" must be of type String'
                )
        command = item["command"].removeprefix("/")
        if not _COMMAND.fullmatch(command):
            raise bad_request("BOT_COMMAND_INVALID")
        description = item["description"].strip()
        if not description:
            raise bad_request("command description must be non-empty")
        if len(description) > 256:
            raise bad_request("command description is too long")
        commands.append({"command": command, "description": description})
    return commands


def scope_key(scope: Any, language_code: str | None) -> str:
    """A stable key for (BotCommandScope, language_code); Telegram keeps one list per pair."""
    if scope is None:
        scope = {"type": "default"}
    if not isinstance(scope, dict) or not isinstance(scope.get("type"), str):
        raise bad_request("can't parse BotCommandScope JSON object")
    known = {"default", "all_private_chats", "all_group_chats", "all_chat_administrators"}
    if scope["type"] not in known | {"chat", "chat_administrators", "chat_member"}:
        raise bad_request("unsupported bot command scope type")
    if scope["type"] not in known and "chat_id" not in scope:
        raise bad_request("chat_id is empty")
    language = language_code or ""
    if language and not re.fullmatch(r"[a-z]{2}", language):
        raise bad_request("invalid language code specified")
    fields = {key: scope[key] for key in ("type", "chat_id", "user_id") if key in scope}
    return json.dumps([fields, language], sort_keys=True)
