"""Dates, times, zones and amounts as a local brand writes them, on top of Babel (CLDR).

CLDR gives the patterns; the hand tables below hold only what CLDR lacks, each with
its source:

* ``ORDINAL_FIRST``: the first of the month as an ordinal ("1er décembre").
* ``TIME_PATTERNS``: clock-time conventions of running text ("10:00 Uhr", "10 h").
* ``ZONE_NAMES`` / ``ZONE_STYLE``: a zone's name where CLDR has no short form that
  reads natively ("北京时间", "heure de Paris", "日本時間").
* ``MIN_GROUPING``: CLDR's ``minimumGroupingDigits``, which Babel does not load
  ("1234,50 €" in Spanish, "12.345,50 €").
"""
from __future__ import annotations

import datetime as dt
import functools
import re
from decimal import Decimal
from typing import Any

# Sources: fr, Lexique des règles typographiques en usage à l'Imprimerie nationale ("le 1er mai");
# pt-BR, Manual de Redação da Presidência da República, 3rd ed. 2018, 9.2 ("1º de janeiro");
# it, Accademia della Crusca, "Il primo del mese" ("1° gennaio"). Spanish (RAE, Ortografía 2010)
# and European Portuguese write the cardinal.
ORDINAL_FIRST = {"fr": "er", "pt": "º", "it": "°"}
ORDINAL_EXCLUDED = {"pt_PT", "pt_AO", "pt_MZ"}

# Sources: de, DIN 5008:2020 and Duden ("10:00 Uhr"); fr, Imprimerie nationale ("10 h", "10 h 30"),
# and for fr-CA the OQLF's Banque de dépannage linguistique, "Écriture de l'heure" ("8 h", not "08 h 00").
# fr-CA's own CLDR pattern ("HH 'h' mm") already writes the French way.
# nl, Taalunie (taaladvies.net, "Tijd: schrijfwijze") prefers the point in running text ("om 9.30 uur"),
# as Coolblue ("voor 23.59 uur besteld") and PostNL write; CLDR's "HH:mm" is the digital-clock form.
TIME_PATTERNS = {"de": ("HH:mm 'Uhr'", "HH:mm 'Uhr'"), "fr": ("H 'h'", "H 'h' mm"),
                 "nl": ("H.mm 'uur'", "H.mm 'uur'")}

# CLDR's dateTimeFormat "atTime" variants (full, long), which Babel 2.x does not load; copied
# from CLDR 48 common/main/<lang>.xml (as ICU 78.2 applies them): "mardi 24 novembre 2026 à 10:00".
AT_TIME = {"fr": ("{1} 'à' {0}",) * 2, "de": ("{1} 'um' {0}",) * 2, "en": ("{1} 'at' {0}",) * 2,
           "es": ("{1} 'a las' {0}",) * 2, "it": ("{1} 'alle ore' {0}",) * 2,
           "pt": ("{1} 'às' {0}",) * 2, "ru": ("{1} 'в' {0}",) * 2, "nl": ("{1} 'om' {0}",) * 2,
           "ar": ("{1} 'في' {0}",) * 2, "pl": ("{1}, 'godz.' {0}",) * 2,
           "ja": ("{1}{0}", "{1} {0}")}  # ja full ends in "（火）": no space before the time
# Spanish says "a la una" for 1 o'clock: the article agrees with the hour (RAE, DPD "hora").
AT_ONE = {"es": ("a las", "a la")}

# Full dates where CLDR's pattern differs from the language's own usage. Source: es, Fundéu RAE,
# "fechas, escritura": no comma between the weekday and the day ("el martes 24 de noviembre").
# ja, the weekday short and in full-width brackets after the date, as Rakuten and Amazon.co.jp
# order mails write it ("2026年12月3日（木）"; CLDR: "2026年12月3日木曜日").
FULL_DATE = {"es": "EEEE d 'de' MMMM 'de' y", "ja": "y年M月d日（E）"}

