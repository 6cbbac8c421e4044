"""Per-render state the filters and gettext callables read from the template context."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

STATE_KEY = "_xborder"

FSI, PDI = "\u2068", "\u2069"  # first-strong isolate ... pop directional isolate


class Isolated(str):
    """Text already wrapped (or deliberately not wrapped) for bidi; never wrapped twice."""


@dataclass
class RenderState:
    locale: Any              # babel.Locale used for formats (the requested locale)
    tag: str                 # its BCP 47 tag
    tzinfo: Any              # pytz zone of the customer
    now: dt.datetime         # aware UTC instant the reply is rendered at
    rtl: bool
    untranslated: list[str] = field(default_factory=list)
    promised_dates: list[dt.date] = field(default_factory=list)

    def isolate(self, text: str) -> str:
        """Wrap an inserted value in bidi isolation marks in right-to-left locales."""
        if isinstance(text, Isolated):
            return text
        return Isolated(f"{FSI}{text}{PDI}" if self.rtl and text else text)
