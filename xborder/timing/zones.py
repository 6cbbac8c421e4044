"""Customer region, subdivision, city, phone or zone name -> a pytz zone, saying when it is a guess.

Order of evidence (most specific first): an explicit IANA zone; a phone number's
dialling area (phonenumbers' time-zone mapper); a subdivision (``US-CA``,
``CA-QC``, ``AU-NSW``, ``BR-SP``, ``MX-JAL``); a city (IANA and CLDR exemplar city
names); the country (pytz ``country_timezones``). A country with several zones
and nothing more specific gets its most populous zone, marked ``guessed`` with
every candidate listed.

Local wall times are turned into instants only with ``localize()``/``normalize()``
(see :func:`localize`), never ``tzinfo=<pytz zone>``, which silently gives the
zone's first historical offset (local mean time, e.g. +08:06 for Shanghai).
"""
from __future__ import annotations

from functools import lru_cache

import datetime as dt
import functools
import re
import unicodedata
from dataclasses import dataclass

from ..codes import check_year
from ..codes import normalize_region as _normalize
from ..errors import InputError, suggest
from ..i18n.zonefile import zone_from_file
from .subdivisions import PRIMARY_ZONE, known_subdivisions, subdivision_zones

_REGION = re.compile(r"[A-Za-z]{2}([-_][A-Za-z0-9]{1,3})?")
_PHONE = re.compile(r"\+?[\d\s().\-/]{6,}")


@dataclass(frozen=True)
class ZoneChoice:
    """The zone used for a customer, how it was chosen, and the other candidates.

    ``source``: ``explicit``, ``phone``, ``subdivision``, ``city``, ``region``,
    ``guess`` (a multi-zone country with nothing more specific) or ``default`` (UTC,
    nothing known). ``region`` is the customer's region as far as it is known
    (``US-CA``, ``DE``), or ``None``.
    """

    zone: str
    source: str
    guessed: bool
    candidates: tuple[str, ...] = ()
    region: str | None = None

    @property
    def country(self) -> str | None:
        return self.region.split("-")[0] if self.region else None

    @property
    def subdivision(self) -> str | None:
        return self.region.split("-", 1)[1] if self.region and "-" in self.region else None

    def to_dict(self) -> dict:
        return {"timezone": self.zone, "source": self.source, "guessed": self.guessed,
                "candidates": list(self.candidates), "region": self.region}


def get_zone(name: str):
    """A pytz zone by IANA name; InputError (with close names) when unknown."""
    zone = _ZONES.get(name) if type(name) is str else None
    if zone is not None:   # (asked per ticket and per day of business hours: a dictionary hit)
        return zone
    import pytz

    zone = _listed_zone(name) if isinstance(name, str) else None
    if zone is not None:
        _ZONES[name] = zone
        return zone
    try:
        return pytz.timezone(name)
    except (pytz.UnknownTimeZoneError, AttributeError, ValueError):
        raise InputError(f"unknown time zone '{name}'{suggest(str(name), pytz.all_timezones)}") from None


_ZONES: dict = {}   # zones found by :func:`_listed_zone`, by name (pytz zones are never changed)


def _listed_zone(name: str):
    """A zone named exactly as in ``zone.tab``, read straight from pytz's file: ``pytz.timezone``
    first opens each of its 600 zone files to list the valid names, once per process."""
    return zone_from_file(name) if name in _pytz_zone_countries() else None


@functools.lru_cache(maxsize=None)
def is_zone_name(text: str) -> bool:
    """True when ``text`` is an IANA zone name pytz knows (``Asia/Tokyo``, ``UTC``)."""
    import pytz

    return text in pytz.all_timezones_set


