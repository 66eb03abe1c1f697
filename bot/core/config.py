"""The one Settings object, read from the environment and `.env`.

Names are fixed by the design so deployments and tests can rely on them. A missing or malformed
value must stop the bot with one clear line naming the variable to set, never a traceback, so
`load_settings` turns pydantic's errors into a `ConfigError` with that line.
"""

from __future__ import annotations

import ipaddress
import re
from enum import StrEnum
from pathlib import Path
from typing import Literal
from urllib.parse import urlsplit

from pydantic import Field, SecretStr, ValidationError, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

DEFAULT_API_BASE_URL = "https://api.telegram.org/bot"
DEFAULT_DATABASE_URL = "sqlite:///./data/legcare.db"
TOKEN_PATTERN = re.compile(r"^\d{1,20}:[A-Za-z0-9_-]{1,200}$")
WEBHOOK_SECRET_PATTERN = re.compile(r"^[A-Za-z0-9_-]{1,256}$")
SUPPORTED_DATABASE_SCHEMES = ("sqlite", "postgresql")

LogLevel = Literal["DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"]


class BotMode(StrEnum):
    POLLING = "polling"
    WEBHOOK = "webhook"


class ConfigError(Exception):
    """A setting is missing or malformed; the message is one line a person can act on."""


class Settings(BaseSettings):
    """Every knob of a deployment. Unknown variables in the environment are ignored."""

    model_config = SettingsConfigDict(
        env_file=".env", env_file_encoding="utf-8", extra="ignore", case_sensitive=False
    )

    telegram_bot_token: SecretStr | None = None
    telegram_api_base_url: str = DEFAULT_API_BASE_URL
    database_url: str = DEFAULT_DATABASE_URL
    log_level: LogLevel = "INFO"
    log_format: Literal["logfmt", "json"] = "logfmt"
    bot_mode: BotMode = BotMode.POLLING
    webhook_url: str | None = None
    webhook_secret: SecretStr | None = None
    webhook_listen: str = "0.0.0.0"  # noqa: S104 - a webhook server listens behind a proxy
    webhook_port: int = Field(default=8443, ge=1, le=65535)

    @field_validator("telegram_bot_token", "webhook_secret", "webhook_url", mode="before")
    @classmethod
    def _empty_is_unset(cls, value: object) -> object:
        return None if isinstance(value, str) and not value.strip() else value

    @field_validator("log_level", mode="before")
    @classmethod
    def _upper_level(cls, value: object) -> object:
        return value.strip().upper() if isinstance(value, str) else value

    @field_validator("bot_mode", mode="before")
    @classmethod
    def _lower_mode(cls, value: object) -> object:
        return value.strip().lower() if isinstance(value, str) else value

    @field_validator("telegram_bot_token")
    @classmethod
    def _token_shape(cls, value: SecretStr | None) -> SecretStr | None:
        if value is not None and not TOKEN_PATTERN.match(value.get_secret_value().strip()):
            raise ValueError("must look like 123456789:AAE... (the token @BotFather gave you)")
        return SecretStr(value.get_secret_value().strip()) if value is not None else None

    @field_validator("telegram_api_base_url")
    @classmethod
    def _api_url_shape(cls, value: str) -> str:
        parts = urlsplit(value.strip())
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise ValueError("must be an http(s) URL such as https://api.telegram.org/bot")
        return value.strip()

    @field_validator("database_url")
    @classmethod
    def _database_url_shape(cls, value: str) -> str:
        scheme = urlsplit(value.strip()).scheme.split("+", 1)[0]
        if scheme not in SUPPORTED_DATABASE_SCHEMES:
            raise ValueError(
                "must start with sqlite:/// or postgresql:// "
                "(e.g. sqlite:///./data/legcare.db or postgresql://user@host/db)"
            )
        return value.strip()

    @model_validator(mode="after")
    def _webhook_needs_url_and_secret(self) -> Settings:
        if self.bot_mode is BotMode.WEBHOOK:
            if self.webhook_url is None or not webhook_url_is_acceptable(self.webhook_url):
                raise ValueError(
                    "WEBHOOK_URL must be an https:// URL when BOT_MODE=webhook "
                    "(http:// only on a loopback host such as 127.0.0.1)"
                )
            if self.webhook_secret is None or not WEBHOOK_SECRET_PATTERN.match(
                self.webhook_secret.get_secret_value()
            ):
                raise ValueError(
                    "WEBHOOK_SECRET must be 1-256 characters of A-Z, a-z, 0-9, _ or - "
                    "when BOT_MODE=webhook"
                )
        return self

    @property
    def token(self) -> str | None:
        """The raw token, for the one place that needs it (building the Bot)."""
        return self.telegram_bot_token.get_secret_value() if self.telegram_bot_token else None

    def sqlite_path(self) -> Path | None:
        """The database file for a SQLite URL (None for PostgreSQL or an in-memory database)."""
        if not self.database_url.startswith("sqlite"):
            return None
        path = self.database_url.split(":///", 1)[1] if ":///" in self.database_url else ""
        if not path or path == ":memory:":
            return None
        return Path(path)


def webhook_url_is_acceptable(url: str) -> bool:
    """https://, or else plain http:// on a loopback host only.

    Telegram calls webhooks over https only. The loopback escape hatch exists for the tests (the
    emulator delivers without TLS) and for a local Bot API server on the same machine; a plain
    http:// URL on any other host would put updates and the secret header on the network in clear.
    """
    parts = urlsplit(url.strip())
    if not parts.hostname:
        return False
    if parts.scheme == "https":
        return True
    return parts.scheme == "http" and is_loopback_host(parts.hostname)


def is_loopback_host(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _describe(error: dict[str, object]) -> str:
    location = [str(part) for part in error.get("loc", ()) if part]  # type: ignore[attr-defined]
    message = str(error.get("msg", "is invalid")).removeprefix("Value error, ")
    if not location:
        return message
    return f"{location[0].upper()}: {message}"


def load_settings(**overrides: object) -> Settings:
    """Read the settings, or raise `ConfigError` with one line that says what to set."""
    try:
        return Settings(**overrides)  # type: ignore[arg-type]
    except ValidationError as exc:
        problems = "; ".join(_describe(dict(error)) for error in exc.errors())
        raise ConfigError(
            f"Configuration error: {problems}. Set it in the environment or .env."
        ) from None
