"""The formatting parsers must agree with Telegram (TDLib) on text, entity offsets and errors.

Expected values marked "TDLib" come from TDLib's own test suite (test/message_entities.cpp).
"""

import html

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tgemu.formatting import (
    EntityParseError,
    InvalidLinkError,
    check_link,
    escape_markdown_v2,
    find_bot_commands,
    parse_html,
    parse_markdown,
    parse_markdown_v2,
    parse_text,
    trim_text,
    utf16_len,
)


def entity(kind, offset, length, **extra):
    return {"type": kind, "offset": offset, "length": length, **extra}


# --- HTML ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("source", "text", "entities"),
    [
        ("<b>bold</b> plain", "bold plain", [entity("bold", 0, 4)]),
        (
            "<strong>a</strong><em>b</em><ins>c</ins><del>d</del>",
            "abcd",
            [
                entity("bold", 0, 1),
                entity("italic", 1, 1),
                entity("underline", 2, 1),
                entity("strikethrough", 3, 1),
            ],
        ),
        # Emoji outside the Basic Multilingual Plane count as 2 UTF-16 units (TDLib).
        ("🏟 🏟<i>🏟 &lt;🏟</i>", "🏟 🏟🏟 <🏟", [entity("italic", 5, 6)]),
        (
            "👋 <b>hi <i>there</i></b>",
            "👋 hi there",
            [entity("bold", 3, 8), entity("italic", 6, 5)],
        ),
        ("&lt;&gt;&amp;&quot;&#65;&#x42;", '<>&"AB', []),
        ("&ge;&laquo;&#12345678;", "&ge;&laquo;&#12345678;", []),  # TDLib keeps them literally
        (
            '<span class="tg-spoiler">s</span><tg-spoiler>t</tg-spoiler>',
            "st",
            [entity("spoiler", 0, 1), entity("spoiler", 1, 1)],
        ),
        (
            '<a href="https://example.com/x?a=1&amp;b=2">link</a>',
            "link",
            [entity("text_link", 0, 4, url="https://example.com/x?a=1&b=2")],
        ),
        (
            "<a href=telegram.org>t</a>",
            "t",
            [entity("text_link", 0, 1, url="http://telegram.org/")],
        ),
        ('<a href="javascript:alert(1)">x</a>', "x", []),  # invalid links are dropped silently
        (
            '<pre><code class="language-python">x = 1</code></pre>',
            "x = 1",
            [entity("pre", 0, 5, language="python")],
        ),
        ("<pre>a</pre><code>b</code>", "ab", [entity("pre", 0, 1), entity("code", 1, 1)]),
        (
            "<blockquote>q</blockquote><blockquote expandable>e</blockquote>",
            "qe",
            [entity("blockquote", 0, 1), entity("expandable_blockquote", 1, 1)],
        ),
        (
            '<tg-emoji emoji-id="5368324170671202286">👍</tg-emoji>',
            "👍",
            [entity("custom_emoji", 0, 2, custom_emoji_id="5368324170671202286")],
        ),
        ("<B>caps</B>", "caps", [entity("bold", 0, 4)]),
        ("<b>x</>", "x", [entity("bold", 0, 1)]),
        ("<b></b>", "", []),
        ("a > b", "a > b", []),
    ],
)
def test_html_valid(source, text, entities):
    assert parse_html(source) == (text, entities)


@pytest.mark.parametrize(
    ("source", "error"),
    [
        ("<b>bold", 'Can\'t find end tag corresponding to start tag "b"'),
        ("<b><i>x</i>", 'Can\'t find end tag corresponding to start tag "b"'),
        ("<foo>x</foo>", 'Unsupported start tag "foo" at byte offset 0'),
        ("a < b", 'Unsupported start tag "" at byte offset 2'),
        ("x <b", "Unclosed start tag at byte offset 2"),
        ("🏟 🏟&lt;<abacaba", "Unclosed start tag at byte offset 13"),  # TDLib
        ("<b>x</i>", 'Unmatched end tag at byte offset 4, expected "</b>", found "</i>"'),
        ("x</b>", "Unexpected end tag at byte offset 1"),
        ("<b>x</b", "Unclosed end tag at byte offset 4"),
        ("<span>x</span>", 'Tag "span" must have class "tg-spoiler" at byte offset 0'),
        ("<a href=x/>y</a>", "Unexpected end of name token at byte offset 8"),
        ("<i   =aba>", 'Empty attribute name in the tag "i" at byte offset 0'),
        ('<tg-emoji emoji-id="x">y</tg-emoji>', "Invalid custom emoji identifier specified"),
        (
            "&#xD83D;",
            "Text contains invalid Unicode characters after decoding HTML entities, "
            "check for unmatched surrogate code units",
        ),
    ],
)
def test_html_broken(source, error):
    with pytest.raises(EntityParseError) as caught:
        parse_html(source)
    assert str(caught.value) == error


def test_html_strict_mode_refuses_unescaped_ampersand():
    assert parse_html("R&D &copy;") == ("R&D &copy;", [])
    with pytest.raises(EntityParseError, match=r'Unescaped "&" at byte offset 1'):
        parse_html("R&D", strict_entities=True)
    assert parse_html("R&amp;D", strict_entities=True) == ("R&D", [])


@given(st.text())
def test_escaped_text_parses_back_to_itself_as_html(text):
    assert parse_html(html.escape(text, quote=False), strict_entities=True) == (text, [])


