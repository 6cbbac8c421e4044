"""Required literals of a pattern: the literal prefilter of triage's lists (issue 17).

:func:`factors` reads a case-insensitive pattern's parse tree and gives a set of literal strings,
one of which occurs in any text the pattern matches anywhere in ("(ich|wir) werden? sie
verklagen" -> {"sie verklagen"}; "anw[aä]lt\\w*" -> {"anwalt", "anwält"}). The strings are in
:func:`casekey`'s form, the form triage checks them in: ``lit in casekey(sentence)``, one
``str.__contains__`` each. A pattern whose matches need no literal (``\\w+``, an empty match), or any
surprise in the parse tree, gives None: such a pattern is never filtered. The parser is the
standard library's private one (``re._parser``): when it is missing or its shapes change, every
pattern is left unfiltered, which costs speed, never a hit.
"""
from __future__ import annotations

import itertools
import re
import sys
from typing import Callable, Iterable, Iterator

try:                                # the standard library's own regex parser and its case classes
    from re import _casefix, _constants as _c, _parser
except ImportError:                 # Python 3.10: no _casefix (and no extra classes to know of)
    _casefix = None  # type: ignore[assignment]
    try:
        import sre_constants as _c  # type: ignore[no-redef]
        import sre_parse as _parser  # type: ignore[no-redef]
    except ImportError:             # pragma: no cover - no parser at all: nothing is filtered
        _c = _parser = None  # type: ignore[assignment]

try:                                # optional (extra "fast"): one pass over a text for many literals
    import ahocorasick  # type: ignore[import-not-found]
except ImportError:                 # the pure fallback: one compiled alternation of the literals
    ahocorasick = None

_EXACT = 64        # strings an exact set may hold (alternatives, classes, their products)
_CLASS = 8         # characters a class may hold and still be spelled out
_BUDGET = 20_000   # nodes read per pattern before giving up (None)


def _case_classes() -> dict[int, str]:
    """Characters a case-insensitive regex reads as one another beyond their lower case (Turkish
    ``ı`` and ``i``, ``ſ`` and ``s``, Greek ``ς`` and ``σ``, Cyrillic ``в`` and ``ᲀ``): each to one
    of its class, the lowest."""
    extra = getattr(_casefix, "_EXTRA_CASES", None) if _casefix is not None else None
    if extra is None:   # the classes as of Python 3.11
        extra = {105: (305,), 115: (383,), 181: (956,), 837: (953, 8126), 912: (8147,), 944: (8163,),
                 946: (976,), 949: (1013,), 952: (977,), 954: (1008,), 960: (982,), 961: (1009,), 962: (963,),
                 966: (981,), 1074: (7296,), 1076: (7297,), 1086: (7298,), 1089: (7299,), 1090: (7300, 7301),
                 1098: (7302,), 1123: (7303,), 7777: (7835,), 42571: (7304,), 64261: (64262,)}
    out: dict[int, str] = {}
    for code, others in extra.items():
        low = min(code, *others)
        for member in (code, *others):
            if member != low:
                out[member] = chr(low)
    return out


_CASES = _case_classes()


def casekey(text: str) -> str:
    """``text`` as a case-insensitive regex compares it, one character for one: lower case (simple
    mapping: "İ" is "i"), each case class to one member (see :func:`_case_classes`). A pattern's
    literal matches in ``text`` only where ``casekey`` of both agree."""
    if "\u0130" in text:
        text = text.replace("\u0130", "i")
    return text.lower().translate(_CASES)


# a node's reading: (exact, required): ``exact`` the strings it matches, all of them (None: too many
# or not spelled out); ``required`` a set one of which every match holds (None: nothing known)
_NOTHING = (None, None)
_EMPTY = (frozenset([""]), None)


