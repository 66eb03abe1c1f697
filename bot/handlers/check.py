"""/check: the red-flag questions, one message edited in place as the person answers.

    /check ──► question 1 ──Yes / Not sure──► emergency message (new, with sound)
                  │ No
                  ▼
               question 2 … 7 (emergency signs) ──► 8 … 11 (appointment criteria)
                  │ Back: the previous question      │ Yes / Not sure ──► appointment outcome
                  │ Cancel: check cancelled          │ all No ──► self-care outcome

The state lives in the database (table triage_checks) and in the buttons: each button carries
`v1:chk:<check id>:<state token>:<move>`. A tap counts only if that check id belongs to the
tapping user (the id is a random 64-bit token stored with the user's id, so callback data from
another chat or a forged id finds nothing), the check is still active, and the token equals the
stored state (a stale message or a double tap changes nothing). The update is a compare-and-set,
so two processes cannot both apply a tap. A restart loses nothing: a tap handled again (a webhook
update sent anew because the worker handling it died after storing the answer) finds its answer
stored and shows the result again, so what the person sees catches up with the database; the
check's message is the receipt that an emergency alert went out (it is edited after the alert),
so the alert is sent again only when that edit never happened. A new /check replaces an
active one (its buttons are taken off); a typed "yes"/"no"/"not sure" answers the open question.
The pure rules are bot.triage.engine; this module only translates.
"""

from __future__ import annotations

import logging
import re
import secrets
from collections.abc import Sequence
from datetime import datetime, timedelta

from telegram import MaybeInaccessibleMessage, Message, Update

from bot.content import Content
from bot.db import triage_checks as checks
from bot.db.triage_tables import ACTIVE, CANCELLED, DONE, REPLACED, TriageCheck
from bot.db.users import get_user
from bot.handlers.carer import tell_carers_of_emergency
from bot.handlers.check_messages import put_message, retire, retire_message
from bot.handlers.context import BotContext
from bot.handlers.emergency import send_emergency
from bot.handlers.recheck import send_due_followups as send_due_followups
from bot.handlers.taps import answer_tap
from bot.triage import Answer, Level, TriageState, tools_for
from bot.ui import triage_render as ui
from bot.ui.callbacks import Callback
from bot.ui.html import italic

log = logging.getLogger(__name__)

CHECK_ACTION = ui.CHECK_ACTION
MOVES = {"y": Answer.YES, "n": Answer.NO, "u": Answer.UNSURE}
LABELS = {Answer.YES: "Yes", Answer.NO: "No", Answer.UNSURE: "Not sure"}
_CHECK_ID = re.compile(r"^[A-Za-z0-9_-]{11}$")
# A typed "yes" answers the open question only if the check was touched this recently: after
# that, the person is more likely answering something else than a question from days ago.
TYPED_ANSWER_WINDOW = timedelta(minutes=30)

__all__ = ["answer_check", "answer_typed", "begin_check", "send_due_followups", "start_check"]


def new_check_id() -> str:
    """64 random bits: unguessable, and short enough for callback data."""
    return secrets.token_urlsafe(8)


async def start_check(update: Update, context: BotContext) -> None:
    """/check"""
    user = update.effective_user
    if user is not None:
        await begin_check(context, user.id, intro=ui.CHECK_INTRO)


async def begin_check(
    context: BotContext,
    user_id: int,
    *,
    intro: str | None,
    lead: str | None = None,
    follow_up: bool = False,
) -> None:
    """Open a new check (replacing an active one) and send its first question: the `lead`
    sign's, when the free-text screen suspects one. `follow_up`: the person has just had a
    reply, so this message waits behind other people's first replies (at most a few seconds,
    bot/sending/pacing.py)."""
    services = context.services
    engine = tools_for(services.content).engine
    state, check_id = engine.start(lead), new_check_id()
    async with services.db.session() as session:
        replaced = await checks.start_check(
            session,
            check_id=check_id,
            user_id=user_id,
            state=engine.encode(state),
            now=services.clock.now(),
        )
        user = await get_user(session, user_id)
    await retire(context.bot, user_id, replaced, ui.render_replaced())
    country = user.country if user is not None else None
    await _send_question(context, user_id, check_id, state, country, intro, follow_up=follow_up)


