"""The customer's clock for a ticket: local time of its creation, and business hours to the first reply.

"Business hours" are the customer's own by default (Mon–Fri style 09:00–18:00 on the working
days of the customer's country, CLDR weekend, the ``holidays`` calendar, in the customer's
zone), or a team's hours given as a spec (``xborder time --business-hours``).
"""
from __future__ import annotations

import datetime as dt
import functools
from typing import Any

from ..errors import InputError, XborderError

OPEN_MINUTES = ((9 * 60, 18 * 60),)   # the customer's working day when no team hours are given
MAX_REPLY_DAYS = 366                  # a first reply later than this is a data error, not a wait


def parse_instant(value: Any) -> dt.datetime | None:
    """An aware UTC datetime from ISO 8601 text, Unix seconds, or a datetime (naive = UTC)."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        moment = value
    elif isinstance(value, bool):
        raise InputError(f"not a timestamp: {value!r}")
    elif isinstance(value, (int, float)):
        moment = dt.datetime.fromtimestamp(value / 1000 if value > 1e11 else value, dt.timezone.utc)
    else:
        text = str(value).strip()
        if text.lstrip("-").replace(".", "", 1).isdigit():
            return parse_instant(float(text))
        try:
            moment = dt.datetime.fromisoformat(text.replace("Z", "+00:00").replace(" UTC", "+00:00"))
        except ValueError:
            raise InputError(f"not an ISO 8601 timestamp: {text[:40]!r}") from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.timezone.utc)
    return moment.astimezone(dt.timezone.utc)


@functools.lru_cache(maxsize=1024)
def customer_zone(region: str) -> str | None:
    """The customer's zone for a detected region (a guess for countries with several zones)."""
    from ..timing.zones import resolve_zone

    try:
        return resolve_zone(region).zone
    except XborderError:
        return None


@functools.lru_cache(maxsize=1024)
def customer_hours(region: str, zone: str):
    """The customer's working hours: 09:00–18:00 on the country's working days, its holidays."""
    from ..timing.business_hours import BusinessHours, check_holidays
    from ..timing.daysoff import split_region, weekend_days

    country, _ = split_region(region)
    weekend = weekend_days(country)
    try:
        holidays = check_holidays(region)
    except XborderError:
        try:
            holidays = check_holidays(country)
        except XborderError:
            holidays = None
    weekly = tuple(() if day in weekend else OPEN_MINUTES for day in range(7))
    return BusinessHours(zone=zone, weekly=weekly, holidays=holidays,
                         spec=f"09:00-18:00 on {country} working days @{zone}")


def business_hours_between(hours, start: dt.datetime, end: dt.datetime) -> float:
    """Business hours (open time) between two instants."""
    if end <= start:
        return 0.0
    total = dt.timedelta()
    for begin, finish in hours.open_intervals(start):
        if begin >= end:
            break
        total += min(finish, end) - begin
    return total.total_seconds() / 3600


def local_iso(instant: dt.datetime, zone: str) -> str:
    from ..timing.zones import get_zone, to_zone

    return to_zone(instant, get_zone(zone)).isoformat(timespec="seconds")
