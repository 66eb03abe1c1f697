"""The red-flag screen runs first, and /check, /emergency, /country and their buttons are wired."""

from __future__ import annotations

from bot.content import load_content
from bot.handlers import buttons, check, country, emergency, recheck
from bot.handlers.free_text import STEPS
from bot.handlers.screening import screen_for_red_flags
from bot.ui import triage_render as ui
from bot.ui.commands import COMMAND_NAMES


def test_the_red_flag_screen_is_the_first_free_text_step():
    assert STEPS[0] is screen_for_red_flags


def test_buttons_are_routed():
    assert buttons.ROUTES[ui.CHECK_ACTION] is check.answer_check
    assert buttons.ROUTES[ui.EMERGENCY_ACTION] is emergency.show_again
    assert buttons.ROUTES[ui.FOLLOWUP_ACTION] is recheck.answer_followup
    assert buttons.ROUTES[ui.COUNTRY_ACTION] is country.choose_country


def test_commands_are_in_the_menu_and_help():
    assert {"check", "emergency", "country"} <= COMMAND_NAMES


def test_the_dispatcher_can_import_the_follow_up_sender_from_the_check_module():
    assert check.send_due_followups is recheck.send_due_followups


def test_the_guides_emergency_instruction_is_the_first_paragraph_and_names_the_number():
    """The emergency message opens with this paragraph (instruction_first), so content edits
    must keep the call instruction, with {number}, at the top."""
    text = load_content().triage.outcomes.emergency.text.strip()
    first = text.split("\n\n")[0]
    assert "{number}" in first
    assert "emergency room" in first
