"""A failing handler, broken content and the sandbox: the bot keeps its promises."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from telegram import Update

from bot.app import application as application_module
from bot.app.commands import COMMANDS
from bot.app.runner import StartupError, validated_content
from bot.content import ContentError
from tests.e2e.harness import REPO_ROOT, BotProcess, Chat
from tests.e2e.inprocess import running_bot
from tgemu.server import BotApiEmulator

pytestmark = pytest.mark.e2e


async def _crash(update: Update, context: object) -> None:
    raise RuntimeError("a bug in a handler")


async def test_a_crashing_handler_apologises_and_the_bot_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    crashing = tuple(
        replace(command, handler=_crash) if command.name == "help" else command
        for command in COMMANDS
    )
    monkeypatch.setattr(application_module, "COMMANDS", crashing)
    async with BotApiEmulator() as emulator:
        url = f"sqlite:///{tmp_path / 'bot.db'}"
        async with running_bot(emulator, url):
            chat = Chat(emulator, 501)
            apology = await chat.say("/help")
            assert "something went wrong on my side" in apology.text
            assert "emergency" in apology.text
            welcome, _setup = await chat.start()
            assert "LegCare" in welcome.text
            assert len(emulator.bot_messages(chat.user_id)) == 3


def test_invalid_content_stops_start_up_with_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken() -> None:
        raise ContentError(["content/faq.yaml: faq[3] (id 'x'): field 'section': unknown 'y'"])

    monkeypatch.setattr("bot.app.runner.load_content", broken)
    with pytest.raises(StartupError, match=r"content/faq\.yaml: faq\[3\]") as raised:
        validated_content()
    assert "\n" not in str(raised.value)


@pytest.mark.postgres
async def test_acceptance_invocation_on_postgresql(postgres_url: str, tmp_path: Path) -> None:
    """`TELEGRAM_BOT_TOKEN=123:abc TELEGRAM_API_BASE_URL=... python -m bot run` answers /start."""
    async with BotApiEmulator() as emulator:
        process = BotProcess(
            emulator, tmp_path, TELEGRAM_BOT_TOKEN="123:abc", DATABASE_URL=postgres_url
        )
        await process.start()
        try:
            chat = Chat(emulator, 777)
            welcome, _setup = await chat.start(timeout=1.0)
            assert "LegCare" in welcome.text
            confirm = await chat.say("/delete")
            assert "erased" in (await chat.tap(confirm, "Yes, erase everything")).text
        finally:
            assert await process.stop() == 0
        assert "123:abc" not in process.logs()


def test_readme_run_command_opens_the_sandbox_without_a_token(tmp_path: Path) -> None:
    """What a newcomer gets from `python3 dev.py run`: the offline chat, driven here by a pipe."""
    result = subprocess.run(
        [sys.executable, "-m", "bot", "run"],
        input="/start\n/delete\n2\n/help\n",
        cwd=tmp_path,
        env={"PATH": "", "PYTHONPATH": str(REPO_ROOT)},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "offline sandbox" in result.stderr
    transcript = result.stdout
    assert "I'm LegCare" in transcript
    assert "[1] Yes, erase everything" in transcript
    assert "LegCare (edited):\nNothing was erased." in transcript
    assert "/privacy" in transcript
    assert (tmp_path / "data" / "sandbox.db").exists()
    assert "Traceback" not in (tmp_path / "data" / "sandbox.log").read_text()
