"""Time zones from what people type (``Berlin``, ``europe/berlin``, ``NYC``, ``UTC+5:30``) or share.

A reminder at the wrong hour is a reminder at night, so this module accepts what people actually
write but never guesses silently: unknown input is refused with close suggestions, and offsets
(which cannot follow daylight saving time) come with a note the handler shows to the user.

Order of reading, first match wins:
1. a UTC offset (``UTC+2``, ``GMT-5``, ``+05:30``, ``UTC``): whole hours become the fixed
   ``Etc/GMT-2`` style zones (whose sign is inverted by POSIX tradition: UTC+2 is Etc/GMT-2);
   offsets with minutes have no fixed zone in the database, so they map to the zone whose
   *standard* time has that offset (`HALF_HOUR_ZONES`, preferring zones without DST);
2. the curated aliases (`ALIASES`, `ABBREVIATIONS`): big cities that are not zone keys, nicknames
   and abbreviations. Ambiguous names go to the most populous place: Birmingham -> UK (not
   Alabama), Portland -> Oregon (not Maine), Hyderabad -> India (not Pakistan), San Jose ->
   California (not Costa Rica), CST -> US Central (not China), IST -> India (not Ireland or
   Israel), Istanbul -> Europe/Istanbul, Nicosia -> Asia/Nicosia;
3. an IANA name in any case, with spaces or underscores (``america/new york``);
4. a city derived from the zone keys: the last part (or trailing parts) of a key, underscores as
   spaces, accents and case ignored, "Saint" as "St" (``sao paulo``, ``Zürich``, ``St. John's``).
   Where two keys share a city, the longer (canonical) key wins: America/Argentina/Buenos_Aires.
Text after a comma is ignored when the whole does not match (``Paris, France``).

`zone_from_location` uses the offline `timezonefinder` package (polygons of the timezone-boundary-
builder project); at sea it answers a nautical ``Etc/GMT±N`` zone.
"""

from __future__ import annotations

import math
import re
import unicodedata
from functools import cache
from typing import TYPE_CHECKING, NamedTuple

from rapidfuzz import fuzz, process

from bot.reminders.parse import InputError
from bot.reminders.schedule import known_zones

if TYPE_CHECKING:
    from timezonefinder import TimezoneFinder

ZONE_EXAMPLE = "/timezone Europe/Berlin, /timezone Berlin or /timezone UTC+2"
REGIONS = frozenset(
    {
        "Africa",
        "America",
        "Antarctica",
        "Arctic",
        "Asia",
        "Atlantic",
        "Australia",
        "Europe",
        "Indian",
        "Pacific",
    }
)
"""The areas whose keys name cities; legacy keys like US/Eastern are accepted only in full."""
_NOT_CITIES = frozenset(("act", "lhi", "nsw", "north", "south", "west", "east"))


class OffsetZone(NamedTuple):
    zone: str
    dst: str | None  # the offset it moves to for daylight saving time, if it does


