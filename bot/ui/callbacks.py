"""The callback-data codec: every inline button's payload goes through here.

Telegram gives a button 1-64 bytes of data and sends it back verbatim when tapped, and any client
can send any bytes it likes. So payloads are short, versioned `v1:action:arg:...` strings, and
`decode` returns None for anything that is not one of ours, instead of raising deep in a handler.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

VERSION = "v1"
MAX_BYTES = 64
_ACTION_RE = re.compile(r"^[a-z][a-z0-9_]{0,15}$")
_ARG_RE = re.compile(r"^[A-Za-z0-9_.+-]{0,40}$")


@dataclass(frozen=True)
class Callback:
    action: str
    args: tuple[str, ...] = ()

    def arg(self, index: int) -> str | None:
        return self.args[index] if index < len(self.args) else None


def encode(action: str, *args: object) -> str:
    if not _ACTION_RE.match(action):
        raise ValueError(f"bad callback action {action!r}")
    parts = [str(a) for a in args]
    for part in parts:
        if not _ARG_RE.match(part):
            raise ValueError(f"bad callback argument {part!r}")
    data = ":".join([VERSION, action, *parts])
    if len(data.encode()) > MAX_BYTES:
        raise ValueError(f"callback data over {MAX_BYTES} bytes: {data!r}")
    return data


def decode(data: str | None) -> Callback | None:
    if not data or len(data.encode()) > MAX_BYTES:
        return None
    version, _, rest = data.partition(":")
    if version != VERSION:
        return None
    action, *args = rest.split(":")
    if not _ACTION_RE.match(action) or not all(_ARG_RE.match(a) for a in args):
        return None
    return Callback(action, tuple(args))
