"""``currency_minor_units`` (reported as ``wrong_currency_format``): cents shown for a currency that has none in practice.

"1,234.50円" or "₩12,500.00" shows a fraction of a yen or won, which no price, refund or
card statement in Japan or Korea has; to the customer it reads as a foreign template or a
wrong amount. Which currencies have no minor unit is CLDR's (``get_currency_precision``
through Babel: JPY, KRW, VND, IDR, HUF, CLP, ISK…), not a hand list. The amount's currency
comes from its sign or code as ``wrong_currency_format`` reads it (¥ is the yuan to a
Chinese reader, the yen to others). The suggestion is the amount without the fraction,
formatted by Babel for the customer's locale; the message asks to check the amount, since
the fraction may hide a conversion error.
"""
from __future__ import annotations

import functools
from decimal import ROUND_HALF_UP, Decimal
from typing import Iterator

from ..base import Hit, RuleType, Target
from .currency import convention, currency_code, money, parse_amount


@functools.lru_cache(maxsize=256)
def minor_digits(code: str) -> int:
    """CLDR's number of decimal digits for the currency ``code`` (2 when CLDR does not say)."""
    from babel.numbers import get_currency_precision

    return get_currency_precision(code)


class CurrencyMinorUnits(RuleType):
    """Amounts with a fractional part in a currency CLDR gives zero decimal digits."""

    KEYS = ("exceptions",)
    DEFAULT_CODE = "wrong_currency_format"   # the contract's code; the rule id names the check
    FIELDS = ("currency",)

    def __init__(self, rule) -> None:
        super().__init__(rule)
        self._conventions: dict[tuple[str, str | None], object] = {}

    def find(self, text: str, target: Target) -> Iterator[Hit]:
        found = money(text)
        if not found:
            return
        key = (target.tag, target.country)
        conv = self._conventions.get(key)
        if conv is None:
            conv = self._conventions[key] = convention(target)
        for m in found:
            amount = parse_amount(m.number.strip())
            if amount is None or amount.decimal is None:
                continue
            code = currency_code(m.sign, target, conv.currency)
            if code is None or minor_digits(code) != 0:
                continue
            yield Hit(m.start, m.end, _whole(amount.value, code, target), {"currency": code})


def _whole(value: Decimal, code: str, target: Target) -> str:
    from ...i18n.numbers import format_money

    whole = value.quantize(Decimal(1), rounding=ROUND_HALF_UP)
    text = format_money(whole, code, target.locale, numbering_system="latn", currency_digits=True)
    return text.replace("\u00a0", " ").replace("\u202f", " ").strip("\u200e\u200f")