def factors(source: str, flags: int = re.IGNORECASE | re.UNICODE) -> frozenset[str] | None:
    """Literals (in :func:`casekey`'s form), one of which occurs in every text ``source`` matches in;
    None when none can be told (the pattern is then read on every text its gate lets through)."""
    if _parser is None:
        return None
    try:
        budget = [_BUDGET]
        _, required = _sequence(list(_parser.parse(source, flags)), budget)
    except Exception:   # noqa: BLE001 - a private parser's surprise: no filter, never a wrong one
        return None
    if not required or "" in required:
        return None
    # a string holding another of the set tells nothing more ("data" serves for "database")
    return frozenset(s for s in required if not any(t != s and t in s for t in required))


def _best(sets: list[frozenset[str]]) -> frozenset[str] | None:
    """The cheapest telling requirement: strings of four characters or more (or the longest
    shortest string there is), then the fewest strings (each is one ``in`` per sentence)."""
    sets = [s for s in sets if s and "" not in s]
    if not sets:
        return None
    return max(sets, key=lambda s: (min(min(map(len, s)), 4), -len(s), min(map(len, s))))


def _sequence(items: Iterable, budget: list[int]) -> tuple[frozenset[str] | None, frozenset[str] | None]:
    """One sequence's reading: its exact strings while every step is spelled out (and they are few
    enough), and the best of the sets one of which it must hold: each step's own, and each run of
    spelled-out steps' strings."""
    current: frozenset[str] | None = frozenset([""])
    exact_so_far = True
    found: list[frozenset[str]] = []
    for op, av in items:
        exact, required = _node(op, av, budget)
        if required is not None:
            found.append(required)
        if exact is not None:
            found.append(exact)
            if len(current) * len(exact) <= _EXACT:
                current = frozenset(a + b for a in current for b in exact)
                continue
        # the run of spelled-out steps so far ends here: kept as a requirement
        exact_so_far = False
        found.append(current)
        current = exact if exact is not None else frozenset([""])
    found.append(current)
    return (current if exact_so_far else None), _best(found)


def _node(op, av, budget: list[int]) -> tuple[frozenset[str] | None, frozenset[str] | None]:
    budget[0] -= 1
    if budget[0] < 0:
        raise ValueError("pattern too large to read")
    c = _c
    if op is c.LITERAL:
        return frozenset([casekey(chr(av))]), None
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
        return _EMPTY              # zero-width: holds no character of the match
    if op is c.SUBPATTERN:
        return _sequence(av[-1], budget)
    if op is getattr(c, "ATOMIC_GROUP", None):
        return _sequence(av, budget)
    if op is c.IN:
        return _klass(av), None
    if op is c.BRANCH:
        readings = [_sequence(alt, budget) for alt in av[1]]
        exact = None
        if all(e is not None for e, _ in readings):
            union = frozenset().union(*(e for e, _ in readings))
            exact = union if len(union) <= _EXACT else None
        # each alternative's own requirement: one of them must hold
        needs = [r for _, r in readings]
        required = None if any(n is None for n in needs) else frozenset().union(*needs)
        return exact, required
    if op in (c.MAX_REPEAT, c.MIN_REPEAT) or op is getattr(c, "POSSESSIVE_REPEAT", None):
        lo, hi, body = av
        exact, required = _sequence(body, budget)
        if lo == 0:
            return (exact | {""}, None) if hi == 1 and exact is not None and len(exact) < _EXACT else _NOTHING
        if lo == hi == 1:
            return exact, required
        return None, required
    if op in (c.ANY, c.NOT_LITERAL, c.CATEGORY, c.GROUPREF, c.GROUPREF_EXISTS):
        return _NOTHING
    raise ValueError(f"unknown regex node {op}")


def _klass(items) -> frozenset[str] | None:
    """A character class spelled out (a few literals and short ranges), None otherwise."""
    c = _c
    chars: set[str] = set()
    for op, av in items:
        if op is c.LITERAL:
            chars.add(casekey(chr(av)))
        elif op is c.RANGE and av[1] - av[0] < _CLASS:
            chars.update(casekey(chr(code)) for code in range(av[0], av[1] + 1))
        else:                       # a negation, a category, a long range
            return None
        if len(chars) > _CLASS:
            return None
    return frozenset(chars)


