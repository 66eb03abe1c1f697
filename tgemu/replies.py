"""Which earlier message a sent message replies to: shared by every send method."""

from __future__ import annotations

from tgemu.models import EmulatedMessage, bad_request
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