# Zone names CLDR lacks in a form customers use (CLDR: "中国标准时间", "Москва, стандартное время").
# Sources: zh, National Time Service Center of the Chinese Academy of Sciences (北京时间 is China's
# standard time); ru, Federal Law 107-FZ "On the calculation of time", art. 5 (московское время, МСК);
# pt-BR, Lei 12.876/2013 and the Observatório Nacional's "hora legal de Brasília" (CLDR: "BRT");
# es-MX, CENAM, the national time service, "Tiempo del Centro" (CLDR: "hora estándar central").
ZONE_NAMES = {("zh", "Asia/Shanghai"): "北京时间", ("zh", "Asia/Urumqi"): "北京时间",
              ("ru", "Europe/Moscow"): "МСК", ("pt", "America/Sao_Paulo"): "horário de Brasília",
              ("es", "America/Mexico_City"): "hora del centro"}
# pt-PT: the legal time of Decreto-Lei 17/96 (kept by the Observatório Astronómico de Lisboa) is
# announced as "hora de Portugal continental", "hora da Madeira", "hora dos Açores" (CLDR: "WET").
ZONE_NAMES.update({("pt", "Europe/Lisbon"): "hora de Portugal continental",
                   ("pt", "Atlantic/Madeira"): "hora da Madeira", ("pt", "Atlantic/Azores"): "hora dos Açores"})
# How shops of these markets name their own clock (CLDR gives "CET", "한국 표준시", "台北標準時間"):
# nl "Nederlandse tijd" / "Belgische tijd"; pl "czas polski" (in brackets after "godz. 10:00"; the
# genitive "czasu polskiego" reads without them); ko "한국 시간"; zh-TW "台灣時間" (keyed by
# language_TERRITORY, so zh-CN keeps CLDR's name).
ZONE_NAMES.update({("nl", "Europe/Amsterdam"): "Nederlandse tijd", ("nl", "Europe/Brussels"): "Belgische tijd",
                   ("pl", "Europe/Warsaw"): "czas polski", ("ko", "Asia/Seoul"): "한국 시간",
                   ("zh_TW", "Asia/Taipei"): "台灣時間"})
# "location": CLDR's regionFormat ("日本時間", "توقيت مصر") reads more natively than the
# abbreviation; "city": French names the city ("heure de Paris": Le Monde, SNCF timetables),
# as CLDR fr has no short name for Central European Time.
ZONE_STYLE = {"ja": "location", "ar": "location", "fr": "city"}
FULLWIDTH_PARENS = {"zh", "ja"}  # GB/T 15834-2011 and JIS X 4051: full-width parentheses

# CLDR common/main/*.xml <minimumGroupingDigits>2 (checked against ICU 78.2 / CLDR 48);
# es-419 and its children group from four digits (minimumGroupingDigits 1).
MIN_GROUPING = {"es": 2, "es_419": 1, "pl": 2, "pt_PT": 2, "it": 2, "hu": 2, "bg": 2, "lv": 2, "et": 2,
                "sl": 2}
_OFFSET_NAME = re.compile(r"[+-]\d{2}:?\d{2}|(GMT|UTC)[+-].*")
_PATTERN_TOKEN = re.compile(r"'(?:[^']|'')*'|(d+)")


def _chain(locale: Any) -> list[str]:
    """``es_MX`` -> [es_MX, es_419, es]: CLDR's parent chain (with its parent exceptions)."""
    from babel.core import get_global

    parents = get_global("parent_exceptions")
    out, name = [], str(locale)
    while name and name != "root":
        out.append(name)
        name = parents.get(name) or ("_".join(name.split("_")[:-1]) if "_" in name else "")
    return out


@functools.lru_cache(maxsize=256)
def min_grouping(locale: Any) -> int:
    """CLDR's ``minimumGroupingDigits`` for ``locale`` (1 unless the table says otherwise)."""
    for name in _chain(locale):
        if name in MIN_GROUPING:
            return MIN_GROUPING[name]
    return 1


