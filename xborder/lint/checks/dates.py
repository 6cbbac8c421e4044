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
("thứ Tư, 10/2/2027", "Thu 03/06") or right after it ("11/02 (Martes)", "12/4（一）") that
fits only one reading settles it, as does the same date written out nearby ("04/12 (4
December)") and another numeric date of the draft that shows its order ("11/10 … 11/15").

A date without a year is read the customer's way (CLDR's ``Md`` skeleton: "dd/MM" in Britain,
"M/d" in the US): when that reading is within ``near`` days of today (default 45) and the other
one at least ``far`` days away (default 90; both counted to the nearest year), the customer reads
the date the writer meant ("Estimated delivery: 11/03" to an American in late October) — in the
customer's own separator ("9/7" is no German way of writing 9 July), and not where a second
calendar is written in numbers (``second_calendar``), nor where both orders are in daily use
(``both_orders``: Canada).
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


def _day_forms(language: str) -> tuple[dict[str, int], dict[str, int]]:
    """(wide and abbreviated day names, narrow ones of scripts without spaces), lower-cased ->
    weekday (Monday = 0), in ``language``: only ever read right beside a numeric date."""
    from ...i18n.dates import get_day_names

    names: dict[str, int] = {}
    narrow: dict[str, int] = {}
    for width in ("wide", "abbreviated", "short", "narrow"):
        for context in ("format", "stand-alone"):
            try:
                found = get_day_names(width, context=context, locale=language)
            except (ValueError, LookupError):
                continue
            for n, name in found.items():
                name = name.strip().rstrip(".").lower()
                if len(name) >= 2 and width != "narrow":
                    names.setdefault(name, n)
                elif len(name) == 1 and "\u3000" < name and width in ("narrow", "short", "abbreviated"):
                    narrow.setdefault(name, n)  # 一, 月, 월: only in brackets ("12/4（一）")
    return names, narrow


def _month_forms(language: str) -> dict[str, int]:
    """Month names of three letters or more (wide and abbreviated), lower-cased -> month, in ``language``."""
    from ...i18n.dates import get_month_names

    out: dict[str, int] = {}
    for width in ("wide", "abbreviated"):
        for context in ("format", "stand-alone"):
            try:
                found = get_month_names(width, context=context, locale=language)
            except (ValueError, LookupError):
                continue
            for n, name in found.items():
                name = name.strip().rstrip(".").lower()
                if len(name) >= 3 and not any(c.isdigit() for c in name):
                    out.setdefault(name, n)
    return out


def _year_distance(today: dt.date, month: int, day: int) -> int | None:
    """Days between ``today`` and the nearest (month, day) of last, this or next year."""
    out = [abs((d - today).days) for d in (_valid(today.year + k, month, day) for k in (-1, 0, 1)) if d]
    return min(out) if out else None


