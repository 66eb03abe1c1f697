"""Structured logging that cannot leak secrets or what users write.

Lines are logfmt (or JSON) with fixed keys, so they can be grepped and shipped. Two leaks are
closed here rather than trusted to every call site:
- the bot token is part of every Bot API URL, and httpx logs request URLs at INFO: every record is
  scrubbed of anything shaped like a token, and httpx/httpcore are held at WARNING;
- python-telegram-bot logs whole updates and request parameters (message texts) at DEBUG, and
  SQLAlchemy logs statements with their parameters at INFO: each such library has a floor its
  loggers never go below, whatever LOG_LEVEL says.
"""

from __future__ import annotations

import json
import logging
import re
import sys
from datetime import UTC, datetime
from typing import Any, ClassVar, TextIO

TOKEN_RE = re.compile(r"\d{3,20}:[A-Za-z0-9_-]{30,200}")
BOT_URL_TOKEN_RE = re.compile(r"(/bot)\d{1,20}:[A-Za-z0-9_-]+")
REDACTED = "<redacted>"
LOGGER_FLOORS = {
    # Request URLs carry the token.
    "httpx": logging.WARNING,
    "httpcore": logging.WARNING,
    # Whole updates and request parameters (message texts) at DEBUG.
    "telegram": logging.INFO,
    "apscheduler": logging.WARNING,  # "Running job ..." every second is noise
    # SQL statements with their parameters at INFO.
    "sqlalchemy": logging.WARNING,
    "aiosqlite": logging.WARNING,
    "alembic": logging.WARNING,
    "alembic.runtime.migration": logging.INFO,  # "Running upgrade 0001 -> 0002" is worth a line
    "aiohttp.access": logging.WARNING,
}
_STANDARD_ATTRS = frozenset(
    logging.LogRecord("", 0, "", 0, "", None, None).__dict__.keys() | {"message", "asctime"}
)


class Redactor:
    """Replaces known secrets and token-shaped strings; known secrets are added at start."""

    def __init__(self) -> None:
        self._secrets: list[str] = []

    def add_secret(self, secret: str | None) -> None:
        if secret and secret not in self._secrets:
            self._secrets.append(secret)

    def __call__(self, text: str) -> str:
        for secret in self._secrets:
            text = text.replace(secret, REDACTED)
        text = BOT_URL_TOKEN_RE.sub(r"\1" + REDACTED, text)
        return TOKEN_RE.sub(REDACTED, text)


REDACTOR = Redactor()


def _fields(record: logging.LogRecord) -> dict[str, Any]:
    return {k: v for k, v in record.__dict__.items() if k not in _STANDARD_ATTRS}


class _Base(logging.Formatter):
    def _parts(self, record: logging.LogRecord) -> dict[str, Any]:
        parts: dict[str, Any] = {
            "ts": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "msg": record.getMessage(),
        }
        parts.update(_fields(record))
        if record.exc_info:
            parts["exc"] = self.formatException(record.exc_info)
        return parts


class LogfmtFormatter(_Base):
    _NEEDS_QUOTES: ClassVar[re.Pattern[str]] = re.compile(r'[\s"=]')

    def _value(self, value: object) -> str:
        text = str(value)
        if not text or self._NEEDS_QUOTES.search(text):
            return json.dumps(text, ensure_ascii=False)
        return text

    def format(self, record: logging.LogRecord) -> str:
        line = " ".join(f"{k}={self._value(v)}" for k, v in self._parts(record).items())
        return REDACTOR(line)


class JsonFormatter(_Base):
    def format(self, record: logging.LogRecord) -> str:
        return REDACTOR(json.dumps(self._parts(record), ensure_ascii=False, default=str))


def configure_logging(
    level: str = "INFO", fmt: str = "logfmt", stream: TextIO | None = None
) -> logging.Handler:
    """Install one handler on the root logger; returns it so tests can inspect or remove it."""
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.setFormatter(JsonFormatter() if fmt == "json" else LogfmtFormatter())
    root = logging.getLogger()
    for old in list(root.handlers):
        if getattr(old, "_legcare", False):
            root.removeHandler(old)
    handler._legcare = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    numeric = logging.getLevelName(level.upper())
    root.setLevel(numeric)
    for name, floor in LOGGER_FLOORS.items():
        logging.getLogger(name).setLevel(max(floor, numeric))
    return handler
