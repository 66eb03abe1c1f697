"""Telegram's text-formatting parsers (HTML, MarkdownV2, legacy Markdown) for the Bot API emulator.

The emulator must refuse exactly the markup Telegram refuses and store exactly the plain text and
entities Telegram stores, otherwise tests pass locally and replies are lost in production. So these
parsers follow TDLib (`td/telegram/MessageEntity.cpp`), which is what the Bot API server runs:
same scanning rules, same error texts, offsets in UTF-16 code units and error positions in UTF-8
bytes. Links are checked by `check_link`, a simplified port of TDLib's `LinkManager::check_link`.
"""

from __future__ import annotations

import re
from typing import Any

from tgemu.formatting_markdown import (
    escape_markdown_v2,
    parse_markdown,
    parse_markdown_v2,
)
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

__all__ = [
    "EntityParseError",
    "InvalidLinkError",
    "ParseResult",
    "check_link",
    "escape_markdown_v2",
    "find_bot_commands",
    "parse_html",
    "parse_markdown",
    "parse_markdown_v2",
    "parse_text",
    "trim_text",
    "utf16_len",
]

_HTML_TAGS = frozenset(
    {"a", "b", "strong", "i", "em", "s", "strike", "del", "u", "ins", "tg-spoiler", "tg-emoji"}
    | {"span", "pre", "code", "blockquote"}
)
_SIMPLE_TAG_TYPES = {
    "i": "italic",
    "em": "italic",
    "b": "bold",
    "strong": "bold",
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "strikethrough",
    "u": "underline",
    "ins": "underline",
    "tg-spoiler": "spoiler",
    "span": "spoiler",
}
_NAMED_HTML_ENTITIES = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}
_SURROGATE_ERROR = (
    "Text contains invalid Unicode characters after decoding HTML entities, "
    "check for unmatched surrogate code units"
)
# TDLib's bot command rule: not glued to a word, "/", "<" or ">" on either side.
_BOT_COMMAND = re.compile(r"(?<![\w/<>])/[A-Za-z0-9_]{1,64}(?:@[A-Za-z0-9_]{3,32})?(?![\w/<>@])")
_TRIMMED = " \t\r\n"
# Auto-detected entities never overlap these: Telegram drops the detected one.
_OPAQUE_TYPES = frozenset({"code", "pre", "text_link", "text_mention", "custom_emoji"})


def _decode_html_entity(scan: TextScanner, pos: int) -> tuple[str | None, int]:
    """Decode `&...;` at `pos` like TDLib: only lt/gt/amp/quot and numeric references count."""
    end = pos + 1
    if scan.at(end) == "#":
        end += 1
        value = 0
        if scan.at(end) == "x":
            end += 1
            while scan.at(end) in "0123456789abcdefABCDEF":
                value = value * 16 + int(scan.at(end), 16)
                end += 1
        else:
            while "0" <= scan.at(end) <= "9":
                value = value * 10 + int(scan.at(end))
                end += 1
        if value == 0 or value >= 0x10FFFF or end - pos >= 10:
            return None, pos
        decoded = chr(value)
    else:
        while scan.at(end).isascii() and scan.at(end).isalpha():
            end += 1
        named = _NAMED_HTML_ENTITIES.get(scan.text[pos + 1 : end])
        if named is None:
            return None, pos
        decoded = named
    if scan.at(end) == ";":
        end += 1
    return decoded, end


