"""``weekend_promise``: a promised day that is the customer's weekend or a public holiday.

"By Friday" to a Saudi customer promises a day their country does not work
(the weekend is Friday–Saturday); "on 3 October" to a German one promises a
public holiday. Day and month names come from CLDR through Babel, in the
customer's language and in English; dates may be ISO (2026-12-04), numeric in
the customer's own order, or written out (4 December 2026, 4. Dezember,
2026年12月4日, 12월 4일). Whether a day is off comes from
:func:`xborder.timing.day_off` (CLDR weekends, the ``holidays`` package).

A weekday name is resolved to its next occurrence from ``now`` (default:
today). Two day names close together are a range ("Monday to Friday",
"Sun–Thu": opening hours, not a promise) and are skipped, as are dates
already past and whatever the rule's ``exceptions`` cover ("last Friday").
"""
from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from typing import Iterator

from ...timing.daysoff import weekend_keys
from ..base import Hit, RuleType, Target
from ..patterns import WORD, lazy_compile, unspaced
from .commitment import Commitment
from .deadlines import Deadlines, sentence_bounds

_RANGE_GAP = 16  # characters between two day names that make them a range
# "Sonntag, den 29. November", "วันจันทร์ที่ 4 มกราคม", "thứ Hai, ngày 4 tháng 1"
_ARTICLE = lazy_compile(r"[,\s]*(?:(?:den|the|le|el|il|ngày)\s|ที่\s?)")
# the definite ending of a Nordic weekday before its date ("fredagen den 2 maj", "mandagen den 5. maj")
_DEFINITE = lazy_compile(r"(?:en|a)(?=[,\s]+den\s)")
# a copula between a day and the holiday it is ("is", "ist", "est", "es", "è", "é", "är", "on", "jest", "เป็น", "は")
_COPULA = lazy_compile(r"[,\s]*(?:is|will be|ist|est|sera|es|será|è|sarà|é|är|er|on|jest|будет|это|เป็น|คือ|は|이|가|은|는|是|为|為|"
                       r"adalah|merupakan|là|olduğu|dır|dir)\s*(?:(?:the|der|die|le|la|l['’]|el|il|lo|o|a|de|den|het)\s*)?")
# ... and in head-final languages the copula after the holiday's name ("Zafer Bayramı olduğu için")
_COPULA_AFTER = lazy_compile(r"\s?(?:['’]?[dt][ıiuü]r(?![^\W\d_])|olduğu|olması|olduğundan|"
                             r"です|でございます|であり|である|のため|につき|이므로|입니다|이라서|이기 때문|है|होने)")
_PAST_REACH = 92  # days back a date without a year is still read as this year's
_SAME_DAY_GAP = 8  # characters between a weekday and the date that names the same day
_OFF_REACH = 40  # characters between a day and the name of the holiday that falls on it
_SEMITIC = lazy_compile(r"[\u0590-\u06ff]")
_HABITUAL = lazy_compile(r"[sS](?![^\W\d_])")  # a day name's plural or adverb: "Saturdays", "samstags"
# A date in brackets after a name glosses when that occasion is ("Mother's Day (9 May)", "Semana Santa
# (jueves 25 y viernes 26)", "母の日（5月9日）", "गुरु नानक जयंती (रविवार, 14 नवंबर)"); after one of the
# rule's ``relative_days`` ("tomorrow", "today") it is the day itself. The letter before the bracket may
# be a combining vowel sign (Devanagari ी, Thai ั), which ``\w`` does not match.
_GLOSS_OPEN = lazy_compile(r"(?P<word>[^\W\d_]|[\u0300-\u036f\u0900-\u0dff\u0e31-\u0e4e])\s?[(（][^()（）\n]{0,24}$")
_GLOSS_CLOSE = lazy_compile(r"[^()（）\n]{0,24}[)）]")
_DIGITS = lazy_compile(r"[0-9]")
_NEXT_WORD = lazy_compile(r"\s+([^\W\d_]+)")
_LAST_WORD = lazy_compile(r"([^\W\d_]+)\s+$")
_CLAUSE_END = lazy_compile(r"[,;:.!?،؛，、；：。\n]")
# A line break inside a paragraph of a plain-text reply wrapped at a fixed width ("FedEx Ground will
# deliver\nit to your home", "teknisi kami akan datang pada\nKamis, 17 Agustus"): after a long line
# (a body line, not a greeting or a sign-off) and before a line that is no list item or table row.
# A line of Chinese, Japanese or Korean is as wide at half the characters ("您下单时选择了…由顺丰在\n2月14日上午送达").
_WRAP = lazy_compile(r"(?m)^(?![ \t]*[|*•>-])(?:[^\n]{40,}|(?=[^\n]{0,8}[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af])"
                     r"[^\n]{20,})(\n)(?=[ \t]*[^\s|*•>\-])")
# A numeric date without a year right after a weekday ("ביום חמישי, 5.10", "sábado, 9/9", "Thu 03/06").
# In brackets too ("no domingo (10/08)", "quarta-feira (06/08)").
# A weekday after an indefinite article is any such day, not one ("falls on a Wednesday", "auf einen
# Mittwoch fällt", "tombe un jeudi", "valt op een dinsdag", "infaller på en måndag"): per language,
# the articles that say so (Portuguese "o", Spanish "el" are definite: "o sábado" is one day).
_INDEFINITE = {
    "en": "a|an", "de": "ein|einen|einem|eines", "fr": "un", "es": "un", "it": "un|una", "pt": "um|uma|num|numa",
    "nl": "een", "sv": "en|ett", "da": "en|et", "nb": "en|et", "no": "en|et", "ro": "o|într-o|într-un|un",
    "hu": "egy", "ca": "un",
}
_INDEFINITE_BEFORE = {lang: lazy_compile(rf"(?<![^\W\d_])(?:{words})\s+$", re.IGNORECASE)
                      for lang, words in _INDEFINITE.items()}
# A numeric date without a year with its weekday in brackets after it ("6/11（五）", "10/8（月）",
# "7/17(화)", "12/25（週二）"): the weekday confirms the reading, so the date is read without a weekday name
# before it. Written month first in Chinese, Japanese and Korean (the year-first order's short form).
_BRACKET_WEEKDAY = lazy_compile(r"(?P<a>[0-9](?<![0-9./-][0-9])[0-9]?)(?P<sep>[./])(?P<b>[0-3]?[0-9])"
                                r"(?![0-9]|[./][0-9])"
                                r"\s?[(（](?:星期|礼拜|禮拜|週|周)?(?P<w>[一二三四五六日天月火水木金土월화수목금토일])"
                                r"(?:曜日?|요일)?(?:[・·,、]\s?[^)）\n]{1,2})?[)）]")
_BRACKET_DAYS = {
    "zh": dict(zip("一二三四五六日天", (0, 1, 2, 3, 4, 5, 6, 6))),
    "ja": dict(zip("月火水木金土日", range(7))),
    "ko": dict(zip("월화수목금토일", range(7))),
}
# A day of the month, or a numeric date without a year, with a bracketed Latin weekday abbreviation
# after it: "the 4th (Sat)", "9/26 (Sat)", "le 26 (sam.)", "am 03.10. (Sa)", "21/04 (ter.)". The
# abbreviation alone is too ambiguous ("Sa", "Do", "mar"); after a date, in brackets, it is the day.
_CLOSED_SCRIPT = re.compile(r"[A-Za-zÀ-ɏͰ-Ͽ]")  # Latin and Greek: a short word ends at a word edge
_LATIN_BRACKET = lazy_compile(r"(?<![0-9./-])(?P<a>[0-3]?[0-9])(?:st|nd|rd|th|er|e|º|\.)?"
                              r"(?:(?P<sep>[./-]) ?(?P<b>[0-3]?[0-9])\.?)?(?![0-9])\s?\((?P<w>[^\W\d_]{2,5})\.?\)")
_POSTCODE_REACH = 12  # characters from a place's name to the postcode of its address ("St Kilda SA 5110")
_MONTH_REACH = 4  # months ahead a bare day of the month with its weekday is looked for
_SHORT_NUMERIC = lazy_compile(r"[,\s]*[(（]?(?P<a>[0-3]?[0-9])(?P<sep>[./])(?P<b>[01]?[0-9])(?![0-9]|[./][0-9])[)）]?")


