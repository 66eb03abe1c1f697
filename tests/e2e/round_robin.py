"""A small reverse proxy that spreads webhook requests over several workers, round robin.

It stands in for the nginx of docs/deploy.md (`proxy_next_upstream error http_503
non_idempotent`): each request goes to the next upstream in turn; when that upstream refuses the
connection (a killed worker), breaks it before answering (a worker killed mid-request) or answers
503 (a stopping worker that did not take the update), the same request goes on to the next
upstream. Only when every upstream failed does the caller get a 502, and Telegram (here, the
emulator) sends the update again later.

Everything it did is kept for the test to inspect: which upstream answered each request, and
which requests an upstream broke mid-way (their update may or may not have been handled there,
so it may be handled twice: the at-least-once window of a webhook).
"""

from __future__ import annotations

import itertools
import json
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

import aiohttp
from aiohttp import web

from tgemu.webhook import chat_key

HOP_BY_HOP = frozenset(
    {"connection", "content-length", "host", "keep-alive", "transfer-encoding", "upgrade"}
)
UPSTREAM_TIMEOUT_SECONDS = 30.0  # as proxy_read_timeout in docs/deploy.md


@dataclass(frozen=True)
class Routed:
    """One attempt to pass a request on: to which upstream, and what came of it."""

    upstream: int
    body: bytes
    status: int | None  # None: refused or broken, no answer
    broken: bool = False  # the connection was made and then lost before an answer


class RoundRobinProxy:
    """`await proxy.start()`, point the webhook at `proxy.url(path)`, `await proxy.stop()`."""

    def __init__(self, upstreams: Sequence[str]) -> None:
        if not upstreams:
            raise ValueError("at least one upstream")
        self.upstreams = [url.rstrip("/") for url in upstreams]
        self._turn = itertools.cycle(range(len(self.upstreams)))
        self.attempts: list[Routed] = []
        self.answered: Counter[int] = Counter()  # upstream index -> requests it answered
        self.refused: Counter[int] = Counter()
        self._runner: web.AppRunner | None = None
        self._session: aiohttp.ClientSession | None = None
        self._base = ""

    def url(self, path: str = "/") -> str:
        return f"{self._base}{path}"

    async def start(self, host: str = "127.0.0.1", port: int = 0) -> None:
        # No keep-alive to the workers: a pooled connection to a killed worker would otherwise
        # look like a request broken mid-way rather than a refused one.
        connector = aiohttp.TCPConnector(force_close=True, limit=0)
        self._session = aiohttp.ClientSession(
            connector=connector,
            timeout=aiohttp.ClientTimeout(total=UPSTREAM_TIMEOUT_SECONDS),
            auto_decompress=False,
        )
        app = web.Application(client_max_size=4 * 1024 * 1024)
        app.router.add_route("*", "/{tail:.*}", self._forward)
        runner = web.AppRunner(app, access_log=None, handle_signals=False, shutdown_timeout=1.0)
        await runner.setup()
        await web.TCPSite(runner, host, port).start()
        self._runner = runner
        bound_host, bound_port = runner.addresses[0][:2]
        self._base = f"http://{bound_host}:{bound_port}"

    async def stop(self) -> None:
        if self._runner is not None:
            runner, self._runner = self._runner, None
            await runner.cleanup()
        if self._session is not None:
            session, self._session = self._session, None
            await session.close()

    async def __aenter__(self) -> RoundRobinProxy:
        await self.start()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.stop()

    async def _forward(self, request: web.Request) -> web.Response:
        assert self._session is not None
        body = await request.read()
        headers = {k: v for k, v in request.headers.items() if k.lower() not in HOP_BY_HOP}
        for _ in range(len(self.upstreams)):
            index = next(self._turn)
            target = f"{self.upstreams[index]}{request.rel_url}"
            try:
                async with self._session.request(
                    request.method, target, data=body, headers=headers, allow_redirects=False
                ) as answer:
                    payload = await answer.read()
                    status = answer.status
                    content_type = answer.headers.get("Content-Type")
            except aiohttp.ClientConnectorError:
                self.refused[index] += 1
                self.attempts.append(Routed(index, body, None))
                continue
            except (aiohttp.ClientError, TimeoutError):
                self.attempts.append(Routed(index, body, None, broken=True))
                continue
            self.attempts.append(Routed(index, body, status))
            if status == 503:
                continue
            self.answered[index] += 1
            response = web.Response(status=status, body=payload)
            if content_type:
                response.headers["Content-Type"] = content_type
            return response
        return web.Response(status=502, text="no upstream answered")

    def broken(self) -> list[Routed]:
        """Requests an upstream lost mid-way (then passed on to the next one)."""
        return [attempt for attempt in self.attempts if attempt.broken]

    def workers_per_chat(self) -> dict[int, list[int]]:
        """For each Telegram chat, the upstreams that answered its updates, in order."""
        seen: dict[int, list[int]] = defaultdict(list)
        for attempt in self.attempts:
            if attempt.status is not None and 200 <= attempt.status < 300:
                seen[chat_key(json.loads(attempt.body))].append(attempt.upstream)
        return dict(seen)

    def chats_handled_twice(self) -> set[int]:
        """Chats with an update that reached an upstream more than once: lost mid-way by one
        and passed on, or sent again by Telegram after its request timed out. That is a
        webhook's at-least-once window: only these chats may see a reply twice."""
        reached: Counter[int] = Counter()
        chats: dict[int, int] = {}
        for attempt in self.attempts:
            if attempt.status is not None or attempt.broken:
                update = json.loads(attempt.body)
                reached[update["update_id"]] += 1
                chats[update["update_id"]] = chat_key(update)
        return {chats[update_id] for update_id, times in reached.items() if times > 1}
