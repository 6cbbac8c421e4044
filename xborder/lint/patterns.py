"""Turning rule tokens into fast matchers, with word edges that work across scripts.

Python's ``\\b`` treats combining marks (Devanagari vowel signs, Thai vowels,
Hebrew points) as non-word characters, so ``\\bतुम\\b`` would match inside
``तुम्हारा``. A token's word edges are therefore checked explicitly — in Python by
:class:`PatternSet` (:func:`is_word_char`), or as look-arounds over :data:`WORD` in
the few single patterns built with :func:`with_edges` — and not at all on an edge
written in a script without spaces (Han, kana, Thai), where a word edge means nothing.
"""
from __future__ import annotations

import contextlib
import re
import sys
import unicodedata
from typing import Iterable, Iterator

from ..errors import DataError
from . import gates

# A "word character": \w plus the combining marks of the scripts we cover.
WORD = ("[\\w\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670"
        "\u06d6-\u06ed\u0900-\u0963\u0966-\u0dff\u0e31\u0e34-\u0e3a\u0e47-\u0e4e\u3099\u309a]")
# Case folding is switched off inside the edges: folding this large class costs more
# to compile than the rest of the pattern, and letters' edges do not depend on case.
LEFT_EDGE = f"(?-i:(?<!{WORD}))"
RIGHT_EDGE = f"(?-i:(?!{WORD}))"

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


def edge_flags(pattern: str) -> tuple[bool, bool]:
    """Whether a token pattern needs a word edge on its left and on its right.

    A pattern whose first or last character is not a plain letter (a group, a
    class, an emoji) gets no edge on that side: the author controls it.
    """
    left = _literal_edge_char(pattern, last=False)
    right = _literal_edge_char(pattern, last=True)
    return (bool(left and _is_word(left) and not unspaced(left)),
            bool(right and _is_word(right) and not unspaced(right)))


def with_edges(pattern: str) -> str:
    """The pattern wrapped in word-edge look-arounds where :func:`edge_flags` asks for them."""
    left, right = edge_flags(pattern)
    return f"{LEFT_EDGE if left else ''}(?:{pattern}){RIGHT_EDGE if right else ''}"


def is_word_char(char: str) -> bool:
    """A letter, digit, underscore or combining mark (the edge test of :class:`PatternSet`)."""
    return char.isalnum() or char == "_" or unicodedata.category(char)[0] == "M"


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


_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "split")
_GATED = ("search", "match", "fullmatch", "finditer", "findall")  # the methods a gate answers for
GATE_KEPT = 300  # a pattern at least this long keeps its gate in front once compiled
_NO_GATE: object = object()  # a LazyPattern's gate, not looked up yet
GATE_REACH = 4096  # the longest part of a text a gate is checked on; a pattern asked about more compiles


class LazyPattern:
    """A regular expression compiled on first use: most of a customer's rules never find
    their literal in a given reply, and a one-off ``xborder reply`` should not pay for
    compiling them. Once compiled, its methods are the compiled pattern's own (no
    indirection). A rule's pattern carries ``where`` (rule id, file, line), so a bad one
    raises that rule's DataError.

    With ``gate=True``, ``search``, ``match``, ``fullmatch``, ``finditer`` and ``findall``
    first look for the pattern's gate (:mod:`xborder.lint.gates`: literals one of which every
    match contains) in the part of the text they are asked about, and answer "no match"
    without compiling when it is not there; the answer is the compiled pattern's either way.
    A pattern of at least ``GATE_KEPT`` characters (a vocabulary's alternation) keeps asking its
    gate once compiled: a few ``in`` tests cost less than trying every alternative at every
    position of a text that holds none of them."""

    def __init__(self, pattern: str, flags: int = 0, where: tuple[str, object, int | None] | None = None,
                 gate: bool = False) -> None:
        self.pattern, self.flags, self.where = pattern, flags, where
        self._compiled: re.Pattern[str] | None = None
        self._gate = _NO_GATE if gate else None
        self._check = None  # the gate as one function (gates.checker), made with the gate

    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            if self.where is None:
                compiled = re.compile(self.pattern, self.flags)
            else:
                rule_id, path, line = self.where
                compiled = compile_rule_regex(self.pattern, rule_id, path, line, self.flags)
            # A long pattern (a vocabulary's alternation) keeps its gate in front: the regular
            # expression tries every alternative at every position, the gate is a few ``in`` tests.
            kept = _GATED if self._gate is not None and len(self.pattern) >= GATE_KEPT else ()
            for name in _METHODS:
                if name not in kept:
                    setattr(self, name, getattr(compiled, name))
            self._compiled = compiled
        return self._compiled

    def _shut(self, string: object, pos: int, endpos: int | None) -> bool:
        """True when the gate shows no match can lie in ``string[pos:endpos]`` (before the first compile)."""
        gate = self._gate
        if gate is None or not isinstance(string, str) or \
                min(len(string), endpos if endpos is not None else len(string)) - max(pos, 0) > GATE_REACH:
            return False  # a long text: compiling costs less than folding it call after call
        if gate is _NO_GATE:
            gate = self._gate = gates.gate_of(self.pattern, self.flags)
            if gate is None:
                if self._compiled is not None:  # compiled before its gate was read: no gate to keep
                    for name in _GATED:
                        setattr(self, name, getattr(self._compiled, name))
                return False
            self._check = gates.checker(gate)
        return not gates.is_open(gate, string, pos, endpos, self._check)

    # Before the first compile only (always for a pattern that keeps its gate): compiled() puts the
    # compiled pattern's methods on the instance.
    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize):
        return None if self._shut(string, pos, endpos) else self.compiled().search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize):
        return None if self._shut(string, pos, endpos) else self.compiled().match(string, pos, endpos)

    def fullmatch(self, string: str, pos: int = 0, endpos: int = sys.maxsize):
        return None if self._shut(string, pos, endpos) else self.compiled().fullmatch(string, pos, endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize):
        return iter(()) if self._shut(string, pos, endpos) else self.compiled().finditer(string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize):
        return [] if self._shut(string, pos, endpos) else self.compiled().findall(string, pos, endpos)

    def __getattr__(self, name: str):  # only reached before the first compile
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self.compiled(), name)


