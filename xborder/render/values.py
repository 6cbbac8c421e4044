"""Typed template variables: coercion from CLI strings or Python values, with clear errors."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from ..errors import VariableError

TYPES = ("text", "integer", "number", "date", "datetime", "money", "url", "email",
         "choice", "boolean", "list")


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
        except InvalidOperation:
            raise ValueError(f"'{amount}' is not a number") from None
        if not number.is_finite():
            raise ValueError(f"'{amount}' is not a finite amount")
        code = str(currency or "").upper()
        from babel.numbers import is_currency

        if not is_currency(code):
            raise ValueError(f"'{currency}' is not an ISO 4217 currency code")
        return cls(number, code)

    def __str__(self) -> str:
        return f"{self.amount} {self.currency}"


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
    return result


def _coerce(kind: str, value: Any, spec: dict) -> Any:
    if kind == "text":
        if isinstance(value, (dict, list, tuple, set)):
            raise ValueError("expected text")
        return str(value)
    if kind == "integer":
        if isinstance(value, bool):
            raise ValueError("expected a whole number")
        if isinstance(value, int):
            return value
        if isinstance(value, str) and re.fullmatch(r"\s*-?\d+\s*", value):
            return int(value)
        if isinstance(value, float) and value.is_integer():
            return int(value)
        raise ValueError("expected a whole number")
    if kind == "number":
        if isinstance(value, bool):
            raise ValueError("expected a number")
        try:
            number = Decimal(str(value).strip())
        except InvalidOperation:
            raise ValueError("expected a number") from None
        if not number.is_finite():
            raise ValueError("expected a finite number")
        return number
    if kind == "date":
        if isinstance(value, dt.datetime):
            raise ValueError("expected a date, not a date-time")
        if isinstance(value, dt.date):
            return value
        try:
            return dt.date.fromisoformat(str(value).strip())
        except ValueError:
            raise ValueError("expected a date as YYYY-MM-DD") from None
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
