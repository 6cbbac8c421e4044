"""Turning rule tokens into regular expressions, with word edges that work across scripts.

Python's ``\\b`` treats combining marks (Devanagari vowel signs, Thai vowels,
Hebrew points) as non-word characters, so ``\\bतुम\\b`` would match inside
``तुम्हारा``. Tokens get explicit look-arounds over :data:`WORD` instead, and
none at all on an edge that is written in a script without spaces (Han, kana,
Thai), where a word edge means nothing.
"""
from __future__ import annotations

import re
import unicodedata
from typing import Iterable

from ..errors import DataError

# A "word character": \w plus the combining marks of the scripts we cover.
WORD = ("[\\w\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670"
        "\u06d6-\u06ed\u0900-\u0963\u0966-\u0dff\u0e31\u0e34-\u0e3a\u0e47-\u0e4e\u3099\u309a]")
LEFT_EDGE = f"(?<!{WORD})"
RIGHT_EDGE = f"(?!{WORD})"

_UNSPACED = ((0x0E00, 0x0EFF), (0x1000, 0x109F), (0x1780, 0x17FF), (0x2E80, 0x9FFF),
             (0xF900, 0xFAFF), (0xFF66, 0xFF9F), (0x20000, 0x2FFFF))


def unspaced(char: str) -> bool:
    """True for a character of a script written without spaces between words (Han, kana, Thai…)."""
    code = ord(char)
    return any(lo <= code <= hi for lo, hi in _UNSPACED)


def _literal_edge_char(pattern: str, last: bool) -> str | None:
    """The first (or last) literal character of a simple pattern, else None."""
    text = pattern.rstrip("?*+") if last else pattern
    if not text:
        return None
    char = text[-1] if last else text[0]
    if char in "\\()[]{}|.^$?*+":
        return None
    return char


def with_edges(pattern: str) -> str:
    """Wrap a token pattern in word-edge look-arounds where its edges are word characters.

    A pattern whose first or last character is not a plain letter (a group, a
    class, an emoji) gets no look-around on that side: the author controls it.
    """
    left = _literal_edge_char(pattern, last=False)
    right = _literal_edge_char(pattern, last=True)
    pre = LEFT_EDGE if left and _is_word(left) and not unspaced(left) else ""
    post = RIGHT_EDGE if right and _is_word(right) and not unspaced(right) else ""
    return f"{pre}(?:{pattern}){post}"


def _is_word(char: str) -> bool:
    return char.isalnum() or unicodedata.category(char).startswith("M") or char == "_"


def compile_rule_regex(pattern: str, rule_id: str, path: object, line: int | None,
                       flags: int = 0) -> re.Pattern[str]:
    """Compile a pattern from a rule file; a bad one is a DataError naming the rule."""
    try:
        return re.compile(pattern, flags)
    except re.error as exc:
        raise DataError(f"rule {rule_id}: regular expression {pattern!r} does not compile: {exc}",
                        path, line) from None
    except (OverflowError, RecursionError) as exc:  # pathological nesting
        raise DataError(f"rule {rule_id}: regular expression {pattern!r} is too complex: {exc}",
                        path, line) from None


def alternation(patterns: Iterable[str], edges: bool = True) -> str:
    """One alternation of several token patterns, longest literal first."""
    items = sorted(dict.fromkeys(patterns), key=lambda p: -len(p))
    return "|".join(with_edges(p) if edges else f"(?:{p})" for p in items)


def overlaps(span: tuple[int, int], spans: Iterable[tuple[int, int]]) -> bool:
    start, end = span
    return any(s < end and start < e for s, e in spans)
