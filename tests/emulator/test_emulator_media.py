"""The emulator's sendPhoto and sendDocument, driven by python-telegram-bot's own Bot, with
Telegram's limits on size and caption."""

import struct
import zlib

import pytest
from telegram.constants import ParseMode
from telegram.error import BadRequest, TelegramError

from tests.emulator.emulator_bot import IGNORE_RETRY_AFTER_WARNING, USER

# Fixtures the tests take by name; `name as name` tells the linter these imports are meant.
from tests.emulator.emulator_bot import bot as bot
from tests.emulator.emulator_bot import clock as clock
from tests.emulator.emulator_bot import emu as emu

pytestmark = IGNORE_RETRY_AFTER_WARNING


def png(width: int, height: int) -> bytes:
    """A real (blank, greyscale) PNG of the given size."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    rows = b"".join(b"\x00" + b"\xff" * width for _ in range(height))
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


async def test_a_photo_with_a_caption_is_stored_with_its_bytes(bot, emu):
    emu.user_sends(USER, "/stats")
    picture = png(40, 20)
    sent = await bot.send_photo(USER, picture, caption="<b>Week</b> by week", parse_mode="HTML")
    assert sent.caption == "Week by week"
    assert (sent.photo[-1].width, sent.photo[-1].height) == (40, 20)
    stored = emu.bot_messages(USER)[-1]
    assert stored.media is not None
    assert stored.media.kind == "photo"
    assert stored.media.data == picture
    assert stored.text == "Week by week"


async def test_a_document_keeps_its_name_and_type(bot, emu):
    emu.user_sends(USER, "/report")
    sent = await bot.send_document(USER, b"day,level\n", filename="diary.csv")
    assert sent.document.file_name == "diary.csv"
    stored = emu.bot_messages(USER)[-1]
    assert stored.media is not None
    assert stored.media.data == b"day,level\n"


async def test_a_caption_over_1024_characters_is_refused(bot, emu):
    emu.user_sends(USER, "/stats")
    with pytest.raises(BadRequest, match="caption is too long"):
        await bot.send_photo(USER, png(4, 4), caption="x" * 1025, parse_mode=ParseMode.HTML)


async def test_a_photo_over_10_mb_is_refused(bot, emu):
    emu.user_sends(USER, "/stats")
    with pytest.raises(BadRequest, match="too big"):
        await bot.send_photo(USER, png(4, 4) + b"\x00" * (10 * 1024 * 1024))


async def test_a_document_over_50_mb_is_refused(bot, emu):
    emu.user_sends(USER, "/report")
    with pytest.raises(TelegramError, match="Too Large"):
        await bot.send_document(USER, b"\x00" * (50 * 1024 * 1024 + 1), filename="big.bin")
