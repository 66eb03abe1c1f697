"""What /check, /emergency, /country and the follow-up show: numbers, wording, keyboards."""

from __future__ import annotations

import pytest

from bot.content import load_content
from bot.triage import TriageEngine, find_country
from bot.triage.engine import Answer, Level, Result, TriageState
from bot.ui import triage_render as ui
from bot.ui.callbacks import decode
from tgemu.formatting import parse_html

CONTENT = load_content()
ENGINE = TriageEngine.from_triage(CONTENT.triage)
TELEGRAM_LIMIT = 4096
CHECK_ID = "AbC-_123xyz"


def shown(html: str) -> str:
    """The text Telegram shows; raises for markup it would refuse."""
    text, _ = parse_html(html, strict_entities=True)
    assert len(text) <= TELEGRAM_LIMIT
    return text


@pytest.mark.parametrize(
    ("country", "number"),
    [
        ("US", "911"),
        ("GB", "999"),
        ("DE", "112"),
        ("FR", "112"),
        ("IN", "112"),
        ("AU", "000"),
        ("BR", "192"),
        (None, "your local emergency number (112, 911 or 999)"),
        ("XX", "your local emergency number (112, 911 or 999)"),
    ],
)
def test_the_emergency_message_opens_with_the_call_instruction_and_the_right_number(
    country: str | None, number: str
):
    text, keyboard = ui.render_emergency_alert(CONTENT, CONTENT.emergency_number(country))
    first_line = shown(text).splitlines()[0]
    assert first_line == f"🚨 Call {number} or go to the emergency room immediately."
    assert keyboard[0][0][0] == ui.SHOW_AGAIN


def test_an_uncertain_country_entry_still_points_to_the_local_number():
    text, _ = ui.render_emergency_alert(CONTENT, CONTENT.emergency_number("NG"))
    assert shown(text).startswith("🚨 Call 112 (or your local emergency number) or go to")


def test_the_emergency_message_says_what_triggered_it_and_shows_again_the_same():
    signs = [CONTENT.emergency_signs[0], CONTENT.emergency_signs[3]]
    text, keyboard = ui.render_emergency_alert(
        CONTENT, CONTENT.emergency_number("DE"), signs, unsure=True
    )
    plain = shown(text)
    for sign in signs:
        assert f"{sign.label}: {sign.reason}" in plain
    assert "Other numbers in Germany:" in plain
    assert 'You answered "Not sure"' in plain
    callback = decode(keyboard[0][0][1])
    assert callback is not None
    assert ui.signs_from_payload(callback.args, CONTENT.emergency_signs) == (signs, True)


@pytest.mark.parametrize(
    "args", [(), ("x", "0"), ("128", "0"), ("1", "2"), ("99999", "0"), ("1",), ("-1", "0")]
)
def test_a_forged_show_again_payload_is_refused(args: tuple[str, ...]):
    assert ui.signs_from_payload(args, CONTENT.emergency_signs) is None


def test_each_question_shows_progress_and_the_emergency_number():
    state = TriageState()
    for number in range(1, ENGINE.total + 1):
        question = ENGINE.current(state)
        assert question is not None
        text = shown(ui.render_question(ENGINE, question, CONTENT.emergency_number("GB")))
        assert f"Question {number} of 11" in text
        assert question.text in text
        assert "call 999 now" in text
        keyboard = ui.question_keyboard(CHECK_ID, ENGINE.encode(state), state)
        labels = [label for row in keyboard for label, _ in row]
        assert labels[:3] == ["Yes", "No", "Not sure"]
        assert (ui.BACK in labels) is (number > 1)
        assert ui.CANCEL in labels
        for _, data in (button for row in keyboard for button in row):
            assert len(data.encode()) <= 64
            assert decode(data) is not None
        state = ENGINE.answer(state, Answer.NO)


def test_outcomes_quote_the_guide_and_offer_the_follow_up():
    number = CONTENT.emergency_number("US")
    criterion = CONTENT.triage.appointment_criteria[0]
    appointment = Result(Level.APPOINTMENT, criteria=(criterion,))
    text, keyboard = ui.render_outcome(CONTENT, appointment, number, CHECK_ID)
    plain = shown(text)
    assert CONTENT.triage.outcomes.appointment.title in plain
    assert f"{criterion.label}: {criterion.reason}" in plain
    assert "call 911 or go to the emergency room immediately" in plain
    assert keyboard[0][0] == (ui.REMIND, f"v1:fup:on:{CHECK_ID}")

    text, keyboard = ui.render_outcome(
        CONTENT, Result(Level.SELF_CARE), number, CHECK_ID, reminder_set=True
    )
    plain = shown(text)
    for item in CONTENT.triage.self_care:
        assert item.title in plain
    assert "24 hours" in plain
    assert keyboard[0][0] == (ui.DONT_REMIND, f"v1:fup:off:{CHECK_ID}")


def test_the_check_message_keeps_the_instruction_when_it_ends_in_an_emergency():
    question = ENGINE.questions[2]
    text = shown(
        ui.render_check_ended_by_emergency(
            CONTENT, ENGINE, question, CONTENT.emergency_number("AU")
        )
    )
    assert text.startswith("🚨 Call 000 or go to the emergency room immediately.")
    assert "question 3 of 11" in text


def test_the_recheck_follow_up_asks_and_offers_the_questions_again():
    text, keyboard = ui.render_recheck_followup(CONTENT, CONTENT.emergency_number("BR"))
    plain = shown(text)
    assert "got worse" in plain
    assert "call 192 or go to the emergency room immediately" in plain
    buttons = [button for row in keyboard for button in row]
    assert buttons[0] == (ui.RUN_CHECK, "v1:chk:new")
    assert buttons[1] == (ui.NO_WORSE, "v1:fup:ok")
    assert "192" in shown(ui.render_no_worse(CONTENT, CONTENT.emergency_number("BR")))


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("DE", "DE"),
        ("de", "DE"),
        ("Germany", "DE"),
        ("deutschland", "DE"),
        ("UK", "GB"),
        ("United Kingdom", "GB"),
        ("england", "GB"),
        ("USA", "US"),
        ("the United States", "US"),
        ("Côte d'Ivoire", "CI"),
        ("cote d ivoire", "CI"),
        ("Turkey", "TR"),
        ("EL", "GR"),
    ],
)
def test_countries_by_code_name_or_common_other_name(typed: str, code: str):
    entry = find_country(CONTENT, typed)
    assert entry is not None
    assert entry.code == code


@pytest.mark.parametrize("typed", ["", "XX", "Atlantis", "112", "a" * 200, "<b>", "united"])
def test_unknown_countries_are_none(typed: str):
    assert find_country(CONTENT, typed) is None


def test_country_replies():
    menu = ui.country_keyboard(CONTENT, ("US", "GB", "DE", "FR", "ZZ"))
    assert [label for row in menu for label, _ in row] == [
        "United States",
        "United Kingdom",
        "Germany",
        "France",
    ]
    assert "112, 911 or 999" in shown(ui.render_country_menu(CONTENT.emergency_number(None)))
    assert "call 999" in shown(ui.render_country_menu(CONTENT.emergency_number("GB")))
    assert "call 112" in shown(ui.render_country_saved(CONTENT.emergency_number("FR")))
    unknown = shown(ui.render_country_unknown("<Atlantis>", CONTENT.emergency_number(None)))
    assert "“<Atlantis>”" in unknown
    assert "nothing was changed" in unknown
    assert "/country DE" in unknown
