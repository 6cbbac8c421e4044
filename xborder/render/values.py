"""Typed template variables: coercion from CLI strings or Python values, with clear errors."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any, Iterable, Mapping

from ..codes import check_year, parse_aware_datetime
from ..errors import InputError, VariableError

TYPES = ("text", "integer", "number", "date", "datetime", "money", "url", "email",
         "choice", "boolean", "list")


# Counts and amounts in a reply are whole days, items or prices: none is negative, and
# none needs more than 15 digits (Babel's 28-digit context fails beyond that).
MAX_NUMBER = Decimal(10) ** 15


def _bounded(number: Decimal, what: str, *, negative: bool = False) -> Decimal:
    if not number.is_finite():
        raise ValueError(f"expected a finite {what}")
    if number < 0 and not negative:
        raise ValueError(f"expected {what} of 0 or more, not a negative one")
    if abs(number) >= MAX_NUMBER:
        raise ValueError(f"too large for {what} (at most 15 digits)")
    if number != 0 and number.adjusted() < -12:
        raise ValueError(f"too small for {what} (at most 12 decimal places)")
    return number


@dataclass(frozen=True)
class Money:
    """An amount in an ISO 4217 currency. ``Money.parse('1234.50 EUR')``."""

    amount: Decimal
    currency: str

    @classmethod
    def parse(cls, value: Any) -> "Money":
        if isinstance(value, Money):
            return value
        if isinstance(value, dict):
            amount, currency = value.get("amount"), value.get("currency")
        elif isinstance(value, str):
            match = re.fullmatch(r"\s*([A-Za-z]{3})\s*(-?[\d.]+)\s*|\s*(-?[\d.]+)\s*([A-Za-z]{3})\s*", value)
            if not match:
                raise ValueError("expected an amount and an ISO 4217 code, like '49.90 EUR'")
            currency = match.group(1) or match.group(4)
            amount = match.group(2) or match.group(3)
        else:
            raise ValueError("expected an amount and an ISO 4217 code, like '49.90 EUR'")
        try:
            number = Decimal(str(amount))
        except (InvalidOperation, ValueError):
            raise ValueError(f"'{amount}' is not a number") from None
        _bounded(number, "an amount")
        code = str(currency or "").upper()
        from babel.numbers import get_currency_precision, is_currency

        if not is_currency(code):
            raise ValueError(f"'{currency}' is not an ISO 4217 currency code")
        digits = get_currency_precision(code)
        if number != number.quantize(Decimal(1).scaleb(-digits), rounding="ROUND_DOWN"):
            unit = "whole units" if digits == 0 else f"{digits} decimal place{'s' if digits > 1 else ''}"
            raise ValueError(f"{number} {code} is below the smallest unit of {code} ({unit}); "
                             f"give the amount the customer pays, not a rounded one")
        return cls(number, code)

    def __str__(self) -> str:
        return f"{self.amount} {self.currency}"


class Rates:
    """Exchange rates the caller gives, ``{"EUR:MXN": "20.1"}``: 1 EUR = 20.1 MXN.

    A rate is used in both directions (MXN -> EUR as 1 / 20.1). InputError for a pair that is
    not two ISO 4217 codes, or a rate that is not a positive number.
    """

    __slots__ = ("_rates",)

    def __init__(self, rates: "Mapping[str, Any] | Rates | None" = None) -> None:
        self._rates: dict[tuple[str, str], Decimal] = {}
        if isinstance(rates, Rates):
            self._rates = dict(rates._rates)
            return
        if rates is not None and not isinstance(rates, Mapping):
            raise InputError(f"rates must map 'FROM:TO' to a rate, like {{'EUR:MXN': '20.1'}}, "
                             f"not a {type(rates).__name__}")
        for pair, value in (rates or {}).items():
            source, target = _rate_pair(pair)
            rate = _rate_value(pair, value)
            self._rates[(source, target)] = rate
            self._rates.setdefault((target, source), 1 / rate)

    @classmethod
    def parse(cls, items: "Iterable[str]") -> "Rates":
        """From ``EUR:MXN=20.1`` strings (the CLI's ``--rate``)."""
        pairs: dict[str, str] = {}
        for item in items:
            pair, sep, value = str(item).partition("=")
            if not sep:
                raise InputError(f"rate {item!r}: expected FROM:TO=RATE, like EUR:MXN=20.1")
            pairs[pair] = value
        return cls(pairs)

    def __bool__(self) -> bool:
        return bool(self._rates)

    def get(self, source: str, target: str) -> Decimal | None:
        """How many ``target`` units one ``source`` unit buys, or None when not given."""
        return self._rates.get((source, target))


def _rate_pair(pair: Any) -> tuple[str, str]:
    from babel.numbers import is_currency

    parts = tuple(pair) if isinstance(pair, tuple) else tuple(str(pair).upper().strip().split(":"))
    codes = tuple(str(p).strip().upper() for p in parts)
    if len(codes) != 2 or codes[0] == codes[1]:
        raise InputError(f"rate {pair!r}: expected two different ISO 4217 codes, like EUR:MXN")
    for code in codes:
        if not is_currency(code):
            raise InputError(f"rate {pair!r}: '{code}' is not an ISO 4217 currency code")
    return codes[0], codes[1]


def _rate_value(pair: Any, value: Any) -> Decimal:
    try:
        rate = Decimal(str(value).strip()) if not isinstance(value, bool) else Decimal("NaN")
    except InvalidOperation:
        rate = Decimal("NaN")
    if not rate.is_finite() or rate <= 0 or rate >= MAX_NUMBER or rate.adjusted() < -12:
        raise InputError(f"rate {pair!r} = {value!r}: a rate must be a positive number "
                         f"(units of the second currency for one of the first)")
    return rate


def _coerce(kind: str, value: Any, spec: dict) -> Any:
    if kind == "text":
        if isinstance(value, (dict, list, tuple, set)):
            raise ValueError("expected text")
        return str(value)
    if kind == "integer":
        if isinstance(value, bool):
            raise ValueError("expected a whole number")
        if isinstance(value, str) and re.fullmatch(r"\s*-?\d{1,100}\s*", value):
            value = int(value)
        elif isinstance(value, float) and value.is_integer():
            value = int(value)
        if not isinstance(value, int):
            raise ValueError("expected a whole number")
        return int(_bounded(Decimal(value), "a whole number"))
    if kind == "number":
        if isinstance(value, bool):
            raise ValueError("expected a number")
        text = str(value).strip()
        try:
            number = Decimal(text) if len(text) <= 100 else Decimal("NaN")
        except InvalidOperation:
            raise ValueError("expected a number") from None
        return _bounded(number, "a number", negative=True)
    if kind == "date":
        if isinstance(value, dt.datetime):
            raise ValueError("expected a date, not a date-time")
        if not isinstance(value, dt.date):
            try:
                value = dt.date.fromisoformat(str(value).strip())
            except ValueError:
                raise ValueError("expected a date as YYYY-MM-DD") from None
        check_year(value, "date")
        return value
    if kind == "datetime":
        return parse_aware_datetime(value)
    if kind == "money":
        return Money.parse(value)
    if kind == "url":
        text = str(value).strip()
        if not re.fullmatch(r"https?://[^\s/$.?#][^\s]*", text):
            raise ValueError("expected an http(s) URL")
        return text
    if kind == "email":
        text = str(value).strip()
        if not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", text):
            raise ValueError("expected an e-mail address")
        return text
    if kind == "choice":
        text = str(value).strip()
        choices = spec.get("choices") or []
        if text not in choices:
            raise ValueError(f"expected one of {', '.join(choices)}")
        return text
    if kind == "boolean":
        if isinstance(value, bool):
            return value
        text = str(value).strip().lower()
        if text in ("true", "yes", "1", "on"):
            return True
        if text in ("false", "no", "0", "off"):
            return False
        raise ValueError("expected true or false")
    if kind == "list":
        if isinstance(value, str):
            return [p.strip() for p in value.split(",") if p.strip()]
        if isinstance(value, (list, tuple)):
            return [str(v) for v in value]
        raise ValueError("expected a list (or comma-separated text)")
    raise ValueError(f"unknown variable type '{kind}'")


def coerce(template: str, name: str, spec: dict, value: Any) -> Any:
    """Coerce one value to its declared type, or raise VariableError naming template and variable."""
    kind = spec.get("type", "text")
    try:
        return _coerce(kind, value, spec)
    except ValueError as exc:
        shown = value if len(repr(value)) < 60 else repr(value)[:57] + "..."
        raise VariableError(
            f"template '{template}': variable '{name}' ({kind}) got {shown!r}: {exc}") from None
