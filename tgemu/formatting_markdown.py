"""MarkdownV2 and legacy Markdown parsers, ported from TDLib so errors and offsets match."""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass
from typing import Any

from tgemu.formatting_shared import (
    EntityParseError,
    InvalidLinkError,
    ParseResult,
    TextScanner,
    check_link,
    make_entity,
    sort_entities,
    utf16_len,
)

_RESERVED = "_*[]()~`>#+-=|{}.!"
_ESCAPED_BY_HELPER = frozenset(_RESERVED + "\\")
# Names TDLib prints in "Can't find end of X entity" errors.
_TDLIB_NAMES = {
    "bold": "Bold",
    "italic": "Italic",
    "underline": "Underline",
    "strikethrough": "Strikethrough",
    "spoiler": "Spoiler",
    "code": "Code",
    "pre": "Pre",
    "pre_code": "PreCode",
    "text_link": "TextUrl",
    "custom_emoji": "CustomEmoji",
}
_CUSTOM_EMOJI_ID = re.compile(r"[1-9][0-9]{0,18}")


def escape_markdown_v2(text: str) -> str:
    """Escape text so MarkdownV2 shows it verbatim (every reserved character and the backslash)."""
    return "".join("\\" + char if char in _ESCAPED_BY_HELPER else char for char in text)


@dataclass
class _Open:
    """An entity whose opening marker was seen and whose end is still ahead."""

    kind: str
    argument: str
    offset: int
    source_index: int
    out_index: int


@dataclass
class _Quote:
    """A `>` block quote; it ends at the first line that does not start with `>`."""

    offset: int
    depth: int
    expandable: bool = False
    closing: bool = False


def _reserved_error(char: str) -> EntityParseError:
    return EntityParseError(
        f"Character '{char}' is reserved and must be escaped with the preceding '\\'"
    )


def _unclosed_error(scan: TextScanner, entity: _Open) -> EntityParseError:
    return EntityParseError(
        f"Can't find end of {_TDLIB_NAMES[entity.kind]} entity at byte offset "
        f"{scan.byte_offset(entity.source_index)}"
    )