def lazy_compile(pattern: str, flags: int = 0, gate: bool = False) -> LazyPattern:
    """``re.compile`` deferred to first use, for module-level patterns of a check
    that many customers' rule sets never run; ``gate=True``: not compiled at all for
    texts without its gate's literals (:class:`LazyPattern`)."""
    return LazyPattern(pattern, flags, gate=gate)


def alternation(patterns: Iterable[str], edges: bool = True) -> str:
    """One alternation of several token patterns, longest literal first."""
    items = sorted(dict.fromkeys(patterns), key=lambda p: -len(p))
    return "|".join(with_edges(p) if edges else f"(?:{p})" for p in items)


_QUANTIFIERS = "?*{"


def required_literal(pattern: str) -> str | None:
    """The longest literal run every match of ``pattern`` must contain, or None.

    Only runs outside groups and classes count, and a top-level ``|`` means
    there is none. ``(?:a )?piece of cake`` -> ``"piece of cake"``.
    """
    runs: list[str] = []
    current = ""
    depth = 0
    i = 0

    def flush() -> None:
        nonlocal current
        if current:
            runs.append(current)
        current = ""

    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            following = pattern[i + 1:i + 2]
            if depth == 0 and following and not following.isalnum():
                current += following
            else:
                flush()
            i += 2
            continue
        if char == "[":
            flush()
            i += 1
            if pattern[i:i + 1] == "]":
                i += 1
            while i < len(pattern) and pattern[i] != "]":
                i += 2 if pattern[i] == "\\" else 1
            i += 1
            continue
        if char == "(":
            flush()
            depth += 1
        elif char == ")":
            flush()
            depth -= 1
        elif char == "|":
            if depth == 0:
                return None
        elif char in _QUANTIFIERS:
            if depth == 0 and current:
                current = current[:-1]
            flush()
            if char == "{":
                while i < len(pattern) and pattern[i] != "}":
                    i += 1
        elif char in "+.^$":
            flush()
        elif depth == 0:
            current += char
        i += 1
    flush()
    best = max(runs, key=len, default="")
    if len(best) >= 2 or (best and not best.isascii()) or best in (":", "%"):
        return best
    return None


def _split_top(body: str) -> list[str] | None:
    """``a|b(c|d)|e`` -> ["a", "b(c|d)", "e"]: the alternatives at depth 0, or None if unbalanced."""
    parts, depth, current, i = [], 0, "", 0
    while i < len(body):
        char = body[i]
        if char == "\\":
            current += body[i:i + 2]
            i += 2
            continue
        if char == "[":
            end = body.find("]", i + 2)
            if end == -1:
                return None
            current += body[i:end + 1]
            i = end + 1
            continue
        depth += char == "("
        depth -= char == ")"
        if char == "|" and depth == 0:
            parts.append(current)
            current = ""
        else:
            current += char
        i += 1
    parts.append(current)
    return parts if depth == 0 else None


