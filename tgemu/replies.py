"""What every send method shares: which earlier message it replies to, and storing the bot's new
message with Telegram's bookkeeping (flood limits already accounted by the caller)."""

from __future__ import annotations

from typing import Any

from tgemu.models import EmulatedGroup, EmulatedMessage, EmulatedUser, bad_request
from tgemu.state import EmulatorState
from tgemu.validation import Params


def reply_target(state: EmulatorState, params: Params, chat_id: int) -> EmulatedMessage | None:
    """reply_parameters (or the older reply_to_message_id) must name a message in the chat."""
    reply = params.json_value("reply_parameters", "can't parse ReplyParameters JSON object")
    if reply is None and params.has("reply_to_message_id"):
        reply = {
            "message_id": params.integer("reply_to_message_id"),
            "allow_sending_without_reply": params.flag("allow_sending_without_reply"),
        }
    if reply is None:
        return None
    if not isinstance(reply, dict):
        raise bad_request("can't parse ReplyParameters JSON object")
    target = state.find_message(chat_id, Params(reply).integer("message_id"))
    if target is None or target.deleted:
        if Params(reply).flag("allow_sending_without_reply"):
            return None
        raise bad_request("message to be replied not found")
    return target


def store_sent(
    state: EmulatorState,
    chat: EmulatedUser | EmulatedGroup,
    target: EmulatedMessage | None,
    **fields: Any,
) -> dict[str, Any]:
    """A new message from the bot in `chat`, replying to `target`; returns its Bot API form."""
    message = EmulatedMessage(
        message_id=state.next_message_id(),
        chat_id=chat.chat_id,
        from_bot=True,
        date=state.date(),
        sender=state.bot_user(),
        chat=chat.as_chat(),
        reply_to_message_id=target.message_id if target else None,
        **fields,
    )
    state.stats.sends += 1
    state.stats.sends_per_chat[chat.chat_id] += 1
    return state.store(message).to_api()
