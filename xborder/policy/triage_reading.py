"""Triage readings (issue 18, round 11): a reason read as a structure of slots, not as a phrase.

A reading names its slots, e.g. privacy's ``held``: someone other than the customer (``actor``: the
courier, a caller, a lender, an admin, another customer) × an act on data (``act``: saved, knew, posted,
printed, gave) × the customer's personal data (``data``: name, address, phone, ID number, order). Each
slot is a list of words per language in ``culture_rules/triage_readings.yaml``; a reading gives its reason
when every slot is found in one language's words, without overlap, in one sentence or (``window`` > 1) in neighbouring sentences,
none of which is a question, holds a ``guard`` (a hypothetical, someone else's, thanks) or a ``not``.
A reason with an ``asks`` slot (privacy, round 12) also reads a question told before it is asked: the part
of a question sentence before its last clause break ("they knew my order number and address, how is that
possible?", "V prilozhenii vizhu chuzhie zakazy, eto voobsche normalno?") is a statement of what happened
unless it asks itself (``asks``: "can", "will", "czy", "ли", "吗" — "can other customers see my address,
or is it hidden?").
The hit then goes through :mod:`.triage_guards` (joke, past or another shop's story, hearsay) like any
other.

Cost: the message is searched once with the union of the first slot of every reading in the candidate
languages (each language's words compiled once and read together as their alternation,
:class:`~.triage_factors.Joined`, behind their literals); only a message with such a word is split and
read further.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import DataError
from ..yamlio import Node, check_keys, load_yaml
from .triage_factors import absent, alternation, file_literals, holders, holds, key_of, literals_of
from .triage_window import language_sources

READINGS_FILE = "culture_rules/triage_readings.yaml"
_QUESTION = re.compile(r"[\s!]{0,3}[?\u061f\uff1f]")
_CLAUSE = re.compile(r"[,;:\u3001\u060c]|\s[-\u2013\u2014]\s")   # a clause break (NFKC made "，" ",")
_SPECIAL = ("guard", "not", "asks")


class Gate:
    """The first slots of a set of languages' readings, tested together: the union of their literals
    in one pass, then each slot the text holds a literal of. Not compiled into one pattern: a
    message's set of languages changes from row to row, and compiling every set's joined first
    slots cost a batch run more than the searches (issue 17)."""

    __slots__ = ("firsts", "test", "which")

    def __init__(self, firsts: tuple[re.Pattern, ...]) -> None:
        self.firsts = firsts
        literals = [literals_of(p) for p in firsts]
        told = not any(lits is None for lits in literals)
        self.test = holds(frozenset().union(*literals)) if told else None
        # which slots' literals the text holds, in one pass (not one literal test per slot: ~25 per message)
        self.which = holders(literals) if told else None

    def opens(self, text: str, key: str) -> bool:
        """Whether any first slot matches in ``text`` (``key``: its casekey)."""
        if self.test is not None and not self.test(key):
            return False
        if self.which is not None:
            firsts = self.firsts
            return any(firsts[i].search(text) is not None for i in sorted(self.which(key)))
        return any(not absent(p, key) and p.search(text) is not None for p in self.firsts)


@dataclass(frozen=True)
class Reading:
    """One reading of a reason: its slots (the first is the gate) and its window in sentences."""

    reason: str
    name: str
    slots: tuple[str, ...]
    window: int
    told: bool = True     # a story told before a question counts (False: any question sentence is blocked)


@dataclass(frozen=True)
class Readings:
    """The readings and their words: ``words[reason][slot][language]`` holds one pattern source."""

    readings: tuple[Reading, ...]
    spaced: frozenset[str]
    words: dict[str, dict[str, dict[str, str]]]
    _compiled: dict = field(default_factory=dict, compare=False, repr=False)
    _sets: dict = field(default_factory=dict, compare=False, repr=False)   # per message's set of languages: shared ones
    # a part's source -> its literals (:func:`~.triage_factors.file_literals`), when known
    literals: dict = field(default_factory=dict, compare=False, repr=False)

    def part(self, slot_words: dict[str, str], lang: str) -> str:
        """One language's words of a slot as a part of the slot's pattern."""
        return rf"(?<!\w)(?:{slot_words[lang]})" if lang in self.spaced else f"(?:{slot_words[lang]})"

    def parts(self) -> list[str]:
        """Every slot's part in every language (see :meth:`part`)."""
        return [self.part(by_lang, lang) for slots in self.words.values() for by_lang in slots.values()
                for lang in by_lang]

    def pattern(self, reason: str, slot: str, languages: tuple[str, ...]) -> re.Pattern | None:
        """``slot`` of ``reason`` in ``languages`` as one pattern (None if no language has it), cached: each
        language's part compiled once, several read as their alternation (:class:`~.triage_factors.Joined`)."""
        key = (reason, slot, languages)
        found = self._sets.get(key, _MISSING)
        if found is _MISSING:
            by_lang = self.words.get(reason, {}).get(slot, {})
            # one pattern per set of languages that have words for the slot: message sets that differ only
            # by languages without any (~200 sets in 6,000 export rows) share it, instead of each joining its own
            having = ("*having*", reason, slot, tuple(lang for lang in languages if by_lang.get(lang)))
            found = self._compiled.get(having, _MISSING)
            if found is _MISSING:
                items = [self.part(by_lang, lang) for lang in having[3]]
                found = alternation(items, re.IGNORECASE, _known(self.literals, items)) if items else None
                _bounded(self._compiled)[having] = found
            _bounded(self._sets)[key] = found
        return found

    def preload(self) -> None:
        """Compile every language's slot lists now, with their literals (see :func:`.triage.preload`): a
        set of languages only joins them."""
        for reason, slots in self.words.items():
            for slot, by_lang in slots.items():
                for lang in by_lang:
                    self.pattern(reason, slot, (lang,))

    def gate(self, languages: tuple[str, ...]) -> "Gate | None":
        """The first slot of every reading in ``languages``: the only test most messages get."""
        key = ("*gate*", languages)
        found = self._sets.get(key, _MISSING)
        if found is _MISSING:
            # the gate of the languages with words for a first slot: sets differing only by others share it
            opening = self._compiled.get("*opening*")
            if opening is None:
                opening = _bounded(self._compiled)["*opening*"] = frozenset(
                    lang for r in self.readings for lang in self.words.get(r.reason, {}).get(r.slots[0], {}))
            having = ("*gate*", "*having*", tuple(lang for lang in languages if lang in opening))
            found = self._compiled.get(having, _MISSING)
            if found is _MISSING:
                firsts: dict[str, re.Pattern] = {}
                for r in self.readings:
                    p = self.pattern(r.reason, r.slots[0], having[2])
                    if p is not None:
                        firsts.setdefault(p.pattern, p)
                found = Gate(tuple(firsts.values())) if firsts else None
                _bounded(self._compiled)[having] = found
            _bounded(self._sets)[key] = found
        return found


