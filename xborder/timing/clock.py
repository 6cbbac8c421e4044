"""``customer_time``: the customer's clock that every reply carries (``reply --json``)."""
from __future__ import annotations

import datetime as dt
import functools
from typing import Any, NamedTuple

from .daysoff import DAY_NAMES, holiday_assumption, holiday_name, is_weekend, weekend_keys
from .periods import QuietWindow, greeting_period, quiet_window
from .zones import ZoneChoice, parse_instant, resolve_zone, to_zone


def iso_text(value: dt.datetime | None) -> str | None:
    """ISO 8601 to the second, or None."""
    return value.isoformat(timespec="seconds") if value is not None else None


def guess_note(choice: ZoneChoice) -> str:
    """The note saying which zone was guessed for the customer, and why."""
    if choice.source == "default":
        return "no region or zone known: using UTC"
    shown = ", ".join(choice.candidates[:6]) + (" …" if len(choice.candidates) > 6 else "")
    return (f"{choice.region or 'the customer'} spans several time zones; guessed {choice.zone} "
            f"(candidates: {shown}); pass a subdivision, city, phone or zone to be sure")


def customer_time(resources, region: str | None = None, timezone: str | None = None, now: Any = None,
                  phone: str | None = None, *, city: str | None = None) -> dict[str, Any]:
    """The customer's clock for ``reply --json`` (``customer_time``).

    Keys: ``timezone``, ``region``, ``source``, ``guessed``, ``candidates``,
    ``local_time`` (ISO 8601 with offset), ``utc_offset``, ``greeting_period``,
    ``weekend`` (the region's weekend days, like ``["fri", "sat"]``), ``is_weekend``,
    ``holiday`` (today's, or null), ``day_off`` (holiday name or ``weekend (Friday)``,
    or null), ``quiet_hours`` (bool) and ``notes``.
    """
    choice = resolve_zone(region, timezone, phone=phone, city=city)
    instant, note = parse_instant(now, choice.zone)
    local = to_zone(instant, choice.zone)
    day = _customer_days(resources)(choice, local.date())
    local_time = iso_text(local)
    return {
        "timezone": choice.zone,
        "region": choice.region,
        "source": choice.source,
        "guessed": choice.guessed,
        "candidates": list(choice.candidates),
        "local_time": local_time,
        "utc_offset": local_time[19:],  # "2026-11-23T10:00:00+01:00" -> "+01:00"
        "greeting_period": greeting_period(local),
        "weekend": list(day.weekend),
        "is_weekend": day.is_weekend,
        "holiday": day.holiday,
        "day_off": day.holiday or (f"weekend ({DAY_NAMES[local.weekday()]})" if day.is_weekend else None),
        "quiet_hours": day.quiet.contains(local),
        "notes": [*day.notes_before, *([note] if note else []), *day.notes_after],
    }


class _CustomerDay(NamedTuple):
    """What ``customer_time`` reports that changes once a day, not once a reply."""

    weekend: tuple[str, ...]
    is_weekend: bool
    holiday: str | None
    quiet: QuietWindow
    notes_before: tuple[str, ...]
    notes_after: tuple[str, ...]


def _customer_days(resources):
    """``(zone choice, local date) -> _CustomerDay``, remembered per Resources (bounded)."""
    def make():
        @functools.lru_cache(maxsize=4096)
        def day(choice: ZoneChoice, date: dt.date) -> _CustomerDay:
            country, sub = choice.country, choice.subdivision
            assumed = holiday_assumption(country, sub)
            return _CustomerDay(
                weekend=tuple(weekend_keys(country)), is_weekend=is_weekend(country, date, sub),
                holiday=holiday_name(country, date, sub), quiet=quiet_window(resources, choice.region),
                notes_before=(guess_note(choice),) if choice.guessed else (),
                notes_after=((assumed,) if assumed else ()) if country is not None else
                ("no region known for this zone: weekend is CLDR's world default, no holidays",))
        return day
    return resources.cached(("timing.customer_days",), make)