def unwrap(text: str) -> str:
    """``text`` with the line breaks that wrap a paragraph turned into spaces (same length, so
    offsets stay): a promise's verb and its day on two lines belong to one sentence."""
    if "\n" not in text:
        return text
    return _WRAP.sub(lambda m: m.group()[:-1] + " ", text)


def _day_words(language: str) -> dict[str, int]:
    """Day name (lower-cased) -> weekday (Monday = 0), in ``language``."""
    from ...i18n.dates import get_day_names

    words: dict[str, int] = {}
    for width in ("wide", "abbreviated"):
        for context in ("format", "stand-alone"):
            try:
                names = get_day_names(width, context=context, locale=language)
            except (ValueError, LookupError):
                continue
            for number, name in names.items():
                name = name.strip().rstrip(".").lower()
                if width == "abbreviated" and not (len(name) >= 2 and all("\u4e00" <= c <= "\u9fff" for c in name)):
                    continue  # "Fri", "Sa", Thai "อา": too ambiguous; Chinese "周五" is fine
                words[name] = number
                for prefix in ("יום ",):  # "שישי", "שבת" are said without "day"
                    if name.startswith(prefix) and len(name) > len(prefix) + 1:
                        words[name[len(prefix):]] = number
                if language == "ja" and name.endswith("曜日"):
                    words[name[:-1]] = number  # 金曜
    return words


@functools.lru_cache(maxsize=64)
def abbreviated_days(language: str) -> dict[str, int]:
    """Abbreviated day name (lower-cased, without its dot) -> weekday, in ``language`` and English,
    from CLDR ("sat", "sa", "sam", "sáb", "ter", "śr"): read only in brackets after a date."""
    from ...i18n.dates import get_day_names

    words: dict[str, int] = {"tues": 1, "weds": 2, "thur": 3, "thurs": 3}
    for lang in dict.fromkeys((language, "en")):
        for width in ("abbreviated", "short"):
            for context in ("format", "stand-alone"):
                try:
                    names = get_day_names(width, context=context, locale=lang)
                except (ValueError, LookupError):
                    continue
                for number, name in names.items():
                    words.setdefault(name.strip().rstrip(".").lower(), number)
    return words


def calendar_words(language: str) -> tuple[dict[str, int], dict[str, int]]:
    """(day names, month names) of ``language`` from CLDR, kept in the user's cache folder
    per Babel release: a one-off reply need not load a second language's CLDR data."""
    import babel

    from ...diskcache import default_cache_dir, digest, remember

    def load(stored: list) -> tuple[dict[str, int], dict[str, int]]:
        days, months = stored
        return dict(days), dict(months)

    return remember(default_cache_dir(), "cldr", digest("calendar-words-2", language, babel.__version__),
                    lambda: (_day_words(language), _month_words(language)), dump=list, load=load)


def _month_words(language: str) -> dict[str, int]:
    from ...i18n.dates import get_month_names

    words: dict[str, int] = {}
    for width in ("wide", "abbreviated"):
        for context in ("format", "stand-alone"):
            try:
                names = get_month_names(width, context=context, locale=language)
            except (ValueError, LookupError):
                continue
            for number, name in names.items():
                name = name.strip().rstrip(".").lower()
                # Hindi मई (May) has two letters; a two-letter Latin abbreviation is too ambiguous.
                if (len(name) >= 3 or (len(name) == 2 and width == "wide" and not name.isascii())) \
                        and not any(c.isdigit() for c in name):
                    words[name] = number
    return words


_WORD_CHAR = lazy_compile(WORD)
_DAY_BEFORE = lazy_compile(r"(?<![0-9])(?P<d>[0-3]?[0-9])(?:st|nd|rd|th|er|º)?\.?\s?(?:de\s|of\s)?[בל]?$",
                         re.IGNORECASE)
_YEAR_AFTER = lazy_compile(r"\.?(?:,?\s(?:de\s)?(?P<y>[12][0-9]{3})(?:\s?г\.?)?)?", re.IGNORECASE)
_DAY_AFTER = lazy_compile(r"\.?\s(?P<d>[0-3]?[0-9])(?:st|nd|rd|th)?(?![0-9])(?:,?\s(?P<y>[12][0-9]{3}))?",
                        re.IGNORECASE)
# A bare day number and a range word before a date's day ("du 5 au 7 octobre", "vom 5. bis 7. Oktober",
# "من 4 لـ 6 أكتوبر", "5–7 October", "van 5 t/m 7 oktober", "od 5 do 7 października"), or after a month
# name and its day ("October 5–7"): the date ends or starts a span of days (a closure, opening days),
# and promises neither of them. Range words of the languages lint covers; no "and": "on 6 and 7
# October" may promise both days.
_SPAN_WORDS = (r"[-–—~～]|to|till|until|thru|through|bis|au|à|a|al|ao|fino al|t/m|tot en met|tot|till och med|"
               r"t\.o\.m\.|til og med|t\.o\.m|do|до|по|až|–|ile|arası|đến|tới|hingga|sampai|sehingga|ถึง|"
               r"إلى|الى|لـ|ل|حتى|עד|ל-|ל־|から|至|到|~")
_SPAN_BEFORE = lazy_compile(rf"(?<![0-9])[0-3]?[0-9]\.?\s*(?:{_SPAN_WORDS})\s*$", re.IGNORECASE)
_SPAN_AFTER = lazy_compile(rf"\s*(?:{_SPAN_WORDS})\s*[0-3]?[0-9](?![0-9:.,]?[0-9])", re.IGNORECASE)
_ISO = lazy_compile(r"(?<![0-9])(?P<y>[12][0-9]{3})-(?P<m>[01][0-9])-(?P<d>[0-3][0-9])(?![0-9])")
_CJK = lazy_compile(r"(?:(?P<y>[12][0-9]{3})\s?[年년]\s?)?(?P<m>[01]?[0-9])\s?[月월]\s?(?P<d>[0-3]?[0-9])\s?[日일号號]")
# Vietnamese months are numbered words ("ngày 4 tháng 2 năm 2030"): CLDR's names hold digits.
_VI = lazy_compile(r"(?<![0-9])(?P<d>[0-3]?[0-9])\s+tháng\s+(?P<m>[01]?[0-9])(?![0-9])(?:,?\s+năm\s+(?P<y>[12][0-9]{3}))?",
                   re.IGNORECASE)
# The look-behind comes after the first digit: a pattern that starts with a plain class is
# scanned several times faster by ``re`` than one that starts with a look-behind.
_NUMERIC = lazy_compile(r"(?P<a>[0-9](?<![0-9./-][0-9])[0-9]?)(?P<sep>[./-])(?P<b>[0-9]{1,2})(?P=sep)"
                      r"(?P<y>[12][0-9]{3})(?![0-9])")


class _WordFinder:
    """Find day, month or holiday names in the lower-cased text (one literal alternation:
    faster than a case-insensitive one, or than ``str.find`` per word), leftmost-longest, with
    a left word edge except in scripts without spaces or with attached prefixes (ב, ال)."""

    def __init__(self, words: dict[str, int], short: int = 0) -> None:
        self.words = words
        order = sorted(words, key=len, reverse=True)
        self.edged = {w: not (unspaced(w[0]) or _SEMITIC.match(w)) for w in order}
        # words shorter than ``short`` also need a right word edge in alphabets that write words apart
        # ("holi" is not "holiday"); Korean and Turkish attach particles and suffixes ("성탄절에")
        self.closed = {w for w in order if len(w) < short and _CLOSED_SCRIPT.match(w)}
        self.regex = re.compile("|".join(re.escape(w) for w in order)) if order else None

    def find(self, text: str, lowered: str) -> list[tuple[int, int, int]]:
        """(start, end, value) of each name in ``text``; ``lowered`` is ``text.lower()``."""
        if self.regex is None:
            return []
        if len(lowered) != len(text):  # a character whose lower case is longer (İ): compare per char
            lowered = "".join(c.lower()[:1] or c for c in text)
        out = []
        pos = 0
        while True:
            m = self.regex.search(lowered, pos)
            if m is None:
                return out
            start, end = m.span()
            if self.edged[m.group()] and start and _WORD_CHAR.match(text, start - 1):
                pos = start + 1
                continue
            if m.group() in self.closed and _WORD_CHAR.match(text, end):
                pos = start + 1
                continue
            out.append((start, end, self.words[m.group()]))
            pos = end


