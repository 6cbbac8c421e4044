"""Which ``Plural-Forms`` headers a catalog may carry for its language.

CLDR revises plural rules now and then (CLDR 47, in Babel 2.19, gave es, fr,
it, pt and ca a ``many`` form for round millions, and tr a ``one`` form), so a
catalog written against one CLDR must not fail the check under another. As
Weblate does, a language keeps several known formulas: the one of the installed
Babel, and those of :data:`KNOWN_FORMULAS`. A catalog passes when its formula
groups the numbers exactly as one of them does (the forms may be numbered in
another order, as GNU gettext's Arabic header is); anything else is a real
mismatch.
"""
from __future__ import annotations

import gettext
from typing import Callable, Iterator, NamedTuple

# Formulas other than the installed Babel's, by language. Sources: Babel 2.18's
# table (babel/messages/plurals.py, CLDR 46; the formulas GNU gettext's manual,
# "Plural forms", also lists) and Babel 2.19's (CLDR 47). Only languages whose
# rule changed between them are listed: for the rest both give the same grouping.
KNOWN_FORMULAS: dict[str, tuple[tuple[int, str], ...]] = {
    "bn": ((2, "(n != 1)"), (2, "(n > 1)")),
    "ca": ((2, "(n != 1)"), (3, "(n == 1 ? 0 : n != 0 && n % 1000000 == 0 ? 1 : 2)")),
    "es": ((2, "(n != 1)"), (3, "(n == 1 ? 0 : n != 0 && n % 1000000 == 0 ? 1 : 2)")),
    "fa": ((1, "0"), (2, "(n > 1)")),
    "fr": ((2, "(n > 1)"), (3, "(n == 0 || n == 1) ? 0 : n != 0 && n % 1000000 == 0 ? 1 : 2")),
    "he": ((2, "(n != 1)"), (3, "(n == 1 ? 0 : n == 2 ? 1 : 2)")),
    "hi": ((2, "(n != 1)"), (2, "(n > 1)")),
    "hu": ((1, "0"), (2, "(n != 1)")),
    "it": ((2, "(n != 1)"), (3, "(n == 1 ? 0 : n != 0 && n % 1000000 == 0 ? 1 : 2)")),
    "ka": ((1, "0"), (2, "(n != 1)")),
    "pt": ((2, "(n != 1)"), (2, "(n > 1)"),
           (3, "(n == 0 || n == 1) ? 0 : n != 0 && n % 1000000 == 0 ? 1 : 2"),
           (3, "(n == 1 ? 0 : n != 0 && n % 1000000 == 0 ? 1 : 2)")),
    "tr": ((1, "0"), (2, "(n != 1)")),
}

# Every residue class the rules above tell apart: 0–1000, and round millions
# (CLDR's ``many`` for e = 6) next to their neighbours.
SAMPLE_NUMBERS: tuple[int, ...] = tuple(range(0, 1001)) + tuple(
    k * 10**6 + d for k in (1, 2, 5, 10, 100) for d in (-1, 0, 1))


class Formula(NamedTuple):
    """One ``Plural-Forms`` rule: its number of forms and its C expression."""

    nplurals: int
    expr: str

    @property
    def header(self) -> str:
        return f"nplurals={self.nplurals}; plural={self.expr};"


def known_formulas(language: str) -> Iterator[Formula]:
    """The installed Babel's formula for ``language`` (a Locale or code) first, then the others known."""
    from babel.messages.plurals import get_plural

    current = get_plural(language)
    yield Formula(current.num_plurals, current.plural_expr)
    code = str(language).split("_")[0]
    for nplurals, expr in KNOWN_FORMULAS.get(code, ()):
        yield Formula(nplurals, expr)


def first_divergence(nplurals: int, expr: Callable[[int], int] | str, other: Formula) -> int | None:
    """The first sample number that ``expr`` groups differently from ``other``, or None.

    Two rules agree when their forms map one-to-one onto each other.
    """
    ours = gettext.c2py(expr) if isinstance(expr, str) else expr
    theirs = gettext.c2py(other.expr)
    if nplurals != other.nplurals:
        return 0
    pairs: dict[int, int] = {}
    back: dict[int, int] = {}
    for n in SAMPLE_NUMBERS:
        a, b = ours(n), theirs(n)
        if not 0 <= a < nplurals or pairs.setdefault(a, b) != b or back.setdefault(b, a) != a:
            return n
    return None


def matching_formula(language: str, nplurals: int, expr: str) -> Formula | None:
    """The known formula of ``language`` that ``nplurals``/``expr`` groups numbers like, or None."""
    compiled = gettext.c2py(expr)
    for formula in known_formulas(language):
        if first_divergence(nplurals, compiled, formula) is None:
            return formula
    return None
