"""``calque``: an English idiom translated word for word into the reply's language.

One concept for every language: the rule file lists English idioms, and for each the word-for-word
renderings a translation tool or a bilingual agent produces in each language ("un morceau de
gâteau", "ein Stück Kuchen", "ケーキのひと切れ" for "a piece of cake"), the language's own idiom as
the suggestion, and the words that make the same phrase literal when they share its sentence (a
slice of cake from a bakery, a book on rocket science). Adding a language is adding its renderings.
"""
from __future__ import annotations

import re
from typing import Any, Iterator, NamedTuple

from ..base import Hit, RuleType, Target
from ..patterns import PatternSet

_SENTENCE_END = re.compile(r"[.!?。！？؟](?=\s|$)|[。！？]|\n")


class _Idiom(NamedTuple):
    english: str
    native: dict[str, str]
    literal: PatternSet | None


class Calque(RuleType):
    """Word-for-word renderings of English idioms in the reply's language."""

    KEYS = ("idioms", "ignorecase")
    REQUIRED = ("idioms",)
    DEFAULT_CODE = "idiom"
    FIELDS = ("english",)

    def __init__(self, rule) -> None:
        super().__init__(rule)
        idioms = self.option("idioms")
        if not isinstance(idioms, dict) or not idioms:
            raise self.fail("idioms", "'idioms' maps an idiom to its english, calques, native and literal words")
        self.idioms: list[_Idiom] = []
        by_language: dict[str, list[tuple[int, str]]] = {}
        for key, entry in idioms.items():
            if not isinstance(entry, dict) or not isinstance(entry.get("english"), str) \
                    or not isinstance(entry.get("calques"), dict) or not entry["calques"]:
                raise self.fail("idioms", f"idiom {key!r} needs 'english' (text) and 'calques' (language: list)")
            native = entry.get("native") or {}
            if not isinstance(native, dict) or not all(isinstance(v, str) for v in native.values()):
                raise self.fail("idioms", f"idiom {key!r}: 'native' maps a language to its own idiom")
            literal = self._list(entry.get("literal") or [])
            self.idioms.append(_Idiom(entry["english"], dict(native),
                                      self.pattern_set(literal, "idioms") if literal else None))
            for language, patterns in entry["calques"].items():
                for pattern in self._list(patterns):
                    by_language.setdefault(str(language), []).append((len(self.idioms) - 1, pattern))
        # per language: one pattern set over its renderings; a hit's index tells its idiom
        self.languages = {lang: ([k for k, _ in items], self.pattern_set([p for _, p in items], "idioms"))
                          for lang, items in by_language.items()}

    def _list(self, value: Any) -> list[str]:
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
            raise self.fail("idioms", "calques and literal words are lists of non-empty strings")
        return value

    def find(self, text: str, target: Target) -> Iterator[Hit]:
        entry = self.languages.get(target.language)
        if entry is None:
            return
        owners, patterns = entry
        for index, m in patterns.finditer(text):
            idiom = self.idioms[owners[index]]
            if idiom.literal is not None:
                lo, hi = _sentence(text, m.start(), m.end())
                if idiom.literal.finditer(text[lo:hi]):
                    continue  # "un morceau de gâteau au chocolat": cake, not an idiom
            native = idiom.native.get(target.language)
            message = (f"'{idiom.english}' translated word for word reads as a machine translation"
                       + (f" — write '{native}'" if native else " — use the language's own idiom or plain words"))
            yield Hit(m.start(), m.end(), native, {"english": idiom.english, "message": message})


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    left = 0
    for m in _SENTENCE_END.finditer(text, max(0, start - 300), start):
        left = m.end()
    if left == 0:
        left = max(0, start - 300)
    right = _SENTENCE_END.search(text, end, end + 300)
    return left, right.end() if right else min(len(text), end + 300)
