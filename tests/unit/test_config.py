"""Settings: defaults, and one clear line for every bad value."""

from __future__ import annotations

import subprocess
import sys

import pytest

from bot.core.config import DEFAULT_API_BASE_URL, BotMode, ConfigError, load_settings

ENV_NAMES = [
    "TELEGRAM_BOT_TOKEN",
    "TELEGRAM_API_BASE_URL",
    "DATABASE_URL",
    "LOG_LEVEL",
    "LOG_FORMAT",
    "BOT_MODE",
    "WEBHOOK_URL",
    "WEBHOOK_SECRET",
    "WEBHOOK_LISTEN",
    "WEBHOOK_PORT",
]


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    for name in ENV_NAMES:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(tmp_path)  # no stray .env


def test_defaults_need_nothing() -> None:
    settings = load_settings()
    assert settings.token is None
    assert settings.telegram_api_base_url == DEFAULT_API_BASE_URL
    assert settings.database_url.startswith("sqlite:///")
    assert settings.bot_mode is BotMode.POLLING
    assert settings.log_level == "INFO"


def test_values_come_from_environment_and_dotenv(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    (tmp_path / ".env").write_text("TELEGRAM_BOT_TOKEN=123:abc\nLOG_LEVEL=debug\n")
    monkeypatch.setenv("DATABASE_URL", "postgresql://u@h/db")
    settings = load_settings()
    assert settings.token == "123:abc"
    assert settings.log_level == "DEBUG"
    assert settings.database_url == "postgresql://u@h/db"


def test_token_is_never_printed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "123456:SECRETSECRETSECRET")
    settings = load_settings()
    assert "SECRETSECRETSECRET" not in repr(settings)
    assert "SECRETSECRETSECRET" not in str(settings.model_dump())


@pytest.mark.parametrize(
    ("name", "value", "names_in_message"),
    [
        ("TELEGRAM_BOT_TOKEN", "not-a-token", "TELEGRAM_BOT_TOKEN"),
        ("TELEGRAM_API_BASE_URL", "ftp://x", "TELEGRAM_API_BASE_URL"),
        ("DATABASE_URL", "mysql://root@h/db", "DATABASE_URL"),
        ("LOG_LEVEL", "LOUD", "LOG_LEVEL"),
        ("BOT_MODE", "carrier-pigeon", "BOT_MODE"),
        ("WEBHOOK_PORT", "70000", "WEBHOOK_PORT"),
    ],
)
def test_bad_value_names_what_to_set(
    monkeypatch: pytest.MonkeyPatch, name: str, value: str, names_in_message: str
) -> None:
    monkeypatch.setenv(name, value)
    with pytest.raises(ConfigError) as raised:
        load_settings()
    message = str(raised.value)
    assert names_in_message in message
    assert "\n" not in message


def test_webhook_mode_needs_https_url_and_secret(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BOT_MODE", "webhook")
    with pytest.raises(ConfigError, match="WEBHOOK_URL"):
        load_settings()
    monkeypatch.setenv("WEBHOOK_URL", "https://bot.example.org/tg")
    with pytest.raises(ConfigError, match="WEBHOOK_SECRET"):
        load_settings()
    monkeypatch.setenv("WEBHOOK_SECRET", "s3cret_token")
    assert load_settings().bot_mode is BotMode.WEBHOOK


@pytest.mark.parametrize(
    ("url", "accepted"),
    [
        ("http://127.0.0.1:8443/tg", True),
        ("http://localhost:8443/tg", True),
        ("http://[::1]:8443/tg", True),
        ("http://bot.example.org/tg", False),
        ("http://192.168.1.10:8443/tg", False),
        ("http://127.0.0.1.example.org/tg", False),
        ("ftp://127.0.0.1/tg", False),
    ],
)
def test_plain_http_webhook_only_on_loopback(
    monkeypatch: pytest.MonkeyPatch, url: str, accepted: bool
) -> None:
    monkeypatch.setenv("BOT_MODE", "webhook")
    monkeypatch.setenv("WEBHOOK_SECRET", "s3cret_token")
    monkeypatch.setenv("WEBHOOK_URL", url)
    if accepted:
        assert load_settings().webhook_url == url
    else:
        with pytest.raises(ConfigError, match="WEBHOOK_URL must be an https:// URL"):
            load_settings()


def test_cli_prints_one_line_and_no_traceback(tmp_path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "bot", "run"],
        env={"TELEGRAM_BOT_TOKEN": "oops", "PATH": ""},
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.strip().count("\n") == 0
    assert "TELEGRAM_BOT_TOKEN" in result.stderr
