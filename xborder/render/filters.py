"""Template filters backed by Babel (CLDR), in the customer's locale and time zone.

=============  =====================================================================
``date``       a date or date-time -> ``format_date`` (short|medium|long|full or a CLDR pattern),
               first-of-month ordinals; ``since=``/``until=`` give one end of a range
``datetime``   an aware date-time -> the customer's zone: date, clock time, short zone name;
               a deadline in the customer's night moves to the morning
``time``       an aware date-time -> local clock time (short by default: "10:00 Uhr")
``money``      :class:`Money` -> ``format_currency`` plus CLDR currency spacing and grouping;
               the local equivalent when the customer pays in another currency and a rate is given
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
from .values import MAX_NUMBER, Money


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
def date_filter(context, value: Any, format: str = "medium", since: Any = None, until: Any = None) -> str:
    """A date in the customer's calendar ("1er décembre 2026"). One end of a range names only
    what the other does not repeat: ``start|date("long", until=end)`` -> "7",
    ``end|date("long", since=start)`` -> "10 dicembre" (CLDR interval formats)."""
    from .formats import format_day, range_halves

    state = _state(context)
    day = _as_date(value, state)
    state.promised_dates.append(day)
    if since is not None or until is not None:
        start, end = (_as_date(since, state), day) if since is not None else (day, _as_date(until, state))
        if end < start:
            raise VariableError(f"the date range {start.isoformat()} to {end.isoformat()} ends before it starts")
        halves = range_halves(start, end, format, state.locale, state.now.astimezone(state.tzinfo).date())
        return state.isolate(halves[1] if since is not None else halves[0])
    return state.isolate(format_day(day, format, state.locale))


@pass_context
def datetime_filter(context, value: Any, format: str = "full", zone: bool = True) -> str:
    """Date, clock time and the zone's local name, in the customer's zone ("Dienstag,
    24. November 2026 um 10:00 Uhr (MEZ)"); a promise in the customer's night moves to
    the end of their quiet hours (see :func:`promise_time`)."""
    from .formats import datetime_pattern, format_clock, format_day, in_parentheses, zone_label

    state = _state(context)
    local = promise_time(to_local(value, state), state)
    state.promised_dates.append(local.date())
    clock = format_clock(local, state.locale)
    text = (datetime_pattern(format, state.locale, clock).replace("{1}", format_day(local, format, state.locale))
            .replace("{0}", clock))
    if zone:
        text += in_parentheses(zone_label(local, state.locale), state.locale)
    return state.isolate(text)


def promise_time(local: dt.datetime, state: RenderState) -> dt.datetime:
    """The time to promise for a deadline ``local`` (in the customer's zone).

    * When the team's business hours are known and the deadline falls while the team is
      closed, the last closing before it is the same promise (nobody answers while closed).
    * A promise in the customer's quiet hours (their night, 21:00-08:00 unless the region
      says otherwise) moves to the end of those hours: a later promise the team keeps.
    Both changes are reported as a ``promise_moved`` flag.
    """
    if state.promise_rules is None:
        return local
    quiet, hours = state.promise_rules()
    given = local
    if hours is not None and not hours.is_open(local - dt.timedelta(seconds=1)):
        closing = _last_closing(hours, local)
        if closing is not None and closing > state.now:
            local = closing.astimezone(state.tzinfo)
    if quiet is not None and quiet.contains(local):
        from ..timing.zones import localize

        day = local.date() + dt.timedelta(days=1 if local.time() >= quiet.start > quiet.end else 0)
        local = localize(state.tzinfo, dt.datetime.combine(day, quiet.end))[0]
    if local != given:
        from ..results import Flag

        why = "in their quiet hours" if quiet is not None and quiet.contains(given) else "after the team closes"
        state.note(f"promise:{given.isoformat()}", Flag(
            "promise_moved", "info",
            f"the deadline {given.strftime('%Y-%m-%d %H:%M')} in the customer's zone ({state.tzinfo}) "
            f"falls {why}; the reply promises {local.strftime('%Y-%m-%d %H:%M')}", rule="xborder.render.promises"))
    return local


def _last_closing(hours: Any, at: dt.datetime) -> dt.datetime | None:
    """The latest end of an open interval at or before ``at`` (two weeks back at most)."""
    from ..timing.zones import get_zone

    day = at.astimezone(get_zone(hours.zone)).date()
    for back in range(15):
        ends = [finish for _, finish in hours.intervals_on(day - dt.timedelta(days=back)) if finish <= at]
        if ends:
            return max(ends)
    return None


@pass_context
def time_filter(context, value: Any, format: str = "short") -> str:
    from ..i18n.dates import format_time
    from .formats import format_clock

    state = _state(context)
    local = to_local(value, state)
    if format == "short":
        return state.isolate(format_clock(local, state.locale))
    return state.isolate(format_time(local, format, locale=state.locale))


def format_amount(money: Money, state: RenderState, format: str | None = None) -> str:
    """``money`` as the customer's locale writes it (CLDR pattern, spacing and grouping)."""
    from ..i18n.numbers import format_money
    from .formats import group_amount

    return format_money(money.amount, money.currency, state.locale, format=format,
                        group_separator=group_amount(money.amount, state.locale))


@pass_context
def money_filter(context, value: Any, format: str | None = None) -> str:
    """An amount in its currency; for a customer who pays in another currency, the local
    equivalent follows when the caller gave a rate ("23,40 € (≈472,34 MXN)"), else a
    ``currency_not_local`` flag says so."""
    state = _state(context)
    try:
        money = Money.parse(value)
    except ValueError as exc:
        raise VariableError(f"cannot show {value!r} as money: {exc}") from None
    text = format_amount(money, state, format)
    target = state.currency
    if target and money.currency != target:
        rate = state.rates.get(money.currency, target) if state.rates else None
        if rate is not None:
            from babel.numbers import get_currency_precision

            from .formats import approximately, in_parentheses

            converted = money.amount * rate
            if converted >= MAX_NUMBER:
                raise VariableError(f"{money} at the rate {rate} {target} is too large to show (at most 15 digits)")
            local = converted.quantize(Decimal(1).scaleb(-get_currency_precision(target)))
            text += in_parentheses(approximately(state.locale) + format_amount(Money(local, target), state, format),
                                   state.locale)
        else:
            from ..results import Flag

            state.note(f"currency:{money.currency}", Flag(
                "currency_not_local", "info",
                f"an amount is shown in {money.currency} to a customer who pays in {target}; give a rate "
                f"(--rate {money.currency}:{target}=…, rates={{'{money.currency}:{target}': …}}) to add the "
                f"local amount", rule="xborder.render.money"))
    return state.isolate(text)


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
    if end < start:
        raise VariableError(f"the date range {start.isoformat()} to {end.isoformat()} ends before it starts")
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