def _known(literals: dict, parts: list[str]) -> list | None:
    """The parts' literals when ``literals`` holds every one (else None: derived by the alternation)."""
    found = [literals.get(part, _MISSING) for part in parts]
    return None if any(lits is _MISSING for lits in found) else found


_MISSING = object()
_KEPT = 8_192   # patterns and gates kept per table (past that, forgotten all at once and made again)


def _bounded(table: dict) -> dict:
    """``table``, emptied first when it holds :data:`_KEPT` entries."""
    if len(table) >= _KEPT:
        table.clear()
    return table


def load(path: Path) -> Readings:
    """Validate and read the readings file; a malformed one is a ``file:line`` error (exit 2)."""
    data = load_yaml(path)
    if not isinstance(data, Node):
        raise DataError("the triage readings file must map 'spaced_start' and 'reasons'", path, 1)
    check_keys(data, ("spaced_start", "reasons"), path, "triage readings file")
    reasons = data.get("reasons")
    if not isinstance(reasons, Node):
        raise DataError("'reasons' must map reasons to their readings and slots", path, 1)
    readings: list[Reading] = []
    words: dict[str, dict[str, dict[str, str]]] = {}
    for reason, body in reasons.items():
        if not isinstance(body, Node):
            raise DataError(f"'{reason}' must map 'readings' and 'slots'", path, *reasons.where(reason))
        check_keys(body, ("readings", "slots"), path, f"readings reason '{reason}'")
        slots, listed = body.get("slots"), body.get("readings")
        if not isinstance(slots, Node) or not isinstance(listed, Node):
            raise DataError(f"'{reason}' needs 'readings' and 'slots' maps", path, *reasons.where(reason))
        for slot, languages in slots.items():
            if not isinstance(languages, Node):
                raise DataError(f"'{reason}.slots.{slot}' must map languages to lists", path, *slots.where(slot))
            for lang, source in language_sources(languages, path, f"{reason}.{slot}").items():
                words.setdefault(str(reason), {}).setdefault(str(slot), {})[lang] = source
        for name, spec in listed.items():
            line, col = listed.where(name)
            if not isinstance(spec, Node):
                raise DataError(f"reading '{reason}.{name}' must map 'slots' and 'window'", path, line, col)
            check_keys(spec, ("slots", "window", "told"), path, f"reading '{reason}.{name}'")
            names, window, told = spec.get("slots"), spec.get("window", 1), spec.get("told", True)
            if not isinstance(names, list) or not names or any(str(s) not in words.get(str(reason), {})
                                                                   or s in _SPECIAL for s in names):
                raise DataError(f"reading '{reason}.{name}' must list slots defined under '{reason}.slots'",
                                path, line, col)
            if not isinstance(window, int) or not 1 <= window <= 3:
                raise DataError(f"reading '{reason}.{name}': 'window' must be 1 to 3 sentences", path, line, col)
            if not isinstance(told, bool):
                raise DataError(f"reading '{reason}.{name}': 'told' must be true or false", path, line, col)
            readings.append(Reading(str(reason), str(name), tuple(map(str, names)), window, told))
    return Readings(tuple(readings), frozenset(map(str, data.get("spaced_start") or ())), words)


