"""``babel.dates``, imported without pytz's zone-file scan.

When ``babel.dates`` is first imported, ``babel.localtime`` looks up the
machine's own zone with ``pytz.timezone(name)``. pytz's first lookup of any
name but UTC opens each of its ~600 zone files to list the valid names, which
costs a one-off ``xborder reply`` tens of milliseconds. Loading the machine's
zone into pytz's cache first (found as babel finds it: ``TZ``, then the
``/etc/localtime`` link) lets that lookup return at once. xborder itself never
uses the machine's zone: every date is formatted in the customer's.
Import the names from here: ``from ..i18n.dates import format_date``.
"""
from __future__ import annotations

import functools
import os


def _machine_zone_name() -> str | None:
    name = os.environ.get("TZ", "").lstrip(":")
    if name:
        return None if os.path.isabs(name) else name
    try:
        link = os.readlink("/etc/localtime")
    except OSError:
        return None
    cut = link.find("/zoneinfo/")
    return link[cut + len("/zoneinfo/"):].lstrip("/") if cut >= 0 else None


@functools.lru_cache(maxsize=1)
def prime_pytz() -> None:
    """Put the machine's zone in pytz's zone cache (pytz's private ``_tzinfo_cache``; if a
    future pytz has none, nothing happens but the scan). Babel imports ``babel.dates``
    as soon as it unpickles any locale's data, so :func:`xborder.i18n.locale.parse`
    calls this before its first Babel lookup."""
    import pytz

    cache = getattr(pytz, "_tzinfo_cache", None)
    name = _machine_zone_name()
    if not isinstance(cache, dict) or not name or name.upper() == "UTC" or name in cache:
        return
    from .zonefile import zone_from_file

    zone = zone_from_file(name)
    if zone is not None:
        cache[name] = zone


prime_pytz()

from babel.dates import (  # noqa: E402  (after the priming above)
    format_date, format_interval, format_skeleton, format_time, format_timedelta, get_date_format,
    get_datetime_format, get_day_names, get_month_names, get_timezone_location,
    get_timezone_name,
)

__all__ = ["format_date", "format_interval", "format_skeleton", "format_time", "format_timedelta",
           "get_date_format", "get_datetime_format", "get_day_names", "get_month_names",
           "get_timezone_location", "get_timezone_name"]
