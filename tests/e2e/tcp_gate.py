"""A TCP relay in front of a server (PostgreSQL here) that a test can shut and open again.

`cut()` drops every relayed connection and stops listening, so new connections are refused: to
the bot the database is down, while the real server, shared with other tests, keeps running.
`restore()` listens again on the same port. `stall()` keeps every connection open but relays
nothing until `resume()`: a network fault neither end notices by itself.

    gate = TcpGate("127.0.0.1", 5432)
    port = await gate.start()      # point DATABASE_URL at 127.0.0.1:port
    await gate.cut()               # the database is gone
    await gate.restore()           # and back
"""

from __future__ import annotations

import asyncio
import contextlib


class TcpGate:
    def __init__(self, host: str, port: int) -> None:
        self.target = (host, port)
        self.port = 0
        self.connections = 0
        self._server: asyncio.Server | None = None
        self._pipes: set[asyncio.Task[None]] = set()
        self._writers: set[asyncio.StreamWriter] = set()
        self._flowing = asyncio.Event()
        self._flowing.set()

    @property
    def is_open(self) -> bool:
        return self._server is not None

    async def start(self) -> int:
        """Listen (on a free port the first time, the same one after a cut) and relay."""
        self._server = await asyncio.start_server(self._relay, "127.0.0.1", self.port)
        self.port = int(self._server.sockets[0].getsockname()[1])
        return self.port

    async def restore(self) -> None:
        if self._server is None:
            await self.start()

    async def stop(self) -> None:
        await self.cut()

    def stall(self) -> None:
        """Relay nothing more, with both ends' sockets still open."""
        self._flowing.clear()

    def resume(self) -> None:
        """Relay again, including what arrived while stalled."""
        self._flowing.set()

    def cut_now(self) -> None:
        """Refuse new connections and reset the relayed ones, as a dead server would; at once,
        so it can be called from a synchronous callback (e.g. right as a message is sent)."""
        server, self._server = self._server, None
        if server is not None:
            server.close()
        for writer in list(self._writers):
            transport = writer.transport
            if isinstance(transport, asyncio.Transport):
                transport.abort()  # no orderly goodbye: like a crash or a cut cable
        self._writers.clear()
        for task in list(self._pipes):
            task.cancel()

    async def cut(self) -> None:
        self.cut_now()
        await asyncio.gather(*self._pipes, return_exceptions=True)

    async def _relay(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            upstream_reader, upstream_writer = await asyncio.open_connection(*self.target)
        except OSError:
            writer.close()
            return
        self.connections += 1
        self._writers |= {writer, upstream_writer}
        for source, sink in ((reader, upstream_writer), (upstream_reader, writer)):
            task = asyncio.create_task(self._pipe(source, sink))
            self._pipes.add(task)
            task.add_done_callback(self._pipes.discard)

    async def _pipe(self, source: asyncio.StreamReader, sink: asyncio.StreamWriter) -> None:
        with contextlib.suppress(OSError):
            while data := await source.read(65536):
                await self._flowing.wait()
                sink.write(data)
                await sink.drain()
        sink.close()
        self._writers.discard(sink)