def readings(resources) -> Readings | None:
    """The readings of the data folders (a user folder's file replaces the bundled one); None without one."""
    def build() -> Readings | None:
        path = resources.data.find(READINGS_FILE)
        if path is None:
            return None
        found = load(path)
        found.literals.update(file_literals(resources, path, found.parts(), re.IGNORECASE))
        return found
    return resources.cached("policy:triage_slot_readings", build)


def _free(found: list[tuple[int, int]], m: re.Match) -> bool:
    return all(m.end() <= lo or m.start() >= hi for lo, hi in found)


def read(r: Readings, text: str, spans: list[tuple[int, int]], languages: tuple[str, ...], reasons: tuple[str, ...]
         ) -> dict[str, tuple[tuple[str, ...], tuple[int, int]]]:
    """Per reason of ``reasons`` a reading of ``text`` (the folded message, split into ``spans``) gives:
    the words of its slots and the span of the sentences read."""
    todo = [x for x in r.readings if x.reason in reasons]
    gate = r.gate(languages) if todo else None
    if gate is None:
        return {}
    key = key_of(text)      # the literal prefilter: a slot none of whose literals the text holds matches nowhere
    if not gate.opens(text, key):          # the gate: most messages stop here
        return {}
    live = [s for s in spans if text[s[0]:s[1]].strip()]
    out: dict[str, tuple[tuple[str, ...], tuple[int, int]]] = {}
    blocked: dict[tuple[str, bool], tuple[list[tuple[int, int]], list[bool]]] = {}
    for reading in todo:
        if reading.reason in out:
            continue
        anchor = r.pattern(reading.reason, reading.slots[0], languages)
        if anchor is None or absent(anchor, key) or anchor.search(text) is None:     # its first slot, any language
            continue
        if (reading.reason, reading.told) not in blocked:
            blocked[(reading.reason, reading.told)] = _blocked(r, reading.reason, languages, text, key, live,
                                                               reading.told)
        spans, bad = blocked[(reading.reason, reading.told)]
        for lang in languages:                  # every slot in one language's words
            found = _reading(r, reading, (lang,), text, key, spans, bad)
            if found is not None:
                out[reading.reason] = found
                break
    return out


