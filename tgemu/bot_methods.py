"""Bot API methods about the bot itself and chats: identity, commands, descriptions, menu
button, chat actions and getChat."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from tgemu.models import bad_request
from tgemu.state import EmulatorState
from tgemu.validation import CHAT_ACTIONS, Params, scope_key, validate_commands

Handler = Callable[[EmulatorState, Params], Awaitable[Any]]


async def get_me(state: EmulatorState, params: Params) -> dict[str, Any]:
    return {
        **state.bot_user(),
        "can_join_groups": True,
        "can_read_all_group_messages": False,
        "supports_inline_queries": False,
        "can_connect_to_business": False,
        "has_main_web_app": False,
    }


async def log_out(state: EmulatorState, params: Params) -> bool:
    return True


def _commands_key(params: Params) -> str:
    scope = params.json_value("scope", "can't parse BotCommandScope JSON object")
    return scope_key(scope, params.text("language_code"))


async def set_my_commands(state: EmulatorState, params: Params) -> bool:
    key = _commands_key(params)
    commands = validate_commands(params.json_value("commands", "can't parse commands JSON object"))
    if commands:
        state.commands[key] = commands
    else:
        state.commands.pop(key, None)
    return True


async def get_my_commands(state: EmulatorState, params: Params) -> list[dict[str, str]]:
    return [dict(command) for command in state.commands.get(_commands_key(params), [])]


async def delete_my_commands(state: EmulatorState, params: Params) -> bool:
    state.commands.pop(_commands_key(params), None)
    return True


def bot_text_setter(field: str, limit: int) -> Handler:
    async def setter(state: EmulatorState, params: Params) -> bool:
        value = (params.text(field) or "").strip()
        if len(value) > limit:
            raise bad_request(f"{field.replace('_', ' ')} is too long")
        key = (field, params.text("language_code") or "")
        if value:
            state.bot_texts[key] = value
        else:
            state.bot_texts.pop(key, None)
        return True

    return setter


def bot_text_getter(field: str) -> Handler:
    async def getter(state: EmulatorState, params: Params) -> dict[str, str]:
        language = params.text("language_code") or ""
        return {field: state.bot_texts.get((field, language), state.bot_texts.get((field, ""), ""))}

    return getter


async def set_chat_menu_button(state: EmulatorState, params: Params) -> bool:
    chat_ref = params.chat_id(required=False)
    chat_id = state.resolve_chat(chat_ref).user_id if chat_ref is not None else None
    button = params.json_value("menu_button", "can't parse menu button JSON object") or {
        "type": "default"
    }
    if not isinstance(button, dict) or button.get("type") not in ("commands", "web_app", "default"):
        raise bad_request("can't parse menu button JSON object")
    if button["type"] == "web_app" and not (
        isinstance(button.get("text"), str) and isinstance(button.get("web_app"), dict)
    ):
        raise bad_request("can't parse menu button JSON object")
    state.menu_buttons[chat_id] = dict(button)
    return True


async def get_chat_menu_button(state: EmulatorState, params: Params) -> dict[str, Any]:
    chat_ref = params.chat_id(required=False)
    chat_id = state.resolve_chat(chat_ref).user_id if chat_ref is not None else None
    button = state.menu_buttons.get(chat_id) or state.menu_buttons.get(None) or {"type": "default"}
    return dict(button)


async def send_chat_action(state: EmulatorState, params: Params) -> bool:
    user = state.resolve_chat(params.chat_id())
    if params.text("action") not in CHAT_ACTIONS:
        raise bad_request("wrong parameter action in request")
    state.ensure_reachable(user)
    state.chat_actions[user.user_id] = str(params.text("action"))
    return True


async def get_chat(state: EmulatorState, params: Params) -> dict[str, Any]:
    user = state.resolve_chat(params.chat_id())
    return {
        **user.as_chat(),
        "accent_color_id": 0,
        "max_reaction_count": 11,
        "accepted_gift_types": {
            "unlimited_gifts": False,
            "limited_gifts": False,
            "unique_gifts": False,
            "premium_subscription": False,
            "gifts_from_channels": False,
        },
    }
