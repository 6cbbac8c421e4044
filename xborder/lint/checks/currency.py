"""``wrong_currency_format``: an amount written against the customer's number convention.

``€1,234.50`` to a German customer reads as one euro and change: German
writes ``1.234,50 €``. The locale's decimal and group symbols and the side
of the currency sign come from CLDR through Babel (Latin digits, which is
what support replies use even where the default numbering system is
another). ``separators: true`` checks the decimal and group marks;
``position: true`` checks which side of the number a currency *symbol*
goes (currency words such as 円, 원, euros, and ISO codes are free to stand
either side). A reply written in English to a customer whose language is another may use
English conventions (€1,234.50 in an English reply to a German customer is correct
English). The suggestion is Babel's own formatting of the amount.
"""
from __future__ import annotations

import functools
import re
from decimal import Decimal, InvalidOperation
from typing import Iterator, NamedTuple

from ..base import Hit, RuleType, Target
from ..patterns import lazy_compile

# Currency signs a support reply uses, longest first so "R$" wins over "$".
SYMBOLS = {"R$": "BRL", "US$": "USD", "MX$": "MXN", "C$": "CAD", "A$": "AUD", "NZ$": "NZD", "HK$": "HKD",
           "NT$": "TWD", "S$": "SGD", "€": "EUR", "£": "GBP", "₹": "INR", "₩": "KRW", "₺": "TRY", "₪": "ILS",
           "฿": "THB", "₽": "RUB", "₴": "UAH", "₫": "VND", "₱": "PHP", "zł": "PLN", "Rp": "IDR",
           "Rs.": "INR", "Rs": "INR", "RM": "MYR", "Kč": "CZK", "S/": "PEN", "¥": None, "￥": None, "$": None}
WORDS = {"euros?": "EUR", "Euro": "EUR", "dollars?": "USD", "dólares": "USD", "pesos": "MXN", "reais": "BRL",
         "円": "JPY", "元": "CNY", "人民币": "CNY", "日元": "JPY", "日圓": "JPY", "韩元": "KRW", "韓元": "KRW",
         "美元": "USD", "欧元": "EUR", "歐元": "EUR", "港元": "HKD", "港币": "HKD", "新台币": "TWD", "新台幣": "TWD", "원": "KRW", "บาท": "THB", "руб(?:\\.|лей|ля)?": "RUB",
         "TL": "TRY", "lira": "TRY", "₪": "ILS", "ש\"ח": "ILS", "שקלים": "ILS", "ريال": "SAR", "ر\\.س": "SAR",
         "درهم": "AED", "د\\.إ": "AED", "rupees?": "INR", "रुपये": "INR", "Rs\\.?": "INR", "rupiah": "IDR",
         "Ft": "HUF", "forint": "HUF", "đồng": "VND", "VNĐ": "VND",
         # the Nordic crowns share "kr" (the customer's own crown), Romania's leu, Bulgaria's lev
         "kr\\.?": None, "lei": "RON", "лв\\.?": "BGN", "грн\\.?": "UAH"}
_CROWNS = ("NOK", "SEK", "DKK", "ISK")
# Signs whose side of the amount is checked: the symbols, and the crowns' "kr" ("kr 1 295" in Swedish
# is English order; "1 295 kr" is the language's). Codes and currency words stand on either side.
_SIDED = frozenset(SYMBOLS) | {"kr", "kr."}
# Signs read only where the customer's currency is the franc (Switzerland, Liechtenstein): "Fr." is
# also German's Friday ("Fr. 12.12."), "Franken" a German region.
SWISS_SIGNS = ("Fr.", "SFr.", "sFr.", "Franken")
ISO = ("EUR", "USD", "GBP", "JPY", "CNY", "RMB", "KRW", "TWD", "HKD", "INR", "IDR", "THB", "TRY", "ILS",
       "SAR", "AED", "BRL", "MXN", "CHF", "CAD", "AUD", "RUB", "PLN", "SEK", "NOK", "DKK", "SGD", "VND", "HUF",
       "CLP", "ISK", "COP", "PYG", "UGX", "CZK", "MYR", "PHP", "ARS", "PEN", "ZAR", "NZD", "RON", "UAH")

