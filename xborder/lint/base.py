"""What every rule type shares: the customer being written to, hits, and the type base class."""
from __future__ import annotations

import datetime as dt
import re
from types import MappingProxyType
from typing import Any, ClassVar, Iterator, Mapping, NamedTuple

from ..errors import DataError
from .patterns import LazyPattern, PatternSet, edge_flags, needles


class Target(NamedTuple):
    """The customer a text is written to, and the options of one lint call."""

    tag: str                        # BCP 47 locale, e.g. "de-DE"
    language: str                   # "de"
    region: str | None              # "DE", "US-CA"; None when nothing tells
    locale: Any                     # babel.Locale
    team_timezone: str | None = None
    now: dt.datetime | None = None  # aware; resolves "by Friday" to a date
    voice: str = "formal"           # the store's register for this customer: formal | informal
    voice_default: bool = False     # True: ``voice`` is the market's default, not the caller's choice
    given_name: str | None = None   # the customer's names, when the caller gives them apart
    family_name: str | None = None

    @property
    def country(self) -> str | None:
        return self.region.split("-")[0] if self.region else None

    def today(self) -> dt.date:
        return (self.now or dt.datetime.now(dt.timezone.utc)).date()


class Hit(NamedTuple):
    """Where a rule matched, what to write instead, and extra message fields."""

    start: int
    end: int
    suggestion: str | None = None
    fields: Mapping[str, Any] = MappingProxyType({})


_EXCEPTION_REACH = 80  # characters either side of a hit searched for an exception


#: Codes whose rules match phrases that a hard line break may split.
UNWRAPPED = frozenset({"idiom", "religious_insensitivity"})
_LINE_BREAK = re.compile(r"(?<=[^\s.!?。！？:;])[ \t]*\n(?=[ \t]*[^\s\-•*>])")


_LAST_UNWRAPPED: tuple[str, str] = ("", "")
# The space a line break left (``unwrap``) between two Han, kana or full-width characters (group 1).
_CJK = r"\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff01-\uff60"
_CJK_WRAP = re.compile(rf"(?<=[{_CJK}])([ \t]+)(?=[{_CJK}])")


def unwrap(text: str) -> str:
    """``text`` with each line break inside a sentence (not after a full stop, not before a blank
    line or a list item) turned into spaces of the same length, so every offset stays valid.

    Remembered for the last text: a draft meets a dozen phrase rules and ``policy_conflict`` in a
    row, and they all get the same string object back (which keeps the lower-case and folded
    copies that :mod:`.patterns` and :mod:`.gates` remember for it valid)."""
    global _LAST_UNWRAPPED
    if "\n" not in text:
        return text
    last = _LAST_UNWRAPPED  # one read: the pair is consistent even with other threads writing
    if last[0] is text:
        return last[1]
    joined = _LINE_BREAK.sub(_spaces, text)
    _LAST_UNWRAPPED = (text, joined)
    return joined


def _spaces(m: re.Match[str]) -> str:
    return " " * (m.end() - m.start())