# -- DST-safe localization ---------------------------------------------------------------
def localize(zone, naive: dt.datetime) -> tuple[dt.datetime, str | None]:
    """A local wall time in ``zone`` as an aware datetime, and a note when it was adjusted.

    The rule (the same as RFC 5545 and Python's ``zoneinfo`` with ``fold=0``):

    * a time in a spring-forward **gap** does not exist; it moves forward by the
      length of the gap (America/New_York 2026-03-08 02:30 -> 03:30 EDT, -04:00);
    * a time in an autumn **overlap** happens twice; the first (earlier) instant is
      used (Europe/Berlin 2026-10-25 02:30 -> 02:30 CEST, +02:00).
    """
    import pytz

    if isinstance(zone, str):
        zone = get_zone(zone)
    naive = naive.replace(tzinfo=None)
    try:
        return zone.localize(naive, is_dst=None), None
    except pytz.NonExistentTimeError:
        # Both readings normalized: one lands before the gap, one after; take the later.
        options = [zone.normalize(zone.localize(naive, is_dst=flag)) for flag in (True, False)]
        chosen = max(options, key=lambda d: d.astimezone(pytz.utc))
        return chosen, (f"{naive.isoformat(timespec='minutes')} does not exist in {zone.zone} "
                        f"(clocks spring forward); using {chosen.isoformat(timespec='minutes')}")
    except pytz.AmbiguousTimeError:
        options = [zone.localize(naive, is_dst=flag) for flag in (True, False)]
        chosen = min(options, key=lambda d: d.astimezone(pytz.utc))
        return chosen, (f"{naive.isoformat(timespec='minutes')} happens twice in {zone.zone} "
                        f"(clocks fall back); using the first, {chosen.isoformat(timespec='minutes')}")


def to_zone(instant: dt.datetime, zone) -> dt.datetime:
    """An aware instant shown in ``zone``. (``astimezone`` picks pytz's right offset itself;
    ``normalize`` is only needed after arithmetic on a local time.)"""
    if isinstance(zone, str):
        zone = get_zone(zone)
    return instant.astimezone(zone)


def parse_instant(value, zone) -> tuple[dt.datetime, str | None]:
    """``--at``: an aware datetime or ISO 8601 text -> (aware UTC instant, adjustment note).

    Text with an offset (``2026-03-08T09:30-05:00``, ``…Z``) is an instant; without
    one it is a wall time in ``zone`` (gap and overlap resolved by :func:`localize`).
    A date alone is refused: a promise needs a time.
    """
    import pytz

    if value is None:
        return dt.datetime.now(pytz.utc), None
    if isinstance(value, dt.datetime):
        parsed = value
    elif isinstance(value, str):
        text = value.strip()
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}.*", text):
            raise InputError(f"invalid date-time '{value}': expected ISO 8601 like 2026-03-08T09:30 "
                             f"or 2026-03-08T09:30:00-05:00")
        try:
            parsed = dt.datetime.fromisoformat(text.replace("Z", "+00:00").replace("z", "+00:00"))
        except ValueError:
            raise InputError(f"invalid date-time '{value}': expected ISO 8601 like 2026-03-08T09:30 "
                             f"or 2026-03-08T09:30:00-05:00") from None
    else:
        raise InputError(f"invalid date-time {value!r}: expected ISO 8601 text or a datetime")
    try:
        check_year(parsed)
    except ValueError as exc:
        raise InputError(f"invalid date-time '{value}': {exc}") from None
    if parsed.tzinfo is not None and parsed.utcoffset() is not None:
        return parsed.astimezone(pytz.utc), None
    local, note = localize(zone, parsed)
    return local.astimezone(pytz.utc), note


# -- where the customer is -----------------------------------------------------------------
def normalize_region(region: str) -> str:
    """``us-ca`` -> ``US-CA``; InputError for a malformed or unknown country code."""
    code = _normalize(region)
    if code is None:
        raise InputError("empty region")
    return code


def zone_region(zone: str) -> str | None:
    """The country a zone belongs to (CLDR's zone territories, else pytz), or ``None`` (UTC)."""
    from babel.core import get_global

    territory = get_global("zone_territories").get(zone)
    if territory and territory != "001":
        return territory
    return _pytz_zone_countries().get(zone)


@functools.lru_cache(maxsize=1)
def _pytz_zone_countries() -> dict[str, str]:
    return {zone: country for country, zones in country_timezones().items() for zone in zones}


def _fold(text: str) -> str:
    """Case- and accent-insensitive key: 'São Paulo' -> 'sao paulo'."""
    text = unicodedata.normalize("NFKD", text.replace("_", " ").strip())
    return " ".join("".join(c for c in text if not unicodedata.combining(c)).casefold().split())


