"""Time zones from names, cities, abbreviations, offsets and shared locations."""

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo, available_timezones

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.reminders.parse import InputError
from bot.reminders.zones import (
    ABBREVIATIONS,
    ALIASES,
    HALF_HOUR_ZONES,
    ZONE_EXAMPLE,
    resolve_zone,
    resolve_zone_with_note,
    zone_from_location,
)


@pytest.mark.parametrize(
    ("text", "zone"),
    [
        ("Europe/Berlin", "Europe/Berlin"),
        ("europe/berlin", "Europe/Berlin"),
        ("  EUROPE/BERLIN ", "Europe/Berlin"),
        ("america/new york", "America/New_York"),
        ("America/Argentina/Buenos_Aires", "America/Argentina/Buenos_Aires"),
        ("US/Eastern", "US/Eastern"),  # a legacy key is still a valid IANA name
        ("Berlin", "Europe/Berlin"),
        ("berlin", "Europe/Berlin"),
        ("new york", "America/New_York"),
        ("New York, NY", "America/New_York"),
        ("Paris, France", "Europe/Paris"),
        ("São Paulo", "America/Sao_Paulo"),
        ("sao paulo", "America/Sao_Paulo"),
        ("Zürich", "Europe/Zurich"),
        ("St. John's", "America/St_Johns"),
        ("Port-au-Prince", "America/Port-au-Prince"),
        ("buenos aires", "America/Argentina/Buenos_Aires"),  # the canonical key, not the link
        ("indianapolis", "America/Indiana/Indianapolis"),
        ("Singapore", "Asia/Singapore"),  # the city key, not the legacy "Singapore"
        ("Ho Chi Minh", "Asia/Ho_Chi_Minh"),
        ("NYC", "America/New_York"),
        ("LA", "America/Los_Angeles"),
        ("SF", "America/Los_Angeles"),
        ("Bangalore", "Asia/Kolkata"),
        ("Bengaluru", "Asia/Kolkata"),
        ("Mumbai", "Asia/Kolkata"),
        ("Delhi", "Asia/Kolkata"),
        ("Beijing", "Asia/Shanghai"),
        ("Kyiv", "Europe/Kyiv"),
        ("Kiev", "Europe/Kyiv"),
        ("Saint Petersburg", "Europe/Moscow"),
        ("St Petersburg", "Europe/Moscow"),
        ("Munich", "Europe/Berlin"),
        ("München", "Europe/Berlin"),
        ("Birmingham", "Europe/London"),
        ("Portland", "America/Los_Angeles"),
        ("Hyderabad", "Asia/Kolkata"),
        ("Istanbul", "Europe/Istanbul"),
        ("Cape Town", "Africa/Johannesburg"),
        ("Wellington", "Pacific/Auckland"),
    ],
)
def test_names_and_cities(text, zone):
    assert resolve_zone(text) == zone
    assert resolve_zone_with_note(text) == (zone, None)


@pytest.mark.parametrize(
    ("text", "zone"),
    [
        ("EST", "America/New_York"),
        ("pst", "America/Los_Angeles"),
        ("CET", "Europe/Berlin"),
        ("IST", "Asia/Kolkata"),
        ("AEST", "Australia/Sydney"),
    ],
)
def test_abbreviations_follow_the_place_with_a_note(text, zone):
    resolved, note = resolve_zone_with_note(text)
    assert resolved == zone
    assert f"{text.upper()} is read as {zone}" in note


@pytest.mark.parametrize(
    ("text", "zone"),
    [
        ("UTC+2", "Etc/GMT-2"),  # POSIX signs are inverted
        ("utc+2", "Etc/GMT-2"),
        ("GMT-5", "Etc/GMT+5"),
        ("UTC -5", "Etc/GMT+5"),
        ("UTC−5", "Etc/GMT+5"),  # a typographic minus
        ("+3", "Etc/GMT-3"),
        ("+03:00", "Etc/GMT-3"),
        ("UTC+14", "Etc/GMT-14"),
        ("UTC-12", "Etc/GMT+12"),
    ],
)
def test_whole_hour_offsets_are_fixed_zones_without_dst(text, zone):
    resolved, note = resolve_zone_with_note(text)
    assert resolved == zone
    assert "fixed offset" in note
    assert "never changes for daylight saving time" in note
    assert "/timezone Berlin" in note
    hours = -int(zone.removeprefix("Etc/GMT"))
    summer = datetime(2026, 7, 1, tzinfo=UTC).astimezone(ZoneInfo(zone)).utcoffset()
    winter = datetime(2026, 1, 1, tzinfo=UTC).astimezone(ZoneInfo(zone)).utcoffset()
    assert summer == winter == timedelta(hours=hours)


@pytest.mark.parametrize("text", ["UTC", "utc", "GMT", "Z", "UTC+0", "UTC-0", "+00:00"])
def test_utc_itself(text):
    zone, note = resolve_zone_with_note(text)
    assert zone == "UTC"
    assert "never changes" in note