async def answer_check(update: Update, context: BotContext, callback: Callback) -> None:
    """A tap on a check's button (or "Run the red-flag check" elsewhere)."""
    query, user = update.callback_query, update.effective_user
    if query is None or user is None:
        return
    if callback.args == (ui.NEW_CHECK,):
        await answer_tap(query)
        await begin_check(context, user.id, intro=ui.CHECK_INTRO)
        return
    engine = tools_for(context.services.content).engine
    parsed = _parse(callback.args)
    state = engine.decode(parsed[1]) if parsed else None
    if parsed is None or state is None:
        await answer_tap(query, ui.STALE_BUTTON)
        return
    check_id, token, move = parsed
    outcome = await _apply(context, user.id, check_id, token, state, move)
    if isinstance(outcome, str):
        await answer_tap(query, outcome)
        if outcome == ui.CHECK_REPLACED and query.message is not None:
            # Replaced before its message was known (a /check handled twice in the
            # at-least-once window of a worker's death), it kept its buttons: take them off.
            await retire_message(
                context.bot, user.id, query.message.message_id, ui.render_replaced()
            )
        return
    new_state, status, country, message_id, again = outcome
    await answer_tap(query, ui.ALREADY_ANSWERED if again else None)
    if message_id is None and query.message is not None:
        message_id = query.message.message_id
    await _show(
        context,
        user.id,
        check_id,
        state,
        new_state,
        status,
        country,
        message_id,
        again=again,
        showing=_buttons_of(query.message),
    )


async def answer_typed(context: BotContext, user_id: int, answer: Answer) -> bool:
    """A typed "yes"/"no"/"not sure" while a check waits for an answer: it counts like a tap.
    The old message loses its buttons and the check continues in a new message below the
    person's text. False when no check is waiting."""
    services = context.services
    engine = tools_for(services.content).engine
    now = services.clock.now()
    async with services.db.session() as session:
        check = _recent(await checks.active_checks(session, user_id), now)
        state = engine.decode(check.state) if check else None
        if check is None or state is None or engine.current(state) is None:
            return False
        new_state = engine.answer(state, answer)
        status = DONE if engine.result(new_state) else ACTIVE
        moved = await checks.advance_check(
            session,
            check_id=check.id,
            user_id=user_id,
            expected_state=check.state,
            new_state=engine.encode(new_state),
            status=status,
            now=now,
        )
        user = await get_user(session, user_id)
    if not moved:
        return False
    country = user.country if user is not None else None
    number = services.content.emergency_number(country)
    question = engine.current(state)
    assert question is not None
    answered = (
        ui.render_question(engine, question, number)
        + "\n\n"
        + italic(f"You answered “{LABELS[answer]}”. The check continues below.")
    )
    await retire(context.bot, user_id, [check], answered)
    await _show(context, user_id, check.id, state, new_state, status, country, None)
    return True


async def repost_waiting_question(context: BotContext, user_id: int) -> bool:
    """Bring the open question of an active check down to the bottom of the chat (after a
    message that may describe a sign); False when no check is waiting."""
    services = context.services
    engine = tools_for(services.content).engine
    async with services.db.session() as session:
        check = _recent(await checks.active_checks(session, user_id), services.clock.now())
        user = await get_user(session, user_id)
    state = engine.decode(check.state) if check else None
    if check is None or state is None or engine.current(state) is None:
        return False
    await retire(context.bot, user_id, [check], ui.CONTINUES_BELOW)
    country = user.country if user is not None else None
    await _send_question(context, user_id, check.id, state, country, ui.PENDING_CHECK_INTRO)
    return True


async def end_checks_for_emergency(context: BotContext, user_id: int, country: str | None) -> None:
    """An emergency was found in free text: any open check ends, its buttons taken off."""
    services = context.services
    async with services.db.session() as session:
        ended = await checks.end_active_checks(
            session, user_id, status=REPLACED, now=services.clock.now()
        )
    if ended:
        engine = tools_for(services.content).engine
        number = services.content.emergency_number(country)
        text = ui.render_check_ended_by_emergency(services.content, engine, None, number)
        await retire(context.bot, user_id, ended, text)


# --- Internals -------------------------------------------------------------------------------


def _buttons_of(message: MaybeInaccessibleMessage | None) -> ui.Keyboard | None:
    """The buttons a message shows, as a keyboard spec; None when the message is not known."""
    if not isinstance(message, Message):
        return None
    rows = message.reply_markup.inline_keyboard if message.reply_markup else ()
    return tuple(tuple((b.text, str(b.callback_data)) for b in row) for row in rows if row)


def _recent(waiting: Sequence[TriageCheck], now: datetime) -> TriageCheck | None:
    """The newest active check, if it was touched within TYPED_ANSWER_WINDOW."""
    if waiting and now - waiting[0].updated_at <= TYPED_ANSWER_WINDOW:
        return waiting[0]
    return None


def _parse(args: Sequence[str]) -> tuple[str, str, str] | None:
    if len(args) != 3 or not _CHECK_ID.match(args[0]) or args[2] not in (*MOVES, "b", "x"):
        return None
    return args[0], args[1], args[2]