def group_amount(amount: Decimal, locale: Any) -> bool:
    """Whether ``amount``'s integer part gets a grouping separator (minimumGroupingDigits)."""
    return abs(amount) >= Decimal(10) ** (2 + min_grouping(locale))


def _with_ordinal(pattern: str, suffix: str) -> str:
    """``pattern`` with its single ``d`` field followed by ``suffix`` (quotes respected)."""
    return _PATTERN_TOKEN.sub(lambda m: m.group(0) if m.group(1) != "d" else f"d'{suffix}'", pattern)


@functools.lru_cache(maxsize=256)
def _first_suffix(locale: Any) -> str | None:
    if str(locale) in ORDINAL_EXCLUDED:
        return None
    return ORDINAL_FIRST.get(locale.language)


def day_pattern(pattern: str, day: dt.date, locale: Any) -> str:
    """A CLDR date pattern adjusted for the day: "1er décembre" rather than "1 décembre"."""
    suffix = _first_suffix(locale) if day.day == 1 else None
    return _with_ordinal(pattern, suffix) if suffix else pattern


@functools.lru_cache(maxsize=512)
def date_pattern(format: str, locale: Any) -> str:
    """The CLDR pattern behind ``format`` (short|medium|long|full), or ``format`` itself."""
    from ..i18n.dates import get_date_format

    if format == "full" and locale.language in FULL_DATE:
        return FULL_DATE[locale.language]
    if format in ("short", "medium", "long", "full"):
        return get_date_format(format, locale=locale).pattern
    return format


def format_day(day: dt.date, format: str, locale: Any) -> str:
    """``format_date`` with the first-of-month ordinal where the language writes one."""
    from ..i18n.dates import format_date

    return format_date(day, day_pattern(date_pattern(format, locale), day, locale), locale=locale)


def format_clock(local: dt.datetime, locale: Any) -> str:
    """Short clock time as running text writes it ("10:00 Uhr", "10 h", "17:00", "10:00 AM")."""
    from ..i18n.dates import format_time

    patterns = TIME_PATTERNS.get(locale.language)
    if patterns:
        return format_time(local, patterns[1] if local.minute else patterns[0], locale=locale)
    return format_time(local, "short", locale=locale)


def datetime_pattern(format: str, locale: Any, clock: str = "") -> str:
    """How a date and a clock time join ("{1} 'à' {0}"), quotes removed; ``clock``, the time
    as written, picks the article where the language makes it agree ("a la 1:00")."""
    from ..i18n.dates import get_datetime_format

    at = AT_TIME.get(locale.language)
    if at and format in ("full", "long"):
        pattern = at[0 if format == "full" else 1]
        one = AT_ONE.get(locale.language)
        if one and re.match(r"1\D", clock):
            pattern = pattern.replace(f"'{one[0]}'", f"'{one[1]}'")
    else:
        pattern = str(get_datetime_format(format, locale=locale))
    return re.sub(r"'([^']*)'", r"\1", pattern)


def zone_label(local: dt.datetime, locale: Any) -> str:
    """The customer's zone named as the customer's market writes it: "MEZ", "北京时间",
    "heure de Paris", "日本時間", "EST"; CLDR's long name where nothing shorter exists."""
    from ..i18n.dates import get_timezone_location, get_timezone_name

    zone = getattr(local.tzinfo, "zone", None) or str(local.tzinfo)
    language = locale.language
    named = ZONE_NAMES.get((f"{language}_{locale.territory}", zone)) or ZONE_NAMES.get((language, zone))
    if named:
        return named
    if zone in ("UTC", "Etc/UTC", "GMT", "Etc/GMT"):
        return "UTC"
    style = ZONE_STYLE.get(language)
    if style == "location":
        return get_timezone_location(local, locale=locale)
    short = get_timezone_name(local, width="short", locale=locale)
    if not _OFFSET_NAME.fullmatch(short):
        return short
    if style == "city":
        city = get_timezone_location(local, locale=locale, return_city=True)
        vowel = city[:1].upper() in "AEIOUYÀÂÉÈÊÎÏÔÛH"
        return f"heure d’{city}" if vowel else f"heure de {city}"
    return get_timezone_name(local, width="long", locale=locale)