def parse_html(text: str, *, strict_entities: bool = False) -> ParseResult:
    """Parse Telegram HTML into (plain text, Bot API entities) or raise EntityParseError.

    Telegram shows an unknown `&name;` or a bare `&` literally. `strict_entities=True` refuses
    them instead, because a missing `html.escape` that happens to meet only `&` today meets a `<`
    tomorrow, and then Telegram refuses the whole message.
    """
    scan = TextScanner(text)
    out: list[str] = []
    utf16 = 0
    entities: list[dict[str, Any]] = []
    # Each open tag: name, argument, UTF-16 offset, index into `out` where its text starts.
    stack: list[tuple[str, str, int, int]] = []
    i = 0
    while i < scan.size:
        char = text[i]
        if char == "&":
            decoded, end = _decode_html_entity(scan, i)
            if decoded is not None:
                if 0xD800 <= ord(decoded) <= 0xDFFF:
                    raise EntityParseError(_SURROGATE_ERROR)
                out.append(decoded)
                utf16 += utf16_len(decoded)
                i = end
                continue
            if strict_entities:
                raise EntityParseError(
                    f'Unescaped "&" at byte offset {scan.byte_offset(i)} '
                    "(strict emulator check: Telegram would show it as is)"
                )
        if char != "<":
            out.append(char)
            utf16 += utf16_len(char)
            i += 1
            continue
        begin = i
        i += 1
        if scan.at(i) != "/":
            i, tag, argument = _parse_start_tag(scan, begin, i)
            stack.append((tag, argument, utf16, len(out)))
            continue
        if not stack:
            raise EntityParseError(f"Unexpected end tag at byte offset {scan.byte_offset(begin)}")
        while not scan.is_space(i) and scan.at(i) != ">":
            i += 1
        end_tag = text[begin + 2 : i].lower()
        while scan.is_space(i) and scan.at(i) != "\0":
            i += 1
        if scan.at(i) != ">":
            raise EntityParseError(f"Unclosed end tag at byte offset {scan.byte_offset(begin)}")
        i += 1
        tag, argument, offset, out_start = stack.pop()
        if end_tag and end_tag != tag:
            raise EntityParseError(
                f"Unmatched end tag at byte offset {scan.byte_offset(begin)}, "
                f'expected "</{tag}>", found "</{end_tag}>"'
            )
        if utf16 > offset:
            _close_html_tag(
                entities, tag, argument, offset, utf16 - offset, "".join(out[out_start:])
            )
    if stack:
        raise EntityParseError(f'Can\'t find end tag corresponding to start tag "{stack[-1][0]}"')
    for entity in entities:
        if entity["type"] == "code":
            entity.pop("language", None)
    return "".join(out), sort_entities(entities)


def _parse_start_tag(scan: TextScanner, begin: int, i: int) -> tuple[int, str, str]:
    """Read `<tag attr=value ...>` from after `<`; returns (position after `>`, tag, argument)."""
    text = scan.text
    while not scan.is_space(i) and scan.at(i) != ">":
        i += 1
    if scan.at(i) == "\0":
        raise EntityParseError(f"Unclosed start tag at byte offset {scan.byte_offset(begin)}")
    tag = text[begin + 1 : i].lower()
    if tag not in _HTML_TAGS:
        raise EntityParseError(
            f'Unsupported start tag "{tag}" at byte offset {scan.byte_offset(begin)}'
        )
    argument = ""
    while scan.at(i) != ">":
        while scan.at(i) != "\0" and scan.is_space(i):
            i += 1
        if scan.at(i) == ">":
            break
        if scan.at(i) == "\0":
            raise EntityParseError(f"Unclosed start tag at byte offset {scan.byte_offset(begin)}")
        name_begin = i
        while not scan.is_space(i) and scan.at(i) not in "=>":
            i += 1
        name = text[name_begin:i]
        if not name:
            raise EntityParseError(
                f'Empty attribute name in the tag "{tag}" at byte offset {scan.byte_offset(begin)}'
            )
        while scan.at(i) != "\0" and scan.is_space(i):
            i += 1
        if scan.at(i) == "\0":
            raise EntityParseError(
                f'Unclosed start tag "{tag}" at byte offset {scan.byte_offset(begin)}'
            )
        if scan.at(i) != "=":
            if tag == "blockquote" and name == "expandable":
                argument = "1"
            continue
        i += 1
        while scan.at(i) != "\0" and scan.is_space(i):
            i += 1
        if scan.at(i) == "\0":
            raise EntityParseError(
                f'Unclosed start tag "{tag}" at byte offset {scan.byte_offset(begin)}'
            )
        i, value = _parse_attribute_value(scan, i)
        if scan.at(i) == "\0":
            raise EntityParseError(f"Unclosed start tag at byte offset {scan.byte_offset(begin)}")
        argument = _tag_argument(tag, name, value, argument)
    if tag == "span" and argument != "spoiler":
        raise EntityParseError(
            f'Tag "span" must have class "tg-spoiler" at byte offset {scan.byte_offset(begin)}'
        )
    return i + 1, tag, argument


def _parse_attribute_value(scan: TextScanner, i: int) -> tuple[int, str]:
    """Read a quoted string literal or an unquoted HTML name token."""
    text = scan.text
    if scan.at(i) not in "'\"":
        token_begin = i
        while scan.at(i).isascii() and (scan.at(i).isalnum() or scan.at(i) in ".-"):
            i += 1
        if not scan.is_space(i) and scan.at(i) != ">":
            raise EntityParseError(
                f"Unexpected end of name token at byte offset {scan.byte_offset(token_begin)}"
            )
        return i, text[token_begin:i].lower()
    quote = text[i]
    i += 1
    value: list[str] = []
    while scan.at(i) != quote and scan.at(i) != "\0":
        if text[i] == "&":
            decoded, end = _decode_html_entity(scan, i)
            if decoded is not None:
                value.append(decoded)
                i = end
                continue
        value.append(text[i])
        i += 1
    if scan.at(i) == quote:
        i += 1
    return i, "".join(value)