HALF_HOUR_ZONES: dict[int, OffsetZone] = {
    -570: OffsetZone("Pacific/Marquesas", None),
    -210: OffsetZone("America/St_Johns", "UTC-02:30"),  # Newfoundland: the only -03:30
    210: OffsetZone("Asia/Tehran", None),  # Iran dropped DST in 2022
    270: OffsetZone("Asia/Kabul", None),
    330: OffsetZone("Asia/Kolkata", None),
    345: OffsetZone("Asia/Kathmandu", None),
    390: OffsetZone("Asia/Yangon", None),
    525: OffsetZone("Australia/Eucla", None),
    570: OffsetZone("Australia/Darwin", None),  # Adelaide shares it but moves for DST
    630: OffsetZone("Australia/Lord_Howe", "UTC+11:00"),  # the only standard +10:30
    765: OffsetZone("Pacific/Chatham", "UTC+13:45"),
}
"""Offsets with minutes, each to the zone whose standard time it is (minutes east of UTC)."""

ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(("est", "edt", "et"), ("America/New_York",)),
    **dict.fromkeys(("cst", "cdt", "ct"), ("America/Chicago",)),
    **dict.fromkeys(("mst", "mdt", "mt"), ("America/Denver",)),
    **dict.fromkeys(("pst", "pdt", "pt"), ("America/Los_Angeles",)),
    "akst": ("America/Anchorage",),
    "hst": ("Pacific/Honolulu",),
    "bst": ("Europe/London",),
    **dict.fromkeys(("cet", "cest"), ("Europe/Berlin",)),
    **dict.fromkeys(("eet", "eest"), ("Europe/Athens",)),
    "wet": ("Europe/Lisbon",),
    "msk": ("Europe/Moscow",),
    "ist": ("Asia/Kolkata",),
    "pkt": ("Asia/Karachi",),
    "sgt": ("Asia/Singapore",),
    "hkt": ("Asia/Hong_Kong",),
    "jst": ("Asia/Tokyo",),
    "kst": ("Asia/Seoul",),
    **dict.fromkeys(("aest", "aedt"), ("Australia/Sydney",)),
    **dict.fromkeys(("acst", "acdt"), ("Australia/Adelaide",)),
    "awst": ("Australia/Perth",),
    **dict.fromkeys(("nzst", "nzdt"), ("Pacific/Auckland",)),
    "sast": ("Africa/Johannesburg",),
    "eat": ("Africa/Nairobi",),
    "wat": ("Africa/Lagos",),
    "brt": ("America/Sao_Paulo",),
}
"""Abbreviations mean the region's local time *with* its DST, which is what people mean by EST."""


def _places(zone: str, names: str) -> dict[str, tuple[str, ...]]:
    return {name.strip(): (zone,) for name in names.split(",")}


ALIASES: dict[str, tuple[str, ...]] = {
    **_places("America/New_York", "nyc,ny,new york city,manhattan,brooklyn,washington,dc"),
    **_places("America/New_York", "washington dc,boston,philadelphia,atlanta,miami,orlando"),
    **_places("America/Chicago", "houston,dallas,austin,san antonio,minneapolis,st louis"),
    **_places("America/Chicago", "new orleans,nashville,milwaukee,kansas city"),
    **_places("America/Denver", "salt lake city,albuquerque"),
    **_places("America/Los_Angeles", "la,sf,san francisco,seattle,portland,san diego"),
    **_places("America/Los_Angeles", "san jose,las vegas,silicon valley,bay area,sacramento"),
    **_places("America/Toronto", "montreal,ottawa,quebec"),
    **_places("America/Edmonton", "calgary"),
    **_places("Pacific/Honolulu", "hawaii"),
    **_places("America/Mexico_City", "guadalajara,cdmx"),
    **_places("America/Sao_Paulo", "rio,rio de janeiro,brasilia,sp"),
    **_places("America/Bogota", "medellin,cali"),
    **_places("Europe/London", "uk,england,britain,manchester,birmingham,edinburgh,glasgow"),
    **_places("Europe/London", "liverpool,leeds,bristol"),
    **_places("Europe/Dublin", "ireland,cork"),
    **_places("Europe/Berlin", "frankfurt,munich,munchen,hamburg,cologne,koln,dusseldorf"),
    **_places("Europe/Berlin", "stuttgart,germany"),
    **_places("Europe/Madrid", "barcelona,valencia,seville,sevilla,malaga,spain"),
    **_places("Europe/Rome", "milan,milano,naples,florence,venice,turin,italy"),
    **_places("Europe/Zurich", "geneva,basel,bern,switzerland"),
    **_places("Europe/Paris", "lyon,marseille,nice,toulouse,france"),
    **_places("Europe/Warsaw", "krakow,poland"),
    **_places("Europe/Amsterdam", "rotterdam,the hague,hague,netherlands,holland"),
    **_places("Europe/Brussels", "antwerp,ghent"),
    **_places("Europe/Lisbon", "porto"),
    **_places("Europe/Stockholm", "gothenburg"),
    **_places("Europe/Moscow", "st petersburg,petersburg,leningrad"),
    **_places("Europe/Istanbul", "istanbul,ankara,izmir,turkey"),
    **_places("Asia/Nicosia", "nicosia,cyprus"),
    **dict.fromkeys(
        ("kyiv", "kiev", "odesa", "odessa", "kharkiv", "lviv", "ukraine"),
        ("Europe/Kyiv", "Europe/Kiev"),  # tzdata before 2022b only knows Kiev
    ),
    **_places("Asia/Kolkata", "bangalore,bengaluru,mumbai,bombay,delhi,new delhi,chennai"),
    **_places("Asia/Kolkata", "madras,hyderabad,pune,ahmedabad,calcutta,goa,india"),
    **_places("Asia/Shanghai", "beijing,peking,guangzhou,shenzhen,hangzhou,chengdu,wuhan"),
    **_places("Asia/Shanghai", "nanjing,china"),
    **_places("Asia/Tokyo", "osaka,kyoto,yokohama,japan"),
    **_places("Asia/Seoul", "busan,korea,south korea"),
    **_places("Asia/Ho_Chi_Minh", "hanoi,saigon,ho chi minh city,hcmc,vietnam"),
    **_places("Asia/Dubai", "abu dhabi,uae"),
    **_places("Asia/Jerusalem", "tel aviv,israel"),
    **_places("Asia/Karachi", "lahore,islamabad,pakistan"),
    **_places("Asia/Riyadh", "mecca,jeddah"),
    **_places("Asia/Qatar", "doha"),
    **_places("Asia/Makassar", "bali,denpasar"),
    **_places("Asia/Manila", "cebu"),
    **_places("Africa/Johannesburg", "cape town,durban,pretoria,south africa"),
    **_places("Africa/Cairo", "alexandria"),
    **_places("Africa/Lagos", "abuja"),
    **_places("Africa/Casablanca", "marrakesh,marrakech,rabat"),
    **_places("Pacific/Auckland", "wellington,christchurch,new zealand,nz"),
    **_places("Australia/Brisbane", "gold coast"),
}
"""Curated names that are not zone keys; each lists zones to try in order."""


