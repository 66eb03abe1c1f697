"""tgemu: a local Telegram Bot API emulator, for LegCare's sandbox and tests.

It answers the Bot API over real HTTP the way Telegram does (validation, formatting, flood limits,
webhooks, faults on request), and lets a test or the sandbox act as the users: send messages, tap
buttons, block the bot. It lives beside the bot, not in it: the bot only ever talks HTTP to it.

    python -m tgemu --port 8081     the emulator alone, for your own experiments
"""

from tgemu.models import EmulatedMessage, EmulatorError
from tgemu.server import BotApiEmulator

__all__ = ["BotApiEmulator", "EmulatedMessage", "EmulatorError"]