def required_any(pattern: str) -> tuple[str, ...] | None:
    """Literals one of which every match contains, lower-cased, or None when unknown.

    ``(?i:(?:last|past) \\w+day)`` -> ("last", "past"); ``bear with (?:me|us)`` ->
    ("bear with",); ``[!！]{2,}`` -> ("!", "！").
    """
    literal = required_literal(pattern)
    if literal is not None:
        return (literal.lower(),)
    body = pattern
    while True:  # unwrap (?i:…), (?-i:…), (?:…) around the whole pattern
        m = re.match(r"^\((?:\?[a-zA-Z-]*:|\?:)(.*)\)$", body, re.S)
        if not m or _split_top(m.group(1)) is None or body.count("(") < 1:
            break
        inner = m.group(1)
        # only unwrap when the parenthesis closes at the very end
        depth, ok = 0, True
        for k, char in enumerate(body):
            depth += char == "("
            depth -= char == ")"
            if depth == 0 and k < len(body) - 1:
                ok = False
                break
        if not ok:
            break
        body = inner
    if body != pattern:
        literal = required_literal(body)
        if literal is not None:
            return (literal.lower(),)
    top = _split_top(body)
    if top and len(top) > 1:  # "black friday|cyber monday": each alternative's own literal
        needles = [required_literal(alt) for alt in top]
        return tuple(n.lower() for n in needles) if all(needles) else None
    best: tuple[str, ...] | None = None
    for group in _required_groups(body):  # a group every match passes through: "(?:a|b)"
        alternatives = _split_top(group)
        needles = [required_literal(alt) for alt in alternatives or []]
        if needles and all(needles):
            found = tuple(n.lower() for n in needles)
            if best is None or min(map(len, found)) > min(map(len, best)):
                best = found
    if best is not None:
        return best
    chars = leading_chars(body)
    return tuple(c.lower() for c in chars) if chars else None


_NEEDLES: dict[str, tuple[str, ...] | None] = {}
_RECORDING: list[set[str]] = []


def needles(pattern: str) -> tuple[str, ...] | None:
    """:func:`required_any`, remembered per pattern (and seeded from the cache folder by
    :func:`remember_needles`, so a one-off reply does not analyse every rule's patterns)."""
    for used in _RECORDING:
        used.add(pattern)
    try:
        return _NEEDLES[pattern]
    except KeyError:
        found = _NEEDLES[pattern] = required_any(pattern)
        return found


def remember_needles(known: dict[str, list[str] | None]) -> None:
    """Seed :func:`needles` with results computed by an earlier process."""
    for pattern, found in known.items():
        _NEEDLES.setdefault(pattern, tuple(found) if found is not None else None)


@contextlib.contextmanager
def recording_needles() -> Iterator[set[str]]:
    """``with recording_needles() as used:`` collects the patterns :func:`needles` was asked about."""
    used: set[str] = set()
    _RECORDING.append(used)
    try:
        yield used
    finally:
        _RECORDING.remove(used)


def _required_groups(body: str) -> list[str]:
    """The contents of the depth-0 groups of ``body`` that are not optional (no ``?``, ``*``,
    ``{0`` after them) and not look-arounds."""
    groups, i = [], 0
    while i < len(body):
        char = body[i]
        if char == "\\":
            i += 2
            continue
        if char == "[":
            end = body.find("]", i + 2)
            i = (end + 1) if end != -1 else len(body)
            continue
        if char == "(":
            depth, k = 0, i
            while k < len(body):
                if body[k] == "\\":
                    k += 2
                    continue
                depth += body[k] == "("
                depth -= body[k] == ")"
                if depth == 0:
                    break
                k += 1
            inner = body[i + 1:k]
            after = body[k + 1:k + 3]
            optional = after[:1] in ("?", "*") or after in ("{0", "{,")
            lookaround = inner.startswith(("?=", "?!", "?<=", "?<!"))
            if not optional and not lookaround:
                if inner.startswith("?:"):
                    groups.append(inner[2:])
                elif not inner.startswith("?"):
                    groups.append(inner)
            i = k + 1
            continue
        i += 1
    return groups


def leading_chars(pattern: str) -> frozenset[str] | None:
    """The characters a match must start with, when the pattern says so simply
    (``[!！]{2,}`` -> {"!", "！"}, ``🖕`` -> {"🖕"}); else None."""
    if pattern.startswith("[") and not pattern.startswith("[^"):
        end = pattern.find("]", 1)
        body = pattern[1:end]
        optional = pattern[end + 1:end + 2] in ("?", "*") or pattern[end + 1:end + 3] in ("{0", "{,")
        if end > 1 and not any(c in body for c in "\\-[") and not optional:
            return frozenset(body)
        return None
    first = _literal_edge_char(pattern, last=False)
    if first and pattern[1:2] not in ("?", "*", "{", "|") and "|" not in pattern:
        return frozenset(first)
    return None


