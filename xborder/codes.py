"""Core values every layer reads the same way: region codes, the render instant, supported years."""
from __future__ import annotations

import datetime as dt
import functools
import re
from typing import Any

from .errors import InputError

# A reply's register (docs/voice.md).
VOICES = ("formal", "informal")

# Years an instant may fall in: wide enough for any order, far enough from datetime's
# limits (years 1 and 9999) that zone offsets, 20-year searches and SLAs never overflow.
SUPPORTED_YEARS = (1000, 9000)


def check_year(value: dt.date, what: str = "date-time") -> None:
    """ValueError unless ``value`` falls in :data:`SUPPORTED_YEARS`."""
    if not SUPPORTED_YEARS[0] <= value.year <= SUPPORTED_YEARS[1]:
        raise ValueError(f"{what} {value.isoformat()} is outside the supported years "
                         f"{SUPPORTED_YEARS[0]}-{SUPPORTED_YEARS[1]}")


def parse_aware_datetime(value: Any) -> dt.datetime:
    """An ISO 8601 date-time with a UTC offset (or ``Z``); naive values are refused."""
    if isinstance(value, dt.datetime):
        result = value
    elif isinstance(value, str):
        try:
            result = dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        except ValueError:
            raise ValueError("expected ISO 8601 like '2026-11-26T10:00:00+01:00'") from None
    else:
        raise ValueError("expected ISO 8601 like '2026-11-26T10:00:00+01:00'")
    if result.tzinfo is None or result.utcoffset() is None:
        raise ValueError("needs a UTC offset or 'Z' (a time without a zone is ambiguous across borders)")
    check_year(result)
    return result


def parse_now(now: dt.datetime | str | None) -> dt.datetime:
    """The render instant as an aware UTC date-time (default: the current time)."""
    import pytz

    if now is None:
        return dt.datetime.now(pytz.utc)
    if isinstance(now, str):
        return _parse_now_text(now)
    return _parse_now(now)


@functools.lru_cache(maxsize=256)
def _parse_now_text(now: str) -> dt.datetime:
    return _parse_now(now)


def _parse_now(now: Any) -> dt.datetime:
    import pytz

    try:
        return parse_aware_datetime(now).astimezone(pytz.utc)
    except ValueError as exc:
        raise InputError(f"invalid 'now' {now!r}: {exc}") from None


def normalize_region(region: str | None) -> str | None:
    """``mx`` -> ``MX``, ``us-ca`` -> ``US-CA``; InputError for anything else."""
    if region is None or region == "":
        return None
    if not isinstance(region, str):
        region = str(region)
    return _normalize_region(region)


@functools.lru_cache(maxsize=1024)
def _normalize_region(region: str) -> str:
    code = str(region).strip().upper().replace("_", "-")
    if not re.fullmatch(r"[A-Z]{2}(-[A-Z0-9]{1,3})?", code):
        raise InputError(f"invalid region '{region}': expected an ISO 3166 code like 'MX' or 'US-CA'")
    from babel.core import get_global

    if code != "EU" and code.split("-")[0] not in get_global("territory_currencies"):
        raise InputError(f"unknown region '{region}': not an ISO 3166-1 country code")
    return code


def check_voice(voice: Any, where: str = "voice") -> str:
    """``voice`` if it is formal or informal; InputError otherwise."""
    if voice not in VOICES:
        raise InputError(f"unknown {where} {voice!r}: expected formal or informal")
    return voice
