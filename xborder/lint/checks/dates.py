"""``ambiguous_date``: numeric dates such as 03/04/2026 that read differently across regions.

A date is ambiguous when both of its first two numbers could be the month
(1-12) and they differ: 03/04/2026 is 3 April in Europe and March 4 in the
US. Slash dates are flagged for every customer: both orders are in daily use
with slashes. A dotted or dashed date is flagged only where the customer's
own short date format (CLDR, through Babel) does not use that separator with
the day first — 03.04.2026 is simply the German way of writing 3 April. A
date without a year (03/04) counts only with a leading zero or a cue word
before it (``tokens``: "on", "by", "am", "le"…), so fractions (2/3) and
scores (4/5) pass; and not in the customer's own style when nobody near them reads it month
first (no CLDR locale of their language or country writes short dates month first, as en_US,
es_PA, iu_CA do) — to a Brazilian "até 05/03" is 5 March and nothing else. The suggestion is the date with its month written out,
formatted by Babel for the customer's locale. A weekday written right before the date
("thứ Tư, 10/2/2027", "Wednesday 03/06/2027") that fits only one reading settles it.
"""
from __future__ import annotations

import datetime as dt
import functools
import re
from typing import Iterator

from ..base import Hit, RuleType, Target
from ..patterns import alternation, lazy_compile

# The look-behind follows the first digit, so ``re`` can scan for digits quickly.
_NUMERIC_DATE = lazy_compile(
    r"([0-9](?<![0-9/.\-,:][0-9])[0-9]?)([/.\-])([0-9]{1,2})(?:\2([0-9]{4}|[0-9]{2}))?(?![0-9/\-]|[.,:][0-9])")


def reading_order(locale) -> tuple[str, str | None]:
    """("dmy" or "mdy" or "ymd", separator) of the locale's short date format."""
    from ...i18n.dates import get_date_format

    pattern = get_date_format("short", locale=locale).pattern
    fields = [c for c in pattern if c in "dMy"]
    order = "".join(dict.fromkeys(fields)).lower()
    seps = re.findall(r"[/.\-]", pattern)
    return order, (seps[0] if seps else None)


@functools.lru_cache(maxsize=256)
def month_first_nearby(language: str, territory: str | None) -> bool:
    """Whether any CLDR locale of ``language`` or of ``territory`` writes short dates month first."""
    from babel import Locale
    from babel.localedata import locale_identifiers

    for ident in locale_identifiers():
        parts = ident.split("_")
        if parts[0] != language and (territory is None or parts[-1] != territory):
            continue
        try:
            pattern = Locale.parse(ident).date_formats["short"].pattern
        except (ValueError, LookupError):
            continue
        fields = "".join(dict.fromkeys(c for c in pattern if c in "dMy"))
        if fields.startswith("M"):
            return True
    return False


def _day_names(language: str) -> dict[str, int]:
    """Wide day name (lower-cased) -> weekday (Monday = 0), in ``language`` (CLDR through Babel)."""
    from ...i18n.dates import get_day_names

    out: dict[str, int] = {}
    for context in ("format", "stand-alone"):
        try:
            out.update({name.lower(): n for n, name in get_day_names("wide", context=context, locale=language).items()})
        except (ValueError, LookupError):
            pass
    return out


def _valid(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


class AmbiguousDate(RuleType):
    """Flag day/month pairs that swap meaning between D/M and M/D regions."""

    KEYS = ("tokens", "ignorecase", "exceptions", "second_calendar")
    DEFAULT_CODE = "ambiguous_date"
    FIELDS = ("day_first", "month_first")

    def __init__(self, rule) -> None:
        super().__init__(rule)
        cues = self.strings("tokens")
        self.cue = (self.compile(rf"(?:{alternation(cues)})\W{{0,3}}$", "tokens", re.IGNORECASE)
                    if cues else None)
        self._orders: dict[str, tuple[str, str | None]] = {}
        self._weekdays: dict[str, tuple[re.Pattern[str] | None, dict[str, int]]] = {}
        # Countries where a second calendar is written in numbers day to day (Saudi Arabia: Umm
        # al-Qura Hijri): there "10/03" may be a Hijri date, even in the customer's own order.
        other = self.option("second_calendar", {}) or {}
        if not isinstance(other, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in other.items()):
            raise self.fail("second_calendar", "'second_calendar' maps a country code to its second calendar's name")
        self.second_calendar = frozenset(other)

    def weekday_before(self, text: str, start: int, language: str) -> int | None:
        """The weekday (Monday = 0) named right before ``text[start]`` ("Wednesday, ", "thứ Tư, "), or None."""
        if language not in self._weekdays:
            days = _day_names("en") | _day_names(language)
            names = sorted(days, key=len, reverse=True)
            pattern = re.compile(rf"(?:{'|'.join(map(re.escape, names))})\.?[\s,(（]{{0,3}}$") if names else None
            self._weekdays[language] = (pattern, days)
        pattern, days = self._weekdays[language]
        if pattern is None:
            return None
        found = pattern.search(text[max(0, start - 24):start].lower())
        return None if found is None else days.get(found.group().rstrip(".,(（ \t\n"))

    def order(self, target: Target) -> tuple[str, str | None]:
        if target.tag not in self._orders:
            self._orders[target.tag] = reading_order(target.locale)
        return self._orders[target.tag]

    def find(self, text: str, target: Target) -> Iterator[Hit]:
        from ...i18n.dates import format_date, format_skeleton

        order, native_sep = self.order(target)
        for m in _NUMERIC_DATE.finditer(text):
            first, sep, second, year_text = int(m.group(1)), m.group(2), int(m.group(3)), m.group(4)
            if not (1 <= first <= 12 and 1 <= second <= 12) or first == second:
                continue
            if sep != "/" and sep == native_sep and order.startswith("d"):
                continue  # 03.04.2026 to a German customer: their own unambiguous style
            if year_text is None:
                if sep == "-":
                    continue  # 3-4 is a range
                before = text[max(0, m.start() - 24):m.start()]
                cued = self.cue is not None and self.cue.search(before)
                if not (cued or m.group(1).startswith("0") or m.group(3).startswith("0")):
                    continue
                if sep == "." and not (len(m.group(1)) == 2 and len(m.group(3)) == 2):
                    continue  # 3.4 is a decimal number
                if sep == native_sep and order.startswith("d") and target.country not in self.second_calendar \
                        and not month_first_nearby(target.language, target.country):
                    continue  # "até 05/03" to a Brazilian: their own style, nobody there reads 3 May
            year = (2000 + int(year_text) if year_text and len(year_text) == 2 else
                    int(year_text) if year_text else target.today().year)
            day_first, month_first = _valid(year, second, first), _valid(year, first, second)
            if not (day_first and month_first):
                continue
            weekday = self.weekday_before(text, m.start(), target.language)
            if weekday is not None and (day_first.weekday() == weekday) != (month_first.weekday() == weekday):
                continue  # "thứ Tư, 10/2/2027", "Wednesday 03/06/2027": the weekday says which reading
            def spell(value: dt.date) -> str:
                if year_text:
                    return format_date(value, "long", locale=target.locale)
                return format_skeleton("MMMMd", value, locale=target.locale)
            readings = {"day_first": spell(day_first), "month_first": spell(month_first)}
            yield Hit(m.start(), m.end(), readings["month_first" if order.startswith("m") else "day_first"],
                      readings)
