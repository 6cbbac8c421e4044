"""``name_order``: addressing a customer by the given name where the family name comes first.

In China, Taiwan, Japan, Korea and Hungary the family name is written first:
a customer who signs "Tanaka Hiroshi" is Mr Tanaka, and "Dear Mr. Hiroshi" or
"Hiroshi様" both take the given name for the family name and address them with
a familiarity nobody offered. (Vietnam also writes the family name first but
addresses people by the given name, so it is not in the rule.)

Which names are given names and which family names is hand data in the rule
file (``given_names``, ``family_names``, in the native script and romanised):
no library knows it. A name is flagged only when it is a known given name and
not also a family name ("Fang" is both), so unknown names pass. With
``surname_prefix: true`` (Chinese), a Han-script name before an honorific
(``honorifics``: 先生, 女士) that does not begin with a known family name is
taken as a given name ("伟先生"). ``western_order: true`` (Hungarian) also flags
"Péter Nagy" — given name first — in a salutation; ``given_alone: false`` lets a
given name stand alone ("Kedves Anna!" is normal Hungarian) unless a title
precedes it ("Dear Mr. Péter").
"""
from __future__ import annotations

import re
from typing import Iterator

from ..base import Hit, RuleType, Target
from ..patterns import lazy_compile

# Salutations that open a reply, in the Latin-script languages xborder covers.
_SALUTATION = (r"(?:Dear|Hi|Hello|Hey|Good (?:morning|afternoon|evening)|Greetings|Sehr geehrter?|Liebe[r]?|Hallo|"
               r"Guten Tag|Bonjour|Chère|Cher|Hola|Estimad[oa]|Querid[oa]|Gentile|Egregi[oa]|Car[oa]|Ciao|Salve|"
               r"Beste|Geachte|Olá|Oi|Prezad[oa]|Sayın|Merhaba|Halo|Yth\.?|Kedves|Tisztelt|Szia)")
_TITLE = (r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Herr|Frau|Monsieur|Madame|M|Mme|Sr|Sra|Srta|Señor|Señora|Sig|Sig\.ra|"
          r"Signor|Signora|Dhr|Mevr|Mevrouw|Meneer|Heer|Bapak|Bpk|Ibu|Pak|Bu|Úr|Asszony)\.?")
_LATIN_NAME = r"[A-ZÀ-ÖØ-ÞŐŰ][a-zà-öø-ÿőű'’]+(?:-[A-Za-zà-öø-ÿőű]+)?"
_LATIN = lazy_compile(
    rf"(?<![\w])(?P<salutation>{_SALUTATION}),?\s+(?:(?P<title>{_TITLE})\s+)?(?P<n1>{_LATIN_NAME})"
    rf"(?:\s+(?P<n2>{_LATIN_NAME}))?(?=\s*(?:[,!.:;\n]|$))")
_HONORIFIC_TAIL = r"\s?(?:{honorifics})"
_NATIVE_NAME = r"[\u3041-\u30ff\u3400-\u9fff\uac00-\ud7a3々]{1,6}"
# Where a Chinese salutation names the customer: at the start of a line, after 尊敬的/亲爱的,
# or after 您好，.
_CN_OPENERS = r"(?:(?:^|\n)[ \t]*(?:尊敬的|亲爱的|親愛的)?|(?:您好|你好)[，,]\s?)"
_HAN_NAME = r"[\u3400-\u9fff]{1,3}"
# The first of two names written apart before an honorific ("石田 美咲様", "서준 최 고객님").
_FIRST_PART = lazy_compile(rf"(?<![\u3041-\u30ff\u3400-\u9fff\uac00-\ud7a3々])(?P<first>{_NATIVE_NAME})[ \t\u3000]$")


def _key(name: str) -> str:
    return name.replace("-", "").replace(" ", "").lower()


