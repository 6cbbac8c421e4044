"""Lint machinery kept per draft (l-speed9c): a gate made one function answers as its walk does,
a draft is unwrapped once for every phrase rule, and the remembered lower-case and folded copies
hold both the draft and its unwrapped form."""
from __future__ import annotations

import re
from pathlib import Path

from xborder.lint import gates
from xborder.lint.base import unwrap
from xborder.lint.evaluate import load_corpus
from xborder.lint.patterns import LazyPattern, lowered

LINT_DATA = Path(__file__).parent / "data" / "lint"

PATTERNS = [
    "bear with (?:me|us)", "(?i:(?:last|past) \\w+day)", "fecha(?:mos|rá|remos)|no (?:se )?(?:entregas|envíos)",
    "[!！]{2,}", "(?<![0-9])(?:[01]?[0-9]|2[0-3]):[0-5][0-9]", "\\d{1,4} (?:days?|Tage?)", "(?:\\d+|one|two)",
    "STRAẞE", "(?:closed|geschlossen) (?:on|am) (?:sun|son)\\w*", "it's ('|\")quoted\\\\ here",
]


def test_a_gate_made_one_function_answers_as_its_walk():
    texts = [d.text for d in load_corpus(LINT_DATA / "corpus")][::7]
    texts += ["Please BEAR WITH US", "14 Tage", "10:30", "¡Hola!!", "Wir haben am Sonntag geschlossen",
              "it's 'quoted\\ here", "İADE", ""]
    for pattern in PATTERNS:
        gate = gates.analyse(pattern, re.IGNORECASE)
        assert gate is not None
        check = gates.checker(gate)
        for text in texts:
            for pos, endpos in ((0, None), (3, 40)):
                assert gates.is_open(gate, text, pos, endpos, check) == gates.is_open(gate, text, pos, endpos)


def test_a_deep_gate_is_walked():
    gate: gates.Gate = "z"
    for k in range(60):
        gate = ("&", f"a{k}", ("|", gate, "q"))
    check = gates.checker(gate)
    assert check("q " + " ".join(f"a{k}" for k in range(60)), "") and not check("a1 a2", "")


def test_a_lazy_pattern_keeps_its_gate_as_a_function():
    lazy = LazyPattern("(?:closed|geschlossen) on sunday", re.IGNORECASE, gate=True)
    assert lazy.search("We are open on Sunday") is None and lazy._compiled is None
    assert callable(lazy._check)
    assert lazy.search("We are CLOSED on Sunday").group() == "CLOSED on Sunday"


def test_a_draft_is_unwrapped_once_and_stays_the_same_length():
    text = "Hallo Frau Weber,\nich hoffe, das ist ein Stück\nKuchen für Sie.\n\nViele Grüße"
    first = unwrap(text)
    assert unwrap(text) is first and len(first) == len(text)
    assert "Stück Kuchen" in first and "\n\nViele" in first
    assert unwrap("one line") == "one line"
    other = "a\nb" + "c"  # another string: worked out anew
    assert unwrap(other) == "a b" + "c"


def test_lower_case_is_remembered_for_the_draft_and_its_unwrapped_form():
    text = "Ein Stück\nKUCHEN"
    wrapped = unwrap(text)
    low = lowered(text)
    assert lowered(wrapped) == wrapped.lower() and lowered(text) is low
    assert gates.folded(wrapped) == gates.fold(wrapped) and gates.folded(text) == gates.fold(text)


def test_a_long_pattern_keeps_its_gate_once_compiled():
    from xborder.lint.patterns import GATE_KEPT

    words = [f"closedword{k}" for k in range(40)]
    long_pattern = "(?:" + "|".join(words) + ") on sunday"
    assert len(long_pattern) >= GATE_KEPT
    lazy = LazyPattern(long_pattern, re.IGNORECASE, gate=True)
    assert lazy.search("CLOSEDWORD7 on Sunday").group() == "CLOSEDWORD7 on Sunday" and lazy._compiled is not None
    assert "search" not in vars(lazy)  # still the gated method
    compiled = re.compile(long_pattern, re.IGNORECASE)
    for text, pos, endpos in [("we are closedword3 on sunday", 0, 99), ("closedword3 on monday", 0, 99),
                              ("x closedword39 on Sunday y", 2, 24), ("x closedword39 on Sunday y", 3, 26)]:
        assert bool(lazy.search(text, pos, endpos)) == bool(compiled.search(text, pos, endpos))
        assert [m.span() for m in lazy.finditer(text, pos, endpos)] == \
            [m.span() for m in compiled.finditer(text, pos, endpos)]
        assert bool(lazy.match(text, pos)) == bool(compiled.match(text, pos))
    short = LazyPattern("closed on sunday", re.IGNORECASE, gate=True)
    assert short.search("Closed on Sunday") and "search" in vars(short)  # the compiled pattern's own
