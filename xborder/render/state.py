"""Per-render state the filters and gettext callables read from the template context."""
from __future__ import annotations

import datetime as dt
from typing import Any

STATE_KEY = "_xborder"

FSI, PDI = "\u2068", "\u2069"  # first-strong isolate ... pop directional isolate


class Isolated(str):
    """Text already wrapped (or deliberately not wrapped) for bidi; never wrapped twice."""


class RenderState:
    """What one render knows (locale, zone, instant, direction) and collects (untranslated
    messages, promised dates). A plain class: one is made per reply."""

    __slots__ = ("locale", "tag", "tzinfo", "now", "rtl", "untranslated", "promised_dates", "voice",
                 "formal_only", "currency", "rates", "promise_rules", "notes")

    def __init__(self, locale: Any, tag: str, tzinfo: Any, now: dt.datetime, rtl: bool,
                 voice: str = "formal", currency: str | None = None, rates: Any = None,
                 promise_rules: Any = None) -> None:
        self.locale = locale            # babel.Locale used for formats (the requested locale)
        self.tag = tag                  # its BCP 47 tag
        self.tzinfo = tzinfo            # pytz zone of the customer
        self.now = now                  # aware UTC instant the reply is rendered at
        self.rtl = rtl
        self.untranslated: list[str] = []
        self.promised_dates: list[dt.date] = []
        self.voice = voice              # formal | informal
        self.formal_only: list[str] = []  # informal voice: messages with only a formal translation
        self.currency = currency        # the customer's currency (ISO 4217), None when unknown
        self.rates = rates              # values.Rates the caller gave, or None
        self.promise_rules = promise_rules  # () -> (QuietWindow | None, BusinessHours | None), or None
        self.notes: dict[str, Any] = {}  # flags raised while rendering, by key (each once)

    def note(self, key: str, flag: Any) -> None:
        """Report ``flag`` once per ``key`` (the same amount shown twice is one flag)."""
        self.notes.setdefault(key, flag)

    def isolate(self, text: str) -> str:
        """Wrap an inserted value in bidi isolation marks in right-to-left locales."""
        if isinstance(text, Isolated):
            return text
        return Isolated(f"{FSI}{text}{PDI}" if self.rtl and text else text)
