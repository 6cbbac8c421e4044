"""``observance_clash``: an offer or wish that clashes with the religious observance the reply names.

One concept for every language: a reply names an observance (Ramadan, Eid, Navratri, Passover, Yom
Kippur, Good Friday, Qingming, Vesak…) and, in that sentence or the one before or after it, offers
what the observance forbids or treats a day of mourning as a party. The rule file lists the
observances (their names in every language, what clashes with each, and the regions where a clash
holds when it is not universal) and the clash categories (their words in every language, the
words that make an offer fit the observance, and why it offends). Naming a religion, greeting a
festival properly, or closing a shop for it raises nothing.
"""
from __future__ import annotations

import re
from typing import Any, Iterator, NamedTuple

from ..base import Hit, RuleType, Target
from ..patterns import PatternSet

# A line break ends a sentence unless the next line goes on in lower case (a wrapped plain-text reply).
_SENTENCE_END = re.compile(r"[.!?。！？؟](?=\s|$)|[。！？]|\n(?![ \t]*[a-zß-ÿа-я])")
_PARAGRAPH = re.compile(r"\n[ \t]*\n")
_ADJACENT = 14  # characters between a wish ("happy", "快乐") and the observance it is put on
_REACH = 600  # characters either side of an observance's name looked at for its sentences
_REFRAIN_REACH = 30  # characters before a clash word where "no", "without", "งด" withdraw the offer


class _Observance(NamedTuple):
    key: str
    what: str
    clashes: tuple[str, ...]
    regions: frozenset[str]
    regional: dict[str, frozenset[str]]  # a clash that holds only in these regions (Good Friday's meat)


class _Clash(NamedTuple):
    words: PatternSet
    unless: PatternSet | None
    why: str
    reach: str  # "adjacent" (a wish on the name), "sentence", "near" (the sentences either side too), "paragraph", "reply"
    beside: PatternSet | None = None  # words that, in the name's own sentence, cancel the clash ("Passover and Easter")


