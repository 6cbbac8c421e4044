"""``time_report`` (the ``xborder time`` result) and ``customer_time`` (what replies carry)."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from ..errors import InputError
from .business_hours import BusinessHours, check_sla_hours, load_business_hours
from .clock import guess_note, iso_text
from .daysoff import DAY_NAMES, holiday_name, is_weekend, weekend_keys
from .periods import QuietWindow, greeting_period, quiet_window
from .zones import ZoneChoice, locate, parse_instant, to_zone

# A locale tag as people write it: language in lower case, country in upper case (pt-BR, de_AT).
_LOCALE = re.compile(r"[a-z]{2,3}[-_]([A-Z]{2})")
REPORT_KEYS = ("timezone", "local_time", "greeting_period", "weekend", "holiday", "is_business_hours",
               "next_opening", "sla_due", "quiet_hours")


@dataclass(frozen=True)
class TimeReport:
    """The customer's clock, calendar and the team's promise, for one instant.

    ``to_dict()`` gives exactly the keys of the ``xborder time --json`` contract;
    the other fields (zone choice, notes, today's day-off reason) are for callers.
    """

    timezone: str
    local_time: dt.datetime
    greeting_period: str
    weekend: tuple[str, ...]
    holiday: str | None
    is_business_hours: bool | None
    next_opening: dt.datetime | None
    sla_due_team: dt.datetime | None
    sla_due_customer: dt.datetime | None
    quiet_hours: bool
    zone_choice: ZoneChoice = field(repr=False)
    is_weekend: bool = False
    quiet_window: QuietWindow | None = field(default=None, repr=False)
    business_hours: BusinessHours | None = field(default=None, repr=False)
    notes: tuple[str, ...] = ()

    @property
    def region(self) -> str | None:
        return self.zone_choice.region

    @property
    def day_off(self) -> str | None:
        """Why today is not a working day for the customer (holiday name or ``weekend (Friday)``)."""
        if self.holiday:
            return self.holiday
        if self.is_weekend:
            return f"weekend ({DAY_NAMES[self.local_time.weekday()]})"
        return None

    def to_dict(self) -> dict[str, Any]:
        sla = None
        if self.sla_due_team is not None:
            sla = {"team": iso_text(self.sla_due_team), "customer": iso_text(self.sla_due_customer)}
        return {
            "timezone": self.timezone,
            "local_time": iso_text(self.local_time),
            "greeting_period": self.greeting_period,
            "weekend": list(self.weekend),
            "holiday": self.holiday,
            "is_business_hours": self.is_business_hours,
            "next_opening": iso_text(self.next_opening),
            "sla_due": sla,
            "quiet_hours": self.quiet_hours,
        }


def _choice(resources, where: str | ZoneChoice) -> ZoneChoice:
    if isinstance(where, ZoneChoice):
        return where
    if not isinstance(where, str):
        raise InputError(f"expected a region, zone, phone number or city, got {type(where).__name__}")
    return resources.cached(("timing.locate", where.strip()), lambda: locate(where))


def _business_hours(resources, value) -> BusinessHours:
    if isinstance(value, BusinessHours):
        return value
    if isinstance(value, str):
        return resources.cached(("timing.business_hours", value), lambda: load_business_hours(value))
    return load_business_hours(value)


def time_report(resources, where: str | ZoneChoice, *, at: Any = None, business_hours: Any = None,
                sla_hours: float | str | None = None) -> TimeReport:
    """Local time, greeting period, weekend, holiday, quiet hours, business hours and SLA.

    ``where``: a region or subdivision (``SA``, ``US-CA``), an IANA zone, a phone
    number or a city. ``at``: an aware datetime or ISO 8601 text (a time without an
    offset is read in the customer's zone; default now). ``business_hours``: a spec
    string, a YAML file path or a :class:`BusinessHours`. ``sla_hours``: business
    hours under ``business_hours`` (elapsed hours without it; the team side in UTC).
    """
    notes: list[str] = []
    locale = _LOCALE.fullmatch(where.strip()) if isinstance(where, str) else None
    if locale:  # pt-BR is Brazil, not Portugal's Braga district (PT-BR); de-AT is Austria
        where = locale.group(1)
        notes.append(f"region {where} taken from the locale {locale.group(0)}")
    choice = _choice(resources, where)
    if choice.guessed:
        notes.append(guess_note(choice))
    instant, note = parse_instant(at, choice.zone)
    if note:
        notes.append(note)
    local = to_zone(instant, choice.zone)
    country, sub = choice.country, choice.subdivision
    if country is None:
        notes.append("no region known for this zone: weekend is CLDR's world default, no holidays")
    window = quiet_window(resources, choice.region)

    hours = _business_hours(resources, business_hours) if business_hours is not None else None
    open_now = next_opening = due_team = due_customer = None
    if hours is not None:
        opening = hours.next_opening(instant)
        open_now = opening <= instant
        next_opening = to_zone(opening, choice.zone)
    if sla_hours is not None:
        amount = check_sla_hours(sla_hours)
        if hours is not None:
            due, team_zone = hours.add(instant, amount), hours.zone
        else:
            due, team_zone = instant + dt.timedelta(hours=amount), "UTC"
            notes.append("no business hours given: the SLA counts elapsed hours")
        due_team, due_customer = to_zone(due, team_zone), to_zone(due, choice.zone)

    return TimeReport(
        timezone=choice.zone, local_time=local, greeting_period=greeting_period(local),
        weekend=tuple(weekend_keys(country)), holiday=holiday_name(country, local.date(), sub),
        is_business_hours=open_now, next_opening=next_opening, sla_due_team=due_team,
        sla_due_customer=due_customer, quiet_hours=window.contains(local), zone_choice=choice,
        is_weekend=is_weekend(country, local.date(), sub), quiet_window=window,
        business_hours=hours, notes=tuple(notes))
