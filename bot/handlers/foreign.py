"""A message in another language: said plainly that LegCare understands English only for now,
with the person's emergency number, in English and in their language where it is known; and the
red-flag questions at once when the message names an emergency sign (bot.triage.foreign)."""

from __future__ import annotations

import logging

from telegram import Update

from bot.content import Content
from bot.handlers import check
from bot.handlers.context import BotContext
from bot.handlers.emergency import country_of
from bot.triage.foreign import ForeignReader
from bot.ui.html import PARSE_MODE, escape

log = logging.getLogger(__name__)

ENGLISH_ONLY = (
    "LegCare understands English only for now (/help shows what it can do). If this may be an "
    "emergency, call {number} now."
)
SIGN_NAMED = (
    "Your message may name an emergency sign, so here are the guide's red-flag questions (in "
    "English)."
)


_READERS: dict[int, tuple[Content, ForeignReader]] = {}


def _reader(content: Content) -> ForeignReader:
    built = _READERS.get(id(content))
    if built is None or built[0] is not content:
        built = (content, ForeignReader(content.languages))
        _READERS[id(content)] = built
    return built[1]


async def answer_foreign(update: Update, context: BotContext, text: str) -> bool:
    """True when the message was in another language and has been answered."""
    user, message = update.effective_user, update.effective_message
    if user is None or message is None:
        return False
    content = context.services.content
    read = _reader(content).read(text)
    if read is None:
        return False
    wording = context.emergency_wording(await country_of(context.services, user.id))
    app_language = (user.language_code or "")[:2].lower()
    language = app_language if app_language in content.languages else read.language
    lines = [ENGLISH_ONLY.format(number=wording)]
    if language in content.languages:
        lines.append(content.languages[language].english_only.format(number=wording))
    log.info("message in another language", extra={"language": language, "signs": read.signs})
    if read.signs:
        intro = "\n\n".join(escape(line) for line in [*lines, SIGN_NAMED])
        await check.begin_check(context, user.id, intro=intro, lead=read.signs[0])
        return True
    await message.reply_text("\n\n".join(escape(line) for line in lines), parse_mode=PARSE_MODE)
    return True
