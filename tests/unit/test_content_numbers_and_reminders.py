"""The real content's emergency numbers and reminders: the countries covered, the numbers people
know, the wording for an unknown country, and reminder texts that rotate or follow the guide."""

from __future__ import annotations

import pytest

from bot.content import Content, load_content
from bot.content.checks import phrasing_key
from tests.unit.guide_text import norm


@pytest.fixture(scope="module")
def content() -> Content:
    return load_content()


# --- emergency numbers ---------------------------------------------------------------------------


def codes(text: str) -> list[str]:
    """Country codes written space-separated, so each list reads like its reference."""
    return text.split()


EU_MEMBERS = codes(
    "AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE"
)
MOST_POPULOUS_40 = codes(
    "IN CN US ID PK NG BR BD RU ET MX JP EG PH CD VN IR TR DE TH GB TZ FR ZA IT KE MM CO KR SD "
    "UG ES DZ IQ AR AF YE CA AO PL"
)


def test_emergency_numbers_cover_the_eu_and_the_most_populous_countries(content):
    countries = content.emergency_numbers.countries
    assert len(EU_MEMBERS) == 27
    assert len(MOST_POPULOUS_40) == 40
    assert [code for code in EU_MEMBERS + MOST_POPULOUS_40 if code not in countries] == []
    for code in EU_MEMBERS:
        assert countries[code].number == "112", code


@pytest.mark.parametrize(
    ("code", "number"),
    [
        ("US", "911"),
        ("CA", "911"),
        ("GB", "999"),
        ("IN", "112"),
        ("CN", "120"),
        ("JP", "119"),
        ("AU", "000"),
        ("BR", "192"),
        ("MX", "911"),
        ("PK", "1122"),
        ("BD", "999"),
        ("NG", "112"),
        ("PH", "911"),
        ("VN", "115"),
        ("EG", "123"),
        ("ET", "907"),
        ("KR", "119"),
        ("NZ", "111"),
        ("NO", "113"),
    ],
)
def test_well_known_numbers(content, code, number):
    assert content.emergency_number(code).number == number


def test_alternative_numbers_are_listed(content):
    assert "108" in {other.number for other in content.emergency_number("IN").also}
    assert "112" in {other.number for other in content.emergency_number("GB").also}
    assert "103" in {other.number for other in content.emergency_number("RU").also}
    assert {"118", "119"} <= {other.number for other in content.emergency_number("ID").also}


def test_unknown_country_gets_the_generic_wording(content):
    unknown = content.emergency_number(None)
    assert unknown.call_text == "your local emergency number (112, 911 or 999)"
    assert unknown.number == "112"


# --- reminders -----------------------------------------------------------------------------------


def test_movement_prompts_rotate_without_repeating(content):
    prompts = content.reminders.movement
    assert len(prompts) >= 14
    assert len({phrasing_key(prompt.text) for prompt in prompts}) == len(prompts)
    cycle = [content.movement_prompt(n).id for n in range(len(prompts))]
    assert sorted(cycle) == sorted(prompt.id for prompt in prompts)
    for n in range(3 * len(prompts)):
        assert content.movement_prompt(n).text != content.movement_prompt(n + 1).text


def test_foot_inspection_is_the_guides_checklist(content):
    checklist = content.reminders.foot_inspection
    sources = " ".join(norm(item.source) for item in checklist.items)
    for point in (
        "Daily checks for cuts, sores, or pressure areas",
        "Test water temperature with unaffected skin",
        "Cushioned, closed-toe shoes",
        "Early detection of problems like diabetic foot ulcers",
    ):
        assert point in sources
    assert checklist.intro