class _Vocabulary:
    """Compiled day and date patterns for one customer language (plus English)."""

    def __init__(self, language: str, order: str, locale: str | None = None) -> None:
        self.order = order  # "dmy", "mdy" or "ymd": how this customer reads 04/12/2026
        self.language = language
        # The locale's own names too: Austrian "Jänner" is not German "Januar".
        languages = dict.fromkeys([lang for lang in (locale, language, "en") if lang])
        self.days: dict[str, int] = {}
        self.months: dict[str, int] = {}
        for lang in languages:
            days, months = calendar_words(lang)
            self.days.update(days)
            self.months.update(months)
        self.day_names = _WordFinder(self.days)
        self.month_names = _WordFinder(self.months)
        # the short names that begin a longer name of their month ("черв" of "червня", "mar" of "marzo"):
        # followed by a letter they are another word ("7 червоних троянд", "martes")
        self.short_months = frozenset(w for w in self.months if len(w) <= 5 and any(
            o != w and o.startswith(w) and self.months[o] == self.months[w] for o in self.months))


#: The day and month names of one customer language, for other checks that read dates (fasting.py).
DateVocabulary = _Vocabulary


_EN_ARTICLE = lazy_compile(r"(?<![^\W\d_])[Aa]n?\s+$")
_EVE = lazy_compile(r"(?i)\s(?:eve|evening)\b")
_PARENTHESIS = lazy_compile(r"\s*\([^)]*\)")
# A holiday's name followed this closely by its own date ("el Viernes Santo es el 3 de abril") says when
# it is: the date is read, not the name as a second day.
_SAID_GAP = 24
# "Eid al-Fitr Second Day": the day's number after a festival's name
_NTH_DAY = lazy_compile(r"\s+(?:second|third|fourth|2nd|3rd|4th) day$", re.IGNORECASE)
# The customer's language code where the holidays package files the same language under another one.
_PACKAGE_LANGUAGE = {"nb": "no", "nn": "no"}
_HOLIDAY_NOISE = lazy_compile(r"\s*\((?:observed|estimated)[^)]*\)|\s+holiday\b|\s*\*", re.IGNORECASE)


def holiday_names(country: str, language: str, today: dt.date,
                  categories: tuple[str, ...] = ()) -> dict[str, list[dt.date]]:
    """Public holiday name (lower-cased; in the customer's language and English) -> its dates
    this year and next, from the ``holidays`` package: "Boxing Day", "Tag der Deutschen Einheit".

    ``categories``: the package's other categories that close carriers and shops too (Sweden's
    "de_facto": Midsommarafton, Julafton, Nyårsafton), named as the public ones are.
    Kept in the user's cache folder per ``holidays`` release, like the calendars."""
    from ...diskcache import default_cache_dir, digest, remember
    from ...timing.daysoff import holidays_release

    return remember(
        default_cache_dir(), "holidays", digest("names3", country, language, str(today.year), holidays_release(),
                                                *categories),
        lambda: _holiday_names(country, language, today, categories),
        dump=lambda names: {name: [d.isoformat() for d in days] for name, days in names.items()},
        load=lambda stored: {name: [dt.date.fromisoformat(d) for d in days] for name, days in stored.items()})


def _holiday_names(country: str, language: str, today: dt.date,
                   categories: tuple[str, ...] = ()) -> dict[str, list[dt.date]]:
    import holidays

    from ...timing.daysoff import quietly

    try:
        entity = holidays.country_holidays(country, years=())
    except NotImplementedError:
        return {}
    supported = getattr(entity, "supported_languages", ()) or ()
    own = _PACKAGE_LANGUAGE.get(language, language)  # Norway's calendar is in "no", customers write nb
    wanted = [lang for lang in supported if lang.split("_")[0] in (own, "en")] or [None]
    names: dict[str, list[dt.date]] = {}
    # the whole country's holidays first, then those of its states and provinces ("Easter Monday"
    # in England, "Action de grâce" in most of Canada): a draft may name either
    for subdivision in (None, *(getattr(entity, "subdivisions", ()) or ())):
        for lang in wanted:
            try:
                extra = {"categories": ("public", *categories)} if categories else {}
                items = quietly(lambda: list(holidays.country_holidays(
                    country, subdiv=subdivision, years=[today.year, today.year + 1], language=lang,
                    **extra).items()))
            except (NotImplementedError, KeyError, ValueError):
                continue
            for day, raw in items:
                for name in str(raw).split("; "):
                    name = _HOLIDAY_NOISE.sub("", name).strip().lower()
                    if len(name) >= 4 and day not in names.setdefault(name, []):
                        names[name].append(day)
    return names


def _latin_bracketed(text: str, vocab, today: dt.date) -> list[tuple[int, int, int | None, int, int]]:
    """(start, end, year, month, day) of each date with a bracketed Latin weekday abbreviation after it
    (``_LATIN_BRACKET``): a numeric date in whichever order its weekday fits (the customer's first), a bare
    day of the month in the first of the next months where that day is that weekday."""
    days = abbreviated_days(vocab.language)
    out = []
    for m in _LATIN_BRACKET.finditer(text):
        weekday = days.get(m.group("w").lower())
        if weekday is None:
            continue
        a = int(m.group("a"))
        if m.group("b") is not None:
            b = int(m.group("b"))
            orders = [(b, a), (a, b)] if vocab.order.startswith("d") else [(a, b), (b, a)]
        else:
            first = today.replace(day=1)
            orders = [((first.month - 1 + k) % 12 + 1, a) for k in range(_MONTH_REACH)]
        for month, day_n in orders:
            for year in (today.year, today.year + 1):
                try:
                    day = dt.date(year, month, day_n)
                except ValueError:
                    continue
                if (today - day).days <= _PAST_REACH and (m.group("b") is not None or day >= today):
                    break
            else:
                continue
            if day.weekday() == weekday:
                out.append((m.start(), m.end(), day.year, month, day_n))
                break
    return out


def _lone(items: list) -> list:
    """The items (sorted by start) with no neighbour within ``_RANGE_GAP`` characters."""
    items = sorted(items)
    out = []
    for i, item in enumerate(items):
        before = items[i - 1] if i else None
        after = items[i + 1] if i + 1 < len(items) else None
        if before is not None and 0 <= item[0] - before[1] <= _RANGE_GAP:
            continue
        if after is not None and 0 <= after[0] - item[1] <= _RANGE_GAP:
            continue
        out.append(item)
    return out


def _names(carriers: list[str]) -> re.Pattern[str]:
    """One pattern for carrier names: a whole word in Latin script ("Royal Mail Tracked 24"), as
    written in CJK and Thai ("由顺丰", "佐川急便にて")."""
    return re.compile("|".join(
        rf"(?<![^\W\d_]){re.escape(c)}(?![^\W\d_])" if c.isascii() else re.escape(c)
        for c in sorted(carriers, key=len, reverse=True)))


def _next_weekday(today: dt.date, weekday: int) -> dt.date:
    return today + dt.timedelta(days=(weekday - today.weekday()) % 7)


def _anchored_weekday(text: str, start: int, explicit: list[tuple[int, int, dt.date]], today: dt.date,
                      weekday: int, deadline=None) -> dt.date:
    """The day a bare weekday's name at ``text[start:]`` means: the first such weekday on or after the
    nearest date written before it in its paragraph, when that date is still to come ("wir verschicken am
    Freitag, 16. Mai; sie sollte am Samstag bei Ihnen sein" is Saturday 17 May), else in the week of
    ``today``. A date that is a deadline or the customer's occasion (``deadline(text, start, end)``: "in
    time for Sunday 29 March, we ship on Monday") is no anchor: the days before it are meant."""
    for s, e, day in reversed(explicit):
        if e > start:
            continue
        if deadline is not None and deadline(text, s, e):
            break
        if day >= today and "\n\n" not in text[e:start]:
            return _next_weekday(day, weekday)
        break
    return _next_weekday(today, weekday)


