"""Groups, supergroups and channels in the emulator: the bot added or removed, members writing
and tapping, channel posts, and the bot leaving (leaveChat).

The emulator delivers every group message while the bot is a member, as with privacy mode off,
the harder case for a bot (with privacy mode on, Telegram sends only commands, mentions and
replies). Group members are not private chats: writing in a group does not let the bot write
to that person privately, just as in Telegram.
"""

from __future__ import annotations

from typing import Any

from tgemu.formatting import find_bot_commands
from tgemu.models import (
    GROUP_KINDS,
    CallbackRecord,
    EmulatedGroup,
    EmulatedMessage,
    EmulatedUser,
    EmulatorError,
)
from tgemu.state import EmulatorState

# Who Telegram names as the sender when a group's admin posts anonymously.
ANONYMOUS_ADMIN = {
    "id": 1087968824,
    "is_bot": True,
    "first_name": "Group",
    "username": "GroupAnonymousBot",
}
_ADMIN_RIGHTS = (
    "can_be_edited",
    "is_anonymous",
    "can_delete_messages",
    "can_manage_video_chats",
    "can_restrict_members",
    "can_promote_members",
    "can_change_info",
    "can_invite_users",
    "can_post_stories",
    "can_edit_stories",
    "can_delete_stories",
)


def _member(state: EmulatorState, status: str) -> dict[str, Any]:
    """The bot as a ChatMember with `status`."""
    member: dict[str, Any] = {"status": status, "user": state.bot_user()}
    if status == "administrator":
        member.update(dict.fromkeys(_ADMIN_RIGHTS, False), can_manage_chat=True)
    elif status == "kicked":
        member["until_date"] = 0
    return member


def set_bot_status(
    state: EmulatorState, group: EmulatedGroup, status: str, by: dict[str, Any]
) -> int | None:
    """Change the bot's membership and queue the my_chat_member update Telegram sends for it."""
    old, group.bot_status = group.bot_status, status
    update = {
        "chat": group.as_chat(),
        "from": by,
        "date": state.date(),
        "old_chat_member": _member(state, old),
        "new_chat_member": _member(state, status),
    }
    state.changed.notify()
    return state.updates.push("my_chat_member", update)


class GroupsApi:
    """The in-process API for playing group members and channel admins."""

    def __init__(self, state: EmulatorState) -> None:
        self._state = state

    def get(self, chat_id: int) -> EmulatedGroup | None:
        return self._state.groups.get(chat_id)

    def add_bot(
        self,
        user_id: int,
        chat_id: int,
        *,
        kind: str = "group",
        title: str = "Friends",
        as_admin: bool = False,
        first_name: str = "Test",
    ) -> int | None:
        """`user_id` adds the bot to a group, supergroup or channel (created on first use);
        returns the id of the my_chat_member update."""
        if chat_id >= 0:
            raise EmulatorError("group and channel ids are negative")
        if kind not in GROUP_KINDS:
            raise EmulatorError(f"kind must be one of {GROUP_KINDS}")
        group = self._state.groups.get(chat_id)
        if group is None:
            group = EmulatedGroup(chat_id, kind, title, bot_status="left")
            self._state.groups[chat_id] = group
        status = "administrator" if as_admin or kind == "channel" else "member"
        return set_bot_status(self._state, group, status, _person(user_id, first_name))

    def remove_bot(self, user_id: int, chat_id: int) -> int | None:
        """An admin removes the bot; it gets a my_chat_member update saying it was kicked."""
        return set_bot_status(self._state, self._group(chat_id), "kicked", _person(user_id))

    def member_says(
        self,
        user_id: int,
        chat_id: int,
        text: str,
        *,
        first_name: str = "Test",
        username: str | None = None,
        language_code: str | None = None,
        anonymous: bool = False,
    ) -> tuple[int | None, dict[str, Any]]:
        """A member writes in a group (`anonymous`: as the group's anonymous admin). Returns the
        update id (None while the bot is not a member: it gets nothing) and the message."""
        group = self._group(chat_id)
        if group.kind == "channel":
            raise EmulatorError("channels have posts, not members' messages: use channel_post")
        sender = _person(user_id, first_name, username, language_code)
        message = self._store(
            group,
            text,
            ANONYMOUS_ADMIN if anonymous else sender,
            group.as_chat() if anonymous else None,
        )
        if not group.bot_is_member:
            return None, message.to_api()
        return self._state.updates.push("message", message.to_api()), message.to_api()

    def channel_post(self, chat_id: int, text: str, *, force: bool = False) -> int | None:
        """A post in a channel the bot is in. Only bots asking for channel_post updates get it,
        unless `force` (see UpdateQueue.push)."""
        group = self._group(chat_id)
        if group.kind != "channel":
            raise EmulatorError(f"chat {chat_id} is a {group.kind}, not a channel")
        message = self._store(group, text, {}, group.as_chat())
        if not group.bot_is_member:
            return None
        return self._state.updates.push("channel_post", message.to_api(), force=force)

    def member_taps(self, user_id: int, chat_id: int, message_id: int, data: str) -> str:
        """A member taps a button on a bot message in the group, with any `data`."""
        state = self._state
        message = state.find_message(chat_id, message_id)
        if message is None or not message.from_bot:
            raise EmulatorError(f"no bot message {message_id} in chat {chat_id} to tap on")
        query_id = state.next_callback_id()
        state.callbacks[query_id] = CallbackRecord(
            query_id, chat_id, message_id, data, state.clock()
        )
        query = {
            "id": query_id,
            "from": _person(user_id),
            "message": message.to_api(),
            "chat_instance": str((chat_id * 2654435761) % 10**18),
            "data": data,
        }
        state.updates.push("callback_query", query)
        return query_id

    def _group(self, chat_id: int) -> EmulatedGroup:
        group = self._state.groups.get(chat_id)
        if group is None:
            raise EmulatorError(f"no group or channel {chat_id}: add the bot to it first")
        return group

    def _store(
        self,
        group: EmulatedGroup,
        text: str,
        sender: dict[str, Any],
        sender_chat: dict[str, Any] | None,
    ) -> EmulatedMessage:
        if not text.strip():
            raise EmulatorError("Telegram clients do not send empty messages")
        message = EmulatedMessage(
            message_id=self._state.next_message_id(),
            chat_id=group.chat_id,
            from_bot=False,
            text=text,
            entities=find_bot_commands(text, []),
            date=self._state.date(),
            sender=sender,
            chat=group.as_chat(),
            sender_chat=sender_chat,
        )
        return self._state.store(message, by_bot=False)


def _person(
    user_id: int,
    first_name: str = "Test",
    username: str | None = None,
    language_code: str | None = None,
) -> dict[str, Any]:
    if user_id <= 0:
        raise EmulatorError("user ids are positive integers")
    return EmulatedUser(user_id, first_name, username, language_code).as_user()
