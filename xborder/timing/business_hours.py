"""A support team's business hours: the one-line spec, the YAML form, and business-time arithmetic.

One-line spec (see docs/time.md)::

    Mon-Fri 09:00-12:00,13:00-18:00; Sat 10:00-14:00 @Asia/Shanghai holidays=CN closed=2026-12-24

YAML form::

    timezone: Europe/Berlin
    holidays: DE-BY
    hours:
      mon-fri: ["09:00-12:00", "13:00-17:00"]
      sat: "10:00-14:00"
    exceptions:
      "2026-12-24": "09:00-12:00"
      "2026-12-31": closed

Open intervals are built per team-local date with ``localize()`` (DST gap and
overlap resolved as in :func:`xborder.timing.zones.localize`) and compared as UTC
instants, so a business hour is always sixty real minutes.
"""
from __future__ import annotations

import datetime as dt
import math
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from ..errors import DataError, InputError
from .daysoff import DAY_KEYS, holiday_name, is_weekend_workday, split_region
from .zones import get_zone, localize

MAX_SLA_HOURS = 8760            # one year: anything longer is a typo, not a promise
SEARCH_DAYS = 20 * 366          # how far ahead an SLA or an opening is looked for
_DAY_ALIASES = {name: i for i, key in enumerate(DAY_KEYS)
                for name in (key, ("monday", "tuesday", "wednesday", "thursday", "friday",
                                   "saturday", "sunday")[i])}
_TIME = r"(\d{1,2}):(\d{2})"
_RANGE = re.compile(rf"{_TIME}-{_TIME}")
_TOKEN = re.compile(r";|[^\s;]+")

Ranges = tuple[tuple[int, int], ...]   # (start, end) minutes from local midnight; end may pass 1440


