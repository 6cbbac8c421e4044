"""Weekends (CLDR through Babel) and public holidays (the ``holidays`` package) by region.

Both are cached per process: Babel's week data per territory, one holiday
calendar per (country, subdivision, year). ``day_off`` is called for every date
a reply promises, so it must stay cheap after the first call for a year.
"""
from __future__ import annotations

import datetime as dt
import functools
import warnings
from typing import Callable, TypeVar

from ..errors import InputError

T = TypeVar("T")

DAY_KEYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# Holiday names in English when the package has them; else its default language.
_NAME_LANGUAGES = ("en_US", "en_GB", "en")

# Countries whose ``holidays`` calendar without a subdivision leaves out public holidays that
# most of the population has: a customer known only by the country gets the calendar of the
# subdivision that stands for that majority, and replies say so (``holiday_assumption``).
# GB: Easter Monday and the late-August Summer bank holiday are bank holidays in England,
# Wales and Northern Ireland, not in Scotland (https://www.gov.uk/bank-holidays); those three
# nations hold 92 % of the UK's people (ONS, mid-2022 population estimates). The England
# calendar has exactly the holidays the three share. Reviewed 2026-11-23.
ASSUMED_SUBDIVISION: dict[str, tuple[str, str]] = {
    "GB": ("ENG", "bank holidays of England, Wales and Northern Ireland assumed (Scotland's differ: "
                  "pass GB-SCT, GB-WLS or GB-NIR to be sure)"),
}


def split_region(region: str, subdivision: str | None = None) -> tuple[str, str | None]:
    """``"US-CA"`` -> ``("US", "CA")``; an explicit ``subdivision`` wins."""
    code = str(region).strip().upper().replace("_", "-")
    country, _, sub = code.partition("-")
    if len(country) != 2 or not country.isalpha():
        raise InputError(f"invalid region '{region}': expected an ISO 3166 code like 'SA' or 'US-CA'")
    sub = (subdivision or sub or "").strip().upper() or None
    return country, sub


@functools.lru_cache(maxsize=512)
def weekend_days(country: str | None) -> tuple[int, ...]:
    """The weekend of a territory as weekday numbers (Monday = 0), from CLDR via Babel.

    ``SA`` and ``IL`` -> (4, 5) Friday–Saturday; ``AE`` -> (5, 6); ``IN`` -> (6,).
    A territory CLDR has no locale for (``AQ``) and ``None`` get the world
    default (CLDR ``001``: Saturday–Sunday).

    Kept in the cache folder by Babel's version: the answer needs a locale's whole CLDR
    data loaded (~20 ms), often of a locale nothing else in the process reads.
    """
    import babel

    from ..diskcache import default_cache_dir, digest, remember

    return tuple(remember(default_cache_dir(), "cldr", digest("weekend-days", str(country), babel.__version__),
                          lambda: _weekend_days(country), load=lambda stored: [int(day) for day in stored]))


def _weekend_days(country: str | None) -> list[int]:
    from babel import Locale, UnknownLocaleError

    locale = None
    if country:
        try:
            locale = Locale.parse(f"und_{country}")
        except (UnknownLocaleError, ValueError):
            locale = None
        if locale is not None and locale.territory != country:
            locale = None
    if locale is None:
        locale = Locale.parse("und_001") if _has_world_locale() else Locale("en", "001")
    start, end = locale.weekend_start, locale.weekend_end
    days = [start]
    while days[-1] != end:
        days.append((days[-1] + 1) % 7)
    return days


@functools.lru_cache(maxsize=1)
def _has_world_locale() -> bool:
    from babel import Locale, UnknownLocaleError

    try:
        return Locale.parse("und_001").territory == "001"
    except (UnknownLocaleError, ValueError):
        return False


def weekend_keys(country: str | None) -> list[str]:
    """The weekend as day keys: ``["fri", "sat"]``."""
    return [DAY_KEYS[d] for d in weekend_days(country)]


@functools.lru_cache(maxsize=None)
def holiday_entity(country: str):
    """An empty calendar of ``country`` (its subdivisions and languages), or ``None`` when the
    ``holidays`` package does not cover it. Loads that one country only, never the whole registry."""
    import holidays

    try:
        return holidays.country_holidays(country, years=())
    except NotImplementedError:
        return None


