"""Telegram HTML building blocks.

Every message the bot sends uses parse mode HTML, because it needs escaping of only three characters
(MarkdownV2 needs eighteen) and a missed escape there is a 400 from Telegram, i.e. a lost reply.
All dynamic text goes through `escape`; markup comes only from these helpers.
"""

from __future__ import annotations

import html

PARSE_MODE = "HTML"


def escape(text: str) -> str:
    """Escape the characters Telegram's HTML parser treats as markup."""
    return html.escape(text, quote=False)


def bold(text: str) -> str:
    return f"<b>{escape(text)}</b>"


def italic(text: str) -> str:
    return f"<i>{escape(text)}</i>"


def code(text: str) -> str:
    return f"<code>{escape(text)}</code>"


def link(text: str, url: str) -> str:
    return f'<a href="{html.escape(url, quote=True)}">{escape(text)}</a>'