@functools.lru_cache(maxsize=1)
def _city_index() -> dict[str, tuple[str, ...]]:
    """Folded city name -> zones, from IANA zone names and CLDR's English exemplar cities."""
    import pytz
    from babel import Locale
    from babel.core import get_global

    index: dict[str, set[str]] = {}
    for zone in pytz.common_timezones:
        if "/" in zone:
            index.setdefault(_fold(zone.rsplit("/", 1)[1]), set()).add(zone)
    aliases = get_global("zone_aliases")
    for zone, names in Locale("en").time_zones.items():
        city = names.get("city") if hasattr(names, "get") else None
        zone = aliases.get(zone, zone)
        if city and zone in pytz.all_timezones_set:
            index.setdefault(_fold(city), set()).add(zone)
    return {key: tuple(sorted(zones)) for key, zones in index.items()}


def city_zones(city: str) -> tuple[str, ...]:
    """Zones whose exemplar city is ``city`` (empty when unknown)."""
    return _city_index().get(_fold(city), ())


def phone_zones(phone: str, region: str | None = None) -> tuple[str | None, tuple[str, ...]]:
    """(country of the number, zones of its dialling area) via phonenumbers; InputError if unparsable."""
    import phonenumbers
    from phonenumbers import timezone as phone_timezone

    try:
        number = phonenumbers.parse(phone, region.split("-")[0] if region else None)
    except phonenumbers.NumberParseException as exc:
        raise InputError(f"invalid phone number '{phone}': {exc._msg}") from None
    country = phonenumbers.region_code_for_number(number)
    zones = tuple(z for z in phone_timezone.time_zones_for_number(number) if z != "Etc/Unknown")
    return country, zones


def looks_like_phone(text: str) -> bool:
    return bool(_PHONE.fullmatch(text.strip())) and sum(c.isdigit() for c in text) >= 6


@functools.lru_cache(maxsize=1)
def country_timezones() -> dict[str, tuple[str, ...]]:
    """ISO country -> its IANA zones, read from pytz's ``zone.tab`` as ``pytz.country_timezones``
    is, without its check that each of the 600 zone files exists (one ``stat`` each)."""
    import pytz

    table: dict[str, list[str]] = {}
    with pytz.open_resource("zone.tab") as fh:
        for raw in fh:
            line = raw.decode("utf-8")
            if line.startswith("#") or not line.strip():
                continue
            code, _, zone = line.split(None, 4)[:3]
            table.setdefault(code, []).append(zone)
    return {code: tuple(zones) for code, zones in table.items()}


def country_zones(country: str) -> tuple[str, ...]:
    """A country's zones, its most populous first."""
    zones = list(country_timezones().get(country, ()))
    primary = PRIMARY_ZONE.get(country)
    if primary in zones:
        zones.remove(primary)
        zones.insert(0, primary)
    return tuple(zones)


def same_clock(zones: tuple[str, ...], around: dt.datetime | None = None) -> bool:
    """True when every zone shows the same offset now and at three later points of the year.

    Europe/Berlin and Europe/Busingen differ only in history, so a German customer's
    zone is not a guess; America/Toronto and America/Blanc-Sablon differ in summer.
    """
    import pytz

    base = around or dt.datetime.now(pytz.utc)
    return _same_clock(tuple(zones), base.date())


@lru_cache(maxsize=1024)
def _same_clock(zones: tuple[str, ...], day: dt.date) -> bool:
    import pytz

    base = pytz.utc.localize(dt.datetime(day.year, day.month, day.day, 12))
    instants = [base + dt.timedelta(days=91 * k) for k in range(4)]
    loaded = [get_zone(z) for z in zones]
    first = [inst.astimezone(loaded[0]).utcoffset() for inst in instants]
    return all([inst.astimezone(z).utcoffset() for inst in instants] == first for z in loaded[1:])


def _narrow(current: tuple[str, ...] | None, new: tuple[str, ...]) -> tuple[str, ...]:
    """Keep ``current``'s candidates that ``new`` allows (``new`` alone when they disagree)."""
    if current is None:
        return new
    both = tuple(z for z in new if z in current)
    return both or current


def resolve_zone(region: str | None = None, timezone: str | None = None, *,
                 phone: str | None = None, city: str | None = None) -> ZoneChoice:
    """The customer's zone from whatever the caller knows (see the module docstring)."""
    # Every reply resolves its customer's zone; the answer depends on the inputs and,
    # through same_clock(), on today's date only.
    return _resolve_zone(region, timezone, phone, city, dt.datetime.now(dt.timezone.utc).date())


