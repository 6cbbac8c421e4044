"""Gates: what every match of a regular expression needs in the text, told without compiling it.

A rule's pattern, or one of ``policy_conflict``'s vocabularies, is compiled only when a
text could match it: before its first compile, a :class:`~xborder.lint.patterns.LazyPattern`
made with ``gate=True`` checks its gate against the text it is asked about (a reply's
paragraph, the forty characters before a date) and, when the text cannot hold a match,
answers "no match" without compiling. Most of a reply's patterns never open, and compiling them
was most of a cold ``xborder suggest``'s lint time.

A gate is read from the pattern's parse tree (the standard library's own parser): a
formula of what every match needs, all of a sequence's parts and one of an alternation's
branches, down to runs of literal characters, small character classes and decimal digits
(``fecha(?:mos|rá)`` needs "fecha" and one of "mos", "rá"). Look-arounds and optional
parts need nothing. Literals and texts are compared case-folded the way ``re``
folds case with ``IGNORECASE`` (İ/i/ı, σ/ς, ſ/s…), so a gate never closes on a text the
pattern matches, with or without that flag.

Parsing costs about half a compile, so each gate is kept in the user's cache folder
(:mod:`xborder.diskcache`, layer ``lint-gates``), one small JSON entry named by a digest of
the pattern's text: an edited rule file or vocabulary makes new patterns and new entries,
and an entry can never be stale. Entries are data only (lists of strings), never code.
"""
from __future__ import annotations

import re
import threading
from typing import Any, Callable

VERSION = "2"  # bump when the analysis changes what a gate holds

# A gate is a formula over the text: a literal (str, case-folded) it contains, DIGIT (a decimal
# digit), ("&", f, g, …) all of them, ("|", f, g, …) one of them.
Gate = Any
DIGIT = 0

# re's IGNORECASE compares the simple lower case of characters, plus these equivalences
# (re._casefix); str.lower differs from the simple lower case only for U+0130 (İ -> i + U+0307).
_FOLD = {0x307: None, 0x131: "i", 0x17F: "s", 0xB5: "\u03bc", 0x345: "\u03b9", 0x1FBE: "\u03b9",
         0x1FD3: "\u0390", 0x1FE3: "\u03b0", 0x3D0: "\u03b2", 0x3F5: "\u03b5", 0x3D1: "\u03b8",
         0x3F0: "\u03ba", 0x3D6: "\u03c0", 0x3F1: "\u03c1", 0x3C2: "\u03c3", 0x3D5: "\u03c6",
         0x1C80: "\u0432", 0x1C81: "\u0434", 0x1C82: "\u043e", 0x1C83: "\u0441", 0x1C84: "\u0442",
         0x1C85: "\u0442", 0x1C86: "\u044a", 0x1C87: "\u0463", 0x1C88: "\ua64b", 0x1E9B: "\u1e61",
         0xFB05: "\ufb06"}
_DIGIT_CHAR = re.compile(r"\d")
_SMALL_CLASS = 8   # a character class of at most this many characters is a set of literals


def fold(text: str) -> str:
    """``text`` in the case ``re`` matches with ``IGNORECASE``: two characters it takes for
    each other fold alike. Character by character, so a substring folds into a substring."""
    low = text.lower()
    return low if low.isascii() else low.translate(_FOLD)


_LAST: tuple[tuple[str, str], tuple[str, str]] = (("", ""), ("", ""))


def folded(text: str) -> str:
    """:func:`fold`, remembered for the last two texts (a paragraph meets many gates in a row,
    as written and unwrapped)."""
    global _LAST
    last, before = _LAST  # one read: consistent even with other threads writing
    if last[0] is text:
        return last[1]
    if before[0] is text:
        return before[1]
    low = fold(text)
    _LAST = ((text, low), last)
    return low


def is_open(gate: Gate, text: str, pos: int = 0, endpos: int | None = None,
            check: Callable[[str, str], bool] | None = None) -> bool:
    """Whether a match of the gate's pattern could lie in ``text[pos:endpos]``; ``check`` is
    the gate's :func:`checker` when the caller keeps it (the same answer, faster)."""
    whole = pos <= 0 and (endpos is None or endpos >= len(text))
    window = text if whole else text[max(pos, 0):endpos]
    low = folded(window) if whole else fold(window)
    return check(low, window) if check is not None else _holds(gate, low, window)


_DEEPEST = 40  # nesting beyond which a gate is walked (_holds) rather than made one expression


def checker(gate: Gate) -> Callable[[str, str], bool]:
    """The gate as one function of (folded text, text): a single expression of ``in`` tests
    joined by ``and`` / ``or`` (``"a" in low and ("b" in low or "c" in low)``), built from the
    gate's literals with ``repr``, so a text meets the gate in one call instead of a walk of
    its tree (a shut pattern meets its gate on every text, and a vocabulary's is hundreds of
    literals). Same answer as :func:`_holds`."""
    if _depth(gate) > _DEEPEST:
        return lambda low, window: _holds(gate, low, window)
    code = compile(f"lambda low, window: {_expression(gate)}", "<lint gate>", "eval")
    return eval(code, {"__builtins__": {}, "_digit": _DIGIT_CHAR.search})  # noqa: S307 - literals only


def _depth(gate: Gate) -> int:
    if type(gate) is str or type(gate) is int:
        return 0
    return 1 + max(_depth(g) for g in gate[1:])


def _expression(gate: Gate) -> str:
    if type(gate) is str:
        return f"{gate!r} in low"
    if type(gate) is int:
        return "_digit(window) is not None"
    joiner = " and " if gate[0] == "&" else " or "
    return "(" + joiner.join(_expression(g) for g in gate[1:]) + ")"