def resolve_zone(text: str) -> str:
    """An IANA zone name for what a person typed, or an InputError with suggestions."""
    return resolve_zone_with_note(text)[0]


def resolve_zone_with_note(text: str) -> tuple[str, str | None]:
    """Like `resolve_zone`, plus a note to show when the result may surprise (None otherwise):
    fixed offsets never change for daylight saving time, abbreviations do."""
    cleaned = " ".join(text.split())
    if not cleaned:
        raise InputError("Send a city, a time zone name or a UTC offset.", ZONE_EXAMPLE)
    offset = _offset_zone(cleaned)
    if offset is not None:
        return offset
    for candidate in (cleaned, cleaned.split(",")[0]):
        key = _key(candidate)
        if key in ABBREVIATIONS and (zone := _first_available(ABBREVIATIONS[key])):
            note = (
                f"{candidate.upper()} is read as {zone}: the local time there, clock changes too."
            )
            return zone, note
        found = _index().get(key)
        if found is not None:
            return found, None
    suggestions = _suggest(cleaned)
    hint = f" Did you mean {', '.join(suggestions)}?" if suggestions else ""
    raise InputError(
        f'I don\'t know the time zone "{cleaned}".{hint} Send a city, a time zone name or a UTC '
        "offset, or share your location.",
        ZONE_EXAMPLE,
        suggestions,
    )


def zone_from_location(latitude: float, longitude: float) -> str:
    """The IANA zone at a shared location; at sea, the nautical zone for the longitude."""
    if not (-90 <= latitude <= 90 and -180 <= longitude <= 180):
        raise ValueError(f"Not a place on Earth: {latitude}, {longitude}.")
    name = _finder().timezone_at(lng=longitude, lat=latitude)
    if name is not None and name in known_zones():
        return name
    # No polygon, or a zone newer than this machine's tz database: the nautical zone is right
    # within half an hour and never wrong by a day.
    hours = max(-12, min(12, math.floor(longitude / 15 + 0.5)))
    return "UTC" if hours == 0 else f"Etc/GMT{-hours:+d}"