def _valid(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _nearest(today: dt.date, month: int, day: int) -> dt.date | None:
    """The (month, day) of last, this or next year nearest to ``today``."""
    found = [d for d in (_valid(today.year + k, month, day) for k in (-1, 0, 1)) if d]
    return min(found, key=lambda d: abs((d - today).days)) if found else None


# The words right before a date ("Thu ", "thứ Tư, ", "Wednesday, (") and right after it (" (Martes)",
# ", Tuesday", "（一）", "，週三"); each is looked up among the day names.
_BEFORE = lazy_compile(r"(?P<w>(?:[^\W\d_]+\s)?[^\W\d_]+)\.?[\s,(（]{0,3}$")
_AFTER = lazy_compile(r"\s?[,，、]?\s?(?P<b>[(（]\s?)?(?P<w>[^\W\d_]+(?:\s[^\W\d_]+)?)")
_LETTERS = lazy_compile(r"[^\W\d_]+")


class AmbiguousDate(RuleType):
    """Flag day/month pairs that swap meaning between D/M and M/D regions."""

    KEYS = ("tokens", "ignorecase", "exceptions", "second_calendar", "date_nouns", "near", "far", "both_orders")
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
        both = self.option("both_orders", []) or []
        if not isinstance(both, list) or not all(isinstance(c, str) and len(c) == 2 for c in both):
            raise self.fail("both_orders", "'both_orders' lists the country codes that write day and month both ways")
        self.both_orders = frozenset(c.upper() for c in both)
        # Nouns that show a number pair is a date even a few words before it ("leverdatum … is 10/12").
        nouns = self.strings("date_nouns")
        self.date_nouns = self.compile(f"(?:{alternation(nouns, edges=False)})", "date_nouns", re.IGNORECASE) if nouns else None
        self.near = self.option("near", 45)
        self.far = self.option("far", 90)
        for key in ("near", "far"):
            value = getattr(self, key)
            if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= 366:
                raise self.fail(key, f"'{key}' must be a number of days between 0 and 366")
        self._own: dict[str, tuple[bool, str] | None] = {}
        self._months: dict[str, tuple[re.Pattern[str] | None, dict[str, int]]] = {}

    def weekdays_beside(self, text: str, start: int, end: int, language: str) -> list[int]:
        """The weekdays (Monday = 0) named right before ``text[start:end]`` ("Wednesday, ", "thứ Tư, ",
        "Thu ") or right after it ("(Martes)", ", Tuesday", "（一）", "(금)", "，週三"): the word or two
        beside the date looked up in the day names, no alternation run."""
        if language not in self._weekdays:
            en, _ = _day_forms("en")
            own, narrow = _day_forms(language)
            self._weekdays[language] = (en | own, narrow)
        days, narrow = self._weekdays[language]
        out = []
        before = _BEFORE.search(text, max(0, start - 24), start)
        if before is not None:
            words = before.group("w").lower().split()
            for n in (2, 1):
                if len(words) >= n and " ".join(words[-n:]) in days:
                    out.append(days[" ".join(words[-n:])])
                    break
        after = _AFTER.match(text, end, min(len(text), end + 24))
        if after is not None:
            words = after.group("w").lower().split()
            for n in (2, 1):
                if len(words) >= n and " ".join(words[:n]) in days:
                    out.append(days[" ".join(words[:n])])
                    break
            else:
                if after.group("b") and len(after.group("w")) == 1 and after.group("w") in narrow:
                    out.append(narrow[after.group("w")])  # "12/4（一）", "12/1(금)"
        return out

    def written_out(self, text: str, start: int, end: int, target: Target) -> set[tuple[int, int]]:
        """(month, day) of the dates written with a month name within 60 characters of the date."""
        if target.language not in self._months:
            months = _month_forms("en") | _month_forms(target.language)
            names = "|".join(map(re.escape, sorted(months, key=len, reverse=True)))
            pattern = re.compile(rf"(?<![0-9])([0-3]?[0-9])(?:st|nd|rd|th|er|º)?\.?\s?(?:de\s|of\s)?({names})"
                                 rf"|({names})\.?\s([0-3]?[0-9])(?![0-9])") if months else None
            self._months[target.language] = (pattern, months)
        pattern, months = self._months[target.language]
        window = text[max(0, start - 60):min(len(text), end + 60)].lower()
        # the month names' alternation runs only when a word of the window is one of them
        if pattern is None or not any(w in months for w in _LETTERS.findall(window)):
            return set()
        out = set()
        for m in pattern.finditer(window):
            day, month = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
            if month in months:
                out.add((months[month], int(day)))
        return out

    def own_style(self, target: Target) -> tuple[bool, str] | None:
        """(day first?, separator) of the customer's date without a year (CLDR ``Md``: "dd/MM" ->
        (True, "/"), "M/d" -> (False, "/"), "d.M." -> (True, ".")), or None when it has neither."""
        if target.tag not in self._own:
            skeleton = target.locale.datetime_skeletons.get("Md") if target.locale is not None else None
            pattern = getattr(skeleton, "pattern", str(skeleton or ""))
            fields = [c for c in pattern if c in "dM"]
            seps = re.findall(r"[/.\-]", pattern)
            self._own[target.tag] = (fields[0] == "d", seps[0]) if fields and seps else None
        return self._own[target.tag]

    @staticmethod
    def orders_shown(text: str, sep: str) -> set[str]:
        """The orders the draft's other numeric dates with ``sep`` can only be read in ("11/15": "md")."""
        shown = set()
        for m in _NUMERIC_DATE.finditer(text):
            if m.group(2) != sep:
                continue
            a, b = int(m.group(1)), int(m.group(3))
            if 12 < a <= 31 and 1 <= b <= 12:
                shown.add("dm")
            elif 12 < b <= 31 and 1 <= a <= 12:
                shown.add("md")
        return shown

    def order(self, target: Target) -> tuple[str, str | None]:
        if target.tag not in self._orders:
            self._orders[target.tag] = reading_order(target.locale)
        return self._orders[target.tag]

    def find(self, text: str, target: Target) -> Iterator[Hit]:
        from ...i18n.dates import format_date, format_skeleton

        order, native_sep = self.order(target)
        shown: dict[str, set[str]] = {}
        for m in _NUMERIC_DATE.finditer(text):
            first, sep, second, year_text = int(m.group(1)), m.group(2), int(m.group(3)), m.group(4)
            if not (1 <= first <= 12 and 1 <= second <= 12) or first == second:
                continue
            if sep != "/" and sep == native_sep and order.startswith("d"):
                continue  # 03.04.2026 to a German customer: their own unambiguous style
            if year_text is None:
                if sep == "-":
                    continue  # 3-4 is a range
                before = text[max(0, m.start() - 40):m.start()]
                cued = (self.cue is not None and self.cue.search(before[-24:])) or (
                    self.date_nouns is not None and self.date_nouns.search(before.rsplit("\n", 1)[-1]))
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
            if year_text is None:
                today = target.today()
                style = self.own_style(target)
                if style is not None and style[1] == sep and target.country not in self.second_calendar \
                        and target.country not in self.both_orders:
                    own = style[0]
                    mine, other = ((second, first), (first, second)) if own else ((first, second), (second, first))
                    near, far = _year_distance(today, *mine), _year_distance(today, *other)
                    if near is not None and far is not None and near <= self.near and far >= self.far:
                        continue  # "Estimated delivery: 11/03" to an American in late October
                day_first = _nearest(today, second, first) or day_first
                month_first = _nearest(today, first, second) or month_first
            weekdays = self.weekdays_beside(text, m.start(), m.end(), target.language)
            if any((day_first.weekday() == w) != (month_first.weekday() == w) for w in weekdays):
                continue  # "thứ Tư, 10/2/2027", "Thu 03/06", "11/02 (Martes)": the weekday says which reading
            if sep not in shown:
                shown[sep] = self.orders_shown(text, sep)  # once per text: a long text has many dates
            if len(shown[sep]) == 1:
                continue  # "posted on 11/10 … ships 11/15": the draft's own dates show its order
            spelled = self.written_out(text, m.start(), m.end(), target)
            if ((second, first) in spelled) != ((first, second) in spelled):
                continue  # "04/12 (4 December)": the same date written out
            def spell(value: dt.date) -> str:
                if year_text:
                    return format_date(value, "long", locale=target.locale)
                return format_skeleton("MMMMd", value, locale=target.locale)
            readings = {"day_first": spell(day_first), "month_first": spell(month_first)}
            yield Hit(m.start(), m.end(), readings["month_first" if order.startswith("m") else "day_first"],
                      readings)