class NameOrder(RuleType):
    """A given name used as if it were the family name, in a salutation or before an honorific."""

    KEYS = ("family_names", "given_names", "honorifics", "surname_prefix", "western_order", "given_alone",
            "family_names_complete", "caller_order")
    REQUIRED = ("family_names", "given_names")
    DEFAULT_CODE = "name_order"
    FIELDS = ("name",)

    def __init__(self, rule) -> None:
        super().__init__(rule)
        self.family = {_key(n) for n in self.strings("family_names", required=True)}
        self.given = {_key(n) for n in self.strings("given_names", required=True)} - self.family
        self.family_native = tuple(sorted((n for n in self.strings("family_names") if not n.isascii()),
                                          key=len, reverse=True))
        for key in ("surname_prefix", "western_order", "given_alone", "family_names_complete", "caller_order"):
            if not isinstance(self.option(key, False), bool):
                raise self.fail(key, f"'{key}' must be true or false")
        self.surname_prefix = self.option("surname_prefix", False)
        self.western_order = self.option("western_order", False)
        self.given_alone = self.option("given_alone", True)
        # The caller's names, family name first by custom, written given name first in any language
        # ("Hi Jia Hui Ng" to a customer in Singapore), when the given name is not a Western one (it
        # has two parts, "Jia Hui", "Ji-hoon", or is on the list): "Hi Jason Tan" is his own order.
        self.caller_order = self.option("caller_order", False)
        # The family-name list covers nearly every family (Korean: ~90 names, >98 %): a name
        # not on it is taken for a given name when the other name is a family name.
        self.family_complete = self.option("family_names_complete", False)
        honorifics = self.strings("honorifics")
        self.native = None
        if honorifics:
            tail = _HONORIFIC_TAIL.format(honorifics="|".join(sorted(honorifics, key=len, reverse=True)))
            lead = _CN_OPENERS if self.surname_prefix else ""
            name = _HAN_NAME if self.surname_prefix else _NATIVE_NAME
            self.native = self.compile(f"{lead}(?P<name>{name}?){tail}", "honorifics", 0)
            # The same honorifics after a romanised name: "Hiroshi 様", "Minjun님".
            self.latin_honorific = self.compile(rf"(?<![\w])(?P<name>{_LATIN_NAME}){tail}", "honorifics", 0)

    def is_given(self, name: str) -> bool:
        return _key(name) in self.given

    def native_given(self, run: str) -> int | None:
        """Where the given name starts in the run of name characters before an honorific, or None.

        "太郎" and "いつも太郎" -> the given name 太郎; "田中太郎" is a full name (family
        first) and "田中" a family name: None.
        """
        if self.surname_prefix:  # Chinese: the name is the run; does it begin with a family name?
            if _key(run) in self.family or any(run.startswith(f) for f in self.family_native):
                return None
            return 0
        for i in range(len(run)):
            tail = run[i:]
            if _key(tail) in self.family:
                return None
            if _key(tail) in self.given:
                before = run[:i]
                return None if any(before.endswith(f) for f in self.family_native) else i
        return None

    def reversed_names(self, first: str, second: str) -> bool:
        """Whether "``first`` ``second``" before an honorific puts the given name first ("健太 山本様",
        "서준 최 고객님"): the second is a family name, the first is not, and the first is a known
        given name (or any name, where the family-name list is complete). "石田 美咲様" is right."""
        if _key(first) in self.family or _key(second) not in self.family:
            return False
        return _key(first) in self.given or self.family_complete

    def find(self, text: str, target: Target) -> Iterator[Hit]:
        given, family = target.given_name, target.family_name
        if self.western_order and given and family and target.language == "hu":
            # The caller's names, in a Hungarian text: given name first is the wrong order ("Kedves Anna Kovács!").
            for m in re.finditer(rf"(?<![\w]){re.escape(given)}[ \t]+{re.escape(family)}(?![\w])", text):
                yield Hit(m.start(), m.end(), f"{family} {given}", {"name": m.group()})
        elif self.caller_order and given and family and given.isascii() and family.isascii() \
                and (re.search(r"[ \-]", given.strip()) or self.is_given(given)):
            for m in re.finditer(rf"(?<![\w]){re.escape(given)}[ \t]+{re.escape(family)}(?![\w])", text):
                yield Hit(m.start(), m.end(), f"{family} {given}", {"name": m.group()})
        for m in _LATIN.finditer(text):
            n1, n2 = m.group("n1"), m.group("n2")
            if n2 is None and self.is_given(n1) and (self.given_alone or m.group("title")):
                yield Hit(m.start("n1"), m.end("n1"), None, {"name": n1})
            elif n2 is not None and self.western_order and self.is_given(n1) and _key(n2) in self.family:
                yield Hit(m.start("n1"), m.end("n2"), f"{n2} {n1}", {"name": f"{n1} {n2}"})
        if self.native is None:
            return
        for m in self.native.finditer(text):
            run = m.group("name")
            first = _FIRST_PART.search(text, max(0, m.start("name") - 8), m.start("name")) if run else None
            if first is not None:  # two names written apart: which comes first?
                hit = self.reversed_names(first.group("first"), run)
                if hit:
                    yield Hit(first.start("first"), m.end(), None, {"name": first.group("first")})
                continue
            start = self.native_given(run) if run else None
            if start is not None:
                yield Hit(m.start("name") + start, m.end(), None, {"name": run[start:]})
        for m in self.latin_honorific.finditer(text):
            if self.is_given(m.group("name")):
                yield Hit(m.start("name"), m.end(), None, {"name": m.group("name")})
