"""The Bot API methods the emulator implements, each answering like Telegram does."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from typing import Any

from tgemu import bot_methods, media
from tgemu.bot_methods import Handler
from tgemu.groups import set_bot_status
from tgemu.models import ApiError, EmulatedGroup, EmulatedMessage, bad_request
from tgemu.replies import reply_target, store_sent
from tgemu.state import EmulatorState
from tgemu.updates import PollConflictError
from tgemu.validation import Params, prepare_text, validate_reply_markup
from tgemu.webhook import webhook_url_allowed

CALLBACK_QUERY_TTL = 15 * 60  # Telegram forgets unanswered callback queries after ~15 minutes
DELETE_WINDOW = 48 * 3600  # messages older than 48 hours can't be deleted
_NOT_MODIFIED = (
    "message is not modified: specified new message content and reply markup are exactly "
    "the same as a current content and reply markup of the message"
)
_STALE_QUERY = "query is too old and response timeout expired or query ID is invalid"
_MARKUP_ERROR = "can't parse reply keyboard markup JSON object"
_SECRET_TOKEN = re.compile(r"[A-Za-z0-9_-]{1,256}")


@dataclass(frozen=True)
class Described:
    """A result Telegram sends with a human-readable "description" next to it."""

    result: Any
    description: str


async def get_updates(state: EmulatorState, params: Params) -> list[dict[str, Any]]:
    if state.webhook is not None:
        raise ApiError(
            409,
            "Conflict: can't use getUpdates method while webhook is active; "
            "use deleteWebhook to delete the webhook first",
        )
    _remember_allowed_updates(state, params)
    limit = params.integer("limit", 100)
    limit = limit if 1 <= limit <= 100 else 100
    timeout = min(max(params.number("timeout", 0.0), 0.0), 50.0)
    try:
        return await state.updates.poll(params.integer("offset"), limit, timeout)
    except PollConflictError:
        if state.webhook is not None:
            raise ApiError(409, "Conflict: terminated by setWebhook request") from None
        raise ApiError(
            409,
            "Conflict: terminated by other getUpdates request; "
            "make sure that only one bot instance is running",
        ) from None


def _remember_allowed_updates(state: EmulatorState, params: Params) -> None:
    allowed = params.json_value("allowed_updates", "can't parse allowed updates JSON object")
    if allowed is None:
        return
    if not isinstance(allowed, list) or not all(isinstance(kind, str) for kind in allowed):
        raise bad_request("can't parse allowed updates JSON object")
    state.updates.set_allowed_updates(allowed)


async def set_webhook(state: EmulatorState, params: Params) -> Described:
    url = params.text("url") or ""
    if not url:
        return await delete_webhook(state, params)
    if not webhook_url_allowed(url):
        raise bad_request("bad webhook: An HTTPS URL must be provided for webhook")
    secret = params.text("secret_token")
    if secret is not None and not _SECRET_TOKEN.fullmatch(secret):
        raise bad_request("secret token contains unallowed characters")
    _remember_allowed_updates(state, params)
    if params.flag("drop_pending_updates"):
        state.updates.drop_pending()
    max_connections = params.integer("max_connections", 40)
    state.webhook = {
        "url": url,
        "max_connections": max_connections if 1 <= max_connections <= 100 else 40,
        "secret_token": secret,
    }
    state.updates.interrupt_polls()
    return Described(True, "Webhook was set")


async def delete_webhook(state: EmulatorState, params: Params) -> Described:
    if params.flag("drop_pending_updates"):
        state.updates.drop_pending()
    if state.webhook is None:
        return Described(True, "Webhook is already deleted")
    state.webhook = None
    state.updates.wake()  # the deliverer stops; what it did not deliver stays for getUpdates
    return Described(True, "Webhook was deleted")


async def get_webhook_info(state: EmulatorState, params: Params) -> dict[str, Any]:
    info: dict[str, Any] = {
        "url": state.webhook["url"] if state.webhook else "",
        "has_custom_certificate": False,
        "pending_update_count": state.updates.pending_count,
    }
    if state.webhook:
        info["max_connections"] = state.webhook["max_connections"]
        info["ip_address"] = "127.0.0.1"
        if state.updates.allowed_updates is not None:
            info["allowed_updates"] = state.updates.allowed_updates
        for key in ("last_error_date", "last_error_message"):
            if key in state.webhook:
                info[key] = state.webhook[key]
    return info


async def send_message(state: EmulatorState, params: Params) -> dict[str, Any]:
    chat_ref = params.chat_id()
    raw, text, entities, parse_mode = prepare_text(
        params, strict_html=state.strict_html, too_long="Bad Request: message is too long"
    )
    markup = validate_reply_markup(params.json_value("reply_markup", _MARKUP_ERROR))
    chat = state.resolve_target(chat_ref)
    state.ensure_reachable(chat)
    target = reply_target(state, params, chat.chat_id)
    preview = params.json_value(
        "link_preview_options", "can't parse link preview options JSON object"
    )
    state.account_send(chat.chat_id)
    reply_to = None
    if target is not None:
        reply_to = target.to_api()
        reply_to.pop("reply_to_message", None)
    return store_sent(
        state,
        chat,
        target,
        text=text,
        entities=entities,
        raw_text=raw,
        parse_mode=parse_mode,
        reply_markup=markup,
        disable_notification=params.flag("disable_notification"),
        protect_content=params.flag("protect_content"),
        reply_to=reply_to,
        link_preview_options=preview if isinstance(preview, dict) else None,
    )


async def leave_chat(state: EmulatorState, params: Params) -> bool:
    """The bot leaves a group, supergroup or channel; Telegram then sends my_chat_member."""
    chat = state.resolve_target(params.chat_id())
    if not isinstance(chat, EmulatedGroup):
        raise bad_request("chat member status can't be changed in private chats")
    state.ensure_reachable(chat)
    set_bot_status(state, chat, "left", state.bot_user())
    return True


def _editable(state: EmulatorState, params: Params) -> EmulatedMessage:
    """The bot's own, still existing message named by chat_id + message_id."""
    if params.has("inline_message_id") and not params.has("chat_id"):
        raise bad_request("MESSAGE_ID_INVALID")
    chat_ref = params.chat_id()
    message_id = params.message_id()
    user = state.resolve_chat(chat_ref)
    state.ensure_reachable(user)
    message = state.find_message(user.user_id, message_id)
    if message is None or message.deleted:
        raise bad_request("message to edit not found")
    if not message.from_bot:
        raise bad_request("message can't be edited")
    return message