def holiday_subdivisions(country: str) -> tuple[str, ...]:
    entity = holiday_entity(country)
    return tuple(getattr(entity, "subdivisions", ()) or ()) if entity is not None else ()


def holiday_subdivision(country: str, subdivision: str | None) -> str | None:
    """The subdivision code the ``holidays`` package uses for ``subdivision`` (aliases such as
    'California' accepted), or ``None`` when it has no calendar of its own there: that region
    then keeps the national holidays only (MX-JAL)."""
    if not subdivision:
        return None
    subs = holiday_subdivisions(country)
    if subdivision in subs:
        return subdivision
    aliases = getattr(holiday_entity(country), "subdivisions_aliases", None) or {}
    for alias, code in aliases.items():
        if alias.upper() == subdivision.upper():
            return code
    return None


class Calendar:
    """One region's public holidays for one year: date -> name, and the weekend days
    its law makes working days (China's 调休)."""

    def __init__(self, names: dict[dt.date, str], weekend_workdays: frozenset[dt.date] = frozenset()) -> None:
        self.names = names
        self.weekend_workdays = weekend_workdays

    def get(self, day: dt.date) -> str | None:
        return self.names.get(day)

    def __contains__(self, day: dt.date) -> bool:
        return day in self.names


@functools.lru_cache(maxsize=1)
def holidays_release() -> str:
    """What identifies the installed ``holidays`` package (its version file), found without
    importing it: a cached calendar is reused only with the release that made it."""
    import importlib.util
    from pathlib import Path

    spec = importlib.util.find_spec("holidays")
    try:
        return (Path(spec.origin).parent / "version.py").read_text(encoding="utf-8")
    except (AttributeError, OSError, TypeError):
        return "unknown"


def holiday_assumption(country: str | None, subdivision: str | None) -> str | None:
    """What is assumed about the holidays of a customer known only by ``country`` (GB), or None."""
    if subdivision or country not in ASSUMED_SUBDIVISION:
        return None
    return ASSUMED_SUBDIVISION[country][1]


@functools.lru_cache(maxsize=1024)
def holiday_calendar(country: str, subdivision: str | None, year: int) -> Calendar | None:
    """The holidays of one region and year, or ``None`` when the ``holidays`` package lacks it.

    A country in :data:`ASSUMED_SUBDIVISION` given without a subdivision gets that
    subdivision's calendar. Calendars are kept in the user's cache folder (per
    ``holidays`` release), so a process that only needs this year's calendar does not
    import the package.
    """
    from ..diskcache import default_cache_dir, digest, remember

    if not subdivision and country in ASSUMED_SUBDIVISION:
        subdivision = ASSUMED_SUBDIVISION[country][0]

    def dump(calendar: Calendar | None) -> dict:
        if calendar is None:
            return {}  # the package has no calendar for the country
        return {"names": {d.isoformat(): name for d, name in calendar.names.items()},
                "workdays": sorted(d.isoformat() for d in calendar.weekend_workdays)}

    def load(stored: dict) -> Calendar | None:
        if not stored:
            return None
        return Calendar({dt.date.fromisoformat(d): name for d, name in stored["names"].items()},
                        frozenset(dt.date.fromisoformat(d) for d in stored["workdays"]))

    key = digest("calendar", country, subdivision or "", str(year), holidays_release())
    return remember(default_cache_dir(), "holidays", key, lambda: _build_calendar(country, subdivision, year),
                    dump=dump, load=load)


def _build_calendar(country: str, subdivision: str | None, year: int) -> Calendar | None:
    import holidays

    entity = holiday_entity(country)
    if entity is None:
        return None
    sub = holiday_subdivision(country, subdivision)
    languages = getattr(entity, "supported_languages", ()) or ()
    language = next((lang for lang in _NAME_LANGUAGES if lang in languages), None)
    calendar = quietly(lambda: holidays.country_holidays(country, subdiv=sub, years=year, language=language))
    names = {day: str(name) for day, name in calendar.items() if day.year == year}
    workdays = frozenset(getattr(calendar, "weekend_workdays", None) or ())
    return Calendar(names, workdays)