_LAST_LOWERED: tuple[tuple[str, str], tuple[str, str]] = (("", ""), ("", ""))


def lowered(text: str) -> str:
    """``text.lower()``, remembered for the last two texts: a paragraph passes through a
    dozen pattern sets in a row, each wanting its lower case, and the phrase rules read it
    unwrapped (:func:`xborder.lint.base.unwrap`, another string) between the others."""
    global _LAST_LOWERED
    last, before = _LAST_LOWERED  # one read: consistent even with other threads writing
    if last[0] is text:
        return last[1]
    if before[0] is text:
        return before[1]
    low = text.lower()
    _LAST_LOWERED = ((text, low), last)
    return low


class PatternSet:
    """Many token patterns, each compiled alone and run only when its required literal is in the text.

    One big alternation makes Python's ``re`` try every alternative at every
    position; with 50 idioms that dominates lint time. Each entry carries the
    literals one of which a match must contain (:func:`required_any`), checked
    with ``in`` on the lower-cased text first. Word edges are checked
    in Python rather than compiled into each pattern (a Unicode-wide class in
    hundreds of patterns is slow to compile). ``finditer`` gives ``(index,
    match)`` pairs, leftmost first, longest first at the same start, never
    overlapping — as the alternation would.
    """

    def __init__(self, compiled: list[tuple[tuple[str, ...] | None, re.Pattern[str] | LazyPattern]],
                 ignorecase: bool, edges: list[tuple[bool, bool]] | None = None) -> None:
        self.entries = compiled
        self.edges = edges or [(False, False)] * len(self.entries)
        self.ignorecase = ignorecase
        # needle -> the entries it unlocks; entries with no needle always run
        self.by_needle: dict[str, list[int]] = {}
        self.always = [i for i, (needles, _) in enumerate(compiled) if needles is None]
        for index, (needles, _) in enumerate(compiled):
            for needle in needles or ():
                self.by_needle.setdefault(needle, []).append(index)
        self.needles = tuple(self.by_needle.items())

    @staticmethod
    def _matches(regex: re.Pattern[str], text: str, left: bool, right: bool):
        if not (left or right):
            yield from (m for m in regex.finditer(text) if m.end() > m.start())
            return
        pos, size = 0, len(text)
        while pos <= size:
            m = regex.search(text, pos)
            if m is None:
                return
            start, end = m.span()
            if end > start and not (left and start and is_word_char(text[start - 1])) \
                    and not (right and end < size and is_word_char(text[end])):
                yield m
                pos = end
            else:
                pos = start + 1

    def finditer(self, text: str) -> list[tuple[int, re.Match[str]]]:
        haystack = lowered(text)
        candidates = [i for needle, indices in self.needles if needle in haystack for i in indices]
        if self.always:
            candidates += self.always
        if not candidates:
            return []
        found = []
        for index in sorted(set(candidates)):
            regex = self.entries[index][1]
            if isinstance(regex, LazyPattern):
                regex = regex.compiled()
                self.entries[index] = (self.entries[index][0], regex)
            left, right = self.edges[index]
            for m in self._matches(regex, text, left, right):
                found.append((m.start(), -m.end(), index, m))
        if len(found) > 1:
            found.sort(key=lambda item: item[:3])
        pairs, end = [], -1
        for start, neg_end, index, m in found:
            if start >= end:
                end = -neg_end
                pairs.append((index, m))
        return pairs

    def search_spans(self, text: str) -> list[tuple[int, int]]:
        return [m.span() for _, m in self.finditer(text)]


class LiteralSet:
    """Many fixed strings (zone names, say 700 of them), found by first character: far
    cheaper than a regular expression alternation of them all."""

    def __init__(self, words) -> None:
        self.by_first: dict[str, list[str]] = {}
        for word in sorted(set(words), key=len, reverse=True):
            if word:
                self.by_first.setdefault(word[0], []).append(word)

    def search(self, text: str, start: int = 0, end: int | None = None) -> tuple[int, int] | None:
        """The first (leftmost, longest) occurrence starting in ``text[start:end]``."""
        end = len(text) if end is None else end
        by_first = self.by_first
        for pos in range(start, min(end, len(text))):
            candidates = by_first.get(text[pos])
            if candidates:
                for word in candidates:
                    if text.startswith(word, pos):
                        return pos, pos + len(word)
        return None
