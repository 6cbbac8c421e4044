"""``during_ramadan``: an ``existence`` rule that holds only while Ramadan is on.

A lunch voucher "valid 12 to 3 pm" offered to a customer in Riyadh in the middle of Ramadan
ignores the fast whether or not the reply names the month. The date is the lint call's ``now``
(the day the reply is sent) and the fortnight after it, when an offer made now is used; Ramadan is taken as the 30 days before Eid al-Fitr, whose date comes
from the ``holidays`` package's Hijri calendar (its Saudi table, the Umm al-Qura reckoning). The
first day may be off by one where the new moon is sighted a day later; the middle of the month
is what a reviewer sees.
"""
from __future__ import annotations

import datetime as dt
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


class DuringRamadan(Existence):
    """``tokens`` flagged only when the reply is sent during Ramadan or in the fortnight before it."""

    DEFAULT_CODE = "religious_insensitivity"

    def find(self, text: str, target: Target) -> Iterator[Hit]:
        today = target.today()
        if not any(in_ramadan(today + dt.timedelta(days=n)) for n in range(0, _AHEAD + 1, 2)):
            return iter(())
        return super().find(text, target)
