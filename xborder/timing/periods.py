"""Parts of the customer's day: the greeting period and outbound-contact quiet hours."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import NamedTuple

from ..errors import DataError, InputError

GREETING_PERIODS = ("morning", "afternoon", "evening", "night")
# Hour boundaries (local wall clock, start inclusive):
#   night 00:00-04:59 · morning 05:00-11:59 · afternoon 12:00-17:59 · evening 18:00-21:59 · night 22:00-23:59
_MORNING, _AFTERNOON, _EVENING, _NIGHT = 5, 12, 18, 22

DEFAULT_QUIET = ("21:00", "08:00")
_HHMM = re.compile(r"([01]?\d|2[0-4]):([0-5]\d)")


def greeting_period(local_dt: dt.datetime | dt.time) -> str:
    """``morning`` (05:00–11:59), ``afternoon`` (12:00–17:59), ``evening`` (18:00–21:59)
    or ``night`` (22:00–04:59) for a local wall-clock time (Tokyo 07:30 -> morning)."""
    hour = local_dt.hour
    if _MORNING <= hour < _AFTERNOON:
        return "morning"
    if _AFTERNOON <= hour < _EVENING:
        return "afternoon"
    if _EVENING <= hour < _NIGHT:
        return "evening"
    return "night"


@dataclass(frozen=True)
class QuietWindow:
    """Local hours in which nobody should be contacted; ``start`` > ``end`` wraps midnight."""

    start: dt.time
    end: dt.time
    source: str

    def contains(self, local: dt.datetime | dt.time) -> bool:
        moment = local.time() if isinstance(local, dt.datetime) else local
        moment = moment.replace(tzinfo=None)
        if self.start == self.end:
            return False
        if self.start < self.end:
            return self.start <= moment < self.end
        return moment >= self.start or moment < self.end

    def to_dict(self) -> dict:
        return {"start": self.start.strftime("%H:%M"), "end": self.end.strftime("%H:%M"),
                "source": self.source}


def parse_hhmm(text: str, what: str) -> dt.time:
    """``"08:00"`` -> time(8, 0); ``24:00`` is accepted as the end of the day (23:59:59.999999)."""
    match = _HHMM.fullmatch(str(text).strip())
    if not match or (match.group(1) == "24" and match.group(2) != "00"):
        raise InputError(f"{what}: '{text}' is not a time of day (HH:MM, 00:00-24:00)")
    hour, minute = int(match.group(1)), int(match.group(2))
    return dt.time.max if hour == 24 else dt.time(hour, minute)


def quiet_window(resources, region: str | None) -> QuietWindow:
    """The quiet hours for outbound contact in ``region``.

    The region profile fact ``quiet_hours`` (issue 7's
    ``xborder.policy.profiles.region_fact(resources, region, "quiet_hours")``) wins;
    a subdivision without one falls back to its country; else the default 21:00–08:00.
    """
    return resources.cached(("timing.quiet_window", region), lambda: _quiet_window(resources, region))


def _quiet_window(resources, region: str | None) -> QuietWindow:
    for code in _region_chain(region):
        fact = _region_fact(resources, code)
        if fact is not None:
            return _window_from_fact(fact, code)
    return QuietWindow(parse_hhmm(DEFAULT_QUIET[0], "quiet hours"), parse_hhmm(DEFAULT_QUIET[1], "quiet hours"),
                       "default")


def _region_chain(region: str | None) -> list[str]:
    if not region:
        return []
    region = region.upper()
    return [region, region.split("-")[0]] if "-" in region else [region]


def _region_fact(resources, region: str):
    """The profile's ``quiet_hours`` value (issue 7's ``region_fact``), with the fact's source
    and the region that states it when the profile module can tell them."""
    import importlib

    try:
        profiles = importlib.import_module("xborder.policy.profiles")
    except ImportError:  # the policy area (issue 7) is not installed
        return None
    value = profiles.region_fact(resources, region, "quiet_hours")
    if value is None or not hasattr(profiles, "effective_profile"):
        return value
    profile = profiles.effective_profile(resources, region)
    fact = profile.fact("quiet_hours") if profile is not None else None
    if fact is None:
        return value
    return _SourcedValue(value, getattr(fact, "source", None), getattr(fact, "stated_in", None) or region)


class _SourcedValue(NamedTuple):
    value: dict
    source: str | None
    stated_in: str


def _window_from_fact(fact, region: str) -> QuietWindow:
    """Accepts ``{"start": "21:00", "end": "08:00", "source": …}`` or an object whose
    ``.value`` is that mapping (a fact wrapper with its own ``.source``)."""
    value = getattr(fact, "value", fact)
    source = getattr(fact, "source", None)
    region = getattr(fact, "stated_in", None) or region
    if not isinstance(value, dict) or "start" not in value or "end" not in value:
        raise DataError(f"region profile {region}: fact 'quiet_hours' must be a mapping with 'start' "
                        f"and 'end' (HH:MM), got {value!r}")
    source = value.get("source") or source or f"region profile {region}"
    if isinstance(source, (list, tuple)):
        source = "; ".join(str(s) for s in source)
    elif isinstance(source, dict):
        source = source.get("url") or source.get("title") or str(source)
    try:
        return QuietWindow(parse_hhmm(value["start"], "quiet_hours.start"),
                           parse_hhmm(value["end"], "quiet_hours.end"), f"{region}: {source}")
    except InputError as exc:
        raise DataError(f"region profile {region}: {exc}") from None


def is_quiet_hours(resources, region: str, at, *, timezone: str | None = None) -> bool:
    """True when ``at`` falls in the customer's quiet hours (default 21:00–08:00 local).

    ``region``: a region or subdivision (``US-CA``), or anything ``xborder time``
    takes (a zone, a phone number, a city); ``at``: an
    aware datetime or ISO 8601 text (a naive time is read in the customer's zone).
    """
    from .zones import locate, parse_instant, resolve_zone, to_zone

    choice = locate(region) if timezone is None and region else resolve_zone(region, timezone)
    instant, _ = parse_instant(at, choice.zone)
    return quiet_window(resources, choice.region).contains(to_zone(instant, choice.zone))
