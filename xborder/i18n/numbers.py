"""Money as CLDR writes it: Babel's ``format_currency`` plus CLDR's currency spacing.

Babel applies a locale's currency pattern but not CLDR's ``currencySpacing`` rule,
which ICU applies: where the currency is written with letters ("EUR", "CHF") right
next to a digit, a no-break space goes between them. Babel gives "EUR23.40" for euros
in es-MX and "CHF23.40" in en-US; CLDR (and ICU) give "EUR 23.40" and "CHF 23.40".
The rule is CLDR root's ``numbers/currencyFormats/currencySpacing`` (before and after
the currency alike): currencyMatch ``[[:^S:]&[:^Z:]]`` (the currency's character next to
the number is not a symbol or a space), surroundingMatch ``[:digit:]``, insertBetween
U+00A0. "€23.40", "US$23.40" and "23,40 €" are unchanged.
"""
from __future__ import annotations

import unicodedata
from decimal import Decimal
from typing import Any

NBSP = "\u00a0"


def format_money(amount: Decimal | float | int, currency: str, locale: Any, format: str | None = None,
                 **options: Any) -> str:
    """``babel.numbers.format_currency`` with CLDR's currency spacing applied."""
    from babel.numbers import format_currency, get_currency_symbol

    text = format_currency(amount, currency, format=format, locale=locale, **options)
    if options.get("format_type", "standard") == "name":
        return text  # "23.40 euros": the currency's name, already spaced
    return currency_spaced(text, get_currency_symbol(currency, locale))


def currency_spaced(text: str, symbol: str) -> str:
    """``text`` with a no-break space between ``symbol`` and a digit it touches, where the
    symbol's touching character is a letter or a mark (CLDR ``currencySpacing``)."""
    at = text.find(symbol) if symbol else -1
    if at < 0:
        return text
    end = at + len(symbol)
    if end < len(text) and text[end].isdigit() and _spaced(symbol[-1]):
        return text[:end] + NBSP + text[end:]
    if at > 0 and text[at - 1].isdigit() and _spaced(symbol[0]):
        return text[:at] + NBSP + text[at:]
    return text


def _spaced(char: str) -> bool:
    category = unicodedata.category(char)
    return not (category.startswith("S") or category.startswith("Z"))