# lakh grouping with either mark ("1,24,999.00", or the German way "1.24.999,00"), else groups of three
_NUM = (r"[0-9]{1,3}(?:(?:,[0-9]{2})+,[0-9]{3}|(?:\.[0-9]{2})+\.[0-9]{3}|(?:[.,'’\u00a0\u202f ][0-9]{3}){1,6})"
        r"(?:[.,][0-9]{1,2})?"
        r"|[0-9]{1,12}(?:[.,][0-9]{1,2})?")
_SYM = "|".join(re.escape(s) for s in sorted(SYMBOLS, key=len, reverse=True))
_WORD = "|".join(sorted(WORDS, key=len, reverse=True))
_ISO = "|".join(ISO)
# Find numbers first (a pattern that starts with a digit is scanned quickly), then look for
# a currency sign just before or after each: several times faster than one alternation.
# A whole amount may end in a mark and a dash ("Fr. 189.–", German "49,–"): the mark is its decimal mark.
_NUMBER = lazy_compile(rf"(?:{_NUM})(?:[.,][–-]{{1,2}})?(?![0-9])")
_SIGN_BEFORE = lazy_compile(rf"(?:(?<![A-Za-z])(?:{_SYM})|(?<![A-Za-z])(?:{_ISO}|kr\.?|S?Fr\.|sFr\.))[\u00a0\u202f ]?$")
# The franc's short sign after the amount too ("1.180,00 Fr.", "49.90 SFr."), as often as before it.
_SIGN_AFTER = lazy_compile(rf"[\u00a0\u202f ]?(?:(?:{_SYM})|(?:{_ISO}|{_WORD}|Franken|S?Fr\.|sFr\.)(?![A-Za-z]))")
_DASHED = re.compile(r"(.*?)([.,])[–-]+")


class Money(NamedTuple):
    """An amount next to a currency sign: where, the sign, the number, and the sign's side."""

    start: int
    end: int
    sign: str
    number: str
    prefix: bool


def money(text: str) -> tuple[Money, ...]:
    """Every amount with a currency sign in ``text``. An amount never spans a line break,
    and most lines of a reply recur from one customer to the next, so each line's
    amounts are remembered."""
    if "\n" not in text:
        return _line_money(text)
    found: list[Money] = []
    offset = 0
    for line in text.split("\n"):
        if line:
            found += (m._replace(start=m.start + offset, end=m.end + offset) for m in _line_money(line))
        offset += len(line) + 1
    return tuple(found)


@functools.lru_cache(maxsize=4096)
def _line_money(text: str) -> tuple[Money, ...]:
    found = []
    last_end = -1
    for m in _NUMBER.finditer(text):
        start, end = m.span()
        if start and text[start - 1] in "0123456789.,":
            continue  # the tail of a longer number ("1,1,1")
        before = _SIGN_BEFORE.search(text, max(0, start - 5), start)
        if before is not None and before.start() >= last_end:
            sign = before.group().rstrip("\u00a0\u202f ")
            found.append(Money(before.start(), end, sign, m.group(), True))
            last_end = end
            continue
        after = _SIGN_AFTER.match(text, end)
        if after is not None:
            found.append(Money(start, after.end(), after.group().lstrip("\u00a0\u202f "), m.group(), False))
            last_end = after.end()
    return tuple(found)


_SPACES = " \u00a0\u202f"
_APOSTROPHES = "'’"


class Amount(NamedTuple):
    value: Decimal
    decimal: str | None    # the mark used as decimal separator, if any
    group: str | None      # the mark used between thousands, if any


