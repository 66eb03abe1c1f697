"""Free text, in the order safety demands.

Every message a person types goes through these steps, and the first that answers wins:
1. the red-flag screen (bot.handlers.screening): an emergency sign gets emergency instructions,
   nothing else; an answer to an open check answers it; a diary note that was asked for is
   kept either way (bot.handlers.diary), after the instructions;
2. a message in another language: "English only for now" with the emergency number, and the
   red-flag questions at once when it names an emergency sign (bot.handlers.foreign);
   a city or zone typed by someone with no time zone yet: set-up's step 1 says "or type it";
3. the one reply bot.stories.route decides from the screen's verdict, the story the message tells
   and the guide (bot.handlers.respond): the red-flag questions, a story's appointment or
   self-care advice, or the guide's answer, "did you mean" or honest "not covered".
The screen must stay first: a question that mentions an emergency sign is an emergency, not an
FAQ.
"""

from __future__ import annotations

from telegram import Update

from bot.handlers.context import BotContext
from bot.handlers.diary import take_diary_note
from bot.handlers.foreign import answer_foreign
from bot.handlers.respond import respond
from bot.handlers.screening import screen_and_read, screen_for_red_flags
from bot.handlers.sender import SenderLookup
from bot.handlers.setup import typed_zone


async def on_free_text(update: Update, context: BotContext) -> None:
    message = update.effective_message
    if message is None or not message.text:
        return
    text = message.text
    user = update.effective_user
    sender = SenderLookup(context.services, user.id) if user is not None else None
    detection, reading = await screen_and_read(context.services, text)
    escalated = await screen_for_red_flags(update, context, text, detection)
    if await take_diary_note(update, context, text, quiet=escalated, sender=sender) or escalated:
        return
    if await answer_foreign(update, context, text):
        return
    if await typed_zone(update, context, text):
        return
    await respond(update, context, text, detection, reading, sender)