class RuleType:
    """Base of the rule types (``extends:``). Subclasses compile their options in ``__init__``.

    ``KEYS`` are the type's own keys beyond the common ones, ``REQUIRED`` the
    ones it cannot do without, ``FIELDS`` the extra ``{fields}`` its messages
    may use, ``DEFAULT_CODE`` the contract code when the rule gives none.
    """

    KEYS: ClassVar[tuple[str, ...]] = ()
    REQUIRED: ClassVar[tuple[str, ...]] = ()
    FIELDS: ClassVar[tuple[str, ...]] = ()
    DEFAULT_CODE: ClassVar[str | None] = None
    # True when a hit depends on more of the text than its own paragraph
    # (lint_text runs such rules on the whole text, the others paragraph by paragraph).
    whole_text: bool = False

    def __init__(self, rule) -> None:
        self.rule = rule
        self.lazy: list[LazyPattern] = []
        self.exceptions = self._exceptions()

    # -- helpers for subclasses -------------------------------------------------
    def option(self, key: str, default: Any = None) -> Any:
        return self.rule.options.get(key, default)

    def fail(self, key: str, message: str) -> DataError:
        line, col = self.rule.node.where(key) if self.rule.node is not None else (None, None)
        return DataError(f"rule {self.rule.id}: {message}", self.rule.path, line, col)

    def strings(self, key: str, required: bool = False) -> tuple[str, ...]:
        value = self.option(key)
        if value is None:
            if required:
                raise self.fail(key, f"'{key}' is required")
            return ()
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
            raise self.fail(key, f"'{key}' must be a list of non-empty strings")
        return tuple(value)

    def flags(self) -> int:
        ignorecase = self.option("ignorecase", False)
        if not isinstance(ignorecase, bool):
            raise self.fail("ignorecase", "'ignorecase' must be true or false")
        return re.IGNORECASE if ignorecase else 0

    def compile(self, pattern: str, key: str, flags: int | None = None) -> LazyPattern:
        """The pattern, compiled on first use, and not for a text without its gate's literals
        (:mod:`xborder.lint.gates`); :meth:`validate` compiles them all now."""
        lazy = LazyPattern(pattern, self.flags() if flags is None else flags,
                           (self.rule.id, self.rule.path, self.rule.where(key)), gate=True)
        self.lazy.append(lazy)
        return lazy

    def validate(self) -> None:
        """Compile every pattern now: a bad one raises the rule's file:line DataError."""
        for lazy in self.lazy:
            lazy.compiled()

    def compile_tokens(self, key: str, required: bool = False) -> PatternSet | None:
        """The ``key`` patterns (with word edges unless ``nonword``), each checked on its own."""
        tokens = self.strings(key, required)
        if not tokens:
            return None
        return self.pattern_set(tokens, key)

    def pattern_set(self, patterns, key: str) -> PatternSet:
        nonword = self.option("nonword", False)
        flags = self.flags()
        compiled, edges = [], []
        for pattern in patterns:
            compiled.append((needles(pattern), self.compile(pattern, key, flags)))
            edges.append((False, False) if nonword else edge_flags(pattern))
        return PatternSet(compiled, bool(flags & re.IGNORECASE), edges)

    def _exceptions(self) -> PatternSet | None:
        if "exceptions" not in self.KEYS:
            return None
        return self.compile_tokens("exceptions")

    def excepted(self, text: str, start: int, end: int) -> bool:
        """True when an ``exceptions`` pattern matches text overlapping ``start:end``.

        Exceptions are local phrases, so they are looked for around the hit only.
        """
        if self.exceptions is None:
            return False
        left = max(0, start - _EXCEPTION_REACH)
        window = text[left:min(len(text), end + _EXCEPTION_REACH)]
        return any(s + left < end and start < e + left
                   for s, e in self.exceptions.search_spans(window))

    def _hits_joined(self, text: str, target: Target) -> Iterator[Hit]:
        """The hits in ``text`` with the wrap's space between two Chinese or Japanese characters taken
        out ("为您走额外的\n一英里" is one phrase: those scripts put no space between words), their
        spans mapped back onto ``text``."""
        keep = [True] * len(text)
        for m in _CJK_WRAP.finditer(text):
            for i in range(m.start(1), m.end(1)):
                keep[i] = False
        where = [i for i, k in enumerate(keep) if k]
        joined = "".join(text[i] for i in where)
        for hit in self.find(joined, target):
            start, end = where[hit.start], where[hit.end - 1] + 1 if hit.end > hit.start else where[hit.start]
            if self.exceptions is None or not self.excepted(text, start, end):
                yield hit._replace(start=start, end=end)

    # -- the interface ------------------------------------------------------------
    def find(self, text: str, target: Target) -> Iterator[Hit]:
        raise NotImplementedError

    def hits(self, text: str, target: Target) -> Iterator[Hit]:
        """``find`` minus the hits an exception covers.

        Phrase codes (``UNWRAPPED``) read the text with its single line breaks as spaces: a reply
        pasted from a helpdesk is wrapped at ~70 columns, and "ein Stück\nKuchen" is one phrase.
        """
        if self.rule.code in UNWRAPPED:
            text = unwrap(text)
            if self.rule.code == "idiom" and _CJK_WRAP.search(text):
                return self._hits_joined(text, target)
        found = self.find(text, target)
        if self.exceptions is None:
            return found
        return (hit for hit in found if not self.excepted(text, hit.start, hit.end))
