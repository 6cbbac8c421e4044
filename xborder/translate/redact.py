"""Keep customer data out of the translation service: placeholders in, values back out.

Before a text leaves the machine every e-mail address, URL, IBAN (mod-97 checked),
payment card number (Luhn checked), tracking number, phone number, order number,
long digit run, template variable value, glossary do-not-translate term and
format placeholder (``%(name)s``) is replaced by a numbered token ``{0}``, ``{1}``…
Engines keep such tokens because software strings are full of them. After
translation :func:`restore` checks that each token came back exactly once and puts
the original value back; anything else rejects the translation.

The values never leave this module's objects: results report counts by kind only.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable, Sequence

from ..checksums import iban_ok, luhn_ok
from ..textspans import EMAIL as _EMAIL
from ..textspans import ORDER as _ORDER
from ..textspans import ORDER_AFTER_WORD as _ORDER_AFTER_WORD
from ..textspans import URL as _URL
from ..textspans import phone_spans as _phone_spans

# A token as engines may give it back: ``{3}``, ``{ 3 }``, or with full-width
# braces and digits (``｛３｝``), which CJK output sometimes uses.
TOKEN_RE = re.compile(r"[{｛]\s*([0-9０-９]{1,4})\s*[}｝]")

# Kinds in priority order: when two candidates overlap the earlier kind wins.
KINDS = ("braces", "format", "markup", "variable", "custom", "url", "email", "iban", "card", "tracking",
         "phone", "glossary", "order", "number")

_IBAN = re.compile(r"(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?: ?[A-Z0-9]{1,4}){3,9}(?![A-Za-z0-9])")
_CARD = re.compile(r"(?<![\w-])\d(?:[ -]?\d){12,18}(?![\w])")
# UPS (1Z + 16), UPU S10 international postal items (RR123456789DE).
_TRACKING = re.compile(r"(?<![A-Za-z0-9])(?:1Z[0-9A-Z]{16}|[A-Z]{2}\d{9}[A-Z]{2})(?![A-Za-z0-9])")
_NUMBER = re.compile(r"(?<![\w])\+?\(?\d(?:[\d .\-/()]*\d)?(?!\w)")
_FORMAT = re.compile(r"%\(\w+\)[sdifr]|%%")
_MARKUP = re.compile(r"<[^<>]+>|&(?:[A-Za-z]+|#\d+|#x[0-9A-Fa-f]+);")
_MIN_NUMBER_DIGITS = 6


@dataclass(frozen=True)
class Placeholder:
    """One protected value; ``value`` never leaves the machine."""

    index: int
    kind: str
    value: str = field(repr=False)

    @property
    def token(self) -> str:
        return "{%d}" % self.index


@dataclass(frozen=True)
class Redacted:
    """A text with its protected values replaced by tokens."""

    text: str
    placeholders: tuple[Placeholder, ...]

    def counts(self) -> dict[str, int]:
        """How many values of each kind were protected (the values themselves are not shown)."""
        return dict(sorted(Counter(p.kind for p in self.placeholders).items()))


class PlaceholderMismatch(Exception):
    """The engine dropped, repeated or invented a token; the message names tokens and kinds only."""




def _shrink(text: str, start: int, end: int, valid, seps: str) -> tuple[int, int] | None:
    """The longest valid prefix of text[start:end] that ends where a group ends.

    A greedy pattern may run on into the next group of digits ("card 4111 1111 1111
    1111 2024"); cutting back group by group finds the real number.
    """
    cuts = [end] + [i for i in range(end - 1, start, -1) if text[i] in seps and text[i - 1] not in seps]
    for cut in cuts:
        if valid(text[start:cut]):
            return start, cut
    return None


def _strip_url_tail(url: str) -> str:
    while url and url[-1] in ".,;:!?'\"":
        url = url[:-1]
    for close, open_ in ((")", "("), ("]", "["), ("}", "{")):
        while url.endswith(close) and url.count(close) > url.count(open_):
            url = url[:-1]
    return url


class Redactor:
    """Finds the values to protect; build once per configuration and reuse."""

    def __init__(self, kinds: Iterable[str] = ("email", "url", "iban", "card", "phone", "tracking",
                                                 "order", "number"),
                 patterns: Sequence[tuple[str, str]] = ()) -> None:
        self.kinds = frozenset(kinds)
        self.patterns = tuple((kind, re.compile(p)) for kind, p in patterns)

    def redact(self, text: str, *, protect: Iterable[str] = (), glossary: Iterable[str] = (),
               region: str | None = None, formats: bool = True, markup: bool = False) -> Redacted:
        """Replace every protected value in ``text`` by a token.

        ``protect``: exact values (a template's variable values); ``glossary``: terms
        never to translate; ``region``: the customer's country, to read national phone
        numbers; ``formats``: also protect ``%(name)s`` placeholders; ``markup``: also
        protect HTML tags and entities (for HTML templates).
        """
        candidates: list[tuple[int, int, str]] = []  # start, end, kind
        add = candidates.append
        for m in TOKEN_RE.finditer(text):
            add((m.start(), m.end(), "braces"))
        if formats:
            for m in _FORMAT.finditer(text):
                add((m.start(), m.end(), "format"))
        if markup:
            for m in _MARKUP.finditer(text):
                add((m.start(), m.end(), "markup"))
        for value in sorted({str(v) for v in protect if str(v).strip()}, key=len, reverse=True):
            for m in re.finditer(_bounded(value), text):
                add((m.start(), m.end(), "variable"))
        for kind, rx in self.patterns:
            for m in rx.finditer(text):
                if m.end() > m.start():
                    add((m.start(), m.end(), kind))
        if "url" in self.kinds:
            for m in _URL.finditer(text):
                url = _strip_url_tail(m.group())
                add((m.start(), m.start() + len(url), "url"))
        if "email" in self.kinds:
            for m in _EMAIL.finditer(text):
                add((m.start(), m.end(), "email"))
        if "iban" in self.kinds:
            for m in _IBAN.finditer(text):
                span = _shrink(text, m.start(), m.end(), iban_ok, " ")
                if span:
                    add((*span, "iban"))
        if "card" in self.kinds:
            for m in _CARD.finditer(text):
                span = _shrink(text, m.start(), m.end(), _card_ok, " -")
                if span:
                    add((*span, "card"))
        if "tracking" in self.kinds:
            for m in _TRACKING.finditer(text):
                add((m.start(), m.end(), "tracking"))
            from ..entities import find_tracking   # national formats (SF, CJ대한통운, Yamato …) too

            for found in find_tracking(text):
                add((*found["span"], "tracking"))
        if "phone" in self.kinds:
            candidates.extend((s, e, "phone") for s, e in _phone_spans(text, region))
        if glossary:
            for term in sorted({t.strip() for t in glossary if t.strip()}, key=len, reverse=True):
                for m in _term_regex(term).finditer(text):
                    add((m.start(), m.end(), "glossary"))
        if "order" in self.kinds:
            for rx in _ORDER:
                for m in rx.finditer(text):
                    add((m.start(), m.end(), "order"))
            for m in _ORDER_AFTER_WORD.finditer(text):
                add((m.start(1), m.end(1), "order"))
        if "number" in self.kinds:
            for m in _NUMBER.finditer(text):
                if sum(ch.isdigit() for ch in m.group()) >= _MIN_NUMBER_DIGITS:
                    add((m.start(), m.end(), "number"))
        return _apply(text, _choose(candidates))


def _card_ok(candidate: str) -> bool:
    digits = re.sub(r"[ -]", "", candidate)
    return 13 <= len(digits) <= 19 and luhn_ok(digits)


def _bounded(value: str) -> str:
    """A pattern for an exact value that does not start or end inside a word."""
    body = re.escape(value)
    head = r"(?<!\w)" if value[0].isalnum() or value[0] == "_" else ""
    tail = r"(?!\w)" if value[-1].isalnum() or value[-1] == "_" else ""
    return head + body + tail


def _term_regex(term: str) -> re.Pattern[str]:
    """A do-not-translate term, case-insensitive, as a whole word (anywhere in CJK/Thai text)."""
    body = re.escape(term)
    if any(ord(ch) >= 0x0E00 and ch.isalpha() for ch in term) and not _SPACED_SCRIPT.search(term):
        return re.compile(body, re.I)
    return re.compile(_bounded(term) if term[0].isalnum() or term[-1].isalnum() else body, re.I)


# Letters of scripts that separate words with spaces (Latin, Greek, Cyrillic, Hebrew, Arabic…):
# everything below Thai (U+0E00) in the BMP.
_SPACED_SCRIPT = re.compile(r"[A-Za-z\u00C0-\u0DFF]")


def _choose(candidates: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Non-overlapping spans: higher-priority kinds first, then longer spans."""
    rank = {k: i for i, k in enumerate(KINDS)}
    ordered = sorted(candidates, key=lambda c: (rank.get(c[2], rank["custom"]), -(c[1] - c[0]), c[0]))
    taken: list[tuple[int, int, str]] = []
    for start, end, kind in ordered:
        if all(end <= s or start >= e for s, e, _ in taken):
            taken.append((start, end, kind))
    return sorted(taken)


def _apply(text: str, spans: list[tuple[int, int, str]]) -> Redacted:
    out, placeholders, pos = [], [], 0
    for index, (start, end, kind) in enumerate(spans):
        placeholder = Placeholder(index, kind, text[start:end])
        out.append(text[pos:start])
        out.append(placeholder.token)
        placeholders.append(placeholder)
        pos = end
    out.append(text[pos:])
    return Redacted("".join(out), tuple(placeholders))


def tokens_in(text: str) -> list[int]:
    """The token numbers found in ``text``, in order (full-width digits read too)."""
    return [int(m.group(1)) for m in TOKEN_RE.finditer(text)]


def check_tokens(translated: str, expected: Iterable[Placeholder]) -> None:
    """Raise :class:`PlaceholderMismatch` unless each expected token occurs exactly once."""
    expected = {p.index: p for p in expected}
    found = Counter(tokens_in(translated))
    problems = []
    for index, p in expected.items():
        if found[index] == 0:
            problems.append(f"{p.token} ({p.kind}) is missing")
        elif found[index] > 1:
            problems.append(f"{p.token} ({p.kind}) appears {found[index]} times")
    for index in sorted(set(found) - set(expected)):
        problems.append(f"{{{index}}} was added by the engine")
    if problems:
        raise PlaceholderMismatch("; ".join(problems))


def restore(translated: str, placeholders: Iterable[Placeholder]) -> str:
    """Put the protected values back after :func:`check_tokens` passed."""
    values = {p.index: p.value for p in placeholders}
    return TOKEN_RE.sub(lambda m: values[int(m.group(1))], translated)
