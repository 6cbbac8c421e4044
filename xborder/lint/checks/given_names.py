"""``name_order`` with the customer's names known: the honorific on the right name.

Where the family name comes first and is the one addressed (Chinese, Korean), an
honorific after the given name alone ("伟先生", "서연 님") takes the given name for the
family name, or is a familiarity nobody offered. Vietnamese writes the family name
first too but addresses people by the given name: "anh Nam" for Nguyễn Văn Nam, never
"anh Nguyễn". ``addressed_by`` says which (``family`` | ``given``).

With the caller's structured names (``customer_given_name``, ``customer_family_name``)
the check knows which name is which. Without them, ``addressed_by: given`` still flags a
title followed by a family name from the rule's ``family_names`` (hand data with its
source: no library knows which Vietnamese words are family names) when no other name
follows (a title before the full name, "anh Nguyễn Văn Nam", is fine).
"""
from __future__ import annotations

import re
from typing import Iterator

from ..base import Hit, RuleType, Target

_NAME_WORD = r"[A-ZÀ-ÖØ-ÞĀ-ỸĐ][\wÀ-ỹ'’-]*"
_NEXT_NAME = re.compile(rf"[ \t]+{_NAME_WORD}")


def _same_name(word: str, family: str) -> bool:
    """``word`` is ``family``, or a case or gender form of it (Polish Kowalski -> Kowalska, Kowalskiego;
    Czech Novák -> Nováku): the same stem, at most three letters of ending."""
    w, f = word.casefold(), family.casefold()
    if w == f:
        return True
    stem = f[:-1] if len(f) > 4 and f[-1] in "iayoeů" else f
    return len(stem) >= 4 and w.startswith(stem) and len(w) - len(stem) <= 3