def parse_amount(number: str) -> Amount | None:
    """Read ``1.234,50`` / ``1,234.50`` / ``1 234`` / ``1'234.–`` without knowing the locale; None if
    incoherent."""
    dashed = _DASHED.fullmatch(number)
    if dashed is not None:
        whole = parse_amount(dashed.group(1))
        if whole is None or whole.decimal is not None:
            return None
        return Amount(whole.value, dashed.group(2), whole.group)
    marks = [(i, c) for i, c in enumerate(number) if not c.isdigit()]
    if not marks:
        return Amount(Decimal(number), None, None)
    last_i, last = marks[-1]
    tail = len(number) - last_i - 1
    kinds = {c for _, c in marks}
    decimal = None
    if last in ".," and (tail in (1, 2) or (len(kinds) > 1 and tail != 3)):
        decimal = last
        group_marks = [c for _, c in marks[:-1]]
    else:
        group_marks = [c for _, c in marks]
    groups = set(group_marks)
    if len(groups) > 1 or (decimal and decimal in groups):
        return None
    group = groups.pop() if groups else None
    digits = number
    if group:
        digits = digits.replace(group, "")
    if decimal:
        digits = digits.replace(decimal, ".")
    try:
        return Amount(Decimal(digits), decimal, group)
    except InvalidOperation:
        return None


def _same_group(used: str, expected: str) -> bool:
    if used == expected:
        return True
    if used in _SPACES and expected in _SPACES:
        return True
    return used in _APOSTROPHES and expected in _APOSTROPHES


class _Convention(NamedTuple):
    decimal: str
    group: str
    prefix: bool
    currency: str | None
    money_decimal: str  # CLDR's currencyDecimal where amounts differ ("89.90 CHF" in fr-CH), else decimal
    grouping: tuple[int, int] = (3, 3)  # CLDR's (primary, secondary) group sizes: (3, 2) in India
    locale: object = None  # the locale whose conventions these are


def money_locale(target: Target):
    """The customer's language as written in their region, where CLDR knows it: a de-DE draft
    to a customer in Switzerland follows de-CH ("CHF 9.90"); else the draft's locale."""
    loc = target.locale
    if target.country and loc.territory != target.country:
        from babel import Locale, UnknownLocaleError

        try:
            return Locale(loc.language, target.country)
        except (UnknownLocaleError, ValueError):
            pass
    return loc


def convention(target: Target) -> _Convention:
    from babel.numbers import get_decimal_symbol, get_group_symbol, get_territory_currencies

    loc = money_locale(target)
    standard = loc.currency_formats["standard"]
    pattern = standard.pattern.split(";")[0].strip("\u200e\u200f")
    currencies = get_territory_currencies(target.country) if target.country else []
    decimal = get_decimal_symbol(loc, numbering_system="latn")
    money_decimal = (loc.number_symbols.get("latn") or {}).get("currencyDecimal") or decimal
    return _Convention(decimal, get_group_symbol(loc, numbering_system="latn"),
                       pattern.startswith("¤"), currencies[0] if currencies else None, money_decimal,
                       tuple(standard.grouping), loc)


def _bad_grouping(number: str, amount: "Amount", grouping: tuple[int, int]) -> bool:
    """Whether the thousands groups of ``number`` are sized against the locale: "₹124,999.00"
    where India groups by lakh (₹1,24,999.00), or "1,24,999" where groups are of three."""
    whole = number.rsplit(amount.decimal, 1)[0] if amount.decimal else number
    chunks = [len(c) for c in re.split(r"[^0-9]", whole)]
    primary, secondary = grouping
    if len(chunks) < 2 or chunks[-1] != primary:
        return False
    return chunks[0] > secondary or any(c != secondary for c in chunks[1:-1])


