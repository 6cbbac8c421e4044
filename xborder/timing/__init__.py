"""Time zones, business calendars and reply-time promises in the customer's own time.

Public API: :func:`time_report` (``xborder time``), :func:`customer_time` (what
replies carry), :func:`greeting_period`, :func:`day_off`, :func:`is_quiet_hours`,
:func:`resolve_zone` and the business-hours parser. See docs/time.md.
"""
from __future__ import annotations

from .business_hours import BusinessHours, load_business_hours, parse_spec
from .daysoff import day_off, holiday_name, weekend_days, weekend_keys
from .periods import greeting_period, is_quiet_hours, quiet_window
from .report import TimeReport, customer_time, time_report
from .zones import ZoneChoice, get_zone, localize, locate, resolve_zone, zone_label

__all__ = [
    "BusinessHours", "TimeReport", "ZoneChoice", "customer_time", "day_off", "get_zone",
    "greeting_period", "holiday_name", "is_quiet_hours", "load_business_hours", "localize", "locate",
    "parse_spec", "quiet_window", "resolve_zone", "time_report", "weekend_days", "weekend_keys",
    "zone_label",
]
