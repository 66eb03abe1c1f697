"""What /check, /emergency, /country and the re-check follow-up look like: pure functions.

Health wording comes from content (the guide) through `content_render`; the words here are only
the bot's own UI copy (progress, buttons, confirmations). Keyboards are returned as plain specs,
rows of (label, callback data), so the layouts are testable without Telegram; handlers turn them
into InlineKeyboardMarkup.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.content.models import Content, EmergencyNumber, EmergencySign
from bot.triage.engine import Level, Phase, Question, Result, TriageEngine, TriageState
from bot.ui.callbacks import encode
from bot.ui.content_render import render_appointment, render_emergency, render_self_care
from bot.ui.html import bold, code, escape, italic

Keyboard = tuple[tuple[tuple[str, str], ...], ...]

CHECK_ACTION = "chk"  # v1:chk:<check id>:<state token>:<y|n|u|b|x>, or v1:chk:new
EMERGENCY_ACTION = "emg"  # v1:emg:<signs bitmask>:<0|1 unsure>
FOLLOWUP_ACTION = "fup"  # v1:fup:on:<check id> | v1:fup:off:<check id> | v1:fup:ok
COUNTRY_ACTION = "ctry"  # v1:ctry:<ISO code>
NEW_CHECK = "new"

ANSWERS = {"Yes": "y", "No": "n", "Not sure": "u"}
BACK, CANCEL = "« Back", "Cancel"
SHOW_AGAIN = "🚨 Show the emergency instructions again"
REMIND = "⏰ Remind me to re-check tomorrow"
DONT_REMIND = "Don't remind me"
CHECK_AGAIN = "Run the red-flag check again"
RUN_CHECK = "Run the red-flag check"
NO_WORSE = "It's no worse"

# Answers to a tap that changes nothing (shown as a small notice, never an edit).
STALE_BUTTON = "This button is no longer active."
CHECK_ENDED = "This check has ended. Send /check to start a new one."
CHECK_REPLACED = "This check was replaced by a newer one below."
ALREADY_ANSWERED = "That question was already answered. Please use the latest message."


def progress(question: Question, total: int) -> str:
    return f"Question {question.number} of {total}"


def render_question(
    engine: TriageEngine, question: Question, number: EmergencyNumber, intro: str | None = None
) -> str:
    """One question of the check, with where the person is and the emergency number at hand."""
    phase = "Emergency signs" if question.phase is Phase.EMERGENCY else "About your numbness"
    parts = [intro] if intro else []
    parts += [
        f"{bold('Red-flag check')} · {escape(progress(question, engine.total))} · {escape(phase)}",
        bold(question.text),
        italic('Not sure? Tap "Not sure": it counts as yes, to be safe.'),
        escape(f"If you think this is an emergency, call {number.call_text} now."),
    ]
    return "\n\n".join(parts)


def question_keyboard(check_id: str, token: str, state: TriageState) -> Keyboard:
    answers = tuple(
        (label, encode(CHECK_ACTION, check_id, token, move)) for label, move in ANSWERS.items()
    )
    controls = [(CANCEL, encode(CHECK_ACTION, check_id, token, "x"))]
    if state.step > 0:
        controls.insert(0, (BACK, encode(CHECK_ACTION, check_id, token, "b")))
    return (answers, tuple(controls))


def start_check_keyboard() -> Keyboard:
    return (((RUN_CHECK, encode(CHECK_ACTION, NEW_CHECK)),),)


def emergency_payload(
    signs: Sequence[EmergencySign], all_signs: Sequence[EmergencySign], unsure: bool
) -> str:
    mask = sum(1 << index for index, sign in enumerate(all_signs) if sign in signs)
    return encode(EMERGENCY_ACTION, mask, int(unsure))


def signs_from_payload(
    args: Sequence[str], all_signs: Sequence[EmergencySign]
) -> tuple[list[EmergencySign], bool] | None:
    """The signs and "unsure" flag a show-again button carries; None if it is not one of ours."""
    if len(args) != 2 or not args[0].isdigit() or args[1] not in ("0", "1") or len(args[0]) > 4:
        return None
    mask = int(args[0])
    if mask >= 1 << len(all_signs):
        return None
    return [sign for i, sign in enumerate(all_signs) if mask >> i & 1], args[1] == "1"


def render_emergency_alert(
    content: Content,
    number: EmergencyNumber,
    signs: Sequence[EmergencySign] = (),
    *,
    unsure: bool = False,
) -> tuple[str, Keyboard]:
    """The emergency message: the instruction with the person's number on the first line, what
    triggered it, other numbers, and a button to show it again."""
    text = render_emergency(
        content.triage.outcomes.emergency,
        number,
        signs,
        instruction_first=True,
        listing=() if signs or unsure else content.emergency_signs,
    )
    if unsure:
        text += "\n\n" + italic('You answered "Not sure", which counts as yes, to be safe.')
    keyboard = (((SHOW_AGAIN, emergency_payload(signs, content.emergency_signs, unsure)),),)
    return text, keyboard


def render_check_ended_by_emergency(
    content: Content, engine: TriageEngine, question: Question | None, number: EmergencyNumber
) -> str:
    """What the check's own message becomes when it ends in an emergency: the guide's
    instruction stays where the person was looking; the full message follows as a new one."""
    instruction = content.triage.outcomes.emergency.text.strip().split("\n\n")[0]
    filled = escape(instruction).replace("{number}", bold(number.call_text))
    where = f" at {progress(question, engine.total).lower()}" if question else ""
    return "\n\n".join(
        ["🚨 " + filled, escape(f"Red-flag check ended{where}: see the instructions below.")]
    )


def render_outcome(
    content: Content,
    result: Result,
    number: EmergencyNumber,
    check_id: str,
    *,
    reminder_set: bool = False,
) -> tuple[str, Keyboard]:
    """The appointment or self-care outcome, with the re-check follow-up offer."""
    outcomes = content.triage.outcomes
    if result.level is Level.APPOINTMENT:
        text = render_appointment(outcomes.appointment, number, result.criteria)
    else:
        text = render_self_care(outcomes.self_care, number, content.triage.self_care)
    if result.unsure:
        text += "\n\n" + italic('You answered "Not sure", which counts as yes, to be safe.')
    if reminder_set:
        text += "\n\n" + escape("⏰ I'll ask you in 24 hours whether it has got worse.")
        first = (DONT_REMIND, encode(FOLLOWUP_ACTION, "off", check_id))
    else:
        first = (REMIND, encode(FOLLOWUP_ACTION, "on", check_id))
    return text, ((first,), ((CHECK_AGAIN, encode(CHECK_ACTION, NEW_CHECK)),))


def render_cancelled(number: EmergencyNumber) -> str:
    return "\n\n".join(
        [
            escape("Red-flag check cancelled. Send /check to start again."),
            escape(f"If you think this may be an emergency, call {number.call_text} now."),
        ]
    )


def render_replaced() -> str:
    return escape(CHECK_REPLACED)


CONTINUES_BELOW = "The check continues below."


AMBIGUOUS_INTRO = (
    "I can't tell for sure from your message whether this is an emergency, so let's go "
    "through the red-flag questions. It takes a few taps."
)
CHECK_INTRO = "Answer with the buttons. Any emergency sign ends the check at once."
TYPED_ANSWER_INTRO = "Got it. Next question:"
PENDING_CHECK_INTRO = "Your message may describe an emergency sign. Please answer this first:"


def render_recheck_followup(content: Content, number: EmergencyNumber) -> tuple[str, Keyboard]:
    """The message 24 hours after a check: has it got worse? One tap runs the questions again."""
    closing = content.triage.outcomes.self_care.closing or ""
    text = "\n\n".join(
        [
            bold("Checking in, as you asked"),
            escape(
                "Yesterday you ran the red-flag check. Has your leg numbness got worse since "
                "then, or has anything new appeared? If so, run the check again."
            ),
            escape(closing.replace("{number}", number.call_text)),
        ]
    )
    keyboard = (
        ((RUN_CHECK, encode(CHECK_ACTION, NEW_CHECK)),),
        ((NO_WORSE, encode(FOLLOWUP_ACTION, "ok")),),
    )
    return text, keyboard


def render_no_worse(content: Content, number: EmergencyNumber) -> str:
    closing = content.triage.outcomes.self_care.closing or ""
    return "\n\n".join(
        [
            escape("Thanks for letting me know."),
            escape(closing.replace("{number}", number.call_text)),
        ]
    )


# --- /country ----------------------------------------------------------------------------------


def country_keyboard(content: Content, codes: Sequence[str]) -> Keyboard:
    buttons = [
        (content.emergency_numbers.countries[c].country, encode(COUNTRY_ACTION, c))
        for c in codes
        if c in content.emergency_numbers.countries
    ]
    return tuple(tuple(buttons[i : i + 3]) for i in range(0, len(buttons), 3))


def render_country_menu(current: EmergencyNumber) -> str:
    now = (
        f"Your country is {bold(current.country)}: in an emergency, call {bold(current.call_text)}."
        if current.is_known
        else "I don't know your country yet, so I say "
        f"“call {escape(current.call_text)}” in an emergency."
    )
    return "\n\n".join(
        [
            now,
            escape("Tap your country, or send its name or two-letter code, for example ")
            + f"{code('/country DE')} or {code('/country Germany')}.",
        ]
    )


def render_country_saved(entry: EmergencyNumber) -> str:
    lines = [
        f"Saved: {bold(entry.country)}. In an emergency, call {bold(entry.call_text)} "
        "or go to the emergency room.",
        escape("Send /emergency at any time to see the emergency instructions."),
    ]
    return "\n\n".join(lines)


def render_country_unknown(typed: str, current: EmergencyNumber) -> str:
    shown = typed if len(typed) <= 40 else typed[:40] + "…"
    return "\n\n".join(
        [
            escape(f"I don't have an emergency number for “{shown}”, so nothing was changed."),
            escape("Send the country's name or two-letter code, for example ")
            + f"{code('/country DE')} or {code('/country United Kingdom')}.",
            escape(f"Until then, in an emergency: call {current.call_text}."),
        ]
    )
