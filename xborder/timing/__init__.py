"""Time zones, business calendars and reply-time promises in the customer's own time.

Public API: :func:`time_report` (``xborder time``), :func:`customer_time` (what
replies carry), :func:`greeting_period`, :func:`day_off`, :func:`is_quiet_hours`,
:func:`resolve_zone` and the business-hours parser. See docs/time.md.

Names are imported on first use (PEP 562), so a reply that needs the customer's
clock does not load the business-hours parser or the full time report.
"""
from __future__ import annotations

from ..lazy import lazy_exports

_HOMES = {
    "BusinessHours": "business_hours", "load_business_hours": "business_hours", "parse_spec": "business_hours",
    "customer_time": "clock",
    "day_off": "daysoff", "holiday_name": "daysoff", "weekend_days": "daysoff", "weekend_keys": "daysoff",
    "greeting_period": "periods", "is_quiet_hours": "periods", "quiet_window": "periods",
    "TimeReport": "report", "time_report": "report",
    "ZoneChoice": "zones", "get_zone": "zones", "localize": "zones", "locate": "zones",
    "resolve_zone": "zones", "zone_label": "zones",
}

__all__ = sorted(_HOMES)


__getattr__, __dir__ = lazy_exports(__name__, _HOMES)
