"""Logs never carry the bot token or what users write."""

from __future__ import annotations

import io
import json
import logging
from collections.abc import Iterator

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.core.logs import REDACTED, REDACTOR, configure_logging

TOKEN = "1234567890:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw"


@pytest.fixture
def captured() -> Iterator[io.StringIO]:
    stream = io.StringIO()
    handler = configure_logging("DEBUG", "logfmt", stream=stream)
    REDACTOR.add_secret(TOKEN)
    yield stream
    logging.getLogger().removeHandler(handler)


def test_token_in_url_is_redacted(captured: io.StringIO) -> None:
    logging.getLogger("bot.test").warning(
        "request to https://api.telegram.org/bot%s/getMe failed", TOKEN
    )
    output = captured.getvalue()
    assert TOKEN not in output
    assert REDACTED in output


def test_token_in_traceback_is_redacted(captured: io.StringIO) -> None:
    try:
        raise RuntimeError(f"connect to /bot{TOKEN}/getUpdates refused")
    except RuntimeError:
        logging.getLogger("bot.test").exception("polling failed")
    assert TOKEN not in captured.getvalue()


def test_httpx_request_lines_are_silenced(captured: io.StringIO) -> None:
    logging.getLogger("httpx").info('HTTP Request: POST https://x/bot%s/getMe "200 OK"', TOKEN)
    assert captured.getvalue() == ""


def test_telegram_debug_with_update_contents_is_silenced(captured: io.StringIO) -> None:
    logging.getLogger("telegram.ext.Application").debug("Processing update %s", "my secret text")
    assert "my secret text" not in captured.getvalue()


def test_structured_fields_are_kept(captured: io.StringIO) -> None:
    logging.getLogger("bot.test").info("user data erased", extra={"user_id": 42, "rows": 3})
    line = captured.getvalue().strip()
    assert "user_id=42" in line
    assert "rows=3" in line
    assert 'msg="user data erased"' in line


def test_json_format_is_json() -> None:
    stream = io.StringIO()
    handler = configure_logging("INFO", "json", stream=stream)
    try:
        logging.getLogger("bot.test").info("ready", extra={"bot": "legcare_bot"})
    finally:
        logging.getLogger().removeHandler(handler)
    record = json.loads(stream.getvalue())
    assert record["msg"] == "ready"
    assert record["bot"] == "legcare_bot"


@given(st.from_regex(r"\A\d{5,12}:[A-Za-z0-9_-]{35}\Z"), st.text(max_size=30))
def test_any_token_shaped_string_is_redacted(token: str, noise: str) -> None:
    assert token not in REDACTOR(f"{noise} /bot{token}/sendMessage {noise}")