class ObservanceClash(RuleType):
    """An offer or wish the named observance forbids, near the observance's name."""

    KEYS = ("observances", "clashes", "refrain", "ignorecase")
    REQUIRED = ("observances", "clashes")
    DEFAULT_CODE = "religious_insensitivity"
    FIELDS = ("observance",)

    def __init__(self, rule) -> None:
        super().__init__(rule)
        clashes = self.option("clashes")
        if not isinstance(clashes, dict) or not clashes:
            raise self.fail("clashes", "'clashes' maps a category to its words, unless-words and why")
        self.clashes: dict[str, _Clash] = {}
        for name, entry in clashes.items():
            if not isinstance(entry, dict) or not entry.get("words") or not isinstance(entry.get("why"), str):
                raise self.fail("clashes", f"clash {name!r} needs 'words' (a list) and 'why' (text)")
            self.clashes[name] = _Clash(self.pattern_set(self._list(entry["words"], "clashes"), "clashes"),
                                        self.pattern_set(self._list(entry["unless"], "clashes"), "clashes")
                                        if entry.get("unless") else None,
                                        entry["why"], str(entry.get("reach", "near")),
                                        self.pattern_set(self._list(entry["beside"], "clashes"), "clashes")
                                        if entry.get("beside") else None)
            if self.clashes[name].reach not in ("adjacent", "sentence", "near", "paragraph", "reply"):
                raise self.fail("clashes", f"clash {name!r}: 'reach' is adjacent, sentence, near, paragraph or reply")
        observances = self.option("observances")
        if not isinstance(observances, dict) or not observances:
            raise self.fail("observances", "'observances' maps a name to its names, what and clashes")
        self.observances: list[_Observance] = []
        names: list[list[str]] = []
        for key, entry in observances.items():
            if not isinstance(entry, dict) or not entry.get("names") or not entry.get("clashes"):
                raise self.fail("observances", f"observance {key!r} needs 'names' and 'clashes'")
            regional = entry.get("regional") or {}
            if not isinstance(regional, dict):
                raise self.fail("observances", f"observance {key!r}: 'regional' maps a clash to its regions")
            unknown = [c for c in [*self._list(entry["clashes"], "observances"), *regional] if c not in self.clashes]
            if unknown:
                raise self.fail("observances", f"observance {key!r}: unknown clash {unknown[0]!r}")
            self.observances.append(_Observance(
                key, str(entry.get("what") or key),
                tuple(dict.fromkeys([*self._list(entry["clashes"], "observances"), *regional])),
                frozenset(self._list(entry.get("regions") or [], "observances")),
                {c: frozenset(self._list(r, "observances")) for c, r in regional.items()}))
            names.append(self._list(entry["names"], "observances"))
        refrain = self.strings("refrain")
        self.refrain = self.pattern_set(refrain, "refrain") if refrain else None
        # one pattern set over every name; a hit's index tells its observance
        self.owner = [k for k, group in enumerate(names) for _ in group]
        self.names = self.pattern_set([n for group in names for n in group], "observances")

    def _list(self, value: Any, key: str) -> list[str]:
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
            raise self.fail(key, f"'{key}' entries must be lists of non-empty strings")
        return value

    def find(self, text: str, target: Target) -> Iterator[Hit]:
        found = self.names.finditer(text)
        if not found:
            return  # the common case: no observance named
        flagged: set[tuple[int, int]] = set()
        for index, m in found:
            observance = self.observances[self.owner[index]]
            if observance.regions and not (target.region in observance.regions
                                          or target.country in observance.regions):
                continue
            lo, hi = _scope(text, m.start(), m.end())
            for name in observance.clashes:
                where = observance.regional.get(name)
                if where is not None and not (target.region in where or target.country in where):
                    continue
                clash = self.clashes[name]
                if clash.beside is not None and clash.beside.finditer(text[slice(*_sentence(text, m.start(), lo, hi))]):
                    continue  # "closed for Passover and Easter": the store names both festivals itself
                if clash.reach == "adjacent":
                    window = (max(lo, m.start() - _ADJACENT), min(hi, m.end() + _ADJACENT))
                elif clash.reach == "sentence":
                    window = _sentence(text, m.start(), lo, hi)
                elif clash.reach == "paragraph":
                    window = _paragraph(text, m.start(), m.end())
                elif clash.reach == "reply":  # a wish to the customer, wherever the sign-off puts it
                    window = (max(0, m.start() - 2 * _REACH), min(len(text), m.end() + 2 * _REACH))
                else:
                    window = (lo, hi)
                for _, c in clash.words.finditer(text[window[0]:window[1]]):
                    start, end = window[0] + c.start(), window[0] + c.end()
                    if (start, end) in flagged or (start < m.end() and m.start() < end):
                        continue
                    sentence = _sentence(text, start, *window) if clash.reach in ("paragraph", "reply") \
                        else _sentence(text, start, lo, hi)
                    if clash.unless is not None and clash.unless.finditer(text[slice(*sentence)]):
                        continue  # "iftar", "vegetarian", "kosher for Passover", "alcohol-free"
                    if self.refrain is not None and \
                            self.refrain.finditer(text[max(sentence[0], start - _REFRAIN_REACH):start]):
                        continue  # "we sell no alcohol on Makha Bucha", "ร้านงดจำหน่ายเครื่องดื่มแอลกอฮอล์"
                    flagged.add((start, end))
                    yield Hit(start, end, None, {"observance": observance.what,
                                                 "message": f"{clash.why} — the reply names {observance.what}"})


def _scope(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence holding ``start:end`` and the sentences before and after it, inside its paragraph
    (looked for within ``_REACH`` characters either side, so a long text stays linear)."""
    para_lo = max(0, start - _REACH)
    for p in _PARAGRAPH.finditer(text, para_lo, start):
        para_lo = p.end()
    after = _PARAGRAPH.search(text, end, end + _REACH)
    para_hi = after.start() if after else min(len(text), end + _REACH)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, para_lo, para_hi)]
    before = [e for e in ends if e <= start]
    lo = before[-2] if len(before) >= 2 else para_lo
    later = [e for e in ends if e > end]
    hi = later[1] if len(later) >= 2 else para_hi
    return lo, hi


def _paragraph(text: str, start: int, end: int) -> tuple[int, int]:
    """The paragraph holding ``start:end`` (looked for within ``_REACH`` characters either side)."""
    lo = max(0, start - _REACH)
    for p in _PARAGRAPH.finditer(text, lo, start):
        lo = p.end()
    after = _PARAGRAPH.search(text, end, end + _REACH)
    return lo, after.start() if after else min(len(text), end + _REACH)


def _sentence(text: str, start: int, lo: int, hi: int) -> tuple[int, int]:
    """The sentence around ``start`` within ``lo:hi``."""
    left = lo
    for m in _SENTENCE_END.finditer(text, lo, start):
        left = m.end()
    right = _SENTENCE_END.search(text, start, hi)
    return left, right.end() if right else hi