def _kept_markup(message: EmulatedMessage, markup: dict[str, Any] | None) -> dict[str, Any] | None:
    """An edit without reply_markup removes the inline keyboard, as in Telegram; a reply
    keyboard sent with the message belongs to the chat and stays on record."""
    if markup is not None or message.inline_keyboard is not None:
        return markup
    return message.reply_markup


async def edit_message_text(state: EmulatorState, params: Params) -> dict[str, Any]:
    raw, text, entities, parse_mode = prepare_text(
        params, strict_html=state.strict_html, too_long="Bad Request: MESSAGE_TOO_LONG"
    )
    markup = validate_reply_markup(
        params.json_value("reply_markup", _MARKUP_ERROR), inline_only=True
    )
    message = _editable(state, params)
    current_inline = (
        {"inline_keyboard": message.inline_keyboard} if message.inline_keyboard else None
    )
    if message.text == text and message.entities == entities and current_inline == markup:
        raise bad_request(_NOT_MODIFIED)
    state.stats.edits += 1
    edited = state.edit(
        message,
        text=text,
        entities=entities,
        raw_text=raw,
        parse_mode=parse_mode,
        reply_markup=_kept_markup(message, markup),
    )
    return edited.to_api()


async def edit_message_reply_markup(state: EmulatorState, params: Params) -> dict[str, Any]:
    markup = validate_reply_markup(
        params.json_value("reply_markup", _MARKUP_ERROR), inline_only=True
    )
    message = _editable(state, params)
    current_inline = (
        {"inline_keyboard": message.inline_keyboard} if message.inline_keyboard else None
    )
    if current_inline == markup:
        raise bad_request(_NOT_MODIFIED)
    state.stats.edits += 1
    return state.edit(message, reply_markup=_kept_markup(message, markup)).to_api()


