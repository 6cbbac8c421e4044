"""Template filters backed by Babel (CLDR), in the customer's locale and time zone.

=============  =====================================================================
``date``       a date or date-time -> ``format_date`` (short|medium|long|full or a CLDR pattern)
``datetime``   an aware date-time -> the customer's zone: full date, short time, zone name
``time``       an aware date-time -> local clock time (short by default)
``money``      :class:`Money` -> ``format_currency`` plus CLDR currency spacing
``number``     ``format_decimal``; ``percent`` -> ``format_percent``
``list``       ``format_list`` (standard|or|unit…)
``duration``   seconds or a timedelta -> ``format_timedelta``
``date_range`` a (start, end) pair -> ``format_interval``
``country``    an ISO 3166-1 code (``BR``) -> the country's name in the customer's language
=============  =====================================================================

Every filter's output is isolated for bidi in right-to-left locales.
"""
from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from typing import Any

from jinja2 import pass_context

from ..errors import VariableError
from .state import STATE_KEY, RenderState
from ..codes import parse_aware_datetime
from .values import Money


def _state(context) -> RenderState:
    return context[STATE_KEY]


def to_local(value: Any, state: RenderState) -> dt.datetime:
    """An aware date-time converted into the customer's zone (pytz ``normalize``)."""
    try:
        aware = parse_aware_datetime(value)
    except ValueError as exc:
        raise VariableError(f"cannot show {value!r} as a date-time: {exc}") from None
    return aware.astimezone(state.tzinfo)  # pytz gives the right offset; normalize is for arithmetic


def _as_date(value: Any, state: RenderState) -> dt.date:
    if isinstance(value, dt.datetime):
        return to_local(value, state).date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise VariableError(f"cannot show {value!r} as a date: expected YYYY-MM-DD") from None


@pass_context
def date_filter(context, value: Any, format: str = "medium") -> str:
    from ..i18n.dates import format_date

    state = _state(context)
    day = _as_date(value, state)
    state.promised_dates.append(day)
    return state.isolate(format_date(day, format, locale=state.locale))


@pass_context
def datetime_filter(context, value: Any, format: str = "full", zone: bool = True) -> str:
    """Full date + short time + the zone's localized name, in the customer's zone."""
    from ..i18n.dates import format_date, format_time, get_datetime_format, get_timezone_name

    state = _state(context)
    local = to_local(value, state)
    state.promised_dates.append(local.date())
    pattern = get_datetime_format(format, locale=state.locale)
    text = (pattern.replace("{1}", format_date(local, format, locale=state.locale))
                   .replace("{0}", format_time(local, "short", locale=state.locale)))
    text = text.replace("'", "")
    if zone:
        name = get_timezone_name(local, width="long", locale=state.locale)
        text = f"{text} ({name})"
    return state.isolate(text)


@pass_context
def time_filter(context, value: Any, format: str = "short") -> str:
    from ..i18n.dates import format_time

    state = _state(context)
    return state.isolate(format_time(to_local(value, state), format, locale=state.locale))


@pass_context
def money_filter(context, value: Any, format: str | None = None) -> str:
    from ..i18n.numbers import format_money

    state = _state(context)
    try:
        money = Money.parse(value)
    except ValueError as exc:
        raise VariableError(f"cannot show {value!r} as money: {exc}") from None
    return state.isolate(format_money(money.amount, money.currency, state.locale, format=format))


@pass_context
def number_filter(context, value: Any, format: str | None = None) -> str:
    from babel.numbers import format_decimal

    state = _state(context)
    return state.isolate(format_decimal(Decimal(str(value)), format=format, locale=state.locale))


@pass_context
def percent_filter(context, value: Any, format: str | None = None) -> str:
    from babel.numbers import format_percent

    state = _state(context)
    return state.isolate(format_percent(Decimal(str(value)), format=format, locale=state.locale))


@pass_context
def list_filter(context, value: Any, style: str = "standard") -> str:
    from babel.lists import format_list

    state = _state(context)
    items = [str(v) for v in (value or [])]
    if len(items) < 4:
        return state.isolate(format_list(items, style=style, locale=state.locale))
    # Babel re-formats the whole text once per item (quadratic): read CLDR's separators off
    # four markers and join once.
    probe = format_list(["\x00", "\x01", "\x02", "\x03"], style=style, locale=state.locale)
    parts = re.split("[\x00-\x03]", probe)
    if len(parts) != 5 or parts[0] or parts[4]:
        return state.isolate(format_list(items, style=style, locale=state.locale))
    start, middle, end = parts[1], parts[2], parts[3]
    return state.isolate(items[0] + start + middle.join(items[1:-1]) + end + items[-1])


@pass_context
def duration_filter(context, value: Any, granularity: str = "second", threshold: float = 0.85,
                    format: str = "long") -> str:
    from ..i18n.dates import format_timedelta

    state = _state(context)
    delta = value if isinstance(value, dt.timedelta) else dt.timedelta(seconds=float(value))
    return state.isolate(format_timedelta(delta, granularity=granularity, threshold=threshold,
                                          format=format, locale=state.locale))


@pass_context
def date_range_filter(context, value: Any, skeleton: str = "yMMMd") -> str:
    from ..i18n.dates import format_interval

    state = _state(context)
    start, end = (_as_date(v, state) for v in value)
    state.promised_dates.extend([start, end])
    return state.isolate(format_interval(start, end, skeleton, locale=state.locale))


@pass_context
def country_filter(context, value: Any) -> str:
    """``BR`` -> "Brasil" (pt-BR), "ブラジル" (ja): CLDR's territory name in the reply's locale."""
    state = _state(context)
    code = str(value or "").strip().upper()
    name = state.locale.territories.get(code) if len(code) == 2 and code.isalpha() else None
    if name is None:
        raise VariableError(f"cannot show {value!r} as a country: expected an ISO 3166-1 code like 'BR'")
    return state.isolate(name)


FILTERS = {
    "date": date_filter,
    "datetime": datetime_filter,
    "time": time_filter,
    "money": money_filter,
    "number": number_filter,
    "percent": percent_filter,
    "list": list_filter,
    "duration": duration_filter,
    "date_range": date_range_filter,
    "country": country_filter,
}
