"""Invite tokens (pure): unguessable, sent once in a Telegram deep link, kept only as a hash."""

from __future__ import annotations

import hashlib
import re
import secrets
from datetime import timedelta

PREFIX = "c_"
INVITE_VALID_FOR = timedelta(hours=24)
MAX_PEOPLE_PER_CARER = 3
MAX_CARERS_PER_PERSON = 3
_TOKEN_RE = re.compile(r"^[A-Za-z0-9_-]{22}$")  # secrets.token_urlsafe(16)


def new_token() -> str:
    """128 random bits, URL-safe (a deep link's start parameter allows A-Z, a-z, 0-9, _ and -)."""
    return secrets.token_urlsafe(16)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("ascii")).hexdigest()


def deep_link(bot_username: str, token: str) -> str:
    return f"https://t.me/{bot_username}?start={PREFIX}{token}"


def token_from_start(argument: str) -> str | None:
    """The token in a /start argument, or None when it is not an invite's shape at all."""
    if not argument.startswith(PREFIX):
        return None
    token = argument[len(PREFIX) :]
    return token if _TOKEN_RE.fullmatch(token) else ""


def looks_like_token(token: str) -> bool:
    return bool(_TOKEN_RE.fullmatch(token))