def currency_code(sign: str, target: Target, local: str | None) -> str | None:
    if sign in SWISS_SIGNS:
        return "CHF"
    if sign in SYMBOLS:
        code = SYMBOLS[sign]
        if code:
            return code
        if sign in ("¥", "￥"):  # the full-width sign of Chinese and Japanese text too
            return "CNY" if target.language == "zh" else "JPY"
        return local if local in ("USD", "MXN", "CAD", "AUD", "TWD", "HKD", "SGD", "NZD", "ARS", "COP",
                                  "CLP") else "USD"
    if sign in ISO:
        return "CNY" if sign == "RMB" else sign
    for pattern, code in WORDS.items():
        if re.fullmatch(pattern, sign):
            return code or (local if local in _CROWNS else None)
    return None


_ENGLISH_WORDS = lazy_compile(r"(?i)\b(?:the|and|your|you|we|our|to|of|for|is|will|with|have|has|this|"
                            r"that|please|thank|thanks|order|refund|be)\b")


def written_in_english(text: str) -> bool:
    """A cheap test for a reply written in English (to a customer whose language is another):
    its amounts may then follow English conventions (€1,234.50) without a reviewer objecting."""
    return len(_ENGLISH_WORDS.findall(text, 0, 2000)) >= 4


class WrongCurrencyFormat(RuleType):
    """Amounts whose decimal mark, thousands mark or symbol side go against the locale."""

    KEYS = ("separators", "position", "exceptions", "either_side")
    DEFAULT_CODE = "wrong_currency_format"
    FIELDS = ("decimal", "group")
    whole_text = True  # written_in_english() reads the whole reply

    def __init__(self, rule) -> None:
        super().__init__(rule)
        for key in ("separators", "position"):
            if not isinstance(self.option(key, False), bool):
                raise self.fail(key, f"'{key}' must be true or false")
        self.separators = self.option("separators", True)
        self.position = self.option("position", False)
        # markets (language-COUNTRY) whose writers put the symbol on either side in practice
        self.either_side = frozenset(self.strings("either_side"))
        self._conventions: dict[tuple[str, str | None], _Convention] = {}

    def find(self, text: str, target: Target) -> Iterator[Hit]:
        key = (target.tag, target.country)
        conv = self._conventions.get(key)
        if conv is None:
            conv = self._conventions[key] = convention(target)
        english = None  # is the reply in English? asked only about an amount that looks wrong
        for m in money(text):
            sign, number = m.sign, m.number
            if sign in SWISS_SIGNS and conv.currency != "CHF":
                continue  # "Fr." is Friday, "Franken" a region, where the franc is not the currency
            amount = parse_amount(number.strip())
            if amount is None:
                continue
            wrong = False
            if self.separators:
                if amount.decimal and amount.decimal not in (conv.decimal, conv.money_decimal):
                    wrong = True
                elif amount.group and not _same_group(amount.group, conv.group):
                    # "1,234" where ',' is the decimal mark reads as 1.234
                    wrong = amount.group in ".," or not amount.decimal
                elif amount.group and _bad_grouping(number.strip(), amount, conv.grouping):
                    wrong = True
            is_symbol = sign in _SIDED
            if (self.position and is_symbol and m.prefix != conv.prefix
                    and f"{target.language}-{target.country}" not in self.either_side):
                wrong = True
            if wrong and (not amount.decimal or amount.decimal == ".") and (not amount.group or amount.group == ","):
                if english is None:
                    english = target.language != "en" and written_in_english(text)
                if english:
                    wrong = False  # English text: English number style is what the reader expects
            if not wrong:
                continue
            yield Hit(m.start, m.end, self.suggest(amount, sign, target, conv),
                      {"decimal": conv.decimal, "group": conv.group.replace("\u202f", " ").replace("\u00a0", " ")})

    @staticmethod
    def suggest(amount: Amount, sign: str, target: Target, conv: _Convention) -> str | None:
        from ...i18n.numbers import format_money

        code = currency_code(sign, target, conv.currency)
        if code is None:
            return None
        text = format_money(amount.value, code, conv.locale or target.locale, numbering_system="latn")
        return text.replace("\u00a0", " ").replace("\u202f", " ").strip("\u200e\u200f")
