"""Issues 16 and 17: triage compiles no pattern per word combination nor per item, and no long
list whole: only per short list, per fixed piece of a long list, and per list's items whose starts
cannot be told, so a served worker's first pass over new traffic costs what later passes do. A
sentence whose candidates lie in several pieces of a list reads those pieces together
(:class:`~xborder.policy.triage_lexicon.Pieces`), never the whole list."""
from __future__ import annotations

import re

import pytest

from xborder.policy import triage
from xborder.policy.triage_lexicon import Pieces

# Several reasons' words together, in combinations no one message had before.
MESSAGES = [
    "i will take you to court and file a chargeback with my bank if you dont refund me",
    "my lawyer says this is a data breach, delete my personal data or i go to the BBB",
    "the charger caught fire!! im posting this on twitter and reporting you to the FTC",
    "Ich werde Sie verklagen, mein Anwalt ist eingeschaltet, und die Verbraucherzentrale weiß Bescheid",
    "je vais porter plainte et faire opposition auprès de ma banque, c'est une arnaque",
    "Voy a denunciarlos ante la OCU y publicarlo en redes, el cargador se incendió",
    "hi where is my order?? its been 2 weeks",
]


def _fixed(language, reason, key, only, resources) -> bool:
    """Whether ``only`` is a list's untold items, one of its fixed pieces, or a short list whole."""
    gate = triage._gate(resources, language).reasons[reason][key]
    untold = tuple(j for j, found in enumerate(gate) if found is None)
    start = only[0]
    piece = tuple(range(start, min(len(gate), start + triage._PIECE)))
    whole = tuple(range(len(gate)))
    return only == untold or (start % triage._PIECE == 0 and only == piece) or (
        only == whole and len(gate) <= triage._PIECE)


def test_only_untold_items_pieces_or_short_lists_are_compiled(toolkit):
    resources = toolkit.resources
    results = [toolkit.triage(text) for text in MESSAGES]
    assert sum(r.escalate for r in results) >= 5 and not results[-1].escalate
    # the same words in new combinations: one sentence holding two messages' items
    for a, b in zip(MESSAGES, MESSAGES[1:] + MESSAGES[:1]):
        toolkit.triage(f"{a}, {b}")
    readings = resources.cached("policy:triage_readings", dict)
    assert any(isinstance(getattr(pats, key), Pieces) for pats in readings.values() for key in triage._KINDS), \
        "no list was read by several pieces"
    for language, _host, _weak, reason, choice in readings:
        for key, only in zip(triage._KINDS, choice):
            if only and not _fixed(language, reason, key, only, resources):
                # several pieces, each whole
                pieces = [only[i:i + triage._PIECE] for i in range(0, len(only), triage._PIECE)]
                assert all(_fixed(language, reason, key, piece, resources) for piece in pieces), \
                    (language, reason, key, only)
    subsets = resources.cached("policy:triage_subsets", dict)
    assert subsets, "no long list was read by its pieces"
    for language, reason, key, only in subsets:
        assert _fixed(language, reason, key, only, resources), (language, reason, key, only)


@pytest.mark.parametrize("items, text", [
    (["ab", "abc", "b", "bcd", "c", "x"], "abcd abc bcd xc"),      # ties: the earlier piece's item wins
    (["a\\w*", "b", "zz", "ab", "q?", "c"], "abc bq c zz"),        # an empty match: the merged pattern goes on
    (["(?<=a)b", "ab", "b", "cd", "d", "bcd"], "abcd bcd ab"),       # a look-behind sees before the search start
])
def test_pieces_read_as_the_merged_list(items, text):
    merged = re.compile("|".join(f"(?:{p})" for p in items), re.IGNORECASE)
    parts = tuple(re.compile("|".join(f"(?:{p})" for p in items[i:i + 2]), re.IGNORECASE)
                  for i in range(0, len(items), 2))
    pieces = Pieces(parts, lambda: merged)
    spans = [(m.start(), m.end()) for m in merged.finditer(text)]
    assert [(m.start(), m.end()) for m in pieces.finditer(text)] == spans
    first = merged.search(text)
    assert (pieces.search(text).start(), pieces.search(text).end()) == (first.start(), first.end())


def test_remembered_character_sets_compile_the_same_code():
    """While triage compiles, the compiler's character sets are built once (the word boundaries'
    class of letters, in every piece): every list's pieces compile to the same code as without the
    memo, and outside triage's compiles the standard library's compiler is left as it was."""
    from re import _compiler

    from xborder.policy.triage_lexicon import (LETTER, language_file, language_files, merged_source,
                                               remembered_charsets)

    plain = _compiler._optimize_charset
    from xborder import Toolkit

    resources = Toolkit(data_dirs=[]).resources
    sources = [rf"(?<![{LETTER}])x(?![{LETTER}])", r"[^\W\d_]+|[a-cx-z]|(?-i:[A-Z]{2,})"]
    for language in ("en", "de", "tr", "ru", "hi", "ja"):
        loaded = language_file(resources, language)
        for lists in loaded.reasons.values():
            for items in lists.values():
                if isinstance(items, list) and items:
                    sources.append(merged_source(items[:triage._PIECE], loaded.open_endings, loaded.fold_accents))
    assert len(sources) > 50 and all(language in language_files(resources) for language in ("en", "de"))
    for source in sources:
        slow = _compiler.compile(source, re.IGNORECASE.value)
        with remembered_charsets:
            assert _compiler._optimize_charset is not plain
            with remembered_charsets:   # nested: still remembered, restored only by the outer one
                fast = _compiler.compile(source, re.IGNORECASE.value)
            again = _compiler.compile(source, re.IGNORECASE.value)
        assert fast == slow == again, source
        assert _compiler._optimize_charset is plain
    assert remembered_charsets.memo