# by source and flags (factors reads both)
_PATTERN_LITERALS: dict[tuple[str, int], tuple[frozenset[str] | None, Callable[[str], bool] | None]] = {}
_FEW = 4   # literals checked one by one (``in``); more: one pass (Aho-Corasick, or an alternation)
_LAST_KEY: tuple[str, str] = ("", "")   # the last text keyed and its casekey (one tuple: safe across threads)


def key_of(text: str) -> str:
    """:func:`casekey` of ``text``, remembered for the last text (a message or sentence meets several checks)."""
    global _LAST_KEY
    last = _LAST_KEY
    if last[0] == text:
        return last[1]
    key = casekey(text)
    _LAST_KEY = (text, key)
    return key


def holds(literals: frozenset[str], use_automaton: bool = True) -> Callable[[str], bool]:
    """A test of whether a :func:`casekey` holds one of ``literals``: a few are checked one by one;
    more in one pass over the key, by an Aho-Corasick automaton when ``pyahocorasick`` is installed
    (and ``use_automaton``), else by one compiled alternation of them (longest first)."""
    if len(literals) <= _FEW:
        few = tuple(literals)
        return lambda key: any(map(key.__contains__, few))
    found = _HOLDS.get((literals, use_automaton))
    if found is None:
        if len(_HOLDS) >= 1_024:
            _HOLDS.clear()
        # the same union of literals recurs (a language set's joined patterns are made again): one test for all
        found = _HOLDS[(literals, use_automaton)] = _holds(literals, use_automaton)
    return found


_HOLDS: dict[tuple[frozenset[str], bool], Callable[[str], bool]] = {}   # tests of many literals, by their set


def _holds(literals: frozenset[str], use_automaton: bool) -> Callable[[str], bool]:
    if ahocorasick is not None and use_automaton:
        automaton = ahocorasick.Automaton()
        for lit in literals:
            automaton.add_word(lit, lit)
        automaton.make_automaton()
        scan = automaton.iter
        return lambda key: next(scan(key), None) is not None
    search = re.compile("|".join(map(re.escape, sorted(literals, key=lambda s: (-len(s), s))))).search
    return lambda key: search(key) is not None


def holders(literal_sets: list[frozenset[str]]) -> Callable[[str], set[int]] | None:
    """A test of which of ``literal_sets`` a :func:`casekey` holds a literal of (their indexes), in one
    pass by an Aho-Corasick automaton; None without ``pyahocorasick`` or without any literal (test each
    set by :func:`holds` then)."""
    owners: dict[str, list[int]] = {}
    for i, literals in enumerate(literal_sets):
        for literal in literals:
            owners.setdefault(literal, []).append(i)
    if ahocorasick is None or not owners:
        return None
    automaton = ahocorasick.Automaton()
    for literal, indexes in owners.items():
        automaton.add_word(literal, tuple(indexes))
    automaton.make_automaton()
    scan = automaton.iter

    def which(key: str) -> set[int]:
        found: set[int] = set()
        for _, indexes in scan(key):
            found.update(indexes)
        return found
    return which


def _pattern_literals(pattern: re.Pattern) -> tuple[frozenset[str] | None, Callable[[str], bool] | None]:
    source = pattern.pattern
    try:
        return _PATTERN_LITERALS[(source, pattern.flags)]
    except KeyError:
        lits = factors(source, pattern.flags) if isinstance(source, str) else None
        if len(_PATTERN_LITERALS) >= 4_096:
            _PATTERN_LITERALS.clear()
        found = _PATTERN_LITERALS[(source, pattern.flags)] = (lits, None if lits is None else holds(lits))
        return found