def _offset_zone(text: str) -> tuple[str, str | None] | None:
    """A zone for ``UTC``, ``UTC+2``, ``GMT-5``, ``+05:30``, ``+0530``; None if not an offset."""
    normal = text.lower().replace("−", "-").replace(" ", "")
    if normal in ("utc", "gmt", "z", "utc0", "gmt0"):
        return "UTC", "UTC never changes for daylight saving time."
    match = re.fullmatch(r"(?:utc|gmt|z)?([+-])(\d{1,2})(?::?(\d{2}))?", normal)
    if match is None:
        return None
    sign = -1 if match.group(1) == "-" else 1
    hours, minutes = int(match.group(2)), int(match.group(3) or 0)
    label = f"UTC{'-' if sign < 0 else '+'}{hours:02d}:{minutes:02d}"
    total = sign * (hours * 60 + minutes)
    if minutes == 0 and -12 <= sign * hours <= 14:
        if total == 0:
            return "UTC", "UTC never changes for daylight saving time."
        return f"Etc/GMT{-sign * hours:+d}", (
            f"{label} is a fixed offset: it never changes for daylight saving time. If your "
            "clocks change in summer, send your city instead, like /timezone Berlin."
        )
    if total in HALF_HOUR_ZONES:
        zone, dst = HALF_HOUR_ZONES[total]
        then = f"moves to {dst} for daylight saving time" if dst else "has no daylight saving time"
        return zone, f"{label} has no zone of its own, so I use {zone}, which {then}."
    known = ", ".join(_label(m) for m in sorted(HALF_HOUR_ZONES))
    raise InputError(
        f"{label} is not a UTC offset in use: offsets run from UTC-12 to UTC+14 in whole hours, "
        f"plus {known}. Or send your city.",
        ZONE_EXAMPLE,
    )


def _label(minutes: int) -> str:
    sign = "-" if minutes < 0 else "+"
    return f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def _key(text: str) -> str:
    """Accent-, case- and punctuation-blind form: "São_Paulo" and "sao paulo" meet here."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
    plain = plain.replace("'", "")
    words = re.sub(r"[^a-z0-9/+-]+|(?<=[a-z])-(?=[a-z])", " ", plain).split()
    return " ".join("st" if word in ("saint", "st") else word for word in words)


def _first_available(candidates: tuple[str, ...]) -> str | None:
    """The first candidate this machine's tz database knows (old ones lack Europe/Kyiv)."""
    return next((zone for zone in candidates if zone in known_zones()), None)


@cache
def _index() -> dict[str, str]:
    """Every accepted spelling (by `_key`) to its zone, aliases taking precedence."""
    index: dict[str, str] = {}
    # Cities from keys: shorter keys first, so the canonical longer key overwrites a link.
    for zone in sorted(known_zones(), key=lambda z: (z.count("/"), z)):
        parts = zone.split("/")
        if parts[0] in REGIONS:
            for n in range(1, len(parts)):
                name = _key("/".join(parts[-n:]).replace("_", " "))
                if name not in _NOT_CITIES:
                    index[name] = zone
    for zone in sorted(known_zones()):  # a full key never displaces a city ("Singapore", "Japan")
        index.setdefault(_key(zone.replace("_", " ")), zone)
    for name, candidates in ALIASES.items():
        if (zone := _first_available(candidates)) is not None:
            index[_key(name)] = zone
    return index


@cache
def _names() -> list[str]:
    return list(_index())


def _suggest(text: str) -> list[str]:
    """Up to three zones whose names look like `text`, best first.

    rapidfuzz's ratio is difflib's measure of likeness, about forty times faster over the few
    thousand names: this runs on the event loop, where difflib took a few milliseconds a typo."""
    key = _key(text)
    index = _index()
    matches: list[str] = []
    for query in (key, key.rsplit("/", 1)[-1]):
        found = process.extract(query, _names(), scorer=fuzz.ratio, limit=6, score_cutoff=60)
        matches += [name for name, _, _ in found]
    suggestions: list[str] = []
    for match in matches:
        if index[match] not in suggestions:
            suggestions.append(index[match])
    return suggestions[:3]


@cache
def _finder() -> TimezoneFinder:
    """One TimezoneFinder per process, imported on first use: it brings numpy and loads its
    polygons, which the pure core and most processes never need."""
    from timezonefinder import TimezoneFinder

    return TimezoneFinder()
