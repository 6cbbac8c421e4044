"""Customer region or zone name -> a pytz zone, saying when it is a guess."""
from __future__ import annotations

from dataclasses import dataclass

from ..errors import InputError, suggest


@dataclass(frozen=True)
class ZoneChoice:
    """The zone used for a customer, how it was chosen, and the other candidates."""

    zone: str
    source: str                 # "explicit", "region", "guess", "default"
    guessed: bool
    candidates: tuple[str, ...] = ()

    def to_dict(self) -> dict:
        return {"timezone": self.zone, "source": self.source, "guessed": self.guessed,
                "candidates": list(self.candidates)}


def get_zone(name: str):
    """A pytz zone by IANA name; InputError (with close names) when unknown."""
    import pytz

    try:
        return pytz.timezone(name)
    except pytz.UnknownTimeZoneError:
        raise InputError(f"unknown time zone '{name}'{suggest(name, pytz.all_timezones)}") from None


def resolve_zone(region: str | None = None, timezone: str | None = None) -> ZoneChoice:
    """An explicit zone wins; a one-zone region maps directly; a multi-zone region
    takes its first (most populous per tzdata) zone and says it is a guess."""
    import pytz

    if timezone:
        get_zone(timezone)
        return ZoneChoice(timezone, "explicit", False)
    if region:
        country = region.split("-")[0].upper()
        zones = pytz.country_timezones.get(country)
        if not zones:
            raise InputError(f"unknown region '{region}': no time zones for it"
                             f"{suggest(country, pytz.country_timezones.keys())}")
        if len(zones) == 1:
            return ZoneChoice(zones[0], "region", False)
        return ZoneChoice(zones[0], "guess", True, tuple(zones))
    return ZoneChoice("UTC", "default", True)