@dataclass(frozen=True)
class BusinessHours:
    """Weekly open ranges in the team's zone, the team's holiday calendar and dated exceptions."""

    zone: str
    weekly: tuple[Ranges, ...]                  # seven entries, Monday first
    holidays: str | None = None                 # "CN", "DE-BY"; None: no holiday calendar
    exceptions: tuple[tuple[dt.date, Ranges], ...] = ()
    spec: str = ""
    _exceptions: dict = field(default_factory=dict, init=False, repr=False, compare=False)
    _days: dict = field(default_factory=dict, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_exceptions", dict(self.exceptions))

    # -- one day --------------------------------------------------------------------
    def ranges_on(self, day: dt.date) -> tuple[Ranges, str | None]:
        """The open ranges of one team-local date, and why it is closed when it is."""
        if day in self._exceptions:
            ranges = self._exceptions[day]
            return ranges, None if ranges else "closed (exception)"
        ranges = self.weekly[day.weekday()]
        if self.holidays:
            country, sub = split_region(self.holidays)
            name = holiday_name(country, day, sub)
            if name:
                return (), f"holiday: {name}"
            if not ranges and is_weekend_workday(country, day, sub):
                return self.workday_ranges, None
        return ranges, None

    @property
    def workday_ranges(self) -> Ranges:
        """The hours a make-up working day gets (a weekend day the team's holiday calendar
        makes a working day, as China does around Spring Festival): those of the first
        weekday, Monday on, that the team opens."""
        return next((r for r in self.weekly[:5] if r), next(r for r in self.weekly if r))

    def intervals_on(self, day: dt.date) -> tuple[tuple[dt.datetime, dt.datetime], ...]:
        """Open intervals starting on ``day`` as aware UTC datetimes (memoized per date)."""
        try:
            return self._days[day]
        except KeyError:
            pass
        if len(self._days) > 8192:      # bounded: a long-running service walks forward for years
            self._days.clear()
        result = self._days[day] = tuple(self._build_intervals(day))
        return result

    def _build_intervals(self, day: dt.date) -> list[tuple[dt.datetime, dt.datetime]]:
        import pytz

        zone = get_zone(self.zone)
        midnight = dt.datetime.combine(day, dt.time())
        ranges = self.ranges_on(day)[0]
        offset = _steady_offset(zone, midnight) if ranges else None
        out = []
        for start, end in ranges:
            if offset is not None:   # no clock change near this day: what localize() gives, by subtraction
                begin = (midnight + dt.timedelta(minutes=start) - offset).replace(tzinfo=pytz.utc)
                finish = (midnight + dt.timedelta(minutes=end) - offset).replace(tzinfo=pytz.utc)
            else:
                begin = localize(zone, midnight + dt.timedelta(minutes=start))[0].astimezone(pytz.utc)
                finish = localize(zone, midnight + dt.timedelta(minutes=end))[0].astimezone(pytz.utc)
            if finish > begin:
                out.append((begin, finish))
        return out

    # -- walking forward ------------------------------------------------------------------
    def open_intervals(self, after: dt.datetime) -> Iterator[tuple[dt.datetime, dt.datetime]]:
        """Merged open intervals (UTC) from the instant ``after`` on, the first clipped to it."""
        import pytz

        after = after.astimezone(pytz.utc)
        day = after.astimezone(get_zone(self.zone)).date() - dt.timedelta(days=1)
        pending = None
        for offset in range(SEARCH_DAYS):
            for begin, finish in self.intervals_on(day + dt.timedelta(days=offset)):
                if finish <= after:
                    continue
                begin = max(begin, after)
                if pending and begin <= pending[1]:
                    pending = (pending[0], max(pending[1], finish))
                    continue
                if pending:
                    yield pending
                pending = (begin, finish)
        if pending:
            yield pending

    def next_opening(self, at: dt.datetime) -> dt.datetime:
        """The earliest instant at or after ``at`` when the team is open (``at`` itself while open)."""
        for begin, _ in self.open_intervals(at):
            return begin
        raise InputError(f"business hours '{self.spec}' never open in the {SEARCH_DAYS // 366} years after {at}")

    def is_open(self, at: dt.datetime) -> bool:
        return self.next_opening(at) <= at

    def add(self, at: dt.datetime, hours: float) -> dt.datetime:
        """The instant when ``hours`` business hours have passed since ``at`` (UTC)."""
        remaining = dt.timedelta(hours=check_sla_hours(hours))
        for begin, finish in self.open_intervals(at):
            span = finish - begin
            if remaining <= span:
                return begin + remaining
            remaining -= span
        raise InputError(f"an SLA of {hours:g} business hours does not end within "
                         f"{SEARCH_DAYS // 366} years under '{self.spec}'")

    def to_dict(self) -> dict:
        def text(ranges: Ranges) -> list[str]:
            return [f"{_hhmm(s)}-{_hhmm(e)}" for s, e in ranges]

        return {"timezone": self.zone, "holidays": self.holidays,
                "hours": {DAY_KEYS[i]: text(r) for i, r in enumerate(self.weekly) if r},
                "exceptions": {d.isoformat(): text(r) or "closed" for d, r in self.exceptions}}


def _steady_offset(zone, midnight: dt.datetime) -> dt.timedelta | None:
    """The UTC offset ``zone`` keeps from two days before the local ``midnight`` to three days
    after (a day's ranges end within two days), or None when its clocks change in that window
    (or it is not a pytz zone with a transition table): then every local time of the day has
    that one offset, neither skipped nor repeated."""
    import bisect

    times = getattr(zone, "_utc_transition_times", None)
    info = getattr(zone, "_transition_info", None)
    if not times or not info:
        return None
    i = bisect.bisect_right(times, midnight - _STEADY_MARGIN)
    if i < len(times) and times[i] <= midnight + _STEADY_MARGIN + dt.timedelta(days=1):
        return None
    return info[max(0, i - 1)][0]


_STEADY_MARGIN = dt.timedelta(days=2)


def check_sla_hours(hours) -> float:
    """A finite number of hours in 0..MAX_SLA_HOURS (text accepted); InputError otherwise."""
    try:
        value = float(str(hours).strip()) if not isinstance(hours, (int, float)) else float(hours)
    except ValueError:
        raise InputError(f"invalid SLA '{hours}': expected a number of hours, like 24 or 4.5") from None
    if isinstance(hours, bool) or not math.isfinite(value) or value < 0 or value > MAX_SLA_HOURS:
        raise InputError(f"invalid SLA '{hours}': expected 0 to {MAX_SLA_HOURS} hours")
    return value


def _hhmm(minutes: int) -> str:
    """Minutes from midnight as HH:MM; an overnight end (26:00) shows as 02:00, 1440 as 24:00."""
    if minutes != 1440:
        minutes %= 1440
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


# -- parsing -----------------------------------------------------------------------------------
class _SpecError(Exception):
    def __init__(self, column: int, message: str) -> None:
        self.column, self.message = column, message


def _parse_range(text: str, column: int) -> tuple[int, int]:
    match = _RANGE.fullmatch(text)
    if not match:
        raise _SpecError(column, f"'{text}' is not a time range like 09:00-18:00")
    h1, m1, h2, m2 = (int(g) for g in match.groups())
    for hour, minute, offset in ((h1, m1, 0), (h2, m2, text.index("-") + 1)):
        if hour > 24 or minute > 59 or (hour == 24 and minute):
            raise _SpecError(column + offset, f"'{hour:02d}:{minute:02d}' is not a time of day (00:00-24:00)")
    start, end = h1 * 60 + m1, h2 * 60 + m2
    if start == 1440:
        raise _SpecError(column, f"'{text}' starts at 24:00; start the range at 00:00 of the next day")
    if end == start:
        raise _SpecError(column, f"'{text}' is empty; for a whole day write 00:00-24:00")
    if end < start:     # runs past midnight: 22:00-02:00
        end += 1440
    return start, end


def _parse_days(text: str, column: int) -> list[int]:
    lowered = text.lower()
    if lowered in ("daily", "everyday"):
        return list(range(7))
    if lowered == "weekdays":
        return list(range(5))
    first, sep, last = lowered.partition("-")
    if first not in _DAY_ALIASES:
        raise _SpecError(column, f"'{text.split('-')[0]}' is not a day (Mon, Tue, … Sun, Daily)")
    if not sep:
        return [_DAY_ALIASES[first]]
    if last not in _DAY_ALIASES:
        raise _SpecError(column + len(first) + 1, f"'{text.split('-', 1)[1]}' is not a day (Mon … Sun)")
    a, b = _DAY_ALIASES[first], _DAY_ALIASES[last]
    return [(a + i) % 7 for i in range((b - a) % 7 + 1)]


def _parse_date(text: str, column: int) -> dt.date:
    try:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            raise ValueError
        return dt.date.fromisoformat(text)
    except ValueError:
        raise _SpecError(column, f"'{text}' is not a date (YYYY-MM-DD)") from None


def check_holidays(code: str) -> str | None:
    """``CN`` / ``de-by`` -> a calendar code the holidays package knows; ``none`` -> None."""
    if code.lower() in ("none", "off", ""):
        return None
    from ..errors import suggest
    from .daysoff import holiday_entity, holiday_subdivision, holiday_subdivisions

    country, sub = split_region(code)
    if holiday_entity(country) is None:
        raise InputError(f"no public-holiday calendar for '{country}'")
    if sub and holiday_subdivision(country, sub) is None:
        known = holiday_subdivisions(country)
        raise InputError(f"no holiday calendar for subdivision '{country}-{sub}'{suggest(sub, known)}"
                         f" (known: {', '.join(known) or 'none'})")
    return f"{country}-{holiday_subdivision(country, sub)}" if sub else country


def _merge(ranges: list[tuple[int, int]]) -> Ranges:
    merged: list[list[int]] = []
    for start, end in sorted(ranges):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return tuple((s, e) for s, e in merged)


def parse_spec(spec: str) -> BusinessHours:
    """Parse the one-line spec; InputError names the column of the bad token."""
    if not isinstance(spec, str) or not spec.strip():
        raise InputError("empty business-hours spec: expected e.g. 'Mon-Fri 09:00-18:00 @Europe/Berlin'")
    try:
        return _parse_spec(spec)
    except _SpecError as exc:
        raise InputError(f"business hours, column {exc.column}: {exc.message} in \"{spec}\"") from None


def _parse_spec(spec: str) -> BusinessHours:
    weekly: list[list[tuple[int, int]]] = [[] for _ in range(7)]
    zone = holidays = None
    closed: list[dt.date] = []
    days: list[int] = []
    state = "days"          # "days": reading day names; "ranges": reading ranges for `days`
    days_column = 1
    for match in _TOKEN.finditer(spec):
        token, column = match.group(), match.start() + 1
        if token == ";":
            if state == "days" and days:
                raise _SpecError(column, f"day(s) before column {column} have no time range")
            state, days = "days", []
            continue
        if token.startswith("@"):
            zone = _zone_option(token[1:], column + 1)
            continue
        if "=" in token:
            key, _, value = token.partition("=")
            vcol = column + len(key) + 1
            if key.lower() in ("tz", "zone", "timezone"):
                zone = _zone_option(value, vcol)
            elif key.lower() == "holidays":
                try:
                    holidays = check_holidays(value)
                except InputError as exc:
                    raise _SpecError(vcol, str(exc)) from None
            elif key.lower() == "closed":
                closed.extend(_parse_date(text, vcol + off) for text, off in _parts(value) if text)
            else:
                raise _SpecError(column, f"unknown option '{key}=' (known: holidays=, closed=, tz=)")
            continue
        for part, off in _parts(token):
            if not part:
                continue
            pcol = column + off
            if part[0].isdigit():
                if not days:
                    raise _SpecError(pcol, f"time range '{part}' has no day before it (e.g. 'Mon-Fri {part}')")
                rng = _parse_range(part, pcol)
                for day in days:
                    weekly[day].append(rng)
                state = "ranges"
            elif part.lower() == "closed":
                if not days:
                    raise _SpecError(pcol, "'closed' has no day before it")
                state = "ranges"
            else:
                if state == "ranges":
                    days, state = [], "days"
                if not days:
                    days_column = pcol
                days = days + _parse_days(part, pcol)
    if state == "days" and days:
        raise _SpecError(days_column, "day(s) without a time range at the end of the spec")
    if zone is None:
        raise _SpecError(len(spec) + 1, "no team time zone: add '@Area/City', e.g. '@Europe/Berlin'")
    weekly_ranges = tuple(_merge(r) for r in weekly)
    if not any(weekly_ranges):
        raise InputError(f"business hours \"{spec}\" have no open time at all")
    return BusinessHours(zone, weekly_ranges, holidays, tuple((d, ()) for d in sorted(set(closed))), spec.strip())


def _parts(token: str) -> list[tuple[str, int]]:
    """Split on commas, keeping each part's offset in the token."""
    out, offset = [], 0
    for part in token.split(","):
        out.append((part, offset))
        offset += len(part) + 1
    return out


def _zone_option(name: str, column: int) -> str:
    try:
        get_zone(name)
    except InputError as exc:
        raise _SpecError(column, str(exc)) from None
    return name


# -- YAML form ------------------------------------------------------------------------------
def load_yaml_hours(path: str | os.PathLike[str]) -> BusinessHours:
    """Read the YAML form; DataError with file:line:col on anything wrong."""
    from ..yamlio import Node, check_keys, load_yaml

    path = Path(path)
    data = load_yaml(path)
    if not isinstance(data, Node):
        raise DataError("business hours must be a mapping with 'timezone' and 'hours'", path, 1)
    check_keys(data, ("timezone", "holidays", "hours", "exceptions", "name"), path, "business hours",
               required=("timezone", "hours"))

    def fail(message: str, node: Node, key: str | None = None):
        line, col = node.where(key)
        return DataError(message, path, line, col)

    zone = data["timezone"]
    if not isinstance(zone, str):
        raise fail("'timezone' must be an IANA zone name like Europe/Berlin", data, "timezone")
    try:
        get_zone(zone)
    except InputError as exc:
        raise fail(str(exc), data, "timezone") from None
    holidays = data.get("holidays")
    if holidays is not None:
        if not isinstance(holidays, str):
            raise fail("'holidays' must be a region code like DE or DE-BY (quote NO)", data, "holidays")
        try:
            holidays = check_holidays(holidays)
        except InputError as exc:
            raise fail(str(exc), data, "holidays") from None

    hours = data["hours"]
    if not isinstance(hours, Node):
        raise fail("'hours' must map days (mon-fri, sat…) to ranges", data, "hours")
    weekly: list[list[tuple[int, int]]] = [[] for _ in range(7)]
    for key, value in hours.items():
        try:
            days = _parse_days(str(key), 1)
            for rng in _yaml_ranges(value):
                for day in days:
                    weekly[day].append(rng)
        except _SpecError as exc:
            raise fail(f"hours.{key}: {exc.message}", hours, key) from None
    weekly_ranges = tuple(_merge(r) for r in weekly)
    if not any(weekly_ranges):
        raise fail("business hours have no open time at all", data, "hours")

    exceptions = []
    raw = data.get("exceptions") or Node()
    if not isinstance(raw, Node):
        raise fail("'exceptions' must map quoted dates (\"2026-12-24\") to ranges or 'closed'", data, "exceptions")
    for key, value in raw.items():
        try:
            day = _parse_date(str(key), 1)
            exceptions.append((day, _merge(list(_yaml_ranges(value)))))
        except _SpecError as exc:
            raise fail(f"exceptions.{key}: {exc.message}", raw, key) from None
    return BusinessHours(zone, weekly_ranges, holidays, tuple(sorted(exceptions)), str(path))


def _yaml_ranges(value) -> list[tuple[int, int]]:
    if value is None or (isinstance(value, str) and value.strip().lower() == "closed"):
        return []
    items = value if isinstance(value, list) else [value]
    out = []
    for item in items:
        if not isinstance(item, str):
            raise _SpecError(1, f"{item!r} is not a quoted range like \"09:00-18:00\"")
        for part, _ in _parts(item):
            if part.strip():
                out.append(_parse_range(part.strip(), 1))
    return out


def load_business_hours(value) -> BusinessHours:
    """A :class:`BusinessHours`, a YAML file path, or a one-line spec."""
    if isinstance(value, BusinessHours):
        return value
    if isinstance(value, os.PathLike) or (isinstance(value, str) and (
            value.strip().lower().endswith((".yaml", ".yml")) or os.path.isfile(value.strip()))):
        path = Path(str(value).strip())
        if not path.is_file():
            raise InputError(f"business-hours file '{path}' not found")
        return load_yaml_hours(path)
    if not isinstance(value, str):
        raise InputError(f"business hours must be a spec string or a YAML file, got {type(value).__name__}")
    return parse_spec(value)