def holiday_name(country: str | None, day: dt.date, subdivision: str | None = None) -> str | None:
    """The public holiday on ``day`` in the region (several joined by '; '), or ``None``."""
    if not country:
        return None
    calendar = holiday_calendar(country, subdivision, day.year)
    if calendar is None:
        return None
    return calendar.get(day) or None


def is_weekend_workday(country: str | None, day: dt.date, subdivision: str | None = None) -> bool:
    """True when ``day`` is a weekend day made a working day by law (China's 调休 make-up
    Saturdays, from the ``holidays`` package's ``weekend_workdays``)."""
    if not country:
        return False
    calendar = holiday_calendar(country, subdivision, day.year)
    return calendar is not None and day in calendar.weekend_workdays


@functools.lru_cache(maxsize=256)
def subdivision_weekend(country: str, subdivision: str, year: int) -> tuple[int, ...] | None:
    """The weekend of a subdivision in ``year`` when its week differs from its country's, from the
    ``holidays`` package (Malaysia's Kelantan, Terengganu and Kedah rest on Friday and Saturday, the
    rest of the country on Saturday and Sunday), else ``None``: the country's CLDR weekend holds.

    Kept in the user's cache folder per ``holidays`` release, like the calendars."""
    from ..diskcache import default_cache_dir, digest, remember

    found = remember(default_cache_dir(), "holidays",
                     digest("subdivision-weekend", country, subdivision, str(year), holidays_release()),
                     lambda: quietly(_subdivision_weekend, country, subdivision, year),
                     dump=lambda days: list(days or ()), load=lambda stored: [int(d) for d in stored])
    return tuple(found) or None


def quietly(function: Callable[..., T], *args: object) -> T:
    """``function(*args)`` without the holidays package's warning for years past its data (India's lunar
    festivals end in 2035 in holidays 0.109: later years keep the fixed-date holidays)."""
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", "Requested Holidays are available only", UserWarning)
        return function(*args)


def _subdivision_weekend(country: str, subdivision: str, year: int) -> tuple[int, ...]:
    import holidays

    try:
        national = holidays.country_holidays(country, years=())
        local = holidays.country_holidays(country, subdiv=subdivision, years=())
    except (NotImplementedError, KeyError, ValueError):
        return ()

    middle = dt.date(year, 7, 1)
    monday = middle - dt.timedelta(days=middle.weekday())

    def week(calendar) -> set[int]:
        # the days of one week of ``year`` the calendar calls weekend (public ``is_weekend``: it follows
        # a law that changed the week, Johor's in 2025); older releases only have the fixed ``weekend``
        probe = getattr(calendar, "is_weekend", None)
        if callable(probe):
            return {d for d in range(7) if probe(monday + dt.timedelta(days=d))}
        return set(getattr(calendar, "weekend", ()) or ())

    own, usual = week(local), week(national)
    return tuple(sorted(own)) if own and own != usual else ()


def is_weekend(country: str | None, day: dt.date, subdivision: str | None = None) -> bool:
    """``day`` falls on the region's weekend (CLDR's, or the subdivision's own where it differs)
    and is not a make-up working day."""
    days = (subdivision_weekend(country, subdivision, day.year) if country and subdivision else None) or weekend_days(country)
    return day.weekday() in days and not is_weekend_workday(country, day, subdivision)


def day_off(region: str, day: dt.date, subdivision: str | None = None) -> str | None:
    """``None`` on a working day in ``region``, else why not: the holiday's name or
    ``"weekend (Friday)"``. A holiday wins over the weekend (it is the more specific reason);
    a weekend day the law makes a working day (CN 2026-02-14) is a working day.

    ``region`` is a country or subdivision code (``SA``, ``US-CA``, ``de-by``).
    """
    if isinstance(day, dt.datetime):
        day = day.date()
    if not isinstance(day, dt.date):
        raise InputError(f"day_off needs a date, got {day!r}")
    country, sub = split_region(region, subdivision)
    name = holiday_name(country, day, sub)
    if name:
        return name
    if is_weekend(country, day, sub):
        return f"weekend ({DAY_NAMES[day.weekday()]})"
    return None