class WeekendPromise(RuleType):
    """Days and dates in a reply that fall on the customer's weekend or a public holiday."""

    KEYS = ("tokens", "ignorecase", "exceptions", "deadline_before", "deadline_after", "deadline_between",
            "greetings", "closures", "holiday_before", "holiday_after", "holiday_aliases", "commitment",
            "relative_days", "places", "holiday_categories", "saturday_carriers", "daily_carriers", "majority",
            "postcodes", "sabbath_kept", "that_day")
    DEFAULT_CODE = "weekend_promise"
    FIELDS = ("reason", "date", "when")

    def __init__(self, rule) -> None:
        super().__init__(rule)
        # Phrases that promise the weekend itself ("this weekend", "am Wochenende", "週末").
        self.weekend_words = self.compile_tokens("tokens")
        # the customer said to keep the Sabbath: a Saturday booked for them is religious_insensitivity's
        self.sabbath_kept = self.compile_tokens("sabbath_kept")
        # words pointing back to the day just named ("ese día", "that day"), for a holiday said of it
        that_day = self.strings("that_day")
        self.that_day = (self.compile(rf"(?<![^\W\d_])(?:{'|'.join(f'(?:{w})' for w in that_day)})(?![^\W\d_])",
                                      "that_day", re.IGNORECASE) if that_day else None)
        self.deadlines = Deadlines(self, "deadline_before", "deadline_after", "greetings", "deadline_between",
                                   "closures")
        self.commitment = Commitment(self)
        aliases = self.option("holiday_aliases", {}) or {}
        if not isinstance(aliases, dict) or not all(isinstance(v, str) for v in aliases.values()):
            raise self.fail("holiday_aliases", "'holiday_aliases' maps a name people use to the holiday's English name")
        self.aliases = {str(k).lower(): v.lower() for k, v in aliases.items()}
        before, after = self.strings("holiday_before"), self.strings("holiday_after")
        self.holiday_before = (self.compile(rf"(?<![\w])(?:{'|'.join(f'(?:{b})' for b in before)})\s*$",
                                            "holiday_before", re.IGNORECASE) if before else None)
        self.holiday_after = (self.compile(rf"\s?(?:{'|'.join(f'(?:{a})' for a in after)})",
                                           "holiday_after", re.IGNORECASE) if after else None)
        relative = self.strings("relative_days")
        self.relative_days = (self.compile(rf"(?<![A-Za-zÀ-ɏЀ-ӿ'’])(?:{'|'.join(f'(?:{r})' for r in relative)})\s?[(（][^()（）\n]{{0,24}}$",
                                           "relative_days", re.IGNORECASE) if relative else None)
        # Cities and states whose own public holidays close the carriers there (Saxony's Buß- und
        # Bettag, Lucerne's 8 December, Quebec's 24 June): country -> {place name: subdivision}.
        places = self.option("places", {}) or {}
        if not isinstance(places, dict) or not all(
                isinstance(v, dict) and all(isinstance(n, str) and isinstance(c, (str, int, type(None)))
                                            for n, c in v.items())
                for v in places.values()):
            raise self.fail("places", "'places' maps a country code to {place name: subdivision code, or null "
                                      "for a name that is also a common word}")
        self.places = {str(k).upper(): {n: (None if c is None else str(c)) for n, c in v.items()}
                       for k, v in places.items()}
        self._places: dict[str, tuple[re.Pattern[str], dict[str, str]]] = {}
        # Postcodes that tell the state where a suburb's name does not ("Richmond 3121" is Victoria's,
        # "Richmond 2753" New South Wales'): country -> {pattern: its "code" group, ranges: [[first,
        # last, subdivision]]} (numeric codes) or {pattern, prefixes: {first letters: subdivision}}.
        postcodes = self.option("postcodes", {}) or {}
        if not isinstance(postcodes, dict) or not all(
                isinstance(v, dict) and isinstance(v.get("pattern"), str)
                and (isinstance(v.get("ranges"), list) or isinstance(v.get("prefixes"), dict))
                for v in postcodes.values()):
            raise self.fail("postcodes", "'postcodes' maps a country code to {pattern, ranges: [[first, last, "
                                         "subdivision]]} or {pattern, prefixes: {letters: subdivision}}")
        self.postcodes = {str(k).upper(): (self.compile(v["pattern"], "postcodes", 0),
                                           [(int(a), int(b), str(c)) for a, b, c in v.get("ranges") or []],
                                           {str(x): str(c) for x, c in (v.get("prefixes") or {}).items()})
                          for k, v in postcodes.items()}
        # Days the ``holidays`` package files under another category than "public" that close the
        # carriers and shops all the same (Sweden's Midsummer Eve and Christmas Eve: "de_facto").
        categories = self.option("holiday_categories", {}) or {}
        if not isinstance(categories, dict) or not all(
                isinstance(v, list) and all(isinstance(c, str) for c in v) for v in categories.values()):
            raise self.fail("holiday_categories", "'holiday_categories' maps a country code to a list of the "
                                                  "holidays package's categories that close carriers and shops")
        self.categories = {str(k).upper(): tuple(v) for k, v in categories.items()}
        carriers = self.option("saturday_carriers", {}) or {}
        if not isinstance(carriers, dict) or not all(
                isinstance(v, list) and v and all(isinstance(c, str) and c for c in v) for v in carriers.values()):
            raise self.fail("saturday_carriers", "'saturday_carriers' maps a country code to the carriers that "
                                                 "deliver on Saturdays there")
        self.saturday_carriers = {str(k).upper(): _names(v) for k, v in carriers.items()}
        # carriers that deliver every day there, Sundays and public holidays included (Japan's
        # ヤマト運輸, 佐川急便, ゆうパック); null for a country: not known, nothing assumed
        daily = self.option("daily_carriers", {}) or {}
        if not isinstance(daily, dict) or not all(
                v is None or (isinstance(v, list) and v and all(isinstance(c, str) and c for c in v))
                for v in daily.values()):
            raise self.fail("daily_carriers", "'daily_carriers' maps a country code to the carriers that deliver "
                                              "there on Sundays and public holidays too (or null: not known)")
        self.daily_carriers = {str(k).upper(): _names(v) for k, v in daily.items() if v}
        # countries whose holidays are their states': subdivision -> share of the people (per cent), so that a
        # day most of them have off counts for a customer known only by the country
        majority = self.option("majority", {}) or {}
        if not isinstance(majority, dict) or not all(
                isinstance(v, dict) and v and all(isinstance(n, (int, float)) for n in v.values())
                for v in majority.values()):
            raise self.fail("majority", "'majority' maps a country code to {subdivision: share of the people in %}")
        self.majority = {str(k).upper(): {str(c): float(n) for c, n in v.items()} for k, v in majority.items()}
        self._extra: dict[tuple[str, int], dict[dt.date, str]] = {}
        # the first and last two words of the holidays' names, for the last names table asked about
        self._pairs: tuple[dict | None, frozenset[str]] = (None, frozenset())
        self._vocab: dict[str, _Vocabulary] = {}
        self._days_off: dict[tuple[str, dt.date], str | None] = {}
        self._holidays: dict[tuple[str, str, int], tuple[dict[str, list[dt.date]], _WordFinder]] = {}

    def gloss(self, text: str, start: int, end: int) -> bool:
        """Whether the date at ``text[start:end]`` stands in brackets after a name, telling when it is."""
        left = max(0, start - 26)
        return _GLOSS_OPEN.search(text, left, start) is not None and _GLOSS_CLOSE.match(text, end) is not None \
            and (self.relative_days is None or self.relative_days.search(text, max(0, left - 16), start) is None)

    def saturday_carrier(self, text: str, start: int, end: int, country: str | None,
                         table: dict[str, re.Pattern[str]] | None = None, language: str = "") -> bool:
        """Whether a carrier that delivers on Saturdays in ``country`` (the rule's ``saturday_carriers``,
        or another ``table`` of them: ``daily_carriers``) carries the delivery promised on ``text[start:end]``:
        named in its sentence, or in the sentence right before it in the same paragraph when the day's
        sentence names none of the store's own people or work (``staff``: "Votre colis a été remis à
        Colissimo. La livraison est prévue le samedi 21" is Colissimo's Saturday; "We ship with DHL. Our
        technician comes on Saturday" is the technician's)."""
        carriers = (self.saturday_carriers if table is None else table).get(country or "")
        if carriers is None:
            return False
        left, right = sentence_bounds(text, start, end)
        if carriers.search(text, left, right) is not None:
            return True
        return self.carried_before(text, left, right, carriers, language)

    def carried_before(self, text: str, left: int, right: int, carriers: re.Pattern[str], language: str) -> bool:
        """Whether one of ``carriers`` is named in the sentence before ``text[left:right]``, in its
        paragraph, and the sentence itself is about no work of the store's own."""
        if left < 2 or "\n\n" in text[max(0, left - 3):left + 1]:
            return False
        staff = self.commitment.patterns(language).get("staff") if language else None
        if staff is not None and staff.search(text, left, right) is not None:
            return False
        before = sentence_bounds(text, left - 2, left - 1)[0]
        if "\n\n" in text[before:left]:
            before = text.rindex("\n\n", before, left) + 2
        return carriers.search(text, before, left) is not None

    def own_work(self, text: str, start: int, end: int, language: str) -> bool:
        """Whether the sentence of ``text[start:end]`` names the store's own people or work (``staff``)."""
        staff = self.commitment.patterns(language).get("staff")
        if staff is None:
            return False
        left, right = sentence_bounds(text, start, end)
        return staff.search(text, left, right) is not None

    def occasion(self, text: str, start: int, end: int, day: dt.date, cutoffs: list, target: Target) -> bool:
        """Whether the day at ``text[start:end]`` is the occasion a deadline in its sentence is set for:
        an earlier latest day stands in the sentence, and the day's own clause acts on nothing ("For
        Father's Day on Sunday, June 17, order by Tuesday, June 12", "für Muttertag am Sonntag, 13. Mai,
        bestellen Sie bis Mittwoch, 9. Mai", "Para o Dia das Mães, no domingo, 13 de maio, peça até …").
        "Order by Wednesday and UPS delivers on Sunday" acts in the day's clause: still a promise."""
        left, right = sentence_bounds(text, start, end)
        if not any(left <= s < right and earlier < day for s, earlier in cutoffs):
            return False
        marks = self.commitment.patterns(target.language)
        act = marks.get("act")
        lo, hi = Commitment.clause(text, start, end, left, right, marks)
        # the day's clause ends where the deadline's begins ("For Mother's Day, Sunday 29 May, order
        # by Tuesday 24 May so that it arrives in time": the arrival is the deadline's)
        hi = min([hi] + [s for s, _ in cutoffs if end <= s < hi])
        return act is not None and act.search(text, lo, hi) is None

    def holidays(self, target: Target, today: dt.date) -> tuple[dict[str, list[dt.date]], _WordFinder]:
        key = (target.country or "", target.language, today.year)
        if key not in self._holidays:
            names = holiday_names(target.country, target.language, today,
                                  self.categories.get(target.country, ())) if target.country else {}
            if names:
                names = dict(names)
                for name, days in list(names.items()):  # "boże narodzenie (pierwszy dzień)" -> "boże narodzenie"
                    short = _NTH_DAY.sub("", _PARENTHESIS.sub("", name)).strip()
                    if short != name and len(short) >= 5:
                        # a festival of several days keeps them all under its short name ("Hari Raya
                        # Aidilfitri pada 19 dan 20 Oktober": the second day is named too)
                        names[short] = sorted(set(names.get(short, [])) | set(days))
                    head = short.split(",")[0].strip()  # "dia de portugal, de camões e das …" -> "dia de portugal"
                    if head != short and len(head) >= 10:
                        names.setdefault(head, days)
                for alias, official in self.aliases.items():  # "Navidad", "元旦", "성탄절": the name people use
                    if official in names:
                        names.setdefault(alias, names[official])
            self._holidays[key] = (names, _WordFinder({name: i for i, name in enumerate(names)}, short=5))
        return self._holidays[key]

    def holiday_as_day(self, text: str, start: int, end: int, language: str = "") -> bool:
        """Whether the holiday name at ``text[start:end]`` names the day something happens: a
        day word stands before it ("on Boxing Day", "am Karfreitag", "a Natale") or after it
        ("元日に", "Yılbaşı günü", "성탄절에"). A name used as a word ("the New Year rush",
        "regali di Natale", in English "a Christmas purchase": the Italian and Portuguese "a" is
        the English article) or inside a code ("NATALE15") names no day."""
        if _EVE.match(text, end):
            return False  # "Christmas Eve" is not Christmas Day
        if language == "en" and _EN_ARTICLE.search(text, max(0, start - 4), start):
            return False  # "a Christmas purchase", "an Easter order"
        if self.holiday_after is not None and self.holiday_after.match(text, end):
            return True
        if end < len(text) and (text[end].isalnum() or text[end] in "_-/") and not unspaced(text[end - 1]):
            return False
        return self.holiday_before is not None and \
            self.holiday_before.search(text, max(0, start - 24), start) is not None

    def holiday_named(self, text: str, start: int, end: int, day: dt.date, target: Target, today: dt.date) -> bool:
        """Whether the sentence around ``text[start:end]`` names a holiday that falls on ``day``."""
        names, finder = self.holidays(target, today)
        if not names:
            return False
        left, right = sentence_bounds(text, start, end)
        ordered = list(names)
        sentence = text[left:right]
        return any(day in names[ordered[index]] for _, _, index in finder.find(sentence, sentence.lower()))

    def named_beside(self, text: str, start: int, end: int, day: dt.date, named: list, language: str) -> bool:
        """Whether the holiday falling on ``day`` is named a few words before it, in its sentence, with
        a verb but no action word between ("Kristi himmelsfärdsdag infaller torsdag den 6 maj",
        "Thanksgiving is on Thursday, November 23"): the draft says what the day is, it promises
        nothing on it. A name beside the day with nothing between ("Christmas Day, Monday 25
        December", "le jeudi 6 mai (jour de l'Ascension)") is an apposition: the promise stands, as it
        does when the name's own clause acts on it ("sera livré le jour de l'Aïd al-Fitr béni, mercredi
        14 février", "وسيصلك في أول أيام عيد الفطر المبارك، يوم الأربعاء 14 فبراير")."""
        if not named:
            return False
        marks = self.commitment.patterns(language)
        act = marks.get("act")
        left, right = sentence_bounds(text, start, end)
        # only the names that start in the sentence before the day (``named`` is in text order)
        first = bisect.bisect_left(named, (left,))
        for s, e, days in named[first:bisect.bisect_left(named, (start,))]:
            if day not in days or not (left <= s and e <= right) or (s < end and start < e):
                continue
            if e > start or start - e > _OFF_REACH or not _WORD_CHAR.search(text, e, start):
                continue
            if act is not None:
                lo, _ = Commitment.clause(text, s, e, left, right, marks)
                if act.search(text, lo, s) is not None:
                    continue  # "وسيصلك في أول أيام عيد الفطر المبارك، يوم الأربعاء": the name is the promised day
            if act is None or act.search(text, e, start) is None:
                return True
        return False

    @staticmethod
    def is_named(text: str, end: int, day: dt.date, named: list) -> bool:
        """Whether the day ending at ``end`` is the subject of a copula whose predicate is the holiday
        falling on it ("Monday 14 April is Easter Monday", "13 ตุลาคมเป็นวันนวมินทรมหาราช", "5月5日は
        こどもの日"): the draft says what the day is. An apposition ("Monday 25 December, Christmas
        Day") keeps the promise."""
        i = bisect.bisect_left(named, (end,))
        for s, e, days in named[i:i + 3]:
            if s - end > 16:
                break
            if day in days and _COPULA.fullmatch(text, end, s):
                return True
            # head-final: the day, the name, then the copula ("30 Ağustos Cumartesi Zafer Bayramı olduğu
            # için", "5月3日（火）憲法記念日のため")
            if day in days and not text[end:s].strip(" ,（）()") and _COPULA_AFTER.match(text, e):
                return True
        return False

    def stated_days(self, text: str, found: list, named: list, language: str) -> set[dt.date]:
        """The days the draft says are a holiday: a date whose clause names the holiday falling on it
        or says it is one (the ``off`` nouns), with no action word in that clause ("Thursday, November 11, is Veterans Day", "le dimanche
        1er août étant la fête nationale", "am Sonntag, 1. August, feiern wir den Nationalfeiertag").
        The agent knows what the day is; a delivery promised on it elsewhere (by a carrier that
        works then) is stated knowingly, not the oversight this check is for."""
        marks = self.commitment.patterns(language)
        act, off = marks.get("act"), marks.get("off")
        if len(found) < 2 or (not named and off is None):
            return set()
        out: set[dt.date] = set()
        for start, end, day in found:
            if day in out:
                continue
            left, right = sentence_bounds(text, start, end)
            lo, hi = Commitment.clause(text, start, end, left, right, marks)
            said = any(day in days and lo <= s and e <= hi and not (s < end and start < e) for s, e, days in named) \
                or (off is not None and off.search(text, lo, hi) is not None)
            if not said and off is not None and self.said_after(text, start, end, found, off, act):
                out.add(day)
                continue
            if said and (act is None or act.search(text, lo, hi) is None):
                out.add(day)
        return out

    def said_after(self, text: str, start: int, end: int, found: list, off, act) -> bool:
        """Whether a word pointing back to the day at ``text[start:end]`` ("ese día", "that day") comes
        next in its paragraph, before any other date, and an ``off`` noun follows it with no action word
        between ("el lunes 2... pero ojo, ese día también es feriado por Malvinas")."""
        if self.that_day is None:
            return False
        stop = min(len(text), end + 100)
        if "\n\n" in text[end:stop]:
            stop = text.index("\n\n", end, stop)
        m = self.that_day.search(text, end, stop)
        if m is None or any(end <= s < m.start() for s, _, _ in found if s != start):
            return False
        o = off.search(text, m.end(), min(stop, m.end() + 40))
        return o is not None and (act is None or act.search(text, m.end(), o.start()) is None)

    def subdivisions(self, text: str, country: str | None, language: str = "en",
                     named: list | None = None, holidays: dict | None = None) -> list[tuple[str, str]]:
        """(subdivision, place) of the customer's city, suburb or state named anywhere in ``text``
        ("an Ihre Adresse in Leipzig", "Lieferung nach Gelsenkirchen", "90762 Fürth", "your unit in
        Parramatta"): the ``places`` of the rule, and the state names the ``holidays`` package
        knows, for the countries the rule lists. Not the customer's: a place inside a holiday's name
        (``named``, or a place and the word beside it that begin or end one of the ``holidays``' names:
        "the Melbourne Cup holiday"), a place a day-off noun is said of ("a public holiday
        in Victoria", "in Bayern ein Feiertag") and the store's own ("our Melbourne warehouse",
        "unser Lager in Berlin": the ``ours`` words of the commitment table)."""
        if not country or (country not in self.places and country not in self.postcodes):
            return []
        if country not in self.places:
            tail = len(text)
            return [(code, place) for code, place, _ in self.postcode_states(text, country, tail)][:4]
        if country not in self._places:
            from ...timing.daysoff import holiday_entity

            names = dict(self.places[country])
            aliases = getattr(holiday_entity(country), "subdivisions_aliases", None) or {}
            for alias, code in aliases.items():
                if len(alias) >= 4 and alias[0].isupper():
                    names.setdefault(alias, str(code))
            names = {name: code for name, code in names.items() if code is not None}  # null: a common word
            alternation = "|".join(map(re.escape, sorted(names, key=len, reverse=True)))
            # anywhere in the draft, as a whole word in its own capitals: "an Ihre Adresse in Leipzig",
            # "Lieferung nach Gelsenkirchen", "90762 Fürth" in an address line, "to your Melbourne address"
            pattern = re.compile(rf"(?<![^\W\d_])(?P<a>{alternation})(?![^\W\d_])")
            self._places[country] = (pattern, names)
        pattern, names = self._places[country]
        # not in a short sign-off block ("Kind regards,\nCustomer Care, Sydney"): the team's city
        tail = text.rstrip().rfind("\n\n")
        if tail <= 0 or len(text) - tail > 100 or _DIGITS.search(text, tail):
            tail = len(text)
        out = []
        marks = self.commitment.patterns(language)
        off, act, ours = marks.get("off"), marks.get("act"), marks.get("ours")
        coded = self.postcode_states(text, country, tail)
        for m in pattern.finditer(text, 0, tail):
            place = m.group("a")
            if any(0 <= at - m.end() <= _POSTCODE_REACH and code != names[place] for code, _, at in coded):
                continue  # "St Kilda SA 5110": the postcode says which St Kilda
            if (named and any(s <= m.start() and m.end() <= e for s, e, _ in named)) \
                    or (holidays and self.in_holiday_name(text, m.start(), m.end(), holidays)):
                continue  # "it's not the Melbourne Cup holiday over in Perth": a holiday's name
            if off is not None and off.search(text, max(0, m.start() - 30), m.start()):
                continue  # "a public holiday in Victoria, so it won't affect your delivery to Newtown": its scope
            if off is not None and (after := off.search(text, m.end(), min(len(text), m.end() + 25))) is not None \
                    and not _CLAUSE_END.search(text, m.end(), after.start()) \
                    and (act is None or act.search(text, m.end(), after.start()) is None):
                continue  # "Heilige Drei Könige ist in Bayern ein Feiertag, bei Ihnen in Hamburg aber nicht"
            if ours is not None and (mine := ours.search(text, max(0, m.start() - 25), m.start())) is not None \
                    and not _CLAUSE_END.search(text, mine.end(), m.start()):
                continue  # "Our Melbourne warehouse is closed", "unser Lager in Berlin": the store's place

            if (names[place], place) not in out:
                out.append((names[place], place))
        for code, place, _ in coded:
            if not any(code == c for c, _ in out):
                out.append((code, place))
        return out[:4]

    def postcode_states(self, text: str, country: str, tail: int) -> list[tuple[str, str, int]]:
        """(subdivision, postcode, offset) of each postcode in an address the draft gives (``postcodes``):
        "Richmond 3121", "Richmond VIC 3121", "Toronto, ON M5V 2T6"."""
        spec = self.postcodes.get(country)
        if spec is None:
            return []
        pattern, ranges, prefixes = spec
        out = []
        for m in pattern.finditer(text, 0, tail):
            code = m.group("code")
            if ranges:
                state = next((sub for first, last, sub in ranges if first <= int(code) <= last), None)
            else:
                state = next((sub for p, sub in sorted(prefixes.items(), key=lambda i: -len(i[0]))
                              if code.upper().startswith(p)), None)
            if state is not None:
                out.append((state, code, m.start("code")))
        return out

    def in_holiday_name(self, text: str, start: int, end: int, holidays: dict) -> bool:
        """Whether the place at ``text[start:end]`` and the word after it begin a holiday's name, or the
        word before it and the place end one ("Melbourne Cup" of "Melbourne Cup Day", "Día de Madrid")."""
        if self._pairs[0] is not holidays:
            pairs = set()
            for name in holidays:
                words = name.split()
                if len(words) >= 2:
                    pairs.add(" ".join(words[:2]))
                    pairs.add(" ".join(words[-2:]))
            self._pairs = (holidays, frozenset(pairs))
        pairs = self._pairs[1]
        place = text[start:end].lower()
        # the word beside the place is part of the name only when capitalised as one ("Cup", not "de")
        after = _NEXT_WORD.match(text, end)
        if after is not None and after.group(1)[0].isupper() and f"{place} {after.group(1).lower()}" in pairs:
            return True
        before = _LAST_WORD.search(text, max(0, start - 30), start)
        return before is not None and before.group(1)[0].isupper() and f"{before.group(1).lower()} {place}" in pairs

    def off_anywhere(self, region: str, country: str | None, day: dt.date, places: list[tuple[str, str]]) -> bool:
        """Whether ``day`` is off in ``region`` or in one of the ``places`` (subdivision, name) named, or,
        with no place named, in the states where most of the country's people live (``majority``)."""
        return bool(self.day_off(region, day)) or any(self.day_off(f"{country}-{code}", day) for code, _ in places) \
            or (not places and region == country and self.majority_off(country, day) is not None)

    def majority_off(self, country: str | None, day: dt.date) -> str | None:
        """The holiday on ``day`` in the subdivisions of ``country`` that together hold more than half its
        people (the rule's ``majority``: Australia's Labour Day and King's Birthday), with where it is kept."""
        shares = self.majority.get(country or "")
        if not shares:
            return None
        key = (f"majority:{country}", day)
        if key not in self._days_off:
            from ...timing.daysoff import holiday_name

            named = [(sub, holiday_name(country, day, sub)) for sub in shares]
            off = [(sub, name) for sub, name in named if name]
            if sum(shares[sub] for sub, _ in off) > 50:
                self._days_off[key] = f"{off[0][1]} in {', '.join(sub for sub, _ in off)}"
            else:
                self._days_off[key] = None
        return self._days_off[key]

    def day_off(self, region: str, day: dt.date) -> str | None:
        """``xborder.timing.day_off``, remembered: one holiday lookup per region and date."""
        key = (region, day)
        if key not in self._days_off:
            from ...timing import day_off

            if len(self._days_off) > 50_000:
                self._days_off.clear()
            self._days_off[key] = day_off(region, day) or self.extra_holiday(region, day)
        return self._days_off[key]

    def extra_holiday(self, region: str, day: dt.date) -> str | None:
        """The name of a holiday in one of the country's ``holiday_categories`` that falls on ``day``."""
        country, _, sub = region.upper().partition("-")
        wanted = self.categories.get(country)
        if not wanted:
            return None
        key = (region, day.year)
        if key not in self._extra:
            import holidays

            from ...timing.daysoff import quietly

            try:
                calendar = quietly(lambda: dict(holidays.country_holidays(
                    country, subdiv=sub or None, years=day.year, categories=wanted).items()))
            except (NotImplementedError, KeyError, ValueError):
                calendar = {}
            self._extra[key] = dict(calendar.items())
        return self._extra[key].get(day)

    def vocabulary(self, target: Target) -> _Vocabulary:
        if target.tag not in self._vocab:
            from .dates import reading_order

            own = str(target.locale) if target.locale is not None and str(target.locale) != target.language else None
            self._vocab[target.tag] = _Vocabulary(target.language, reading_order(target.locale)[0], own)
        return self._vocab[target.tag]

    @staticmethod
    def short_date(text: str, at: int, weekday: int, vocab: _Vocabulary, today: dt.date) -> tuple[int, dt.date] | None:
        """(end, date) of a numeric date without a year at ``text[at:]``, right after a weekday's name,
        read in the customer's order, when that weekday is the date's ("ביום חמישי, 5.10", "sábado, 9/9")."""
        m = _SHORT_NUMERIC.match(text, at)
        if m is None:
            return None
        a, b = int(m.group("a")), int(m.group("b"))
        day_n, month = (b, a) if vocab.order.startswith("m") else (a, b)
        try:
            day = dt.date(today.year, month, day_n)
        except ValueError:
            return None
        if (today - day).days > _PAST_REACH:
            day = day.replace(year=today.year + 1) if not (month == 2 and day_n == 29) else day
        return (m.end(), day) if day.weekday() == weekday else None

    @staticmethod
    def dates(text: str, lowered: str, vocab: _Vocabulary, today: dt.date) -> list[tuple[int, int, dt.date]]:
        """Every date written in ``text`` (ISO, numeric in the customer's order, with a month name, 年月日)."""
        found: list[tuple[int, int, int | None, int, int]] = []  # start, end, year, month, day
        for m in (_ISO.finditer(text) if "-" in text else ()):
            found.append((m.start(), m.end(), int(m.group("y")), int(m.group("m")), int(m.group("d"))))
        for m in (_CJK.finditer(text) if ("月" in text or "월" in text) else ()):
            year = m.group("y")
            found.append((m.start(), m.end(), int(year) if year else None, int(m.group("m")), int(m.group("d"))))
        for m in (_VI.finditer(text) if "tháng" in lowered else ()):
            year = m.group("y")
            found.append((m.start(), m.end(), int(year) if year else None, int(m.group("m")), int(m.group("d"))))
        weekdays = _BRACKET_DAYS.get(vocab.language)
        for m in (_BRACKET_WEEKDAY.finditer(text) if weekdays and ("(" in text or "（" in text) else ()):
            a, b = int(m.group("a")), int(m.group("b"))
            month, day_n = (b, a) if vocab.order.startswith("d") else (a, b)
            try:
                day = dt.date(today.year, month, day_n)
            except ValueError:
                continue
            if (today - day).days > _PAST_REACH:
                day = day.replace(year=today.year + 1) if not (month == 2 and day_n == 29) else day
            if day.weekday() == weekdays.get(m.group("w"), -1):
                found.append((m.start(), m.end(), day.year, month, day_n))
        if "(" in text and vocab.language not in _BRACKET_DAYS:
            found.extend(_latin_bracketed(text, vocab, today))
        for m in _NUMERIC.finditer(text):
            a, b = int(m.group("a")), int(m.group("b"))
            if m.group("sep") == "/" and a != b and a <= 12 and b <= 12:
                continue  # 03/04/2026: which day is promised is unknown (ambiguous_date flags it)
            day_n, month = (b, a) if vocab.order.startswith("m") else (a, b)
            found.append((m.start(), m.end(), int(m.group("y")), month, day_n))
        for start, end, month in vocab.month_names.find(text, lowered):
            if end < len(text) and text[end].isalpha() and lowered[start:end] in vocab.short_months:
                continue  # "7 червоних" is no "7 черв." (June)
            before = _DAY_BEFORE.search(text, max(0, start - 16), start)
            if before is not None and _SPAN_BEFORE.search(text, max(0, before.start() - 20), before.start()):
                continue  # "du 5 au 7 octobre": the last day of a span
            if before is not None:
                after = _YEAR_AFTER.match(text, end)
                year = after.group("y")
                found.append((before.start(), after.end(), int(year) if year else None, month,
                              int(before.group("d"))))
                continue
            after = _DAY_AFTER.match(text, end)
            if after is not None and not after.group("y") and _SPAN_AFTER.match(text, after.end()):
                continue  # "October 5–7": the first day of a span
            if after is not None:
                year = after.group("y")
                found.append((start, after.end(), int(year) if year else None, month, int(after.group("d"))))
        dates: list[tuple[int, int, dt.date]] = []
        last_end = -1
        for start, end, year, month, day_n in sorted(found, key=lambda f: (f[0], -f[1])):
            if start < last_end:
                continue
            if year and year > 2400:
                year -= 543  # Thai Buddhist era
            try:
                day = dt.date(year or today.year, month, day_n)
            except ValueError:
                continue
            # A date without a year up to ~3 months back is that past day ("your order of
            # 28 November", written on 1 December); earlier, it is next year's ("by 5 January").
            if year is None and (today - day).days > _PAST_REACH and not (month == 2 and day_n == 29):
                day = day.replace(year=today.year + 1)
            # ... and across the turn of the year: "delivered 21 December", written on 3 January
            elif year is None and (day - today).days > 365 - _PAST_REACH and not (month == 2 and day_n == 29):
                day = day.replace(year=today.year - 1)
            last_end = end
            dates.append((start, end, day))
        return dates

    def find(self, text: str, target: Target) -> Iterator[Hit]:
        if not target.region:
            return
        text = unwrap(text)  # same length: the hits' offsets hold in the draft as written
        vocab = self.vocabulary(target)
        today = target.today()
        lowered = text.lower()
        found = self.dates(text, lowered, vocab, today)
        # Two dates close together are a window ("between 8 and 12 December"), not a promise;
        # so are two day names ("Monday to Friday": opening days).
        found = _lone(found)
        # "samstags", "on Saturdays", "los sábados": every week (opening hours), not one day.
        day_hits = _lone([h for h in vocab.day_names.find(text, lowered) if not _HABITUAL.match(text, h[1])])
        starts = [d[0] for d in found]
        explicit = list(found)  # the dates written out, which a bare weekday after them is counted from
        names, finder = self.holidays(target, today)
        holiday_hits = finder.find(text, lowered) if names else []
        for start, end, weekday in day_hits:
            if any(s <= start and end <= e for s, e, _ in holiday_hits):
                continue  # "el Viernes Santo", "Easter Monday", "Pfingstmontag": the weekday of a holiday's name
            # A weekday written next to a date ("Freitag, 4. Dezember", "Sonntag, den 29.") is that date.
            article = _ARTICLE.match(text, end)
            if article is None and (suffix := _DEFINITE.match(text, end)) is not None:
                article = _ARTICLE.match(text, suffix.end())  # "fredagen den 2 maj", "torsdagen den 1 maj"
                end = suffix.end() if article else end
            after = end + (len(article.group()) if article else 0)
            i = bisect.bisect_left(starts, start - 3)
            near = [d for d in found[i:i + 3] if -3 <= d[0] - after <= 3 or -3 <= start - d[1] <= 3]
            if not near and i:
                near = [d for d in found[i - 1:i] if -3 <= start - d[1] <= 3]
            if near:
                s, e, day = near[0]
                found[found.index(near[0])] = (min(s, start), max(e, end), day)
                continue
            indefinite = _INDEFINITE_BEFORE.get(target.language)
            if indefinite is not None and indefinite.search(text, max(0, start - 10), start):
                continue  # "since July 4 falls on a Wednesday", "auf einen Mittwoch fällt": no particular day
            short = self.short_date(text, after, weekday, vocab, today)
            if short is None and self.commitment.past(text, start, end, target.language):
                continue  # "our driver tried to deliver on Saturday": last week's Saturday, no promise
            found.append((start, short[0] if short else end,
                          short[1] if short else _anchored_weekday(text, start, explicit, today, weekday,
                                                                   self.deadlines.deadline)))
        # A holiday promised by name ("on Boxing Day", "am Tag der Deutschen Einheit"), unless
        # the sentence greets the customer for it ("Frohe Weihnachten").
        named: list[tuple[int, int, list[dt.date]]] = []
        if names:
            ordered = list(names)
            for start, end, index in holiday_hits:
                named.append((start, end, names[ordered[index]]))
                upcoming = [d for d in names[ordered[index]] if d >= today]
                if upcoming and not any(s < end and start < e or (0 <= s - end <= _SAID_GAP and d in upcoming)
                                        for s, e, d in found) \
                        and self.holiday_as_day(text, start, end, target.language) \
                        and not self.deadlines.greeting(text, start, end):
                    found.append((start, end, min(upcoming)))
        cutoffs = None  # the latest days the draft sets, worked out when a promise is found
        keeps_sabbath = None  # whether the draft says the customer keeps the Sabbath, looked for once when needed
        stated = None  # the days the draft says are holidays, worked out when a promise is found
        places = None  # the customer's city or state named in the draft, looked for once when needed
        deadline_end = -_SAME_DAY_GAP - 1
        dated = sorted(found)
        read = 0  # the days before dated[read] have had their deadline reading
        for k, (start, end, day) in enumerate(dated):
            # a past day, or one off neither in the region nor in a place the draft names, is never
            # flagged: the sentence readings below only ever skip a day, so it needs none of them;
            # its deadline reading (which carries to the next day) is made when a later day needs it
            if day < today:
                continue
            if target.region == target.country and places is None:
                places = self.subdivisions(text, target.country, target.language, named, names)
            if not self.off_anywhere(target.region, target.country, day, places or []):
                continue
            for s, e, _ in dated[read:k]:
                if 0 <= s - deadline_end <= _SAME_DAY_GAP or self.deadlines.deadline(text, s, e):
                    deadline_end = e
            read = k + 1
            # "by Saturday": the latest day, not the day promised; so is a date right after it
            # ("bis Samstag, den 12.", "ภายในวันเสาร์ที่ 12 ธันวาคม").
            if 0 <= start - deadline_end <= _SAME_DAY_GAP or self.deadlines.deadline(text, start, end):
                deadline_end = end
                continue
            own = None  # the day's own clause, when its sentence is also a closure notice
            if self.deadlines.closure(text, start, end,
                                      self.commitment.connector_bounds(text, start, end, target.language)):
                own = self.commitment.own_clause(text, start, end, target.language, self.deadlines.closures)
                if own is None or self.holiday_named(text, start, end, day, target, today):
                    # "we are closed on 26 December", "休業日：12月29日～1月3日": no work promised; and a
                    # date given with a closure for the holiday that makes it off is the store's own
                    # reopening ("closed for Eid al-Fitr, and we ship on Sunday 14 March")
                    continue
            if self.gloss(text, start, end):
                continue
            if day.weekday() == 5 and self.sabbath_kept is not None:
                if keeps_sabbath is None:
                    keeps_sabbath = bool(self.sabbath_kept.finditer(text))
                if keeps_sabbath:
                    continue  # "כתבת שאת שומרת שבת … ביום שבת": the clash with their Sabbath, told as such
            if day < today:
                continue  # a date already past is no promise ("your order of Saturday 28 November")
            reason = self.day_off(target.region, day)
            if target.region == target.country:
                if places is None:
                    places = self.subdivisions(text, target.country, target.language, named, names)
                local_days = [(self.day_off(f"{target.country}-{code}", day), place) for code, place in places]
                off = [(local, place) for local, place in local_days if local]
                if off:
                    reason = f"{off[0][0]} in {off[0][1]}"
                elif local_days and reason and reason.startswith("weekend"):
                    reason = None  # a state with its own week: Sunday is a working day in Kota Bharu
                elif not places and not reason:
                    reason = self.majority_off(target.country, day)  # most of Australia keeps its Labour Day
            if reason and day.weekday() == 5 and reason.startswith("weekend") \
                    and self.saturday_carrier(text, start, end, target.country, language=target.language):
                continue  # "went out with Royal Mail, so it should be with you on Saturday"
            daily = self.daily_carriers
            if reason and self.saturday_carrier(text, start, end, target.country, daily, target.language) \
                    and not self.own_work(text, start, end, target.language):
                # "佐川急便にて11月3日にお届け予定です": a carrier that delivers on Sundays and holidays, whether
                # or not the draft marks the day; the store's own call or visit that day is still promised
                continue
            # a promise beside a closure notice is judged on its own clause ("… and the engineer
            # will come on Sunday 26"), else on its sentence
            lo, hi = own or (0, len(text))
            if reason and self.commitment.committed(text[lo:hi], start - lo, end - lo, target.language):
                if self.deadlines.greeting(text, start, end) and self.holiday_named(text, start, end, day, target,
                                                                                   today):
                    continue  # "Wishing you a happy Holi on Wednesday, 20 March!": the greeting's day
                if cutoffs is None:
                    # "order by Wednesday, 9 May": a later day beside one is the occasion ordered for
                    # ("For Mother's Day on Sunday, 13 May, order by …"), no promise
                    cutoffs = [(s, d) for s, e, d in found if self.deadlines.deadline(text, s, e)]
                if cutoffs and self.occasion(text, start, end, day, cutoffs, target):
                    continue
                if self.named_beside(text, start, end, day, named, target.language) or \
                        self.is_named(text, end, day, named):
                    continue  # "Kristi himmelsfärdsdag infaller torsdag den 6 maj", "Thursday, November 23 is Thanksgiving"
                if stated is None:
                    stated = self.stated_days(text, found, named, target.language)
                if day in stated:
                    continue  # the draft says what the day is: its promise elsewhere is made knowingly
                when = f"{day.strftime('%A')} {day.isoformat()}"
                yield Hit(start, end, None, {"reason": reason, "date": day.isoformat(), "when": when})
        if self.weekend_words is not None:
            days = ", ".join(weekend_keys(target.country)) if target.country else "?"
            for _, m in self.weekend_words.finditer(text):
                if self.deadlines.closure(text, m.start(), m.end()) or self.deadlines.greeting(text, m.start(), m.end()) \
                        or not self.commitment.committed(text, m.start(), m.end(), target.language):
                    continue  # "am Wochenende geschlossen", "良い週末をお過ごしください", "祝您周末愉快"
                yield Hit(m.start(), m.end(), None, {"reason": f"weekend ({days})", "date": "",
                                                     "when": "the weekend"})
