"""The bot's HTTP client to the Bot API: aiohttp in place of python-telegram-bot's httpx.

Why: every update costs the event loop one getUpdates answer (or a webhook request) and at least
one send, and the event loop is also where the lexicon reads each message and where every other
reply waits. httpx parses HTTP in Python; aiohttp (already the webhook server's library) parses it
in C. Measured against the project's Bot API emulator, a sendMessage round trip costs about half a
millisecond less CPU with aiohttp (BENCHMARKS.md, "The HTTP client"), on every request the bot
makes.

It keeps the default client's contract (`telegram.request.BaseRequest`): the same timeouts and
their defaults, form-encoded parameters, multipart uploads (the /report PDF and chart), a timeout
raised as `TimedOut` and any other transport failure as `NetworkError`, so the rate limiter, the
send budget and the retries above it behave as before. aiohttp has no write timeout of its own, so
a request as a whole is bounded by the sum of its phases' limits (waiting for a connection,
connecting, writing, reading): one that cannot finish within all of them together never will.
"""

from __future__ import annotations

import aiohttp
from telegram._utils.defaultvalue import DefaultValue
from telegram._utils.types import ODVInput
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, RequestData

# python-telegram-bot's own defaults for its httpx client (ApplicationBuilder, HTTPXRequest).
POOL_SIZE = 256
GET_UPDATES_POOL_SIZE = 1  # one long poll at a time
READ_TIMEOUT = 5.0
WRITE_TIMEOUT = 5.0
CONNECT_TIMEOUT = 5.0
POOL_TIMEOUT = 1.0
MEDIA_WRITE_TIMEOUT = 20.0  # a file upload may take longer to write than a text


class AiohttpRequest(BaseRequest):
    """One aiohttp session per instance, opened by `initialize` and closed by `shutdown` (the
    Bot calls both). Not usable before `initialize`, like the default client."""

    def __init__(
        self,
        connection_pool_size: int = POOL_SIZE,
        read_timeout: float | None = READ_TIMEOUT,
        write_timeout: float | None = WRITE_TIMEOUT,
        connect_timeout: float | None = CONNECT_TIMEOUT,
        pool_timeout: float | None = POOL_TIMEOUT,
        media_write_timeout: float | None = MEDIA_WRITE_TIMEOUT,
    ) -> None:
        self._pool_size = connection_pool_size
        self._read = read_timeout
        self._write = write_timeout
        self._connect = connect_timeout
        self._pool = pool_timeout
        self._media_write = media_write_timeout
        self._session: aiohttp.ClientSession | None = None

    @property
    def read_timeout(self) -> float | None:
        return self._read

    async def initialize(self) -> None:
        if self._session is None or self._session.closed:
            connector = aiohttp.TCPConnector(limit=self._pool_size)
            self._session = aiohttp.ClientSession(
                connector=connector, headers={"User-Agent": self.USER_AGENT}
            )

    async def shutdown(self) -> None:
        if self._session is not None:
            session, self._session = self._session, None
            await session.close()

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        write_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        connect_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        pool_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        session = self._session
        if session is None or session.closed:
            raise RuntimeError("This AiohttpRequest is not initialized!")
        files = request_data.multipart_data if request_data is not None else None
        fields = request_data.json_parameters if request_data is not None else None
        timeout = self.timeout(
            read_timeout, write_timeout, connect_timeout, pool_timeout, upload=bool(files)
        )
        body: aiohttp.FormData | dict[str, str] | None = fields
        if files:
            body = aiohttp.FormData()
            for name, value in (fields or {}).items():
                body.add_field(name, value)
            for name, (filename, content, mimetype) in files.items():
                body.add_field(name, content, filename=filename, content_type=mimetype)
        try:
            async with session.request(method, url, data=body, timeout=timeout) as response:
                return response.status, await response.read()
        except TimeoutError as err:  # aiohttp's timeouts are TimeoutErrors
            raise TimedOut from err
        except aiohttp.ClientError as err:
            raise NetworkError(f"aiohttp.{type(err).__name__}: {err}") from err

    def timeout(
        self,
        read: ODVInput[float],
        write: ODVInput[float],
        connect: ODVInput[float],
        pool: ODVInput[float],
        *,
        upload: bool = False,
    ) -> aiohttp.ClientTimeout:
        """The request's limits: each given one, else this client's own (a longer write for an
        upload). None means no limit, as in the default client."""
        read_s = self._read if isinstance(read, DefaultValue) else read
        default_write = self._media_write if upload else self._write
        write_s = default_write if isinstance(write, DefaultValue) else write
        connect_s = self._connect if isinstance(connect, DefaultValue) else connect
        pool_s = self._pool if isinstance(pool, DefaultValue) else pool
        # aiohttp's `connect` covers waiting for a free connection and connecting.
        waiting = None if connect_s is None or pool_s is None else connect_s + pool_s
        phases = (waiting, write_s, read_s)
        total = None if None in phases else sum(p for p in phases if p is not None)
        return aiohttp.ClientTimeout(
            total=total, connect=waiting, sock_connect=connect_s, sock_read=read_s
        )


def bot_api_clients() -> tuple[AiohttpRequest, AiohttpRequest]:
    """The client for every Bot API call and the one for getUpdates' long poll, with
    python-telegram-bot's defaults for each."""
    return AiohttpRequest(), AiohttpRequest(connection_pool_size=GET_UPDATES_POOL_SIZE)
