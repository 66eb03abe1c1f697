"""Webhook delivery: the emulator POSTs each update to the URL set by setWebhook, as Telegram does.

Kept from Telegram:
- one POST per update, its JSON as the body, with `X-Telegram-Bot-Api-Secret-Token` when
  setWebhook had a secret_token;
- any 2xx answer confirms the update; any other answer, a refused connection or a time-out is
  retried after a growing pause (recorded as getWebhookInfo's last_error_date/last_error_message),
  and that chat's later updates wait behind it, so the bot sees each chat's updates in order;
- different chats proceed in parallel, with at most `max_connections` requests open at once;
- `pending_update_count` counts what is not confirmed yet.

Deviations, on purpose (this is a local test server):
- plain http:// is accepted for loopback hosts, because the tests run without TLS;
- updates are delivered only to loopback hosts: what simulated users type never leaves the
  machine. A webhook on another host keeps its updates pending and says so in last_error_message.
- Telegram eventually gives up on an update; the emulator retries while the webhook stays set.

An update leaves the queue only once confirmed, so deleting the webhook leaves the rest for
getUpdates. Changing or deleting the webhook cancels the requests in flight; an update whose
request was cancelled is sent again to the new URL (at least once, as with Telegram).
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections import deque
from typing import Any
from urllib.parse import urlsplit

import aiohttp

from bot.core.config import is_loopback_host
from tgemu.state import EmulatorState

logger = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"  # noqa: S105 - a header name
RETRY_FIRST_SECONDS = 0.1
RETRY_MAX_SECONDS = 5.0
REQUEST_TIMEOUT_SECONDS = 10.0
IDLE_WAKE_SECONDS = 1.0
LOOPBACK_ONLY = "the emulator delivers webhooks to loopback hosts only"

Update = dict[str, Any]


def webhook_url_allowed(url: str) -> bool:
    """What setWebhook accepts: https:// anywhere (as Telegram), http:// on loopback hosts."""
    parts = urlsplit(url.strip())
    if not parts.hostname or parts.scheme not in ("http", "https"):
        return False
    return parts.scheme == "https" or is_loopback_host(parts.hostname)


def chat_key(update: Update) -> int:
    """The chat an update belongs to, for per-chat ordering (0: no chat, e.g. a poll)."""
    payload = next((value for key, value in update.items() if key != "update_id"), None)
    if not isinstance(payload, dict):
        return 0
    for holder in (payload, payload.get("message")):
        if isinstance(holder, dict) and isinstance(holder.get("chat"), dict):
            return int(holder["chat"].get("id", 0))
    sender = payload.get("from")
    return int(sender.get("id", 0)) if isinstance(sender, dict) else 0