def _delete(state: EmulatorState, message: EmulatedMessage) -> None:
    if state.clock() - message.date > DELETE_WINDOW:
        raise bad_request("message can't be deleted")
    state.stats.deletes += 1
    state.store(dataclasses.replace(message, deleted=True))


async def delete_message(state: EmulatorState, params: Params) -> bool:
    user = state.resolve_chat(params.chat_id())
    message = state.find_message(user.user_id, params.message_id())
    if message is None or message.deleted:
        raise bad_request("message to delete not found")
    _delete(state, message)
    return True


async def delete_messages(state: EmulatorState, params: Params) -> bool:
    """Telegram skips the messages it can't find or delete and still answers True."""
    user = state.resolve_chat(params.chat_id())
    ids = params.json_value("message_ids", "can't parse message identifiers JSON object")
    if not isinstance(ids, list) or not 1 <= len(ids) <= 100:
        raise bad_request("message identifiers are not specified")
    for message_id in ids:
        message = (
            state.find_message(user.user_id, message_id) if isinstance(message_id, int) else None
        )
        if message is not None and not message.deleted:
            try:
                _delete(state, message)
            except ApiError:
                continue
    return True


async def answer_callback_query(state: EmulatorState, params: Params) -> bool:
    text = params.text("text") or ""
    if len(text) > 200:
        raise bad_request("MESSAGE_TOO_LONG")
    record = state.callbacks.get(params.text("callback_query_id") or "")
    if (
        record is None
        or record.answer is not None
        or state.clock() - record.created_at > CALLBACK_QUERY_TTL
    ):
        raise bad_request(_STALE_QUERY)
    record.answer = {
        "text": text or None,
        "show_alert": params.flag("show_alert"),
        "url": params.text("url"),
        "cache_time": params.integer("cache_time"),
        "answered_at": state.clock(),
    }
    state.stats.callback_answers += 1
    state.changed.notify()
    return True


_HANDLERS: dict[str, Handler] = {
    "getMe": bot_methods.get_me,
    "logOut": bot_methods.log_out,
    "close": bot_methods.log_out,
    "getUpdates": get_updates,
    "setWebhook": set_webhook,
    "deleteWebhook": delete_webhook,
    "getWebhookInfo": get_webhook_info,
    "sendMessage": send_message,
    "sendPhoto": media.media_sender("photo"),
    "sendDocument": media.media_sender("document"),
    "editMessageText": edit_message_text,
    "editMessageReplyMarkup": edit_message_reply_markup,
    "deleteMessage": delete_message,
    "deleteMessages": delete_messages,
    "leaveChat": leave_chat,
    "answerCallbackQuery": answer_callback_query,
    "setMyCommands": bot_methods.set_my_commands,
    "getMyCommands": bot_methods.get_my_commands,
    "deleteMyCommands": bot_methods.delete_my_commands,
    "setMyDescription": bot_methods.bot_text_setter("description", 512),
    "getMyDescription": bot_methods.bot_text_getter("description"),
    "setMyShortDescription": bot_methods.bot_text_setter("short_description", 120),
    "getMyShortDescription": bot_methods.bot_text_getter("short_description"),
    "setChatMenuButton": bot_methods.set_chat_menu_button,
    "getChatMenuButton": bot_methods.get_chat_menu_button,
    "sendChatAction": bot_methods.send_chat_action,
    "getChat": bot_methods.get_chat,
}
# Telegram matches method names case-insensitively.
METHODS: dict[str, tuple[str, Handler]] = {
    name.lower(): (name, fn) for name, fn in _HANDLERS.items()
}