@pytest.mark.parametrize(
    ("text", "zone", "no_dst"),
    [
        ("+05:30", "Asia/Kolkata", True),
        ("UTC+5:30", "Asia/Kolkata", True),
        ("+0530", "Asia/Kolkata", True),
        ("UTC+5:45", "Asia/Kathmandu", True),
        ("UTC+9:30", "Australia/Darwin", True),
        ("UTC+3:30", "Asia/Tehran", True),
        ("UTC+6:30", "Asia/Yangon", True),
        ("UTC-3:30", "America/St_Johns", False),
        ("UTC+10:30", "Australia/Lord_Howe", False),
        ("UTC+12:45", "Pacific/Chatham", False),
    ],
)
def test_offsets_with_minutes_map_to_a_real_zone(text, zone, no_dst):
    resolved, note = resolve_zone_with_note(text)
    assert resolved == zone
    assert f"so I use {zone}" in note
    assert ("has no daylight saving time" in note) is no_dst


@pytest.mark.parametrize(("minutes", "entry"), sorted(HALF_HOUR_ZONES.items()))
def test_half_hour_table_matches_the_tz_database(minutes, entry):
    """Each zone's standard offset is the key, and the DST note is true (checked for 2026)."""
    zone = ZoneInfo(entry.zone)
    offsets = {
        datetime(2026, month, 15, tzinfo=UTC).astimezone(zone).utcoffset() for month in (1, 7)
    }
    assert timedelta(minutes=minutes) == min(offsets)
    if entry.dst is None:
        assert len(offsets) == 1
    else:
        minutes_dst = int(max(offsets).total_seconds()) // 60
        sign = "-" if minutes_dst < 0 else "+"
        label = f"UTC{sign}{abs(minutes_dst) // 60:02d}:{abs(minutes_dst) % 60:02d}"
        assert entry.dst == label


def test_every_alias_and_abbreviation_names_an_available_zone():
    zones = available_timezones()
    for candidates in (*ALIASES.values(), *ABBREVIATIONS.values()):
        assert any(zone in zones for zone in candidates), candidates


def assert_refused(error: InputError, *fragments: str) -> None:
    for fragment in fragments:
        assert fragment in error.message
    assert error.example == ZONE_EXAMPLE
    assert error.text.endswith(
        "Example: /timezone Europe/Berlin, /timezone Berlin or /timezone UTC+2"
    )


def test_unknown_zone_is_refused_with_an_example():
    with pytest.raises(InputError) as caught:
        resolve_zone("Mars/Olympus")
    assert_refused(caught.value, 'I don\'t know the time zone "Mars/Olympus".', "UTC offset")
    assert len(caught.value.suggestions) <= 3


@pytest.mark.parametrize(
    ("text", "suggestion"),
    [
        ("Berlim", "Europe/Berlin"),
        ("new yrok", "America/New_York"),
        ("Europe/Parsi", "Europe/Paris"),
    ],
)
def test_typos_get_suggestions(text, suggestion):
    with pytest.raises(InputError) as caught:
        resolve_zone(text)
    assert caught.value.suggestions[0] == suggestion
    assert len(caught.value.suggestions) <= 3
    assert f"Did you mean {suggestion}" in caught.value.message


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("", "Send a city, a time zone name or a UTC offset."),
        ("   ", "Send a city, a time zone name or a UTC offset."),
        ("UTC+2:15", "UTC+02:15 is not a UTC offset in use"),
        ("UTC+15", "UTC+15:00 is not a UTC offset in use"),
        ("UTC-13", "offsets run from UTC-12 to UTC+14"),
        ("+05:75", "is not a UTC offset in use"),
        ("xyzzy", 'I don\'t know the time zone "xyzzy".'),
    ],
)
def test_refusals(text, fragment):
    with pytest.raises(InputError) as caught:
        resolve_zone(text)
    assert_refused(caught.value, fragment)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=30))
def test_any_text_gives_a_real_zone_or_a_refusal(text):
    try:
        zone = resolve_zone(text)
    except InputError as error:
        refusal = error
        zone = None
    else:
        refusal = None
    assert (zone is None) != (refusal is None)
    if zone is not None:
        ZoneInfo(zone)


@pytest.mark.parametrize(
    ("latitude", "longitude", "zone"),
    [
        (52.52, 13.405, "Europe/Berlin"),
        (40.7128, -74.006, "America/New_York"),
        (-33.8688, 151.2093, "Australia/Sydney"),
        (12.9716, 77.5946, "Asia/Kolkata"),
        (47.5615, -52.7126, "America/St_Johns"),
        (-31.5553, 159.0821, "Australia/Lord_Howe"),
    ],
)
def test_zone_from_location(latitude, longitude, zone):
    assert zone_from_location(latitude, longitude) == zone


def test_zone_from_location_at_sea_is_nautical():
    assert zone_from_location(0.0, -30.0) == "Etc/GMT+2"
    ZoneInfo(zone_from_location(-40.0, -140.0))


@pytest.mark.parametrize(("latitude", "longitude"), [(91, 0), (0, 181), (float("nan"), 0)])
def test_zone_from_location_rejects_impossible_places(latitude, longitude):
    with pytest.raises(ValueError, match="Not a place on Earth"):
        zone_from_location(latitude, longitude)
