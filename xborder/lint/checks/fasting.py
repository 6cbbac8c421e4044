"""``during_ramadan``: an ``existence`` rule that holds only while Ramadan is on.

A lunch voucher "valid 12 to 3 pm" offered to a customer in Riyadh in the middle of Ramadan
ignores the fast whether or not the reply names the month. The date is the one the offer names
("a free lunch on Wednesday 30 November"), in its sentence or the one beside it, read by the weekend
check's date reader in the customer's language; with none named, the lint call's ``now`` (the day the
reply is sent) and the fortnight after it, when an offer made now is used. A named date decides
either way: an invitation sent in Ramadan for a day after Eid passes. Ramadan is taken as the 30 days before Eid al-Fitr, whose date comes
from the ``holidays`` package's Hijri calendar (its Saudi table, the Umm al-Qura reckoning). The
first day may be off by one where the new moon is sighted a day later; the middle of the month
is what a reviewer sees.
"""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import Iterator

from ..base import Hit, Target
from ..vale import Existence

_MONTH = 30  # days before Eid al-Fitr counted as Ramadan
_AHEAD = 14  # an offer made now is used over the next fortnight: one made on Ramadan's eve counts


@lru_cache(maxsize=8)
def _eid_days(year: int) -> tuple[dt.date, ...]:
    """First days of Eid al-Fitr in ``year`` and the year after (Saudi calendar)."""
    import holidays

    days = holidays.country_holidays("SA", years=[year, year + 1], language="en_US")
    fitr = {d for d, name in days.items() if "Fitr" in name}
    return tuple(sorted(d for d in fitr if d - dt.timedelta(days=1) not in fitr))


def in_ramadan(day: dt.date) -> bool:
    """True when ``day`` falls in the month of Ramadan (the 30 days before Eid al-Fitr)."""
    return any(0 < (eid - day).days <= _MONTH for eid in _eid_days(day.year))


_SENTENCE_END = re.compile(r"[.!?。！？؟](?=\s|$)|\n\s*\n")


@lru_cache(maxsize=64)
def _vocabulary(tag: str, language: str, locale: str | None):
    """The weekend check's day and month names for one customer locale (built once per locale)."""
    from babel import Locale

    from .dates import reading_order
    from .weekend import DateVocabulary

    return DateVocabulary(language, reading_order(Locale.parse(locale) if locale else None)[0],
                          locale if locale and locale != language else None)


def named_dates(text: str, target: Target) -> list[tuple[int, int, dt.date]]:
    """(start, end, date) of every date written in ``text``, read in the customer's language."""
    from .weekend import WeekendPromise

    locale = str(target.locale) if target.locale is not None else None
    vocab = _vocabulary(target.tag, target.language, locale)
    return WeekendPromise.dates(text, text.lower(), vocab, target.today())


def _sentences_around(text: str, start: int, end: int) -> tuple[int, int]:
    """From the start of the sentence before ``start``'s to the end of the sentence after ``end``'s."""
    bounds = [0] + [m.end() for m in _SENTENCE_END.finditer(text)] + [len(text)]
    k = max(i for i, b in enumerate(bounds) if b <= start)
    j = min(i for i, b in enumerate(bounds) if b >= end)
    return bounds[max(0, k - 1)], bounds[min(len(bounds) - 1, j + 1)]


class DuringRamadan(Existence):
    """``tokens`` flagged only for a day in Ramadan: the date the offer names, or else the day the reply
    is sent and the fortnight after it."""

    DEFAULT_CODE = "religious_insensitivity"

    def find(self, text: str, target: Target) -> Iterator[Hit]:
        hits = list(super().find(text, target))
        if not hits:
            return
        today = target.today()
        soon = any(in_ramadan(today + dt.timedelta(days=n)) for n in range(0, _AHEAD + 1, 2))
        dates = named_dates(text, target)
        for hit in hits:
            lo, hi = _sentences_around(text, hit.start, hit.end)
            named = [day for start, _, day in dates if lo <= start < hi and day >= today]
            if any(in_ramadan(day) for day in named) if named else soon:
                yield hit