# --- MarkdownV2 ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("source", "text", "entities"),
    [
        (
            "*bold* _italic_ __under__ ~strike~ ||spoiler||",
            "bold italic under strike spoiler",
            [
                entity("bold", 0, 4),
                entity("italic", 5, 6),
                entity("underline", 12, 5),
                entity("strikethrough", 18, 6),
                entity("spoiler", 25, 7),
            ],
        ),
        ("*bold _nested_*", "bold nested", [entity("bold", 0, 11), entity("italic", 5, 6)]),
        ("Version 1\\.0\\!", "Version 1.0!", []),
        ("`code with . and \\``", "code with . and `", [entity("code", 0, 17)]),
        ("```python\nprint(1)\n```", "print(1)\n", [entity("pre", 0, 9, language="python")]),
        (
            "[site](https://example.com/a\\)b)",
            "site",
            [entity("text_link", 0, 4, url="https://example.com/a)b")],
        ),
        ("🏟 🏟_🏟 \\.🏟_", "🏟 🏟🏟 .🏟", [entity("italic", 5, 6)]),  # TDLib
        (">quote\n>more\nafter", "quote\nmore\nafter", [entity("blockquote", 0, 11)]),
        (
            ">asd\n>q||e||w||\nasdad",
            "asd\nqew\nasdad",
            [entity("expandable_blockquote", 0, 8), entity("spoiler", 5, 1)],
        ),  # TDLib
        (
            "![👍](tg://emoji?id=5368324170671202286)",
            "👍",
            [entity("custom_emoji", 0, 2, custom_emoji_id="5368324170671202286")],
        ),
        ("\\\\a\\➡️\\", "\\a\\➡️\\", []),
    ],
)
def test_markdown_v2_valid(source, text, entities):
    assert parse_markdown_v2(source) == (text, entities)


@pytest.mark.parametrize(
    ("source", "error"),
    [
        ("Version 1.0", "Character '.' is reserved and must be escaped with the preceding '\\'"),
        ("a - b", "Character '-' is reserved and must be escaped with the preceding '\\'"),
        ("x > y", "Character '>' is reserved and must be escaped with the preceding '\\'"),
        ("*bold", "Can't find end of Bold entity at byte offset 0"),
        ("🏟 🏟_abacaba", "Can't find end of Italic entity at byte offset 9"),  # TDLib
        ("🏟 🏟```a ", "Can't find end of PreCode entity at byte offset 9"),  # TDLib
        ("[a](https://x.org", "Can't find end of a URL at byte offset 4"),
        (">*b\n>ld \n>bo\nld*", "Can't find end of Bold entity at byte offset 1"),  # TDLib
    ],
)
def test_markdown_v2_broken(source, error):
    with pytest.raises(EntityParseError) as caught:
        parse_markdown_v2(source)
    assert str(caught.value) == error


@given(st.text())
def test_escaped_text_parses_back_to_itself_as_markdown_v2(text):
    assert parse_markdown_v2(escape_markdown_v2(text)) == (text, [])


# --- Legacy Markdown, dispatch, trimming, commands, links --------------------------------------


def test_legacy_markdown():
    assert parse_markdown("*b* _i_ `c` [l](example.com) \\*") == (
        "b i c l *",
        [
            entity("bold", 0, 1),
            entity("italic", 2, 1),
            entity("code", 4, 1),
            entity("text_link", 6, 1, url="http://example.com/"),
        ],
    )
    with pytest.raises(
        EntityParseError, match="Can't find end of the entity starting at byte offset 2"
    ):
        parse_markdown("a *b")


def test_parse_text_dispatches_case_insensitively():
    assert parse_text("<b>x</b>", "HTML") == ("x", [entity("bold", 0, 1)])
    assert parse_text("*x*", "markdownv2") == ("x", [entity("bold", 0, 1)])
    assert parse_text("<b>x</b>", None) == ("<b>x</b>", [])
    with pytest.raises(ValueError, match="unsupported"):
        parse_text("x", "BBCode")


def test_trim_text_like_telegram():
    assert trim_text("\n\n  hello  \n", []) == ("hello", [])
    # Leading whitespace inside the first entity is kept (an indented code block).
    assert trim_text("  code\n", [entity("pre", 0, 7)]) == ("  code", [entity("pre", 0, 6)])
    with pytest.raises(EntityParseError):
        trim_text(" \n\t", [])


def test_bot_commands_are_detected():
    found = find_bot_commands("/start now, then /help@legcare_bot; not a/b or /x/y", [])
    assert found == [entity("bot_command", 0, 6), entity("bot_command", 17, 17)]
    assert find_bot_commands("/start", [entity("code", 0, 6)]) == [entity("code", 0, 6)]


def test_utf16_length_counts_surrogate_pairs():
    assert utf16_len("a👍é") == 4


@pytest.mark.parametrize(
    ("url", "normalised"),
    [
        ("example.com", "http://example.com/"),
        ("https://Example.com?q=1", "https://example.com/?q=1"),
        ("tg://resolve?domain=legcare_bot", "tg://resolve?domain=legcare_bot"),
        ("http://127.0.0.1:8080/x", "http://127.0.0.1:8080/x"),
    ],
)
def test_check_link_accepts(url, normalised):
    assert check_link(url) == normalised


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("ftp://example.com", "Unsupported URL protocol"),
        ("localhost", "Wrong HTTP URL"),
        ("https://exa mple.com", "Wrong HTTP URL"),
        ("https://example.com:99999", "Wrong port number specified in the URL"),
    ],
)
def test_check_link_refuses(url, reason):
    with pytest.raises(InvalidLinkError, match=reason):
        check_link(url)
