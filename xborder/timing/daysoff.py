"""Weekends (CLDR through Babel) and public holidays (the ``holidays`` package) by region.

Both are cached per process: Babel's week data per territory, one holiday
calendar per (country, subdivision, year). ``day_off`` is called for every date
a reply promises, so it must stay cheap after the first call for a year.
"""
from __future__ import annotations

import datetime as dt
import functools

from ..errors import InputError, suggest

DAY_KEYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# Holiday names in English when the package has them; else its default language.
_NAME_LANGUAGES = ("en_US", "en_GB", "en")


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
    """
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
    return tuple(days)


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


@functools.lru_cache(maxsize=1)
def _supported() -> dict[str, list[str]]:
    import holidays

    return holidays.list_supported_countries()


def check_holiday_region(country: str, subdivision: str | None) -> str | None:
    """The subdivision the ``holidays`` package should use (``None`` = national only).

    Raises InputError for a subdivision the package lists no holidays for while it
    does know subdivisions of that country (``US-XX``); a country it does not cover
    at all simply has no holiday calendar.
    """
    supported = _supported()
    if country not in supported or not subdivision:
        return None
    subs = supported[country]
    if subdivision in subs:
        return subdivision
    if subs and _holiday_class(country) is not None:
        aliases = getattr(_holiday_class(country), "subdivisions_aliases", {}) or {}
        for alias, code in aliases.items():
            if alias.upper() == subdivision:
                return code
    # Subdivisions the package does not list keep the national calendar only.
    return None


@functools.lru_cache(maxsize=None)
def _holiday_class(country: str):
    import holidays

    return getattr(holidays, country, None)


def validate_subdivision(country: str, subdivision: str) -> None:
    """InputError for a subdivision code that the holidays package knows is not one of ``country``'s."""
    supported = _supported()
    subs = supported.get(country) or []
    if subs and subdivision not in subs and check_holiday_region(country, subdivision) is None:
        from .subdivisions import known_subdivisions

        if subdivision not in known_subdivisions(country):
            raise InputError(f"unknown subdivision '{country}-{subdivision}'{suggest(subdivision, subs)}")


@functools.lru_cache(maxsize=1024)
def holiday_calendar(country: str, subdivision: str | None, year: int):
    """The ``holidays`` calendar of one region and year, or ``None`` when the package lacks it."""
    import holidays

    if country not in _supported():
        return None
    sub = check_holiday_region(country, subdivision)
    probe = holidays.country_holidays(country, subdiv=sub, years=year)
    language = next((lang for lang in _NAME_LANGUAGES if lang in (probe.supported_languages or ())), None)
    if language is None or language == probe.default_language:
        return probe
    return holidays.country_holidays(country, subdiv=sub, years=year, language=language)


def holiday_name(country: str | None, day: dt.date, subdivision: str | None = None) -> str | None:
    """The public holiday on ``day`` in the region (several joined by '; '), or ``None``."""
    if not country:
        return None
    calendar = holiday_calendar(country, subdivision, day.year)
    if calendar is None:
        return None
    name = calendar.get(day)
    return str(name) if name else None


def day_off(region: str, day: dt.date, subdivision: str | None = None) -> str | None:
    """``None`` on a working day in ``region``, else why not: the holiday's name or
    ``"weekend (Friday)"``. A holiday wins over the weekend (it is the more specific reason).

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
    if day.weekday() in weekend_days(country):
        return f"weekend ({DAY_NAMES[day.weekday()]})"
    return None