class _MarkdownV2Parser:
    """One pass over the text, holding the state TDLib keeps in local variables."""

    def __init__(self, text: str) -> None:
        self.scan = TextScanner(text)
        self.out: list[str] = []
        self.utf16 = 0
        self.entities: list[dict[str, Any]] = []
        self.stack: list[_Open] = []
        self.quote: _Quote | None = None
        self.marker_at = -1  # len(out) when a `>` was last consumed, so `>>` is not two markers

    def emit(self, char: str) -> None:
        self.out.append(char)
        self.utf16 += utf16_len(char)

    def in_code(self) -> bool:
        return bool(self.stack) and self.stack[-1].kind in ("code", "pre", "pre_code")

    def close_quote(self) -> None:
        quote = self.quote
        if quote is None:
            return
        if len(self.stack) > quote.depth:
            raise _unclosed_error(self.scan, self.stack[-1])
        if self.utf16 > quote.offset:
            kind = "expandable_blockquote" if quote.expandable else "blockquote"
            self.entities.append(make_entity(kind, quote.offset, self.utf16 - quote.offset))
        self.quote = None

    def handle_line_start(self, i: int) -> int | None:
        """Block quote markers at the start of a line; returns the next index if consumed."""
        at = self.scan.at
        if self.out and self.out[-1] not in "\n\r":
            return None
        if self.marker_at == len(self.out):
            return None
        after_newline = bool(self.out) and self.out[-1] == "\n"
        starts_quote = at(i) == ">" or (at(i) == "*" and at(i + 1) == "*" and at(i + 2) == ">")
        if self.quote is not None and after_newline and (self.quote.closing or not starts_quote):
            self.close_quote()
        if at(i) == "*" and at(i + 1) == "*" and at(i + 2) == ">":
            self.close_quote()
            self.quote = _Quote(self.utf16, len(self.stack))
            self.marker_at = len(self.out)
            return i + 3
        if at(i) == ">":
            if self.quote is None:
                self.quote = _Quote(self.utf16, len(self.stack))
            self.marker_at = len(self.out)
            return i + 1
        return None

    def is_expandable_mark(self, i: int) -> bool:
        at = self.scan.at
        return (
            self.quote is not None
            and at(i) == "|"
            and at(i + 1) == "|"
            and (at(i + 2) in "\n\0" or (at(i + 2) == "\r" and at(i + 3) == "\n"))
        )

    def parse(self) -> ParseResult:
        scan = self.scan
        i = 0
        while i < scan.size:
            if not self.in_code():
                consumed = self.handle_line_start(i)
                if consumed is not None:
                    i = consumed
                    continue
            i = self.step(i)
        if self.stack:
            raise _unclosed_error(scan, self.stack[-1])
        self.close_quote()
        return "".join(self.out), sort_entities(self.entities)

    def step(self, i: int) -> int:
        at = self.scan.at
        char = self.scan.text[i]
        if char == "\\" and 0 < ord(at(i + 1)) <= 126:
            self.emit(at(i + 1))
            return i + 2
        reserved = "`" if self.in_code() else _RESERVED
        if char not in reserved:
            self.emit(char)
            return i + 1
        top = self.stack[-1] if self.stack else None
        if top is not None and top.kind == "spoiler" and char == "|" and at(i + 1) == "|":
            return self.close_entity(i)
        if self.is_expandable_mark(i) and self.quote is not None:
            self.quote.expandable = True
            self.quote.closing = True
            return i + 2
        if top is not None and self.ends(top.kind, i):
            return self.close_entity(i)
        return self.open_entity(i)

    def ends(self, kind: str, i: int) -> bool:
        at = self.scan.at
        char = at(i)
        if kind == "italic":
            return char == "_" and at(i + 1) != "_"
        if kind == "underline":
            return char == "_" and at(i + 1) == "_"
        if kind in ("pre", "pre_code"):
            return char == "`" and at(i + 1) == "`" and at(i + 2) == "`"
        closing = {"bold": "*", "code": "`", "strikethrough": "~", "text_link": "]"}
        return closing.get(kind, "]" if kind == "custom_emoji" else "") == char

    def open_entity(self, i: int) -> int:
        at = self.scan.at
        char = at(i)
        start = i
        argument = ""
        if char == "_":
            kind = "underline" if at(i + 1) == "_" else "italic"
            i += 1 if kind == "underline" else 0
        elif char in "*~[":
            kind = {"*": "bold", "~": "strikethrough", "[": "text_link"}[char]
        elif char == "|" and at(i + 1) == "|":
            kind, i = "spoiler", i + 1
        elif char == "!" and at(i + 1) == "[":
            kind, i = "custom_emoji", i + 1
        elif char == "`" and at(i + 1) == "`" and at(i + 2) == "`":
            kind, argument, i = self.open_pre(i + 3)
            i -= 1
        elif char == "`":
            kind = "code"
        else:
            raise _reserved_error(char)
        self.stack.append(_Open(kind, argument, self.utf16, start, len(self.out)))
        return i + 1

    def open_pre(self, i: int) -> tuple[str, str, int]:
        """After ```: an optional language up to whitespace, then one skipped line break."""
        scan = self.scan
        kind, argument = "pre", ""
        language_end = i
        while not scan.is_space(language_end) and scan.at(language_end) != "`":
            language_end += 1
        if i != language_end and language_end < scan.size and scan.at(language_end) != "`":
            kind, argument = "pre_code", scan.text[i:language_end]
            i = language_end
        if scan.at(i) in "\n\r" and scan.at(i) != "\0":
            pair = (
                scan.at(i + 1) in "\n\r" and scan.at(i + 1) != "\0" and scan.at(i) != scan.at(i + 1)
            )
            i += 2 if pair else 1
        return kind, argument, i

    def read_url(self, i: int, what: str) -> tuple[str, int]:
        """Read `(url)` starting at the `(`; inside it only `)` and `\\` need escaping."""
        scan = self.scan
        i += 1
        begin = i
        url: list[str] = []
        while i < scan.size and scan.text[i] != ")":
            if scan.text[i] == "\\" and 0 < ord(scan.at(i + 1)) <= 126:
                url.append(scan.text[i + 1])
                i += 2
                continue
            url.append(scan.text[i])
            i += 1
        if scan.at(i) != ")":
            raise EntityParseError(
                f"Can't find end of {what} at byte offset {scan.byte_offset(begin)}"
            )
        return "".join(url), i + 1

    def close_entity(self, i: int) -> int:
        top = self.stack[-1]
        skip = self.utf16 == top.offset
        extra: dict[str, str | None] = {}
        kind = top.kind
        if kind in ("underline", "spoiler"):
            i += 2
        elif kind in ("pre", "pre_code"):
            i += 3
        elif kind == "text_link":
            if self.scan.at(i + 1) == "(":
                url, i = self.read_url(i + 1, "a URL")
            else:
                url, i = "".join(self.out[top.out_index :]), i + 1
            try:
                extra["url"] = check_link(url)
            except InvalidLinkError:
                skip = True
        elif kind == "custom_emoji":
            if self.scan.at(i + 1) != "(":
                raise EntityParseError("Custom emoji entity must contain a tg://emoji URL")
            url, i = self.read_url(i + 1, "a custom emoji URL")
            extra["custom_emoji_id"] = _custom_emoji_id(url)
        else:
            i += 1
        if kind == "pre_code":
            kind, extra["language"] = "pre", top.argument
        if not skip:
            self.entities.append(make_entity(kind, top.offset, self.utf16 - top.offset, **extra))
        self.stack.pop()
        if self.quote is not None:
            self.quote.depth = min(self.quote.depth, len(self.stack))
        return i