def in_parentheses(text: str, locale: Any) -> str:
    """`` (text)``, or ``（text）`` in Chinese and Japanese."""
    return f"（{text}）" if locale.language in FULLWIDTH_PARENS else f" ({text})"


_RANGE_SEPARATOR = " \u2009\u202f\u00a0–—-~～至"


_FIELDS = re.compile(r"'(?:[^']|'')*'|M+|d+")


def _widened(pattern: str) -> str:
    """An abbreviated CLDR pattern written long: "dd MMM" -> "d MMMM"."""
    return _FIELDS.sub(lambda m: {"MMM": "MMMM", "dd": "d"}.get(m.group(0), m.group(0)), pattern)


@functools.lru_cache(maxsize=512)
def _range_patterns(locale: Any, with_year: bool, field: str, long: bool) -> tuple[str, str] | None:
    formats = locale.interval_formats
    year = "y" if with_year else ""
    # Long: CLDR's own MMMM interval if it has one, else the MMM one widened. Languages whose
    # long date writes the month as a number (ja, zh, ko: "12月7日") keep the MMM skeleton.
    long = long and "MMMM" in date_pattern("long", locale)
    for skeleton, widen in ([(f"{year}MMMMd", False), (f"{year}MMMd", True)] if long
                            else [(f"{year}MMMd", False)]):
        if skeleton in formats and field in formats[skeleton]:
            start, end = formats[skeleton][field]
            if not _day_month_order_agrees(start + end, date_pattern("long", locale)):
                continue  # de_CH's MMMMd ("MMMM d.–d.") contradicts its own "d. MMMM y"
            start = start.rstrip(_RANGE_SEPARATOR)
            return (_widened(start), _widened(end)) if widen else (start, end)
    return None


def _day_month_order_agrees(interval: str, long_pattern: str) -> bool:
    """Whether the interval writes day and month in the order the locale's long date does."""
    def day_first(pattern: str) -> bool | None:
        plain = re.sub(r"'(?:[^']|'')*'", "", pattern)
        day, month = plain.find("d"), plain.find("M")
        return None if day < 0 or month < 0 else day < month
    order, expected = day_first(interval), day_first(long_pattern)
    return order is None or expected is None or order == expected


def range_halves(start: dt.date, end: dt.date, format: str, locale: Any, today: dt.date) -> tuple[str, str]:
    """The two ends of a date range as CLDR's interval format writes them, without what
    they share: ("7", "10 dicembre") for "tra il 7 e il 10 dicembre". The year is left
    out when both ends fall in the customer's current year."""
    from babel.dates import parse_pattern

    if start == end or format not in ("short", "medium", "long", "full"):
        return format_day(start, format, locale), format_day(end, format, locale)
    with_year = not (start.year == end.year == today.year)
    field = "y" if start.year != end.year else "M" if start.month != end.month else "d"
    patterns = _range_patterns(locale, with_year, field, format in ("long", "full"))
    if patterns is None:
        return format_day(start, format, locale), format_day(end, format, locale)
    first, second = (parse_pattern(day_pattern(p, day, locale)).apply(day, locale)
                     for p, day in zip(patterns, (start, end)))
    return first, second


def approximately(locale: Any) -> str:
    """CLDR's approximately sign for the locale ("≈" de, "~" en, "約" ja)."""
    symbols = locale.number_symbols.get(locale.default_numbering_system) or locale.number_symbols.get("latn") or {}
    return symbols.get("approximatelySign", "~")