def _holds(gate: Gate, low: str, window: str) -> bool:
    if type(gate) is str:
        return gate in low
    if type(gate) is int:
        return _DIGIT_CHAR.search(window) is not None
    if gate[0] == "&":
        return all(_holds(g, low, window) for g in gate[1:])
    return any(_holds(g, low, window) for g in gate[1:])


def analyse(pattern: str, flags: int = 0) -> Gate | None:
    """The gate of ``pattern``: a formula every text holding a match satisfies, built from
    the literals (folded) and digits its matches must contain; None when the parse tree shows
    none (or cannot be read on this Python)."""
    try:
        from re import _constants as const, _parser as parser  # Python 3.11+
    except ImportError:  # pragma: no cover - Python 3.10
        try:
            import sre_constants as const  # type: ignore[no-redef]
            import sre_parse as parser  # type: ignore[no-redef]
        except ImportError:
            return None
    try:
        return _formula(parser.parse(pattern, flags), const)
    except Exception:  # an odd tree (or a new Python): no gate, the pattern always runs  # noqa: BLE001
        return None


def _all(parts: list) -> Gate | None:
    flat: list = []
    for part in parts:
        if part is None:
            continue
        items = part[1:] if isinstance(part, tuple) and part[0] == "&" else [part]
        flat += [x for x in items if x not in flat]
    return None if not flat else flat[0] if len(flat) == 1 else ("&", *flat)


def _any(alternatives: list) -> Gate | None:
    if not alternatives or any(a is None for a in alternatives):
        return None  # one branch needs nothing: nor does the whole
    flat: list = []
    for alt in alternatives:
        items = alt[1:] if isinstance(alt, tuple) and alt[0] == "|" else [alt]
        flat += [x for x in items if x not in flat]
    if any(type(x) is str and any(type(y) is str and y != x and y in x for y in flat) for x in flat):
        flat = [x for x in flat if not (type(x) is str and any(type(y) is str and y != x and y in x for y in flat))]
    return flat[0] if len(flat) == 1 else ("|", *flat)


def _formula(items: Any, const: Any) -> Gate | None:
    """What every match of the sequence ``items`` needs in the text: all its parts' needs."""
    repeats = tuple(getattr(const, name) for name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")
                    if hasattr(const, name))
    atomic = getattr(const, "ATOMIC_GROUP", None)
    parts: list = []
    run: list[str] = []
    for op, arg in [*items, (None, None)]:
        if op is const.LITERAL:
            run.append(chr(arg))
            continue
        if run:
            literal = fold("".join(run))
            parts.append(literal or None)
            run = []
        if op is const.SUBPATTERN:
            parts.append(_formula(arg[-1], const))
        elif atomic is not None and op is atomic:
            parts.append(_formula(arg, const))
        elif op is const.BRANCH:
            parts.append(_any([_formula(seq, const) for seq in arg[1]]))
        elif op in repeats and arg[0] >= 1:
            parts.append(_formula(arg[2], const))
        elif op is const.IN:
            parts.append(_charset(arg, const))
    return _all(parts)


def _charset(items: Any, const: Any) -> Gate | None:
    if items == [(const.CATEGORY, const.CATEGORY_DIGIT)]:
        return DIGIT
    chars: list[str] = []
    for op, arg in items:
        if op is const.LITERAL:
            chars.append(chr(arg))
        elif op is const.RANGE and arg[1] - arg[0] < 64:
            chars.extend(map(chr, range(arg[0], arg[1] + 1)))
        else:  # a negated class, a category (\w, \s), a wide range
            return None
    if chars and all("0" <= c <= "9" for c in chars):
        return DIGIT
    folded_chars = sorted({fold(c) for c in chars})
    if not folded_chars or len(folded_chars) > _SMALL_CLASS or "" in folded_chars:
        return None
    return _any(folded_chars)


_KNOWN: dict[str, Gate | None] = {}
_lock = threading.Lock()


def gate_of(pattern: str, flags: int = 0) -> Gate | None:
    """The gate of ``pattern``: remembered in the process, else read from the cache folder,
    else analysed (and kept there for the next process)."""
    key = pattern if not flags & re.VERBOSE else f"(?x){pattern}"
    try:
        return _KNOWN[key]
    except KeyError:
        pass
    from ..diskcache import default_cache_dir, digest, read_json, write_json

    folder = default_cache_dir()
    name = digest("lint-gate", VERSION, key)
    stored = read_json(folder, "lint-gates", name) if folder is not None else None
    gate = _from_json(stored)
    if gate is _MISSING:
        gate = analyse(pattern, flags)
        if folder is not None:
            write_json(folder, "lint-gates", name, {"gate": gate})
    with _lock:
        _KNOWN[key] = gate
    return gate


_MISSING: Any = object()


def _from_json(stored: Any) -> Any:
    """A stored gate, None for a pattern without one, or _MISSING for anything else."""
    if not isinstance(stored, dict) or "gate" not in stored:
        return _MISSING
    try:
        return None if stored["gate"] is None else _load(stored["gate"], 0)
    except (TypeError, ValueError, RecursionError):
        return _MISSING


def _load(value: Any, depth: int) -> Gate:
    if isinstance(value, str) and value:
        return value
    if type(value) is int and value == DIGIT:
        return DIGIT
    if isinstance(value, list) and len(value) >= 3 and value[0] in ("&", "|") and depth < 200:
        return (value[0], *(_load(v, depth + 1) for v in value[1:]))
    raise ValueError("not a gate")


def forget() -> None:
    """Drop the gates remembered in this process (tests)."""
    with _lock:
        _KNOWN.clear()