async def _apply(
    context: BotContext, user_id: int, check_id: str, token: str, state: TriageState, move: str
) -> tuple[TriageState, str, str | None, int | None, bool] | str:
    """Apply one tap in the database: (new state, status, country, the check's message, whether
    this very tap had been applied already), or the notice to show when it changes nothing."""
    services = context.services
    engine = tools_for(services.content).engine
    if move == "x":
        new_state, status = state, CANCELLED
    elif move == "b":
        if not state.answers or engine.result(state) is not None:
            return ui.STALE_BUTTON
        new_state, status = engine.back(state), ACTIVE
    else:
        if engine.current(state) is None:
            return ui.CHECK_ENDED
        new_state = engine.answer(state, MOVES[move])
        status = DONE if engine.result(new_state) else ACTIVE
    encoded = engine.encode(new_state)
    async with services.db.session() as session:
        # The usual tap moves the check: one statement. Only a tap that did not move it reads
        # the check, to tell a foreign or forged id, an answered question and a repeat apart.
        moved = await checks.move_check(
            session,
            check_id=check_id,
            user_id=user_id,
            expected_state=token,
            new_state=encoded,
            status=status,
            now=services.clock.now(),
        )
        if moved is not None:
            return new_state, status, moved.country, moved.message_id, False
        check = await checks.get_check(session, check_id, user_id)
        if check is None:
            log.info("refused a check button", extra={"user_id": user_id, "reason": "not theirs"})
            return ui.STALE_BUTTON
        if check.status == REPLACED:
            return ui.CHECK_REPLACED
        if check.state != encoded or check.status != status:
            return ui.ALREADY_ANSWERED if check.status == ACTIVE else ui.CHECK_ENDED
        user = await get_user(session, user_id)
    country = user.country if user is not None else None
    return new_state, status, country, check.message_id, True


async def _show(
    context: BotContext,
    user_id: int,
    check_id: str,
    before: TriageState,
    state: TriageState,
    status: str,
    country: str | None,
    message_id: int | None,
    *,
    again: bool = False,
    showing: ui.Keyboard | None = None,
) -> None:
    """Show where the check now is: in place when `message_id` is given, else as a new message.
    `again`: this tap was applied before, so this may be on screen already; `showing` is what
    the tapped message's buttons are now (None: not known)."""
    content = context.services.content
    engine = tools_for(content).engine
    number = content.emergency_number(country)
    result = None if status == CANCELLED else engine.result(state)
    if result is not None:
        log.info("check finished", extra={"user_id": user_id, "outcome": result.level.value})
    if result is not None and result.level is Level.EMERGENCY:
        # The check's message says it ended only once the alert went out: a tap handled again
        # whose message does not say so yet sends the alert (whoever was sending it died,
        # perhaps before sending: safety first, at worst it arrives twice).
        if again and showing == ():
            return
        ended = ui.render_check_ended_by_emergency(content, engine, engine.current(before), number)
        # The emergency message first: it is what matters, and it must arrive with sound. The
        # check's own message shows the instruction too, even if that send failed.
        try:
            await send_emergency(
                context.bot, context.services, user_id, country, result.signs, unsure=result.unsure
            )
            await tell_carers_of_emergency(
                context.bot, context.services, user_id, result.signs, via_check=True
            )
        finally:
            if message_id is not None:
                await put_message(context, user_id, check_id, message_id, ended, ())
        return
    if status == CANCELLED:
        text, keyboard = ui.render_cancelled(number), ()
    elif result is None:
        text, keyboard = _question_view(content, check_id, state, country)
    else:
        text, keyboard = ui.render_outcome(content, result, number, check_id)
    if again and showing == tuple(row for row in keyboard if row):
        return  # on screen already: editing it would change nothing
    await put_message(context, user_id, check_id, message_id, text, keyboard)


async def _send_question(
    context: BotContext,
    user_id: int,
    check_id: str,
    state: TriageState,
    country: str | None,
    intro: str | None,
    *,
    follow_up: bool = False,
) -> None:
    text, keyboard = _question_view(context.services.content, check_id, state, country, intro)
    await put_message(context, user_id, check_id, None, text, keyboard, follow_up=follow_up)


def _question_view(
    content: Content,
    check_id: str,
    state: TriageState,
    country: str | None,
    intro: str | None = None,
) -> tuple[str, ui.Keyboard]:
    """The open question of a check, as text and keyboard (edited in place or sent anew)."""
    engine = tools_for(content).engine
    question = engine.current(state)
    assert question is not None
    text = ui.render_question(engine, question, content.emergency_number(country), intro)
    return text, ui.question_keyboard(check_id, engine.encode(state), state)
