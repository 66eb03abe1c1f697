"""Which country a person means by `/country ...`: a code, a name, or a common other name.

Only countries of content/emergency_numbers.yaml are accepted: for any other the bot would have
no number to give, and saying so plainly (and keeping the generic "112, 911 or 999" wording) is
better than storing a code it cannot use. Pure: content in, entry out.
"""

from __future__ import annotations

import re
import unicodedata

from bot.content.models import Content, EmergencyNumber

# Other names people type, mapped to ISO codes. Names in the table itself need no entry here.
ALIASES: dict[str, str] = {
    "usa": "US",
    "america": "US",
    "united states of america": "US",
    "the us": "US",
    "uk": "GB",
    "britain": "GB",
    "great britain": "GB",
    "england": "GB",
    "scotland": "GB",
    "wales": "GB",
    "northern ireland": "GB",
    "deutschland": "DE",
    "allemagne": "DE",
    "espana": "ES",
    "italia": "IT",
    "brasil": "BR",
    "bharat": "IN",
    "holland": "NL",
    "the netherlands": "NL",
    "turkey": "TR",
    "turkiye": "TR",
    "ivory coast": "CI",
    "czech republic": "CZ",
    "korea": "KR",
    "republic of korea": "KR",
    "uae": "AE",
    "emirates": "AE",
    "russian federation": "RU",
    "viet nam": "VN",
    "drc": "CD",
    "congo kinshasa": "CD",
    "democratic republic of the congo": "CD",
    "ksa": "SA",
    "el": "GR",
}

# Shown as buttons under a bare /country: a few of the countries most people write from.
COMMON = ("US", "GB", "DE", "FR", "IN", "AU", "BR", "CA", "ES", "IT", "NL", "MX")


def _key(text: str) -> str:
    """Case, accents and punctuation do not matter: "Côte d'Ivoire" is "cote divoire"."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    plain = re.sub(r"['’`]", "", plain)
    return " ".join(re.sub(r"[^a-z0-9]+", " ", plain).split())


def find_country(content: Content, text: str) -> EmergencyNumber | None:
    """The table entry a person means, or None when it is not one we have a number for."""
    key = _key(text)
    if not key or len(key) > 60:
        return None
    countries = content.emergency_numbers.countries
    if len(key) == 2 and key.upper() in countries:
        return countries[key.upper()]
    by_name = {_key(entry.country).replace(" ", ""): entry for entry in countries.values()}
    if key.replace(" ", "") in by_name:
        return by_name[key.replace(" ", "")]
    code = ALIASES.get(key)
    if code is None and key.startswith("the "):
        return find_country(content, key[4:])
    return countries.get(code) if code else None