def _blocked(r: Readings, reason: str, languages: tuple[str, ...], text: str, key: str,
             live: list[tuple[int, int]], told: bool = True) -> tuple[list[tuple[int, int]], list[bool]]:
    """The sentences ``reason`` is read in and whether each is blocked: a question, or one holding the
    reason's ``guard`` or ``not``. With ``asks`` words (and ``told``: the reading lets a story before a
    question count), a question sentence is read up to its last clause break when that part does not ask
    itself (a story told, then an indignant or rhetorical question)."""
    guard, negated = (None if p is None or absent(p, key) else p
                      for p in (r.pattern(reason, part, languages) for part in ("guard", "not")))
    # not filtered: no asks words at all means "cannot tell"
    asks = r.pattern(reason, "asks", languages) if told else None
    spans, bad = [], []
    for lo, hi in live:
        held = any(p is not None and p.search(text, lo, hi) for p in (guard, negated))
        if _QUESTION.match(text, hi) is not None:
            told = _told(text, lo, hi, asks)
            held = held or told is None
            lo, hi = told or (lo, hi)
        spans.append((lo, hi))
        bad.append(held)
    return spans, bad


def _told(text: str, lo: int, hi: int, asks: re.Pattern | None) -> tuple[int, int] | None:
    """The part of question sentence ``lo:hi`` before its last clause break, if it asks nothing itself."""
    if asks is None:
        return None
    cut = None
    for m in _CLAUSE.finditer(text, lo, hi):
        cut = m.start()
    told = text[lo:cut] if cut is not None else ""
    start = lo + len(told) - len(told.lstrip())
    if not told.strip() or asks.match(text, start, cut):     # its opening word asks, or a particle in it
        return None
    return lo, cut


def _reading(r: Readings, reading: Reading, lang: tuple[str, ...], text: str, key: str,
             live: list[tuple[int, int]], bad: list[bool]) -> tuple[tuple[str, ...], tuple[int, int]] | None:
    """The slots' words and span of ``reading`` in ``lang``'s words, if every slot is found in a window
    (``key``: the text's casekey, for the literal prefilter)."""
    first = r.pattern(reading.reason, reading.slots[0], lang)
    if first is None or absent(first, key) or first.search(text) is None:
        return None
    others = [r.pattern(reading.reason, s, lang) for s in reading.slots[1:]]
    if any(p is None or absent(p, key) for p in others):
        return None
    for i, (lo, hi) in enumerate(live):
        if bad[i] or not first.search(text, lo, hi):
            continue
        for a, b in _windows(i, reading.window, len(live)):
            if any(bad[a:b]):
                continue
            span = (live[a][0], live[b - 1][1])
            words = _fill(first, others, text, (lo, hi), span)
            if words is not None:
                return words, span
    return None


def _windows(i: int, size: int, n: int):
    """The windows of sentences holding sentence ``i``, smallest first: ``i`` alone, then its neighbours."""
    for width in range(1, size + 1):
        for a in range(max(0, i - width + 1), i + 1):
            if a + width <= n:
                yield a, a + width


def _fill(first: re.Pattern, others: list[re.Pattern], text: str, own: tuple[int, int], span: tuple[int, int]
          ) -> tuple[str, ...] | None:
    """The words of every slot in ``span`` (the first slot's in its sentence ``own``), none overlapping."""
    for m in first.finditer(text, *own):
        taken, words = [(m.start(), m.end())], [m.group(0).strip()]
        for p in others:
            hit = next((x for x in p.finditer(text, *span) if _free(taken, x)), None)
            if hit is None:
                break
            taken.append((hit.start(), hit.end()))
            words.append(hit.group(0).strip())
        else:
            return tuple(words)
    return None
