"""Markets: the shipped market profiles (data files in ghostdesk.resources/markets), read once."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources
from zoneinfo import ZoneInfo

from ghostdesk.domain.errors import NotFound


@dataclass(frozen=True, slots=True)
class MarketProfile:
    code: str  # upper-case, e.g. "FR"
    name: str  # English name; the UI translates through its own labels
    language: str  # BCP 47 primary language, e.g. "fr"
    locale: str  # Babel/ICU locale, e.g. "fr_FR"
    time_zones: tuple[str, ...]  # IANA zones; the first is the default
    networks: tuple[str, ...]  # network ids available in this market

    @property
    def default_time_zone(self) -> str:
        return self.time_zones[0]


def _parse(raw: dict) -> MarketProfile:
    profile = MarketProfile(
        code=str(raw["code"]).upper(),
        name=str(raw["name"]),
        language=str(raw["language"]),
        locale=str(raw["locale"]),
        time_zones=tuple(raw["time_zones"]),
        networks=tuple(raw["networks"]),
    )
    for zone in profile.time_zones:
        ZoneInfo(zone)  # an unknown zone fails loudly at load, not at planning time
    return profile


@cache
def shipped() -> dict[str, MarketProfile]:
    folder = resources.files("ghostdesk.resources").joinpath("markets")
    profiles = {}
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".json"):
            profile = _parse(json.loads(entry.read_text(encoding="utf-8")))
            profiles[profile.code] = profile
    return profiles


def codes() -> list[str]:
    return list(shipped())


def get(code: str) -> MarketProfile:
    try:
        return shipped()[code.strip().upper()]
    except KeyError:
        raise NotFound(f"Unknown market {code!r}", entity="market", id=code) from None
