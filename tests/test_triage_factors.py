"""Issue 17: triage's literal prefilter. Each list item's required literals are derived from its
parse tree (:mod:`xborder.policy.triage_factors`), never listed by hand; a sentence is read with an
item only when it holds one of them. The filter is a shortcut, never a rule: an item that matches a
text always finds one of its literals in it, and a parser surprise leaves every item unfiltered."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from xborder.policy import triage, triage_factors
from xborder.policy.triage_factors import casekey, factors
from xborder.policy.triage_lexicon import fold, language_file, language_files, merged_source

DATA = Path(__file__).parent / "data" / "triage"


@pytest.mark.parametrize("source, expected", [
    (r"(?:ich|wir) (?:werde|werden)?\s*verklag\w*", {"verklag"}),
    (r"anw[aä]lt\w*", {"anwalt", "anwält"}),
    (r"sue|court", {"sue", "court"}),
    (r"sue\w*|\w+ court", {"sue", " court"}),
    (r"(?!.*refund)dispute it", {"dispute it"}),
    (r"my (?:\w+ ){0,2}?(?:data|database|address)", {"data", "address"}),   # "database" holds "data"
    (r"İSTANBUL", {"istanbul"}),
    (r"(?-i:BBB)", {"bbb"}),
    (r"\d+ followers?", {" follower"}),
    (r"x{2,5}", {"x"}),
])
def test_an_items_literals_come_from_its_parse_tree(source, expected):
    assert factors(source) == expected


@pytest.mark.parametrize("source", [r"\w+", r"(?:a|b)?", r"a*", r"\w+\s(?:x|\w)", r"[^a]+", r"(\w)\1", r"."])
def test_a_pattern_needing_no_literal_is_not_filtered(source):
    assert factors(source) is None


def test_a_parser_surprise_leaves_every_item_unfiltered(monkeypatch):
    class Broken:
        @staticmethod
        def parse(source, flags):
            return [("a node nobody knows", None)]
    monkeypatch.setattr(triage_factors, "_parser", Broken)
    assert factors("verklagen") is None
    monkeypatch.setattr(triage_factors, "_parser", None)
    assert factors("verklagen") is None


def test_casekey_agrees_with_the_regex_engine():
    """Two characters a case-insensitive regex reads as one get one key, one character for one
    (Turkish İ and ı, ſ, Greek ς, the Kelvin sign, Cyrillic's old letter forms)."""
    for code in range(0x20, 0x10000):
        char = chr(code)
        if 0xD800 <= code < 0xE000:
            continue
        key = casekey(char)
        assert len(key) == 1, hex(code)
        assert re.fullmatch(re.escape(char), key, re.IGNORECASE), hex(code)
        for other in {char.upper(), char.lower(), char.title(), char.casefold(), key.upper()}:
            if len(other) == 1 and re.fullmatch(re.escape(char), other, re.IGNORECASE):
                assert casekey(other) == key, (hex(code), other)


def _sentences() -> dict[str, list[str]]:
    by_language: dict[str, list[str]] = {}
    for path in sorted(DATA.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                by_language.setdefault(row.get("language", "en"), []).append(row["text"])
    return by_language


def test_every_item_that_matches_holds_one_of_its_literals(toolkit):
    """Every item of every vocabulary, on the triage sets' texts of its language (and English's):
    wherever the item matches, the text holds one of its literals."""
    resources = toolkit.resources
    texts = _sentences()
    checked = 0
    for language in sorted(language_files(resources)):
        loaded = language_file(resources, language)
        base = language.removesuffix("-Latn")
        sample = [triage.normalize_text(t) for t in texts.get(base, [])[:80] + texts.get("en", [])[:20]]
        sample = [fold(t) if loaded.fold_accents else t for t in sample]
        keys = [casekey(t) for t in sample]
        for lists in loaded.reasons.values():
            for items in lists.values():
                if not isinstance(items, list):
                    continue
                for item in items:
                    source = merged_source([item], loaded.open_endings, loaded.fold_accents)
                    literals = factors(source)
                    if literals is None:
                        continue
                    pattern = re.compile(source, re.IGNORECASE)
                    for text, key in zip(sample, keys):
                        if pattern.search(text):
                            assert any(lit in key for lit in literals), (language, item, text)
                            checked += 1
    assert checked > 1000


def test_reading_without_the_filter_gives_the_same_hits(toolkit, monkeypatch):
    """The triage sets read with the filter, then with every item's literals untold: the same hits."""
    resources = toolkit.resources
    texts = [t for rows in _sentences().values() for t in rows[:40]]
    filtered = [triage.assess(resources, t) for t in texts]
    monkeypatch.setattr(triage_factors, "_parser", None)     # the parser gone: nothing is told
    monkeypatch.setattr(triage, "GATE_VERSION", triage.GATE_VERSION + "-unfiltered")
    toolkit.clear_caches()
    gate = triage._gate(resources, "en")
    assert all(f is None for lists in gate.factors.values() for items in lists.values() for f in items)
    assert [triage.assess(resources, t) for t in texts] == filtered
    toolkit.clear_caches()


# the windows', readings' and model's shortcuts (issue 17, round 12): derived, never listed; a pattern
# with no literal is always searched

@pytest.mark.parametrize("use_automaton", [True, False])
def test_holds_finds_any_literal_in_one_pass_with_or_without_the_automaton(use_automaton):
    lits = frozenset(["sue", "court", "anwalt", "verklag", "tribunal", "polizei", "procon"])
    test = triage_factors.holds(lits, use_automaton)
    assert test("ich werde sie verklagen") and test("the courtyard") and test("procon")
    assert not test("nothing to see here") and not test("")
    assert triage_factors.holds(frozenset(["a.b"]), use_automaton)("xa.bx")
    assert not triage_factors.holds(frozenset(["a.b", "c+d", "e|f", "g(h", "i[j"]), use_automaton)("axb c d")


def test_holders_tells_each_set_whose_literal_a_key_holds_as_holds_does():
    if triage_factors.ahocorasick is None:
        pytest.skip("pyahocorasick is not installed")
    import random

    sets = [frozenset(["sue", "court"]), frozenset(["court", "anwalt"]), frozenset(["a.b"]), frozenset(["ß", "ss"]),
            frozenset(["polizei"]), frozenset()]
    which = triage_factors.holders(sets)
    rng = random.Random(3)
    words = ["sue", "court", "courtyard", "anwalt", "a.b", "axb", "ss", "ß", "polizei", "poli", "zei", " "]
    for _ in range(300):
        key = casekey("".join(rng.choice(words) for _ in range(rng.randint(0, 6))))
        assert which(key) == {i for i, lits in enumerate(sets) if any(lit in key for lit in lits)}
    assert triage_factors.holders([frozenset(), frozenset()]) is None


def test_the_readings_gate_opens_as_each_first_slot_searched_alone():
    from xborder.policy import triage_reading

    firsts = (re.compile(r"(?<!\w)(?:sued?|court)", re.IGNORECASE), re.compile(r"kurier\w*", re.IGNORECASE),
              re.compile(r"(?<!\w)(?:my (?:name|address))", re.IGNORECASE))
    gate = triage_reading.Gate(firsts)
    assert gate.which is not None or triage_factors.ahocorasick is None
    for text in ("I will sue", "the courtyard", "der Kurierfahrer", "my addressee", "my name", "nothing", "",
                 "pursued", "COURT"):
        key = casekey(text)
        assert gate.opens(text, key) == any(p.search(text) is not None for p in firsts), text


def test_absent_never_filters_a_pattern_without_literals():
    assert not triage_factors.absent(re.compile(r"\w{6,}", re.IGNORECASE), "")
    assert triage_factors.absent(re.compile(r"(?<!\w)(?:sued?|court)", re.IGNORECASE), "nothing here")
    assert not triage_factors.absent(re.compile(r"(?<!\w)(?:sued?|court)", re.IGNORECASE), casekey("COURT"))


def test_a_window_whose_parts_have_no_literal_still_matches():
    from xborder.policy import triage_window

    text = "Part 42 broke on the hill. Terrible bruises."
    spans = triage.sentences(text)
    untold = triage_window.Windows(2, frozenset(), {"safety": {"en": {"cause": r"\d+", "harm": r"\w{8,}"}}})
    assert triage_window.read(untold, text, spans, ("en",), ("safety",))["safety"][0] == ("42", "Terrible")
    told = triage_window.Windows(2, frozenset(), {"safety": {"en": {"cause": r"broke", "harm": r"bruis\w*"}}})
    assert triage_window.read(told, text, spans, ("en",), ("safety",))["safety"][0] == ("broke", "bruises")
    assert triage_window.read(told, "Part 42 broke. All fine.", triage.sentences("Part 42 broke. All fine."),
                              ("en",), ("safety",)) == {}


def test_a_reading_whose_slots_have_no_literal_still_matches():
    from xborder.policy import triage_reading

    reading = triage_reading.Reading("privacy", "held", ("actor", "data"), 1)
    untold = triage_reading.Readings((reading,), frozenset(),
                                     {"privacy": {"actor": {"en": r"\w{7,}"}, "data": {"en": r"\d{3,}"}}})
    text = "Someone printed 12345 on the label"
    assert triage_reading.read(untold, text, triage.sentences(text), ("en",), ("privacy",))["privacy"][0] == (
        "Someone", "12345")
    told = triage_reading.Readings((reading,), frozenset(),
                                   {"privacy": {"actor": {"en": r"courier"}, "data": {"en": r"my (?:name|address)"}}})
    assert triage_reading.read(told, text, triage.sentences(text), ("en",), ("privacy",)) == {}
    text = "The courier printed my address on a note"
    assert triage_reading.read(told, text, triage.sentences(text), ("en",), ("privacy",))["privacy"][0] == (
        "courier", "my address")


def test_packed_model_rows_sum_like_the_rows():
    import random

    from xborder.policy.triage_model import _pack, _unpack

    rng = random.Random(17)
    for _ in range(200):
        rows = [[x for k in rng.sample(range(6), rng.randint(1, 6)) for x in (k, rng.randint(-9000, 9000))]
                for _ in range(rng.randint(0, 400))]
        sums = [0] * 6
        for row in rows:
            for i in range(0, len(row), 2):
                sums[row[i]] += row[i + 1]
        assert _unpack(sum(map(_pack, rows)), 6) == sums


def test_an_alternation_is_filtered_by_its_parts_literals():
    """Joined patterns (one part per language of a message) take the union of their parts' literals,
    derived once per part; a part without literals leaves the whole unfiltered."""
    joined = triage_factors.alternation([r"(?<!\w)(?:sued?|court)", r"(?:tribunal)"], re.IGNORECASE)
    assert joined.search("TRIBUNAL") and not triage_factors.absent(joined, casekey("TRIBUNAL"))
    assert triage_factors.literals_of(joined) == (triage_factors.factors(r"(?<!\w)(?:sued?|court)", re.IGNORECASE)
                                                  | triage_factors.factors(r"(?:tribunal)", re.IGNORECASE))
    assert triage_factors.absent(joined, casekey("nothing to see"))
    loose = triage_factors.alternation([r"(?:court)", r"\w{6,}"], re.IGNORECASE)
    assert triage_factors.literals_of(loose) is None and not triage_factors.absent(loose, casekey("xyzxyzxyz"))
    told = triage_factors.alternation([r"(?:a)", r"(?:b)"], 0, [frozenset({"court"}), frozenset({"juge"})])
    assert triage_factors.literals_of(told) == {"court", "juge"}


_PARTS = ["court", "cour", "tribunal", "juge", r"(?<!\w)(?:on|la)\b", "on", "rt", "ur", r"(?<=a)b", r"^c",
          r"b$", "t r", r"a\w*", "x?", r"(?:lo|l)+", r"\bj\w{0,2}", "", r"(?!a)\w"]


@settings(max_examples=400, deadline=None, derandomize=True)
@given(st.lists(st.sampled_from(_PARTS), min_size=2, max_size=5, unique=True),
       st.text(alphabet="courtjigeablnx\u0130 ", max_size=40), st.integers(0, 40), st.integers(0, 45))
def test_joined_reads_as_the_compiled_alternation(parts, text, pos, endpos):
    """A joined pattern (one part per language of a message's set) is read from its parts, each
    compiled once, never compiled joined (issue 17): the same spans and the same winner at a tie as
    the compiled alternation, in every method triage calls, empty matches and look-behinds included."""
    wrapped = [f"(?:{p})" for p in parts]
    joined = triage_factors.alternation(wrapped, re.IGNORECASE)
    assert isinstance(joined, triage_factors.Joined)
    compiled = re.compile("|".join(wrapped), re.IGNORECASE)
    span = lambda m: None if m is None else (m.start(), m.end(), m.group())   # noqa: E731
    for method in ("search", "match", "fullmatch"):
        assert span(getattr(joined, method)(text, pos, endpos)) == span(getattr(compiled, method)(text, pos, endpos))
        assert span(getattr(joined, method)(text)) == span(getattr(compiled, method)(text))
    assert [span(m) for m in joined.finditer(text, pos, endpos)] == [span(m) for m in compiled.finditer(text, pos, endpos)]
    assert [span(m) for m in joined.finditer(text)] == [span(m) for m in compiled.finditer(text)]
    assert joined.pattern == compiled.pattern
    lits = triage_factors.literals_of(joined)
    if lits is not None and compiled.search(text):
        assert not triage_factors.absent(joined, casekey(text))


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.sampled_from([p for p in _PARTS if triage_factors.factors(p) is not None]),
       st.text(alphabet="courtjigeablnx\u0130 ", max_size=40), st.integers(0, 40), st.integers(0, 45))
def test_a_lazy_pattern_reads_as_compiled(part, text, pos, endpos):
    """A part with literals is compiled only once a text holds one of them (issue 17), and answers every
    method triage and the guards call as the compiled pattern does, on texts with and without them."""
    lazy = triage_factors.Lazy(part, re.IGNORECASE, triage_factors.factors(part))
    compiled = re.compile(part, re.IGNORECASE)
    span = lambda m: None if m is None else (m.start(), m.end(), m.group())   # noqa: E731
    for method in ("search", "match", "fullmatch"):
        assert span(getattr(lazy, method)(text, pos, endpos)) == span(getattr(compiled, method)(text, pos, endpos))
    assert [span(m) for m in lazy.finditer(text, pos, endpos)] == [span(m) for m in compiled.finditer(text, pos, endpos)]
    assert lazy.sub(" ", text) == compiled.sub(" ", text)
    if triage_factors.absent(lazy, casekey(text)):     # none of its literals: never compiled, and no match
        assert lazy._compiled is None and compiled.search(text) is None


def test_parts_that_mean_something_only_joined_are_compiled_joined():
    """A back-reference's number, a group's name or a global flag depend on the whole pattern: such
    parts are joined and compiled, as they always were; a single part is compiled alone, once."""
    for parts in ([r"(a)", r"(b)\1"], [r"(?P<x>a)", r"b"], [r"(?i)a", "b"], [r"(a)?(?(1)b|c)", "d"]):
        joined = triage_factors.alternation(parts, re.IGNORECASE)
        assert isinstance(joined, re.Pattern) and joined.pattern == "|".join(parts)
    one = triage_factors.alternation([r"(?:court)"], re.IGNORECASE)
    assert isinstance(one, triage_factors.Lazy) and one is triage_factors.alternation([r"(?:court)"], re.IGNORECASE)
    untold = triage_factors.alternation([r"\w{6,}"], re.IGNORECASE)
    assert isinstance(untold, re.Pattern) and untold is triage_factors.alternation([r"\w{6,}"], re.IGNORECASE)
    assert triage_factors.absent(one, casekey("nothing")) and not triage_factors.absent(one, casekey("COURT"))


def test_readings_and_windows_compile_nothing_per_set_of_languages(toolkit):
    """The readings' and windows' patterns for a set of languages join the parts each language compiled
    once (``preload``): a new set compiles no regular expression (with pyahocorasick: the pure fallback compiles each
    set's literals into one alternation)."""
    if triage_factors.ahocorasick is None:
        pytest.skip("pyahocorasick is not installed")
    from xborder.policy import triage_reading, triage_window

    r, w = triage_reading.readings(toolkit.resources), triage_window.windows(toolkit.resources)
    sets = [("en",), ("de", "en"), ("fr", "en"), ("pt", "es", "en"), ("ru", "uk", "en"), ("hi", "hi-Latn", "en")]
    r.preload()             # every language's part compiled once (what triage.preload does before a batch forks)
    w.preload()
    compiled = []
    original = re.compile
    try:
        re.compile = lambda *a, **k: compiled.append(a) or original(*a, **k)
        for a, b in zip(sets, sets[1:] + sets[:1]):
            langs = tuple(dict.fromkeys(a + b))
            r.gate(langs)
            for x in r.readings:
                for slot in (*x.slots, "guard", "not", "asks"):
                    r.pattern(x.reason, slot, langs)
            for reason in w.rules:
                for part in triage_window.PARTS:
                    w.pattern(reason, part, langs)
    finally:
        re.compile = original
    assert not compiled
