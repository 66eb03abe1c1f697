"""The red-flag screen over free text: the first thing bot.handlers.free_text does.

What it does with a message, in this order:
1. A clear emergency sign: the emergency message at once (any open check ends), nothing else.
2. A check is waiting and the text is an answer ("yes", "no", "not sure"): it answers the question.
3. Anything else (a possible sign included) goes on to bot.handlers.respond with the screen's
   verdict, which asks the red-flag questions or answers, as bot.stories.route decides.
"""

from __future__ import annotations

import asyncio
import logging
from concurrent.futures import ThreadPoolExecutor

from telegram import Update

from bot.core.services import Services
from bot.db.engine import is_unavailable
from bot.handlers import check
from bot.handlers.carer import tell_carers_of_emergency
from bot.handlers.context import BotContext
from bot.handlers.emergency import country_of, send_emergency
from bot.stories.tools import reader_for
from bot.stories.understand import Reading, read_message
from bot.triage import Detection, Screen, tools_for
from bot.triage.engine import parse_answer

log = logging.getLogger(__name__)

# The language model runs in its own threads (onnxruntime lets go of the GIL), so a reply to
# someone else never waits behind an embedding. Messages held back by flood control are screened
# on a thread of their own, so a flood never delays someone else's emergency.
SCREENING = ThreadPoolExecutor(max_workers=1, thread_name_prefix="red-flag-screen")
FLOOD_SCREENING = ThreadPoolExecutor(max_workers=1, thread_name_prefix="flood-screen")
# The message read for the guide and the story levels, on a thread of its own beside the
# screen's model half (the machine has two cores): the reply waits for the slower, not the sum.
READING = ThreadPoolExecutor(max_workers=1, thread_name_prefix="reading")


async def screen_text(
    services: Services, text: str, executor: ThreadPoolExecutor = SCREENING
) -> Detection:
    """The whole red-flag screen (bot.triage.red_flags). The lexicon runs here, in a millisecond
    or two, and a clear sign returns at once; only otherwise is the model asked. Should the
    model ever fail, the lexicon's verdict stands: the screen never fails with it."""
    detection, _ = await _screen(services, text, executor, read_too=False)
    return detection


async def screen_and_read(services: Services, text: str) -> tuple[Detection, Reading | None]:
    """The screen, and the message read for the reply (`bot.stories.understand.read_message`)
    on the reading thread while the screen's model half runs: the reply then waits for the
    slower of the two, not their sum. The reading starts only once the lexicon has found no
    clear sign, so an emergency the lexicon knows never shares the machine with it. An
    emergency returns without waiting for the reading (None); so does a reading that failed,
    which the reply then does again or goes without."""
    detection, reading = await _screen(services, text, SCREENING, read_too=True)
    if reading is None:
        return detection, None
    try:
        return detection, await reading
    except Exception as exc:  # noqa: BLE001 - the reply reads it again, or falls back
        log.error("reading the message failed", extra={"error": type(exc).__name__})
        return detection, None


async def _screen(
    services: Services, text: str, executor: ThreadPoolExecutor, *, read_too: bool
) -> tuple[Detection, asyncio.Future[Reading] | None]:
    """The screen's verdict, and with `read_too` the reading under way, unless the verdict is an
    emergency: the emergency reply needs no reading and must not wait for the reading thread."""
    screen = tools_for(services.content).screen
    lexical, read = screen.detector.screen_and_read(text)
    if lexical.screen is Screen.EMERGENCY:
        return lexical, None
    loop = asyncio.get_running_loop()
    reading = loop.run_in_executor(READING, _read, services, text) if read_too else None
    try:
        detection = await loop.run_in_executor(executor, screen.with_model, text, lexical, read)
    except asyncio.CancelledError:
        _drop(reading)
        raise
    except Exception as exc:  # noqa: BLE001 - whatever broke, the lexicon's verdict must stand
        log.error("language model failed, the lexicon decides", extra={"error": type(exc).__name__})
        detection = lexical
    if detection.screen is Screen.EMERGENCY:
        _drop(reading)
        return detection, None
    return detection, reading


def _drop(reading: asyncio.Future[Reading] | None) -> None:
    if reading is not None:
        reading.cancel()  # a reading already under way finishes unheard


def _read(services: Services, text: str) -> Reading:
    return read_message(text, services.faq, reader_for(services.content))


async def screen_for_red_flags(
    update: Update, context: BotContext, text: str, detection: Detection | None = None
) -> bool:
    """`detection` is the screen's verdict on `text` when the caller has it already."""
    user, chat = update.effective_user, update.effective_chat
    if user is None or chat is None:
        return False
    content = context.services.content
    if detection is None:
        detection = await screen_text(context.services, text)
    if detection.screen is Screen.EMERGENCY:
        log.info(
            "free text names an emergency sign",
            extra={"signs": list(detection.signs), "by_model": detection.by_model},
        )
        by_id = {sign.id: sign for sign in content.emergency_signs}
        signs = [by_id[sign_id] for sign_id in detection.signs]
        country = await country_of(context.services, user.id)
        await send_emergency(context.bot, context.services, chat.id, country, signs)
        await tell_carers_of_emergency(
            context.bot, context.services, user.id, signs, via_check=False
        )
        try:
            await check.end_checks_for_emergency(context, user.id, country)
        except Exception as exc:
            # The instructions are out; closing an open check is housekeeping, and an apology
            # under an emergency message would only confuse.
            if not is_unavailable(exc):
                raise
            log.warning("database unavailable, open check left", extra={"user_id": user.id})
        return True
    answer = parse_answer(text)
    return answer is not None and await check.answer_typed(context, user.id, answer)
