"""Pieces shared by the HTML and Markdown parsers: scanning, entity building, link checking."""

from __future__ import annotations

import re
from typing import Any

ParseResult = tuple[str, list[dict[str, Any]]]

# TDLib orders entities by offset, then longer first, then by this per-type priority.
_PRIORITY = {
    "blockquote": 0,
    "expandable_blockquote": 0,
    "code": 20,
    "text_link": 49,
    "text_mention": 49,
    "bold": 90,
    "italic": 91,
    "underline": 92,
    "strikethrough": 93,
    "spoiler": 94,
    "custom_emoji": 99,
}
_DEFAULT_PRIORITY = 50  # bot_command, mention, hashtag, url and other detected entities
_URL_FORBIDDEN = frozenset(" \t\r\n\v\f")
_SCHEME = re.compile(r"[a-z][a-z0-9+.-]*:")
_HOST_PORT = re.compile(r"[^:/?#]+:\d")


class EntityParseError(ValueError):
    """Markup Telegram refuses; the message is TDLib's reason, which the Bot API prefixes with
    "Bad Request: can't parse entities: "."""


class InvalidLinkError(ValueError):
    """A URL Telegram would not accept; the message is TDLib's reason (e.g. "Wrong HTTP URL")."""


def utf16_len(text: str) -> int:
    """Length in UTF-16 code units: the unit of Bot API entity offsets and text limits."""
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


class TextScanner:
    """Index access that answers "\\0" past the end, so ported C loops read the same."""

    __slots__ = ("size", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.size = len(text)

    def at(self, index: int) -> str:
        return self.text[index] if index < self.size else "\0"

    def is_space(self, index: int) -> bool:
        """TDLib's is_space, which also treats the terminating NUL as space."""
        return self.at(index) in " \t\r\n\v\f\0"

    def byte_offset(self, index: int) -> int:
        """Telegram reports error positions in UTF-8 bytes of the original text."""
        return len(self.text[:index].encode("utf-8", "surrogatepass"))


def make_entity(kind: str, offset: int, length: int, **extra: str | None) -> dict[str, Any]:
    """A Bot API MessageEntity dict; extras set to None are left out as Telegram leaves them."""
    entity: dict[str, Any] = {"type": kind, "offset": offset, "length": length}
    entity.update({key: value for key, value in extra.items() if value is not None})
    return entity


def _priority(entity: dict[str, Any]) -> int:
    if entity["type"] == "pre":
        return 10 if entity.get("language") else 11
    return _PRIORITY.get(entity["type"], _DEFAULT_PRIORITY)


def sort_entities(entities: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Order entities as Telegram returns them, so stored messages compare equal to real ones."""
    return sorted(
        entities, key=lambda entity: (entity["offset"], -entity["length"], _priority(entity))
    )


def _valid_label(label: str) -> bool:
    return bool(label) and all(
        not char.isascii() or char.isalnum() or char in "-_" for char in label
    )


def _valid_host(host: str) -> bool:
    labels = host.split(".")
    if len(labels) == 4 and all(label.isdigit() and int(label) <= 255 for label in labels):
        return True
    if len(labels) < 2 or not all(_valid_label(label) for label in labels):
        return False
    tld = labels[-1]
    return tld.startswith("xn--") or all(not char.isascii() or char.isalpha() for char in tld)


def check_link(url: str) -> str:
    """Validate and normalise a link like TDLib's LinkManager::check_link (simplified).

    Telegram accepts http(s) links with or without a scheme and tg: links, and normalises them
    ("telegram.org" -> "http://telegram.org/"); anything else raises InvalidLinkError.
    """
    if not url or any(char in _URL_FORBIDDEN for char in url):
        raise InvalidLinkError("Wrong HTTP URL")
    lowered = url.lower()
    if lowered.startswith("tg:"):
        rest = url[3:].lstrip("/")
        if not rest or not (rest[0].isascii() and rest[0].isalnum()):
            raise InvalidLinkError("Wrong tg URL")
        return "tg://" + rest
    if "://" in url:
        scheme, rest = url.split("://", 1)
        scheme = scheme.lower()
        if scheme not in ("http", "https"):
            raise InvalidLinkError("Unsupported URL protocol")
    else:
        if _SCHEME.match(lowered) and not _HOST_PORT.match(lowered):
            raise InvalidLinkError("Unsupported URL protocol")
        scheme, rest = "http", url
    split_at = min((rest.find(char) for char in "/?#" if char in rest), default=len(rest))
    authority, tail = rest[:split_at], rest[split_at:]
    userinfo = ""
    if "@" in authority:
        userinfo, authority = authority.rsplit("@", 1)
        userinfo += "@"
    host, port = authority, ""
    if ":" in authority:
        host, port_text = authority.rsplit(":", 1)
        if not port_text.isdigit() or not 0 < int(port_text) < 65536:
            raise InvalidLinkError("Wrong port number specified in the URL")
        port = ":" + port_text
    host = host.lower()
    if not host:
        raise InvalidLinkError("URL host is empty")
    if not _valid_host(host):
        raise InvalidLinkError("Wrong HTTP URL")
    if not tail or tail[0] in "?#":
        tail = "/" + tail
    return f"{scheme}://{userinfo}{host}{port}{tail}"