@lru_cache(maxsize=4096)
def _resolve_zone(region: str | None, timezone: str | None, phone: str | None, city: str | None,
                  today: dt.date) -> ZoneChoice:
    if timezone:
        get_zone(timezone)
        region = normalize_region(region) if region else zone_region(timezone)
        return ZoneChoice(timezone, "explicit", False, (), region)

    region = normalize_region(region) if region else None
    if region == "EU":
        raise InputError("region 'EU' is a group of countries with several time zones; "
                         "give a country (DE), a subdivision (ES-CN) or a zone (Europe/Berlin)")
    phone_region, phone_candidates = (None, ())
    source = "region"
    if phone:
        phone_region, phone_candidates = phone_zones(phone, region)
        if region is None and phone_region not in (None, "ZZ"):
            region, source = phone_region, "phone"
    candidates: tuple[str, ...] | None = None

    def narrow(zones: tuple[str, ...], why: str) -> None:
        nonlocal candidates, source
        narrowed = _narrow(candidates, zones)
        if candidates is None or len(narrowed) < len(candidates):
            source = why
        candidates = narrowed

    country = region.split("-")[0] if region else None
    if country is not None:
        candidates = country_zones(country)
        if phone_candidates:
            order = {zone: i for i, zone in enumerate(candidates)}
            phone_candidates = tuple(sorted(phone_candidates, key=lambda z: order.get(z, len(order))))
        if not candidates:
            import pytz

            raise InputError(f"unknown region '{region}': no time zones for it"
                             f"{suggest(country, country_timezones().keys())}")
    if phone_candidates and (country is None or phone_region == country):
        narrow(phone_candidates, "phone")
    if region and "-" in region:
        sub = region.split("-", 1)[1]
        zones = subdivision_zones(country, sub)
        if zones is None and known_subdivisions(country):
            raise InputError(f"unknown subdivision '{region}'{suggest(sub, known_subdivisions(country))}"
                             f" (known: {', '.join(known_subdivisions(country))})")
        if zones:
            narrow(zones, "subdivision")
    if city:
        zones = city_zones(city)
        if not zones:
            raise InputError(f"unknown city '{city}'{suggest(_fold(city), _city_index().keys())}; "
                             f"give a region or a zone instead")
        if country is not None:
            inside = tuple(z for z in zones if z in candidates)
            if not inside:
                raise InputError(f"city '{city}' ({', '.join(zones)}) is not in region {region}")
            zones = inside
        narrow(zones, "city")
        if region is None:
            region = zone_region(candidates[0])
    if not candidates:
        return ZoneChoice("UTC", "default", True, (), None)
    if len(candidates) == 1 or same_clock(candidates):
        return ZoneChoice(candidates[0], source, False, (), region)
    return ZoneChoice(candidates[0], "guess" if source == "region" else source, True, candidates, region)


def locate(where: str) -> ZoneChoice:
    """``xborder time WHERE``: a zone name, a region or subdivision, a phone number, or a city."""
    text = (where or "").strip()
    if not text:
        raise InputError("empty place: give a region (MX, US-CA), a zone (Asia/Tokyo), "
                         "a phone number (+1 212 555 0100) or a city")
    if _REGION.fullmatch(text):          # before zone names: "GB" and "NZ" are also pytz aliases
        return resolve_zone(region=text)
    if "/" in text or is_zone_name(text):
        return resolve_zone(timezone=text)
    if looks_like_phone(text):
        return resolve_zone(phone=text)
    if not city_zones(text):
        import pytz

        close = suggest(_fold(text), list(_city_index()) + list(pytz.common_timezones))
        raise InputError(f"unknown place '{text}': not a region code (MX, US-CA), an IANA zone, "
                         f"a phone number or a known city{close}")
    return resolve_zone(city=text)


def zone_label(zone: str, locale: str = "en", at: dt.datetime | None = None) -> str:
    """The zone's localized long name at ``at`` (CLDR via Babel): 'Japan Standard Time',
    'Mitteleuropäische Sommerzeit'; for showing a promised time to the customer."""
    import pytz
    from ..i18n.dates import get_timezone_name

    from ..i18n.locale import parse

    instant = to_zone(at or dt.datetime.now(pytz.utc), zone)
    return get_timezone_name(instant, width="long", locale=parse(locale))