def _tag_argument(tag: str, name: str, value: str, current: str) -> str:
    """Keep only the attributes Telegram reads; everything else is ignored like TDLib does."""
    if tag == "a" and name == "href":
        return value
    if tag == "code" and name == "class" and value.startswith("language-"):
        return value.removeprefix("language-")
    if tag == "span" and name == "class" and value.startswith("tg-"):
        return value.removeprefix("tg-")
    if tag == "tg-emoji" and name == "emoji-id":
        return value
    if tag == "blockquote" and name == "expandable":
        return "1"
    return current


def _close_html_tag(
    entities: list[dict[str, Any]], tag: str, argument: str, offset: int, length: int, inner: str
) -> None:
    """Turn a closed, non-empty tag into its entity (pre+code pairs merge into one `pre`)."""
    last = entities[-1] if entities else None
    same_span = last is not None and last["offset"] == offset and last["length"] == length
    if tag in _SIMPLE_TAG_TYPES:
        entities.append(make_entity(_SIMPLE_TAG_TYPES[tag], offset, length))
    elif tag == "tg-emoji":
        if not argument.isascii() or not argument.isdigit() or int(argument) == 0:
            raise EntityParseError("Invalid custom emoji identifier specified")
        entities.append(make_entity("custom_emoji", offset, length, custom_emoji_id=argument))
    elif tag == "a":
        try:
            url = check_link(argument or inner)
        except InvalidLinkError:
            return
        entities.append(make_entity("text_link", offset, length, url=url))
    elif tag == "pre":
        if same_span and last is not None and last["type"] == "code" and last.get("language"):
            last["type"] = "pre"
        else:
            entities.append(make_entity("pre", offset, length))
    elif tag == "code":
        if same_span and last is not None and last["type"] == "pre" and argument:
            last["language"] = argument
        else:
            entities.append(make_entity("code", offset, length, language=argument or None))
    elif tag == "blockquote":
        kind = "expandable_blockquote" if argument else "blockquote"
        entities.append(make_entity(kind, offset, length))


def parse_text(text: str, parse_mode: str | None, *, strict_html: bool = False) -> ParseResult:
    """Dispatch on a Bot API parse_mode (case-insensitive); None/"" means plain text.

    Raises ValueError for a parse mode Telegram does not know.
    """
    mode = (parse_mode or "").lower()
    if mode in ("", "none"):
        return text, []
    if mode == "html":
        return parse_html(text, strict_entities=strict_html)
    if mode == "markdownv2":
        return parse_markdown_v2(text)
    if mode == "markdown":
        return parse_markdown(text)
    raise ValueError(f"unsupported parse_mode {parse_mode!r}")


def trim_text(text: str, entities: list[dict[str, Any]]) -> ParseResult:
    """Trim like TDLib's fix_formatted_text before a message is stored.

    Trailing whitespace goes entirely; leading spaces and newlines go only up to the first entity,
    so an indented <pre> block keeps its indentation. Raises EntityParseError when nothing is left,
    which the emulator reports as Telegram's "message must be non-empty".
    """
    stripped = text.rstrip(_TRIMMED)
    if not stripped:
        raise EntityParseError("Message must be non-empty")
    end = utf16_len(stripped)
    kept: list[dict[str, Any]] = []
    for entity in entities:
        if entity["offset"] >= end:
            continue
        clipped = dict(entity)
        clipped["length"] = min(entity["length"], end - entity["offset"])
        kept.append(clipped)
    first_entity = min((entity["offset"] for entity in kept), default=len(stripped))
    lead = 0
    while lead < first_entity and stripped[lead] in " \n":
        lead += 1
    for entity in kept:
        entity["offset"] -= lead
    return stripped[lead:], sort_entities([entity for entity in kept if entity["length"] > 0])


def find_bot_commands(text: str, entities: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Add the bot_command entities Telegram detects by itself (it also detects URLs, mentions
    and hashtags; the emulator does only commands, the ones handlers depend on)."""
    found = list(entities)
    positions = _utf16_positions(text)
    for match in _BOT_COMMAND.finditer(text):
        offset = positions[match.start()]
        length = positions[match.end()] - offset
        overlaps = any(
            entity["type"] in _OPAQUE_TYPES
            and entity["offset"] < offset + length
            and offset < entity["offset"] + entity["length"]
            for entity in entities
        )
        if not overlaps:
            found.append(make_entity("bot_command", offset, length))
    return sort_entities(found)


def _utf16_positions(text: str) -> list[int]:
    """UTF-16 offset of every code point index (plus the end), for regex match positions."""
    positions = [0]
    for char in text:
        positions.append(positions[-1] + (2 if ord(char) > 0xFFFF else 1))
    return positions
