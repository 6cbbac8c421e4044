"""The Vale rule types: ``existence``, ``substitution``, ``occurrence`` (and ``gesture_emoji``).

Semantics follow Vale (https://vale.sh/docs/topics/styles/): ``tokens`` are
regular expressions matched as whole words unless ``nonword: true``;
``swap`` maps a pattern to its replacement; ``occurrence`` flags more than
``max`` matches of ``token`` in a ``scope``. One difference: an ``exceptions``
pattern silences every hit it overlaps, so a phrase ("le ton de") can excuse a
word inside it ("ton").
"""
from __future__ import annotations

import re
from typing import Iterator

from .base import Hit, RuleType, Target
from .patterns import PatternSet, alternation, needles


class Existence(RuleType):
    """Flag every occurrence of any of ``tokens``."""

    KEYS = ("tokens", "ignorecase", "exceptions", "nonword")
    REQUIRED = ("tokens",)

    def __init__(self, rule) -> None:
        super().__init__(rule)
        self.regex = self.compile_tokens("tokens", required=True)

    def find(self, text: str, target: Target) -> Iterator[Hit]:
        for _, m in self.regex.finditer(text):
            yield Hit(m.start(), m.end())


class GestureEmoji(Existence):
    """``existence`` for emoji: a match takes in its skin-tone modifier and variation selector."""

    DEFAULT_CODE = "gesture_emoji"

    def __init__(self, rule) -> None:
        RuleType.__init__(self, rule)
        compiled = []
        for token in self.strings("tokens", required=True):
            self.compile(token, "tokens")
            regex = self.compile(f"(?:{token})[\U0001F3FB-\U0001F3FF]?\uFE0F?", "tokens")
            compiled.append((needles(token), regex))
        self.regex = PatternSet(compiled, False)


def keep_case(found: str, replacement: str) -> str:
    """Give the replacement the found text's initial capital (``Du`` -> ``Sie``)."""
    if found[:1].isupper() and replacement[:1].islower():
        return replacement[:1].upper() + replacement[1:]
    return replacement


class Substitution(RuleType):
    """Flag each ``swap`` key and suggest its value."""

    KEYS = ("swap", "ignorecase", "exceptions", "nonword")
    REQUIRED = ("swap",)

    def __init__(self, rule) -> None:
        super().__init__(rule)
        self.regex, self.replacements = self.compile_swap(required=True)

    def compile_swap(self, required: bool) -> tuple[PatternSet | None, list[str]]:
        swap = self.option("swap")
        if swap is None and not required:
            return None, []
        if not isinstance(swap, dict) or not swap:
            raise self.fail("swap", "'swap' must be a mapping of pattern: replacement")
        for pattern, replacement in swap.items():
            if not isinstance(pattern, str) or not isinstance(replacement, str):
                raise self.fail("swap", f"'swap' entries must be text: text, got {pattern!r}: {replacement!r}")
        return self.pattern_set(list(swap), "swap"), list(swap.values())

    def find(self, text: str, target: Target) -> Iterator[Hit]:
        for index, m in self.regex.finditer(text):
            yield Hit(m.start(), m.end(), keep_case(m.group(), self.replacements[index]))


_SCOPES = {
    "text": None,
    "paragraph": re.compile(r"\n[ \t]*\n"),
    "line": re.compile(r"\n"),
    "sentence": re.compile(r"(?<=[.!?。！？])\s+|\n"),
}


class Occurrence(RuleType):
    """Flag the first match beyond ``max`` matches of ``token`` within each ``scope``."""

    KEYS = ("token", "max", "scope", "ignorecase", "nonword")
    REQUIRED = ("token", "max")
    FIELDS = ("count", "max")

    def __init__(self, rule) -> None:
        super().__init__(rule)
        token = self.option("token")
        if not isinstance(token, str) or not token:
            raise self.fail("token", "'token' must be one regular expression")
        nonword = self.option("nonword", False)
        self.regex = self.compile(alternation([token], edges=not nonword), "token")
        self.max = self.option("max")
        if not isinstance(self.max, int) or isinstance(self.max, bool) or self.max < 0:
            raise self.fail("max", "'max' must be a whole number >= 0")
        scope = self.option("scope", "text")
        if scope not in _SCOPES:
            raise self.fail("scope", f"'scope' must be one of {', '.join(_SCOPES)}, not {scope!r}")
        self.splitter = _SCOPES[scope]
        self.whole_text = scope == "text"

    def _scopes(self, text: str) -> Iterator[tuple[int, int]]:
        if self.splitter is None:
            yield 0, len(text)
            return
        start = 0
        for m in self.splitter.finditer(text):
            yield start, m.start()
            start = m.end()
        yield start, len(text)

    def find(self, text: str, target: Target) -> Iterator[Hit]:
        for start, end in self._scopes(text):
            matches = [m for m in self.regex.finditer(text, start, end) if m.end() > m.start()]
            if len(matches) > self.max:
                extra = matches[self.max]
                yield Hit(extra.start(), extra.end(), fields={"count": len(matches), "max": self.max})
