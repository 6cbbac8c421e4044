"""Whether a day named in a reply is a day the store COMMITS to: the model behind ``weekend_promise``.

A weekend or holiday in a reply is a fault only when someone promises to act on it:
an actor (we, our courier, the parcel) with a delivery, reply, refund, dispatch or
call-back verb in the future or a modal, on that day. A sentence that names the day
without that commitment is not a promise:

- it says the day IS a day off ("As Monday 4 May is a bank holiday…", "el viernes 1 de
  mayo es festivo");
- it starts a period on it ("we reply from Sunday 31 May", "ab Montag", "から", "起");
- it is the customer's own action ("you can collect it on Saturday", "Sie können … abholen");
- it has no action verb and no future or modal marker at all ("Saturday was busy").

Deadlines, ranges, closures and greetings are :mod:`.deadlines`' business. The markers are
the rule file's ``commitment`` table, one short entry per language (see WeekendPromise.yaml):
``act`` (action verb stems and future/modal markers or verb endings: one of them in the
sentence is needed), ``off`` (nouns that say a day is off), ``start`` / ``start_after``
(the start of a period, before or after the day) and ``customer`` (the customer as actor).
The customer's language's entry and English's are used (agents often reply in English).
"""
from __future__ import annotations

import re

from .deadlines import sentence_bounds

_EDGE = r"(?<![A-Za-zÀ-ɏЀ-ӿ'’])"  # Latin and Cyrillic markers start at a word's start
_KINDS = ("act", "off", "start", "start_after", "customer")
_OFF_REACH = 40  # characters between a day and a noun that says it is off
_BETWEEN = r"[\s,]*(?:(?:the|le|la|el|il|o|a|dem|den|der|op|de|del|di|du|يوم|ال|יום|วัน|hari|ngày)\s*){0,2}"


class Commitment:
    """The ``commitment`` table of one rule, compiled per language on first use."""

    def __init__(self, rule_type, key: str = "commitment") -> None:
        table = rule_type.option(key, {}) or {}
        if not isinstance(table, dict):
            raise rule_type.fail(key, f"'{key}' maps a language to its markers ({', '.join(_KINDS)})")
        self.table: dict[str, dict[str, tuple[str, ...]]] = {}
        for language, entry in table.items():
            if not isinstance(entry, dict) or not set(entry) <= set(_KINDS) or not all(
                    isinstance(v, list) and all(isinstance(s, str) and s for s in v) for v in entry.values()):
                raise rule_type.fail(key, f"'{key}.{language}' maps {', '.join(_KINDS)} to lists of patterns")
            self.table[str(language)] = {k: tuple(v) for k, v in entry.items()}
        self.rule_type = rule_type
        self.key = key
        self._compiled: dict[str, dict[str, object]] = {}

    def patterns(self, language: str) -> dict[str, object]:
        if language not in self._compiled:
            merged: dict[str, list[str]] = {k: [] for k in _KINDS}
            for lang in dict.fromkeys([language, "en"]):
                for kind, items in self.table.get(lang, {}).items():
                    merged[kind].extend(items)
            flags = re.IGNORECASE
            alt = {k: "|".join(f"(?:{p})" for p in v) for k, v in merged.items() if v}
            out: dict[str, object] = {}
            for kind in ("act", "off", "customer"):
                if kind in alt:
                    out[kind] = self.rule_type.compile(rf"{_EDGE}(?:{alt[kind]})", self.key, flags)
            if "start" in alt:
                out["start"] = self.rule_type.compile(rf"{_EDGE}(?:{alt['start']}){_BETWEEN}$", self.key, flags)
            if "start_after" in alt:
                out["start_after"] = self.rule_type.compile(
                    rf"[\s,，、）)]*(?:[（(][^）)\n]{{1,6}}[）)])?[\s,，、]*(?:{alt['start_after']})", self.key, flags)
            self._compiled[language] = out
        return self._compiled[language]

    def committed(self, text: str, start: int, end: int, language: str) -> bool:
        """True when the sentence around ``text[start:end]`` commits to acting on that day."""
        marks = self.patterns(language)
        if not self.table:
            return True  # a rule without the table keeps the older behaviour: every day counts
        left, right = sentence_bounds(text, start, end)
        start_before = marks.get("start")
        if start_before is not None and start_before.search(text, max(left, start - 40), start):
            return False  # "from Sunday 31 May", "ab Montag", "à partir du lundi"
        start_after = marks.get("start_after")
        if start_after is not None and start_after.match(text, end):
            return False  # "5月3日から", "12월 25일부터", "1月1日起"
        act = marks.get("act")
        off = marks.get("off")
        if off is not None:
            # "Monday 4 May is a bank holiday", "jour férié du vendredi 1er mai"; but in "25 December
            # is a holiday, so it will arrive on 28 December" the noun belongs to the other day.
            for m in off.finditer(text, max(left, start - _OFF_REACH), min(right, end + _OFF_REACH)):
                gap = (m.end(), start) if m.end() <= start else (end, m.start())
                if act is None or act.search(text, *gap) is None:
                    return False
        customer = marks.get("customer")
        if customer is not None and customer.search(text, left, start):
            return False  # "you can pick it up on Saturday"
        return act is None or act.search(text, left, right) is not None