class HonorificName(RuleType):
    """An honorific or title attached to the name the customer's culture does not address."""

    KEYS = ("addressed_by", "honorifics", "titles", "family_names", "family_shapes", "address", "exceptions",
            "attached", "salutations")
    DEFAULT_CODE = "name_order"
    FIELDS = ("name", "addressed")

    def __init__(self, rule) -> None:
        super().__init__(rule)
        self.addressed_by = self.option("addressed_by")
        if self.addressed_by not in ("family", "given"):
            raise self.fail("addressed_by", "'addressed_by' must be 'family' or 'given'")
        honorifics = self.strings("honorifics")
        titles = self.strings("titles")
        if not honorifics and not titles:
            raise self.fail("honorifics", "a honorific_name rule needs 'honorifics' (the words after a name) "
                                          "or 'titles' (the words before it)")
        self.after = (self.compile(rf"\s?(?:{'|'.join(sorted(honorifics, key=len, reverse=True))})",
                                   "honorifics", 0) if honorifics else None)
        # ``attached: true``: the title is written on the name, without a space (Thai คุณวิภา).
        attached = self.option("attached", False)
        if not isinstance(attached, bool):
            raise self.fail("attached", "'attached' must be true or false")
        gap = r"[ \t]*" if attached else r"[ \t]+"
        self.titles = (self.compile(rf"(?<![\w])(?:{'|'.join(titles)}){gap}", "titles", re.IGNORECASE)
                       if titles else None)
        self.family_names = {n.casefold() for n in self.strings("family_names")}
        # Shapes only family names have, for drafts without the caller's names (Polish -ski/-ska).
        shapes = self.strings("family_shapes")
        self.family_shapes = (self.compile(rf"(?:{'|'.join(f'(?:{p})' for p in shapes)})$", "family_shapes", 0)
                              if shapes else None)
        # Greeting words that may stand before the name ("Sayın Öztürk Hanım"): not a given name.
        self.salutations = {w.casefold() for w in self.strings("salutations")}
        # A name then one of the honorifics, for languages that put it after the name (Turkish "Ayşe Hanım").
        self.name_then = (self.compile(rf"(?<![\w'’-])(?P<name>{_NAME_WORD})[ \t]?"
                                       rf"(?P<h>{'|'.join(sorted(honorifics, key=len, reverse=True))})(?![^\W\d_])",
                                       "honorifics", 0) if honorifics else None)
        # How the suggestion addresses the customer: {family}, {given}, {honorific}.
        self.address = self.option("address", "{family}{honorific}")
        try:
            self.address.format(family="", given="", honorific="")
        except (AttributeError, KeyError, IndexError, ValueError):
            raise self.fail("address", "'address' is text with the fields {family}, {given}, {honorific}") from None
        self._finders: dict[str, re.Pattern[str]] = {}

    def find(self, text: str, target: Target) -> Iterator[Hit]:
        if self.addressed_by == "family":
            if self.after is not None:
                yield from self._given_with_honorific(text, target)
            if self.titles is not None:
                yield from self._title_with_given(text, target)
        else:
            if self.titles is not None:
                yield from self._title_with_family(text, target)
            if self.name_then is not None:
                yield from self._family_with_honorific(text, target)

    def _is_family(self, name: str, target: Target) -> bool:
        """Whether ``name`` is the customer's family name (or, without the caller's names, looks like
        one: the rule's ``family_names`` and ``family_shapes``), and not their given name."""
        given, family = target.given_name, target.family_name
        if given and name.casefold() == given.casefold():
            return False
        if family and _same_name(name, family):
            return True
        return name.casefold() in self.family_names or (
            self.family_shapes is not None and self.family_shapes.search(name) is not None)

    def _title_with_given(self, text: str, target: Target) -> Iterator[Hit]:
        """A title before the given name alone where the title goes with the family name ("Frau Julia",
        "Dear Mr Oliver", "Estimada Sra. Lucía"): known only from the caller's names."""
        given, family = target.given_name, target.family_name
        if not given or not family:
            return
        # A given name of several words ("Wei Ming") is mistaken in any of its parts ("Mr Ming").
        parts = [given] + [w for w in given.split() if len(given.split()) > 1 and w.casefold() != family.casefold()]
        for m in self.titles.finditer(text):
            name = next((n for n in parts if text[m.end():m.end() + len(n)].casefold() == n.casefold()
                         and not (m.end() + len(n) < len(text) and (text[m.end() + len(n)].isalnum()
                                                                    or text[m.end() + len(n)] in "-'’"))), None)
            if name is None:
                continue  # not the given name, or a longer word
            end = m.end() + len(name)
            following = _NEXT_NAME.match(text, end)
            if following and following.group().strip().casefold().startswith(family.split()[0].casefold()):
                continue  # "Frau Julia Becker": the full name
            title = m.group().strip()
            yield Hit(m.start(), end, f"{title} {family}", {"name": name, "addressed": "family"})

    def _family_with_honorific(self, text: str, target: Target) -> Iterator[Hit]:
        """One of the honorifics after the family name where it goes after the given name ("Yılmaz Bey"
        for Ahmet Yılmaz: "Ahmet Bey")."""
        given = target.given_name
        for m in self.name_then.finditer(text):
            name = m.group("name")
            if not self._is_family(name, target):
                continue
            words = text[max(0, m.start() - 40):m.start()].split(" ")
            previous = words[-2] if len(words) >= 2 and not words[-1] else ""
            if (given and previous.casefold() == given.split()[-1].casefold()) or (
                    not given and previous[:1].isupper() and previous.isalpha()
                    and previous.casefold() not in self.salutations):
                continue  # "Ahmet Yılmaz Bey": the full name
            honorific = m.group("h")
            suggestion = f"{given.split()[0]} {honorific}" if given else None
            yield Hit(m.start(), m.end(), suggestion, {"name": name, "addressed": "given"})

    def _given_with_honorific(self, text: str, target: Target) -> Iterator[Hit]:
        given, family = target.given_name, target.family_name
        if not given:
            return
        for m in self._finder(given).finditer(text):
            before = text[max(0, m.start() - len(family or "") - 1):m.start()].rstrip()
            if family and before.endswith(family):
                continue  # 王伟先生, 정서연 님: the full name
            after = self.after.match(text, m.end())
            # "서준 최 고객님", "健太 山本様": the given name first (a Latin name keeps its own order)
            if after is None and family and not given.isascii():
                after = self._family_then(family).match(text, m.end())
            if after is not None:
                suggestion = self.address.format(family=family, given=given, honorific=(after.groupdict().get("h") or after.group()).strip())
                yield Hit(m.start(), after.end(), suggestion if family else None,
                          {"name": given, "addressed": "family"})

    def _title_with_family(self, text: str, target: Target) -> Iterator[Hit]:
        given, family = target.given_name, target.family_name
        for m in self.titles.finditer(text):
            word = re.match(_NAME_WORD, text[m.end():])
            if family and text[m.end():m.end() + len(family)].casefold() == family.casefold():
                name = text[m.end():m.end() + len(family)]  # also a name in a script without capitals
                word = re.match(_NAME_WORD, text[m.end():])
                if word is not None and _same_name(word.group(), family):
                    name = word.group()  # "Kowalskiego": the family name declined
            elif word is None:
                continue
            else:
                name = word.group()
            if not self._is_family(name, target):
                continue
            end = m.end() + len(name)
            following = _NEXT_NAME.match(text, end)
            if following and following.group().lstrip()[:1].isupper():
                continue  # "anh Nguyễn Văn Nam": the full name after the title (Thai has no capitals)
            title = m.group().strip()
            space = " " if m.group() != title else ""
            suggestion = f"{title}{space}{given.split()[-1]}" if given else None
            yield Hit(m.start(), end, suggestion, {"name": name, "addressed": "given"})

    def _family_then(self, family: str) -> re.Pattern[str]:
        key = "\0" + family
        if key not in self._finders:
            self._finders[key] = re.compile(rf"[ \t\u3000]?{re.escape(family)}(?P<h>{self.after.pattern})")
        return self._finders[key]

    def _finder(self, name: str) -> re.Pattern[str]:
        if name not in self._finders:
            if len(self._finders) > 1000:
                self._finders.clear()
            # Latin and Hangul names start a word ("서연 님", not the end of "이서연 님"); Chinese
            # has no spaces, so 伟 in "您好伟先生" is found without an edge.
            edge = r"(?<![\w])" if name[:1].isascii() or "\uac00" <= name[:1] <= "\ud7a3" else ""
            self._finders[name] = re.compile(edge + re.escape(name))
        return self._finders[name]
