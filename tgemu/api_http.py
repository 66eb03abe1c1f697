"""The Bot API endpoint: token and method routing, decoding, faults, Telegram-shaped replies."""

from __future__ import annotations

import logging
import re
import time
from collections import deque
from dataclasses import dataclass
from typing import Any

from aiohttp import web

from tgemu.methods import METHODS, Described
from tgemu.models import ApiError, Upload
from tgemu.state import EmulatorState, bot_id_from_token
from tgemu.validation import Params

logger = logging.getLogger(__name__)

TOKEN_PATTERN = re.compile(r"\d{1,20}:[A-Za-z0-9_-]+")
_NOT_FOUND = {"ok": False, "error_code": 404, "description": "Not Found"}
_UNAUTHORIZED = {"ok": False, "error_code": 401, "description": "Unauthorized"}
_FORM_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")
JOURNAL_SIZE = 100_000


@dataclass(frozen=True)
class CallRecord:
    """One Bot API call as answered, stamped with `time.monotonic()` (the clock asyncio's loop
    runs on), so a test can check what happened when: e.g. that no send came inside a 429's
    retry_after. `status` is 200 for an accepted call."""

    at: float
    method: str
    status: int
    chat_id: int | None
    retry_after: int | None = None


CallJournal = deque[CallRecord]


def new_journal() -> CallJournal:
    return deque(maxlen=JOURNAL_SIZE)


async def read_params(request: web.Request) -> dict[str, Any]:
    """Merge the query string and the body, in whichever encoding Telegram accepts it."""
    params: dict[str, Any] = dict(request.query)
    if not request.can_read_body:
        return params
    if request.content_type == "application/json":
        try:
            body = await request.json()
        except ValueError:
            raise ApiError(400, "Bad Request: can't parse JSON object") from None
        if not isinstance(body, dict):
            raise ApiError(400, "Bad Request: can't parse JSON object")
        params.update(body)
    elif request.content_type in _FORM_TYPES:
        form = await request.post()
        for key, value in form.items():
            if isinstance(value, str):
                params[key] = value
            elif isinstance(value, web.FileField):
                data = value.file.read()
                params[key] = Upload(value.filename, value.content_type, data)
    return params


def _fault_chat(params: Params) -> int | None:
    """The chat a call targets, for per-chat faults; a malformed id simply matches no fault."""
    try:
        chat = params.chat_id(required=False)
    except ApiError:
        return None
    return chat if isinstance(chat, int) else None


class BotApiHandler:
    """Answers /bot<token>/<method> exactly in Telegram's response shape."""

    def __init__(
        self, state: EmulatorState, token: str | None, journal: CallJournal | None = None
    ) -> None:
        self.state = state
        self.token = token
        self.journal = journal if journal is not None else new_journal()

    async def not_found(self, request: web.Request) -> web.Response:
        return web.json_response(_NOT_FOUND, status=404)

    async def handle(self, request: web.Request) -> web.Response:
        token = request.match_info["token"]
        if not TOKEN_PATTERN.fullmatch(token):
            return web.json_response(_NOT_FOUND, status=404)
        if self.token is not None and token != self.token:
            return web.json_response(_UNAUTHORIZED, status=401)
        state = self.state
        entry = METHODS.get(request.match_info["method"].lower())
        if entry is None:
            state.stats.calls[request.match_info["method"]] += 1
            return web.json_response(_NOT_FOUND, status=404)
        name, handler = entry
        state.bot_id = bot_id_from_token(token)
        state.stats.calls[name] += 1
        chat_id: int | None = None
        try:
            params = Params(await read_params(request))
            chat_id = _fault_chat(params)
            fault = state.faults.take(name, chat_id)
            if fault is not None:
                state.stats.faults_served[name] += 1
                raise fault.to_error()
            result = await handler(state, params)
        except ApiError as error:
            state.stats.errors[name] += 1
            logger.debug("%s -> %s %s", name, error.status, error.description)
            self.journal.append(
                CallRecord(time.monotonic(), name, error.status, chat_id, error.retry_after)
            )
            return web.json_response(error.payload(), status=error.status)
        logger.debug("%s -> 200", name)
        self.journal.append(CallRecord(time.monotonic(), name, 200, chat_id))
        if isinstance(result, Described):
            return web.json_response(
                {"ok": True, "result": result.result, "description": result.description}
            )
        return web.json_response({"ok": True, "result": result})