def _custom_emoji_id(url: str) -> str:
    """Validate a tg://emoji?id=N link with TDLib's error texts."""
    lowered = url.lower()
    if not lowered.startswith("tg:"):
        raise EntityParseError("Custom emoji URL must have scheme tg")
    rest = url[3:].lstrip("/")
    split_at = min((rest.find(char) for char in "/?#" if char in rest), default=len(rest))
    if rest[:split_at].lower() != "emoji":
        raise EntityParseError('Custom emoji URL must have host "emoji"')
    query = rest[split_at:].split("#", 1)[0]
    query = query[query.find("?") + 1 :] if "?" in query else ""
    for pair in query.split("&"):
        name, _, value = pair.partition("=")
        if name == "id":
            if not _CUSTOM_EMOJI_ID.fullmatch(value):
                raise EntityParseError("Invalid custom emoji identifier specified")
            return value
    raise EntityParseError("Custom emoji URL must have an emoji identifier")


def parse_markdown_v2(text: str) -> ParseResult:
    """Parse Telegram MarkdownV2 into (plain text, Bot API entities) or raise EntityParseError."""
    return _MarkdownV2Parser(text).parse()


def parse_markdown(text: str) -> ParseResult:
    """Parse legacy Markdown (`*bold*`, `_italic_`, `` `code` ``, ```` ```pre``` ````, links).

    No nesting and no escaping inside entities; an unclosed marker is an error.
    """
    scan = TextScanner(text)
    out: list[str] = []
    utf16 = 0
    entities: list[dict[str, Any]] = []
    i = 0
    while i < scan.size:
        char = text[i]
        if char == "\\" and scan.at(i + 1) in "_*`[" and scan.at(i + 1) != "\0":
            out.append(text[i + 1])
            utf16 += 1
            i += 2
            continue
        if char not in "_*`[":
            out.append(char)
            utf16 += utf16_len(char)
            i += 1
            continue
        begin = i
        end_char = "]" if char == "[" else char
        i += 1
        is_pre = False
        language = ""
        if char == "`" and scan.at(i) == "`" and scan.at(i + 1) == "`":
            is_pre = True
            i += 2
            language_end = i
            while not scan.is_space(language_end) and scan.at(language_end) != "`":
                language_end += 1
            if i != language_end and language_end < scan.size and scan.at(language_end) != "`":
                language, i = text[i:language_end], language_end
            if scan.at(i) in "\n\r" and scan.at(i) != "\0":
                pair = scan.at(i + 1) in "\n\r" and scan.at(i + 1) != "\0"
                i += 2 if pair and scan.at(i) != scan.at(i + 1) else 1
        offset = utf16
        while i < scan.size and (
            text[i] != end_char
            or (is_pre and not (scan.at(i + 1) == "`" and scan.at(i + 2) == "`"))
        ):
            out.append(text[i])
            utf16 += utf16_len(text[i])
            i += 1
        if i == scan.size:
            raise EntityParseError(
                f"Can't find end of the entity starting at byte offset {scan.byte_offset(begin)}"
            )
        length = utf16 - offset
        if length > 0:
            if char == "[":
                if scan.at(i + 1) == "(":
                    close = text.find(")", i + 2)
                    close = scan.size if close < 0 else close
                    url, i = text[i + 2 : close], close
                else:
                    url = text[begin + 1 : i]
                with contextlib.suppress(InvalidLinkError):
                    entities.append(make_entity("text_link", offset, length, url=check_link(url)))
            elif char == "`":
                kind = "pre" if is_pre else "code"
                entities.append(make_entity(kind, offset, length, language=language or None))
            else:
                entities.append(make_entity("italic" if char == "_" else "bold", offset, length))
        i += 3 if is_pre else 1
    return "".join(out), sort_entities(entities)