class WebhookDeliverer:
    """Runs while the emulator's server runs; follows `state.webhook` (set, changed, deleted).

    One task watches the update queue and hands new updates to per-chat queues; one worker task
    per chat with undelivered updates posts them in order. A changed webhook dict (each
    setWebhook makes a new one) starts over: workers are cancelled, pending updates reassigned.
    """

    def __init__(
        self,
        state: EmulatorState,
        *,
        retry_first: float = RETRY_FIRST_SECONDS,
        retry_max: float = RETRY_MAX_SECONDS,
        timeout: float = REQUEST_TIMEOUT_SECONDS,
    ) -> None:
        self._state = state
        self._retry_first = retry_first
        self._retry_max = retry_max
        self._timeout = timeout
        self._hook: dict[str, Any] | None = None
        self._deliverable = False
        self._slots = asyncio.Semaphore(1)
        self._chats: dict[int, deque[Update]] = {}
        self._workers: dict[int, asyncio.Task[None]] = {}
        self._tasks: set[asyncio.Task[None]] = set()
        self._assigned_up_to = 0
        self._session: aiohttp.ClientSession | None = None
        self._watcher: asyncio.Task[None] | None = None
        self._stopping = False

    async def start(self) -> None:
        self._stopping = False
        self._session = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=self._timeout))
        self._watcher = asyncio.create_task(self._watch(), name="emulator-webhook")

    async def stop(self) -> None:
        # A flag, not cancel(): Python 3.11's wait_for can swallow a cancellation that arrives
        # just as the change signal fires, which would leave the watcher running for ever.
        self._stopping = True
        self._state.updates.wake()
        if self._watcher is not None:
            await self._watcher
            self._watcher = None
        self._reset(None)
        if self._tasks:
            await asyncio.gather(*self._tasks, return_exceptions=True)
        if self._session is not None:
            await self._session.close()
            self._session = None

    async def _watch(self) -> None:
        while not self._stopping:
            self._assign()
            await self._state.updates.wait_changed(IDLE_WAKE_SECONDS)

    def _assign(self) -> None:
        hook = self._state.webhook
        if hook is not self._hook:
            self._reset(hook)
        if hook is None or not self._deliverable:
            return
        for update in self._state.updates.pending_after(self._assigned_up_to):
            self._assigned_up_to = update["update_id"]
            key = chat_key(update)
            self._chats.setdefault(key, deque()).append(update)
            if key not in self._workers:
                task = asyncio.create_task(self._deliver_chat(key, hook))
                self._workers[key] = task
                self._tasks.add(task)
                task.add_done_callback(self._tasks.discard)

    def _reset(self, hook: dict[str, Any] | None) -> None:
        for task in self._workers.values():
            task.cancel()
        self._workers.clear()
        self._chats.clear()
        self._assigned_up_to = 0
        self._hook = hook
        self._deliverable = hook is not None and is_loopback_host(
            urlsplit(hook["url"]).hostname or ""
        )
        if hook is None:
            return
        self._slots = asyncio.Semaphore(hook["max_connections"])
        if not self._deliverable:
            self._record_error(hook, LOOPBACK_ONLY)

    async def _deliver_chat(self, key: int, hook: dict[str, Any]) -> None:
        """Post this chat's updates one after another; a failure holds the rest back."""
        queue = self._chats[key]
        failures = 0
        try:
            while queue and self._hook is hook and self._state.webhook is hook:
                update = queue[0]
                error = await self._post(hook, update)
                if error is None:
                    queue.popleft()
                    self._state.updates.acknowledge(update["update_id"])
                    failures = 0
                    continue
                self._record_error(hook, error)
                await asyncio.sleep(min(self._retry_max, self._retry_first * 2**failures))
                failures += 1
        finally:
            if self._workers.get(key) is asyncio.current_task():
                del self._workers[key]
                self._chats.pop(key, None)

    async def _post(self, hook: dict[str, Any], update: Update) -> str | None:
        """One delivery attempt: None when confirmed, else Telegram's kind of error message."""
        assert self._session is not None
        headers = {"Content-Type": "application/json"}
        if hook.get("secret_token"):
            headers[SECRET_HEADER] = hook["secret_token"]
        async with self._slots:
            try:
                async with self._session.post(
                    hook["url"], data=json.dumps(update), headers=headers, allow_redirects=False
                ) as response:
                    await response.read()
                    if 200 <= response.status < 300:
                        return None
                    return f"Wrong response from the webhook: {response.status} {response.reason}"
            except TimeoutError:
                return "Read timeout expired"
            except aiohttp.ClientSSLError:  # before its base class, ClientConnectorError
                return "SSL error: the webhook's certificate was not accepted"
            except aiohttp.ClientConnectorError:
                return "Connection refused"
            except aiohttp.ClientError as exc:
                return f"Connection failed: {type(exc).__name__}"

    def _record_error(self, hook: dict[str, Any], message: str) -> None:
        hook["last_error_date"] = self._state.date()
        hook["last_error_message"] = message
        logger.debug("webhook delivery failed: %s", message)
