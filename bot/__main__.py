"""LegCare's command line.

python -m bot run [--mode MODE]      the bot, polling or webhook (the sandbox when no token is set)
python -m bot sandbox [--fast]       the bot against a local Bot API emulator, in a terminal chat
                                     (--fast: a clock 60 times faster, reminders within a minute)
python -m bot migrate                apply database migrations and exit
python -m bot check-content          validate content/ and print a summary
python -m bot report [--sandbox]     least helpful answers and unanswered questions (no user ids);
                                     with no token set, from the sandbox's database
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import signal
import sys

from bot.core.config import BotMode, ConfigError, Settings, load_settings
from bot.core.logs import configure_logging

log = logging.getLogger("bot")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bot", description="LegCare Telegram bot")
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser("run", help="run the bot (sandbox when no token is set)")
    run.add_argument("--mode", choices=[m.value for m in BotMode], help="overrides BOT_MODE")
    sandbox = commands.add_parser("sandbox", help="try the bot offline in a terminal chat")
    sandbox.add_argument(
        "--fast", action="store_true", help="a clock 60 times faster: reminders within a minute"
    )
    commands.add_parser("migrate", help="apply database migrations and exit")
    commands.add_parser("check-content", help="validate content/ and print a summary")
    report = commands.add_parser("report", help="least helpful answers and unanswered questions")
    report.add_argument(
        "--sandbox", action="store_true", help="the sandbox's database (the default with no token)"
    )
    return parser


def _install_stop_signals(stop: asyncio.Event) -> None:
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        try:
            loop.add_signal_handler(sig, stop.set)
        except (NotImplementedError, RuntimeError):  # pragma: no cover - non-Unix platforms
            signal.signal(sig, lambda *_: loop.call_soon_threadsafe(stop.set))


async def _run(settings: Settings) -> None:
    from bot.app.runner import serve

    stop = asyncio.Event()
    _install_stop_signals(stop)
    await serve(settings, stop=stop)


async def _sandbox(settings: Settings, *, fast: bool = False) -> None:
    from bot.app.sandbox import run_sandbox

    stop = asyncio.Event()
    _install_stop_signals(stop)
    await run_sandbox(settings, stop=stop, fast=fast)


def _check_content() -> int:
    from bot.content import ContentError, load_content, summary

    try:
        content = load_content()
    except ContentError as exc:
        print(f"Content error: {exc}", file=sys.stderr)
        return 1
    print(summary(content))
    return 0


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        settings = load_settings(**({"bot_mode": args.mode} if getattr(args, "mode", None) else {}))
    except ConfigError as exc:
        print(exc, file=sys.stderr)
        return 2
    configure_logging(settings.log_level, settings.log_format)
    from bot.app.runner import StartupError

    try:
        if args.command == "migrate":
            from bot.db import migrate

            migrate.upgrade(settings.database_url)
            print(f"Database is at revision {migrate.current_revision(settings.database_url)}.")
            return 0
        if args.command == "report":
            from bot.app.report import print_report
            from bot.app.sandbox import sandbox_settings

            if args.sandbox or settings.token is None:  # where `run` without a token writes
                settings = sandbox_settings(settings)
            return print_report(settings)
        if args.command == "check-content":
            return _check_content()
        if args.command == "sandbox" or settings.token is None:
            if args.command == "run":
                print(
                    "No TELEGRAM_BOT_TOKEN set: starting the offline sandbox instead "
                    "(see README to run for real).",
                    file=sys.stderr,
                )
            asyncio.run(_sandbox(settings, fast=getattr(args, "fast", False)))
            return 0
        asyncio.run(_run(settings))
    except StartupError as exc:
        print(exc, file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    return 0


if __name__ == "__main__":
    sys.exit(main())