_PART_LITERALS: dict[tuple[str, int], frozenset[str] | None] = {}   # one alternative's, by source and flags
_PART_PATTERNS: dict[tuple[str, int], re.Pattern] = {}   # one alternative compiled, by source and flags
# what a part means only in the joined pattern: a group referred to by number or name (numbers shift, names
# may clash) or a global inline flag (it would apply to every part): such parts are joined and compiled
_JOINED_ONLY = re.compile(r"\\[1-9]|\(\?P[<=]|\(\?\(|\(\?[aiLmsux]+\)")


class Lazy:
    """A pattern compiled when first read on a text that holds one of its ``literals`` (:func:`factors` of
    its source, one of which every match holds): on any other text it matches nowhere, so it answers without
    being compiled or read. A guard list or a slot's words of one language are read on few texts of most
    languages (issue 17: each compile cost ~0.7 ms, most of a short batch's triage). :meth:`search`,
    :meth:`match`, :meth:`fullmatch`, :meth:`finditer` and :meth:`sub` give the compiled pattern's answers."""

    __slots__ = ("pattern", "flags", "literals", "test", "_compiled")

    def __init__(self, source: str, flags: int, literals: frozenset[str]) -> None:
        self.pattern = source
        self.flags = flags
        self.literals = literals
        self.test = holds(literals)
        self._compiled: re.Pattern | None = None

    def _for(self, string: str) -> re.Pattern | None:
        """The compiled pattern, or None when ``string`` holds none of the literals."""
        if not self.test(key_of(string)):
            return None
        if self._compiled is None:
            self._compiled = _part_pattern(self.pattern, self.flags)
        return self._compiled

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match | None:
        p = self._for(string)
        return None if p is None else p.search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match | None:
        p = self._for(string)
        return None if p is None else p.match(string, pos, endpos)

    def fullmatch(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match | None:
        p = self._for(string)
        return None if p is None else p.fullmatch(string, pos, endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match]:
        p = self._for(string)
        return iter(()) if p is None else p.finditer(string, pos, endpos)

    def sub(self, repl: str, string: str) -> str:
        p = self._for(string)
        return string if p is None else p.sub(repl, string)


class Joined:
    """``part1|part2|…`` read from its parts, each compiled alone (once per part, whatever set it
    joins), never compiled joined: at the leftmost position where any part matches, the first part
    that matches there wins, as in the alternation; the same spans in :meth:`search`, :meth:`match`,
    :meth:`fullmatch`, :meth:`finditer` and :meth:`sub` (group 0: the parts' groups are not renumbered).
    A match at a position does not depend on where a search starts (a look-behind sees before it),
    so a part's next match after a hit is the one it had, unless that one started before the hit's end.

    The one ordered alternation of triage (issue 17): the readings' and windows' patterns (one part per
    language of a message's set of languages, ~200 sets in 6,000 export rows: compiling each set's
    joined pattern was 45 % of a batch's CPU), the guards' lists (:class:`~.triage_guards.Either`) and a
    vocabulary list's pieces (:class:`~.triage_lexicon.Pieces`). An empty match (which an alternation's
    scanner steps past its own way) hands the rest of :meth:`finditer` to the joined pattern, made then
    (:meth:`whole`: ``make()`` when given, else the parts' sources joined and compiled). ``literals``:
    the union of the parts' (None: not told), see :func:`absent`."""

    __slots__ = ("parts", "flags", "literals", "test", "_whole", "_make", "_pattern")

    def __init__(self, parts: tuple[re.Pattern, ...], flags: int = 0, literals: frozenset[str] | None = None,
                 make: Callable[[], re.Pattern] | None = None) -> None:
        self.parts = parts
        self.flags = flags
        self.literals = literals
        self.test: Callable[[str], bool] | None = None   # holds(literals), built on first use
        self._whole: re.Pattern | None = None
        self._make = make
        self._pattern: str | None = None

    @property
    def pattern(self) -> str:
        """The joined source (made when asked: most are never)."""
        if self._pattern is None:
            self._pattern = "|".join(p.pattern for p in self.parts)
        return self._pattern

    def whole(self) -> re.Pattern:
        """The joined pattern, compiled (only for what the parts cannot give: after an empty match)."""
        if self._whole is None:
            self._whole = self._make() if self._make is not None else re.compile(self.pattern, self.flags)
        return self._whole

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match | None:
        best, whole = None, endpos == sys.maxsize   # a piece (Probed) reads to the end only
        for part in self.parts:
            m = part.search(string, pos) if whole else part.search(string, pos, endpos)
            if m is not None and (best is None or m.start() < best.start()):
                best = m
                if m.start() <= pos:    # nothing starts earlier, and earlier parts won ties already
                    break
        return best

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match | None:
        for part in self.parts:
            m = part.match(string, pos, endpos)
            if m is not None:
                return m
        return None

    def fullmatch(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match | None:
        for part in self.parts:
            m = part.fullmatch(string, pos, endpos)
            if m is not None:
                return m
        return None

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match]:
        parts, start = self.parts, pos
        # a piece (Probed) reads to the end only: it is given no endpos unless one was asked for
        bound = () if endpos == sys.maxsize else (endpos,)
        upcoming = [part.search(string, pos, *bound) for part in parts]
        done = 0
        while True:
            best = None
            for m in upcoming:
                if m is not None and (best is None or m.start() < best.start()):
                    best = m
            if best is None:
                return
            end = best.end()
            if end == best.start():
                yield from itertools.islice(self.whole().finditer(string, start, *bound), done, None)
                return
            yield best
            done += 1
            # a part's next match from ``end`` is the one it had, unless that one started before
            upcoming = [m if m is None or m.start() >= end else part.search(string, end, *bound)
                        for part, m in zip(parts, upcoming)]

    def sub(self, repl: str, string: str) -> str:
        """``string`` with every match replaced by ``repl`` (a plain string, no group references)."""
        out, last = [], 0
        for m in self.finditer(string):
            out += (string[last:m.start()], repl)
            last = m.end()
        return "".join(out) + string[last:]


def _part_pattern(part: str, flags: int) -> re.Pattern:
    key = (part, flags)
    found = _PART_PATTERNS.get(key)
    if found is None:
        if len(_PART_PATTERNS) >= 4_096:
            _PART_PATTERNS.clear()
        found = _PART_PATTERNS[key] = re.compile(part, flags)
    return found


_PART_LAZY: dict[tuple[str, int], "Lazy"] = {}   # one alternative read lazily, by source and flags


def _part_lazy(part: str, flags: int, literals: frozenset[str]) -> "Lazy":
    """One part as :class:`Lazy`, one for every set it joins (one literal test, one compile)."""
    key = (part, flags)
    found = _PART_LAZY.get(key)
    if found is None:
        if len(_PART_LAZY) >= 8_192:
            _PART_LAZY.clear()
        found = _PART_LAZY[key] = Lazy(part, flags, literals)
    return found


def part_literals(part: str, flags: int) -> frozenset[str] | None:
    """:func:`factors` of one alternative, remembered by its source and flags."""
    key = (part, flags)
    try:
        return _PART_LITERALS[key]
    except KeyError:
        if len(_PART_LITERALS) >= 4_096:
            _PART_LITERALS.clear()
        found = _PART_LITERALS[key] = factors(part, flags)
        return found


_LITERALS_VERSION = "1"   # of the literals kept in the cache folder: raise when :func:`factors` changes


def file_literals(resources, path, parts: Iterable[str], flags: int) -> dict[str, frozenset[str] | None]:
    """``{part: factors(part, flags)}`` for the pattern sources a data file gives (``path``: the file), kept
    in the cache folder by the file's bytes: deriving them parses every source, about what compiling them
    all costs, which the literals are there to spare (see :class:`Lazy`). Without a usable cache folder: none
    (each process would derive them all; the patterns are then read as before)."""
    from ..diskcache import remember, vouch

    if vouch(resources.cache_dir) is None:
        return {}
    return remember(resources.cache_dir, "triage", _literals_key(path, flags),
                    lambda: {part: factors(part, flags) for part in dict.fromkeys(parts)},
                    dump=lambda table: [[part, None if lits is None else sorted(lits)] for part, lits in table.items()],
                    load=_load_literals)


def stored_literals(resources, path, flags: int) -> dict[str, frozenset[str] | None] | None:
    """:func:`file_literals` of ``path`` if the cache folder holds them (None otherwise)."""
    from ..diskcache import read_json

    stored = read_json(resources.cache_dir, "triage", _literals_key(path, flags))
    try:
        return None if stored is None else _load_literals(stored)
    except (TypeError, ValueError):
        return None


def _literals_key(path, flags: int) -> str:
    from ..diskcache import digest

    return digest("triage-literals", _LITERALS_VERSION, str(flags), path.read_bytes())


def _load_literals(stored: list) -> dict[str, frozenset[str] | None]:
    # an empty set would filter out every text (factors never gives one): read as not told instead
    return {str(part): None if not lits else frozenset(map(str, lits)) for part, lits in stored}


def alternation(parts: list[str], flags: int = 0,
                literals: list[frozenset[str] | None] | None = None) -> "re.Pattern | Joined | Lazy":
    """``part1|part2|…``: each part read alone, several as :class:`Joined` (each part made once, for
    every set it joins), a part with literals as :class:`Lazy` (compiled only once a text holds one); the
    whole's literals (for :func:`absent`) the union of each part's, which are derived once per part: the
    readings' and windows' patterns join one part per language of a message's set of languages, a set that
    changes from row to row, and compiling each joined pattern, or deriving its literals (a parse as costly
    as a compile), cost more than the filter saved. ``literals``: the parts' literals when already known
    (kept in the cache folder with their file). Parts whose meaning depends on the whole (see
    :data:`_JOINED_ONLY`) are compiled joined, as before."""
    if literals is None:
        literals = [part_literals(part, flags) for part in parts]
    lits = None if any(found is None for found in literals) else frozenset().union(*literals)
    if not any(_JOINED_ONLY.search(part) for part in parts):
        read = tuple(_part_pattern(part, flags) if found is None else _part_lazy(part, flags, found)
                     for part, found in zip(parts, literals))
        if len(read) > 1:
            return Joined(read, flags, lits)
        if isinstance(read[0], Lazy):
            return read[0]
    pattern = re.compile("|".join(parts), flags) if len(parts) != 1 else _part_pattern(parts[0], flags)
    if len(_PATTERN_LITERALS) >= 4_096:
        _PATTERN_LITERALS.clear()
    _PATTERN_LITERALS[(pattern.pattern, pattern.flags)] = (lits, None if lits is None else holds(lits))
    return pattern


def literals_of(pattern: "re.Pattern | Joined | Lazy") -> frozenset[str] | None:
    """:func:`factors` of a compiled pattern, remembered by its source and flags (a :class:`Joined`'s:
    its parts')."""
    if isinstance(pattern, (Joined, Lazy)):
        return pattern.literals
    return _pattern_literals(pattern)[0]


def absent(pattern: "re.Pattern | Joined | Lazy", key: str) -> bool:
    """Whether ``pattern`` surely matches nowhere in a text whose :func:`casekey` is ``key``: it has
    literals (:func:`literals_of`) and ``key`` holds none (one pass, :func:`holds`). False when its
    literals cannot be told: such a pattern is always searched."""
    if isinstance(pattern, Lazy):
        return not pattern.test(key)
    if isinstance(pattern, Joined):
        if pattern.literals is None:
            return False
        if pattern.test is None:
            pattern.test = holds(pattern.literals)
        return not pattern.test(key)
    test = _pattern_literals(pattern)[1]
    return test is not None and not test(key)
