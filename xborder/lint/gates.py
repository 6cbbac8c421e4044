"""Gates: the literals one of which every match of a regular expression contains.

A rule's pattern, or one of ``policy_conflict``'s vocabularies, is compiled only when a
text could match it: before its first compile, a :class:`~xborder.lint.patterns.LazyPattern`
made with ``gate=True`` looks for its gate's literals in the text it is asked about (a
reply's paragraph, the forty characters before a date) and, when none is there, answers
"no match" without compiling. Most of a reply's patterns never open, and compiling them
was most of a cold ``xborder suggest``'s lint time.

A gate is read from the pattern's parse tree (the standard library's own parser): a run
of literal characters, a small character class, a decimal digit, and through groups,
repeats of at least one and alternations (each branch needs its own literals). Look-arounds
and optional parts add nothing. Literals and texts are compared case-folded the way ``re``
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
from typing import Any

VERSION = "1"  # bump when the analysis changes what a gate holds

Gate = tuple[tuple[str, ...], bool]   # (case-folded literals, "or a decimal digit")

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


_LAST: tuple[str, str] = ("", "")


def folded(text: str) -> str:
    """:func:`fold`, remembered for the last text (a paragraph meets many gates in a row)."""
    global _LAST
    last = _LAST  # one read: consistent even with other threads writing
    if last[0] is text:
        return last[1]
    low = fold(text)
    _LAST = (text, low)
    return low


def is_open(gate: Gate, text: str, pos: int = 0, endpos: int | None = None) -> bool:
    """Whether a match of the gate's pattern could lie in ``text[pos:endpos]``."""
    literals, digit = gate
    whole = pos <= 0 and (endpos is None or endpos >= len(text))
    window = text if whole else text[max(pos, 0):endpos]
    if digit and _DIGIT_CHAR.search(window) is not None:
        return True
    low = folded(window) if whole else fold(window)
    return any(literal in low for literal in literals)


_DIGIT = object()


def analyse(pattern: str, flags: int = 0) -> Gate | None:
    """The gate of ``pattern``: literals one of which (folded) every match contains, or a
    digit; None when the parse tree shows none (or cannot be read on this Python)."""
    try:
        from re import _constants as const, _parser as parser  # Python 3.11+
    except ImportError:  # pragma: no cover - Python 3.10
        try:
            import sre_constants as const  # type: ignore[no-redef]
            import sre_parse as parser  # type: ignore[no-redef]
        except ImportError:
            return None
    try:
        found = _required(parser.parse(pattern, flags), const)
    except Exception:  # an odd tree (or a new Python): no gate, the pattern always runs  # noqa: BLE001
        return None
    if not found:
        return None
    literals = sorted({n for n in found if n is not _DIGIT}, key=lambda n: (len(n), n))
    if "" in literals:
        return None
    kept: list[str] = []
    for literal in literals:  # "ab" in a text whenever "abc" is: the longer adds nothing
        if not any(shorter in literal for shorter in kept):
            kept.append(literal)
    return tuple(kept), any(n is _DIGIT for n in found)


def _strength(needles: list) -> float:
    """How rare the commonest needle is: its length (a digit counts for less than a letter)."""
    return min(0.5 if n is _DIGIT else len(n.strip()) for n in needles)


def _required(items: Any, const: Any) -> list | None:
    """Needles one of which every match of the sequence ``items`` contains (the strongest
    such list of any of its parts), or None."""
    repeats = tuple(getattr(const, name) for name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")
                    if hasattr(const, name))
    atomic = getattr(const, "ATOMIC_GROUP", None)
    best: list | None = None
    run: list[str] = []

    def consider(found: list | None) -> None:
        nonlocal best
        if found and (best is None or _strength(found) > _strength(best)):
            best = found

    for op, arg in [*items, (None, None)]:
        if op is const.LITERAL:
            run.append(chr(arg))
            continue
        if run:
            consider([fold("".join(run))])
            run = []
        if op is const.SUBPATTERN:
            consider(_required(arg[-1], const))
        elif atomic is not None and op is atomic:
            consider(_required(arg, const))
        elif op is const.BRANCH:
            branches = [_required(seq, const) for seq in arg[1]]
            if all(branches):
                consider([n for branch in branches for n in branch])
        elif op in repeats and arg[0] >= 1:
            consider(_required(arg[2], const))
        elif op is const.IN:
            consider(_charset(arg, const))
    return best


def _charset(items: Any, const: Any) -> list | None:
    if items == [(const.CATEGORY, const.CATEGORY_DIGIT)]:
        return [_DIGIT]
    chars: list[str] = []
    for op, arg in items:
        if op is const.LITERAL:
            chars.append(chr(arg))
        elif op is const.RANGE and arg[1] - arg[0] < 64:
            chars.extend(map(chr, range(arg[0], arg[1] + 1)))
        else:  # a negated class, a category (\w, \s), a wide range
            return None
    if chars and all("0" <= c <= "9" for c in chars):
        return [_DIGIT]
    if not chars or len(chars) > _SMALL_CLASS:
        return None
    return sorted({fold(c) for c in chars})


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
            write_json(folder, "lint-gates", name, {"gate": None if gate is None else [list(gate[0]), gate[1]]})
    with _lock:
        _KNOWN[key] = gate
    return gate


_MISSING: Any = object()


def _from_json(stored: Any) -> Any:
    """A stored gate, None for a pattern without one, or _MISSING for anything else."""
    if not isinstance(stored, dict) or "gate" not in stored:
        return _MISSING
    value = stored["gate"]
    if value is None:
        return None
    if (isinstance(value, list) and len(value) == 2 and isinstance(value[0], list)
            and all(isinstance(n, str) and n for n in value[0]) and isinstance(value[1], bool)
            and (value[0] or value[1])):
        return tuple(value[0]), value[1]
    return _MISSING


def forget() -> None:
    """Drop the gates remembered in this process (tests)."""
    with _lock:
        _KNOWN.clear()
