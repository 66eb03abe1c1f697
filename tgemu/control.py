"""HTTP control API of the emulator: play the user and steer faults from another process.

Everything is JSON in and out; misuse answers 400 (or 404 for an unknown callback query) with
{"error": "..."}.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from typing import Any

from aiohttp import web

from tgemu.models import ApiError, EmulatorError
from tgemu.rates import make_fault
from tgemu.state import EmulatorState
from tgemu.validation import scope_key

ControlHandler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def _error(status: int, message: str) -> web.Response:
    return web.json_response({"error": message}, status=status)


async def _body(request: web.Request) -> dict[str, Any]:
    if not request.can_read_body:
        return {}
    try:
        body = await request.json()
    except ValueError as error:
        raise EmulatorError("the body must be a JSON object") from error
    if not isinstance(body, dict):
        raise EmulatorError("the body must be a JSON object")
    return body


def _int(value: Any, name: str) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        raise EmulatorError(f"{name} must be an integer") from None


def _optional_int(value: Any, name: str) -> int | None:
    return None if value is None else _int(value, name)


class ControlApi:
    """Routes under /control, working directly on the emulator state."""

    def __init__(self, state: EmulatorState) -> None:
        self.state = state

    def routes(self) -> list[web.RouteDef]:
        guard = self._guard
        return [
            web.post("/control/users/{user_id}/messages", guard(self.user_message)),
            web.post("/control/users/{user_id}/callbacks", guard(self.user_callback)),
            web.post("/control/users/{user_id}/block", guard(self.block)),
            web.post("/control/users/{user_id}/unblock", guard(self.unblock)),
            web.get("/control/chats/{chat_id}/messages", guard(self.chat_messages)),
            web.get("/control/callbacks/{query_id}", guard(self.callback)),
            web.post("/control/faults", guard(self.add_fault)),
            web.delete("/control/faults", guard(self.clear_faults)),
            web.get("/control/faults", guard(self.list_faults)),
            web.get("/control/stats", guard(self.stats)),
            web.get("/control/commands", guard(self.commands)),
            web.post("/control/reset", guard(self.reset)),
        ]

    @staticmethod
    def _guard(handler: ControlHandler) -> ControlHandler:
        async def guarded(request: web.Request) -> web.StreamResponse:
            try:
                return await handler(request)
            except (EmulatorError, ValueError) as error:
                return _error(400, str(error))
            except ApiError as error:
                return _error(400, error.description)

        return guarded

    async def user_message(self, request: web.Request) -> web.Response:
        body = await _body(request)
        text = body.get("text")
        if not isinstance(text, str):
            raise EmulatorError('"text" must be a string')
        update_id, message = self.state.user_sends(
            _int(request.match_info["user_id"], "user_id"),
            text,
            first_name=str(body.get("first_name", "Test")),
            username=body.get("username"),
            language_code=body.get("language_code", "en"),
        )
        return web.json_response({"update_id": update_id, "message": message.to_api()})

    async def user_callback(self, request: web.Request) -> web.Response:
        body = await _body(request)
        update_id, query_id = self.state.user_taps(
            _int(request.match_info["user_id"], "user_id"),
            _int(body.get("message_id"), "message_id"),
            data=body.get("data"),
            button_text=body.get("button_text"),
        )
        return web.json_response({"update_id": update_id, "callback_query_id": query_id})

    async def block(self, request: web.Request) -> web.Response:
        self.state.set_blocked(_int(request.match_info["user_id"], "user_id"), blocked=True)
        return web.json_response({"ok": True})

    async def unblock(self, request: web.Request) -> web.Response:
        self.state.set_blocked(_int(request.match_info["user_id"], "user_id"), blocked=False)
        return web.json_response({"ok": True})

    async def chat_messages(self, request: web.Request) -> web.Response:
        chat_id = _int(request.match_info["chat_id"], "chat_id")
        messages = [message.to_dict() for message in self.state.chat_messages(chat_id)]
        return web.json_response({"messages": messages})

    async def callback(self, request: web.Request) -> web.Response:
        record = self.state.callbacks.get(request.match_info["query_id"])
        if record is None:
            return _error(404, "unknown callback query")
        return web.json_response(
            {
                "callback_query_id": record.query_id,
                "chat_id": record.chat_id,
                "message_id": record.message_id,
                "data": record.data,
                "answer": record.answer,
            }
        )

    async def add_fault(self, request: web.Request) -> web.Response:
        body = await _body(request)
        fault = make_fault(
            str(body.get("method", "*")),
            _int(body.get("status"), "status"),
            retry_after=_optional_int(body.get("retry_after"), "retry_after"),
            times=_optional_int(body.get("times", 1), "times"),
            chat_id=_optional_int(body.get("chat_id"), "chat_id"),
            description=body.get("description"),
        )
        self.state.faults.add(fault)
        return web.json_response({"fault": fault.to_dict()})

    async def clear_faults(self, request: web.Request) -> web.Response:
        self.state.faults.clear()
        return web.json_response({"ok": True})

    async def list_faults(self, request: web.Request) -> web.Response:
        return web.json_response(
            {"faults": [fault.to_dict() for fault in self.state.faults.active()]}
        )

    async def stats(self, request: web.Request) -> web.Response:
        return web.json_response(self.state.stats.to_dict())

    async def commands(self, request: web.Request) -> web.Response:
        scope_text = request.query.get("scope")
        try:
            scope = json.loads(scope_text) if scope_text else None
        except ValueError:
            raise EmulatorError("scope must be a JSON object") from None
        key = scope_key(scope, request.query.get("language_code"))
        return web.json_response({"commands": self.state.commands.get(key, [])})

    async def reset(self, request: web.Request) -> web.Response:
        self.state.clear()
        return web.json_response({"ok": True})
