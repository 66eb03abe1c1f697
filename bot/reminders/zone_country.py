"""Which country a time zone belongs to, from the IANA database's own zone.tab.

Setting a zone then also sets the emergency number's country when none was chosen, so a person in
Europe/Berlin is told 112 without a second question. Zones shared by several countries (zone.tab
lists each zone under one country only) and fixed offsets give None: no guess there.
"""

from __future__ import annotations

from functools import cache
from importlib import resources


@cache
def _zone_countries() -> dict[str, str]:
    table = resources.files("tzdata").joinpath("zoneinfo", "zone.tab").read_text(encoding="utf-8")
    mapping: dict[str, str] = {}
    for line in table.splitlines():
        if not line or line.startswith("#"):
            continue
        code, _coordinates, zone, *_ = line.split("\t")
        mapping[zone] = code
    return mapping


def country_of_zone(zone: str) -> str | None:
    return _zone_countries().get(zone)
