"""Lint gates (xborder.lint.gates): a pattern is not compiled for a text its literals are absent from,
and the answer is the compiled pattern's either way; gates kept in the cache folder follow the rule files."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from xborder import Toolkit
from xborder.lint import gates, lint_text
from xborder.lint.conflicts import _Patterns
from xborder.lint.engine import load_rules
from xborder.lint.evaluate import load_corpus
from xborder.lint.patterns import LazyPattern

LINT_DATA = Path(__file__).parent / "data" / "lint"


@pytest.fixture
def cache(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("XBORDER_CACHE_DIR", str(folder))
    gates.forget()
    yield folder
    gates.forget()


@pytest.mark.parametrize("pattern, shut, open_", [
    ("bear with (?:me|us)", ["bear with them", "us, me"], ["Please BEAR WITH US"]),
    ("(?i:(?:last|past) \\w+day)", ["last week", "today"], ["past Monday", "lastxx day"]),
    ("fecha(?:mos|rá|remos)|no (?:se )?(?:entregas|envíos)", ["la fecha de entrega", "no hay"],
     ["FECHAREMOS", "no entregas", "No envíos"]),
    ("[!！]{2,}", ["Hola."], ["¡Hola!"]),
    ("(?<![0-9])(?:[01]?[0-9]|2[0-3]):[0-5][0-9]", ["at 10 am", "note: see"], ["10:30", "a:1"]),
    ("\\d{1,4} (?:days?|Tage?)", ["in two days", "order 12345"], ["14 Tage", "3 and a day"]),
    ("(?:\\d+|one|two)", ["zero", "three"], ["٣", "one"]),
    ("STRAẞE", ["strasse"], ["Straße"]),
])
def test_a_gate_holds_what_every_match_needs(pattern, shut, open_):
    gate = gates.analyse(pattern, re.IGNORECASE)
    assert gate is not None
    assert [gates.is_open(gate, t) for t in shut] == [False] * len(shut)
    assert all(gates.is_open(gate, t) for t in open_)


def test_a_gate_reads_only_the_window_asked_about():
    gate = gates.analyse("(?:closed|geschlossen)")
    text = "We are closed on Sunday; we deliver on Monday."
    assert gates.is_open(gate, text) and gates.is_open(gate, text, 5, 20)
    assert not gates.is_open(gate, text, 20) and not gates.is_open(gate, text, 0, 12)


@pytest.mark.parametrize("pattern", ["(?:x)?", "\\w+", "[^a]b?", "a|\\s", "(?=abc)", "(?:ab)*c?", "(?:ab|\\w)c?", ""])
def test_a_pattern_without_required_literals_has_no_gate(pattern):
    assert gates.analyse(pattern) is None


@pytest.mark.parametrize("pattern, text", [
    ("iade", "İADE"), ("ıade", "IADE"), ("İade", "iade"), ("σας", "ΣΑΣ"), ("ΣΑΣ", "σας"), ("ς", "Σ"),
    ("stra(?:ss|ß)e", "STRAẞE"), ("ſ", "S"), ("kilo", "\u212aILO"), ("µs", "ΜS"), ("в", "\u1c80"),
])
def test_a_gate_stays_open_for_every_case_form_re_matches(pattern, text):
    assert re.search(pattern, text, re.IGNORECASE)
    gate = gates.analyse(pattern, re.IGNORECASE)
    assert gate is not None and gates.is_open(gate, text)


def test_folding_keeps_substrings():
    text = "Die STRAẞE İst σας ſo"
    for start in range(len(text)):
        for end in range(start, len(text) + 1):
            assert gates.fold(text[start:end]) in gates.fold(text)


def test_a_shut_gate_answers_no_match_without_compiling(cache):
    lazy = LazyPattern("(?<!\\w)final sale", re.IGNORECASE, gate=True)
    assert lazy.search("Your order ships today.") is None
    assert list(lazy.finditer("Your order ships today.")) == [] and lazy.findall("nothing") == []
    assert lazy.match("x FINAL SALE", 0, 5) is None and lazy._compiled is None
    assert lazy.search("x FINAL SALE", 1).group() == "FINAL SALE" and lazy._compiled is not None
    assert lazy.search("Your order ships today.") is None  # the compiled pattern's own method now


def _gated_patterns(toolkit) -> list[LazyPattern]:
    found = [p for _, checker in load_rules(toolkit.resources) for p in checker.lazy if p._gate is not None]
    p = _Patterns()
    found += [p.period, p.fee]
    for language in ("en", "de", "es", "fr", "tr", "ja", None):
        found += list(p.refusals(language)) + list(p.vocabulary(language))
    return found


def test_no_gate_shuts_on_a_text_its_pattern_matches(cache):
    """Every gated pattern of the shipped rules and of policy_conflict, on every draft of the lint
    sets (and its upper case): where the gate is shut, the compiled pattern finds nothing."""
    toolkit = Toolkit(data_dirs=[])
    patterns = _gated_patterns(toolkit)
    assert len(patterns) > 100
    texts = [d.text for folder in sorted(LINT_DATA.iterdir()) if folder.is_dir() for d in load_corpus(folder)]
    texts = texts[::12] + [t.upper() for t in texts[5::60]]
    shut = 0
    for lazy in patterns:
        gate = gates.gate_of(lazy.pattern, lazy.flags)
        if gate is None:
            continue
        compiled = re.compile(lazy.pattern, lazy.flags)
        for text in texts:
            if not gates.is_open(gate, text):
                shut += 1
                assert compiled.search(text) is None, (lazy.pattern[:80], text)
    assert shut > len(texts)  # the gates do shut


def test_gates_come_back_from_the_cache_folder(cache):
    pattern = "(?<!\\w)(?:closed|geschlossen) (?:on|am) \\w+"
    first = gates.gate_of(pattern, re.IGNORECASE)
    assert first == ("&", ("|", "closed", "geschlossen"), " ", ("|", "on", "am"))
    assert list((cache / "lint-gates").glob("*.json"))
    gates.forget()
    analysed = []
    original = gates.analyse
    try:
        gates.analyse = lambda *a: analysed.append(a) or original(*a)
        assert gates.gate_of(pattern, re.IGNORECASE) == first
    finally:
        gates.analyse = original
    assert analysed == []  # read back, not worked out again


def test_a_damaged_gate_entry_is_worked_out_again(cache):
    pattern = "(?:frobnicate|zorgle)"
    gate = gates.gate_of(pattern)
    for entry in (cache / "lint-gates").glob("*.json"):
        entry.write_text('{"gate": ["&", "x"]}', encoding="utf-8")
    gates.forget()
    assert gates.gate_of(pattern) == gate


def test_an_edited_rule_file_gets_the_gates_of_its_new_patterns(cache, tmp_path):
    """A rule file change invalidates every cache of it: the edited file's patterns have their
    own gates (a gate is named by its pattern's text), so nothing of the old file is believed."""
    rules = tmp_path / "data" / "culture_rules" / "lint" / "team"
    rules.mkdir(parents=True)
    path = rules / "Frob.yaml"
    rule = ("extends: existence\nmessage: \"'{match}'\"\ncode: idiom\ndescription: d\nlink: https://example.org\n"
            "applies_to: {languages: [en]}\ntokens: ['%s']\nshould_flag: ['%s']\nshould_pass: [ok]\n"
            "exceptions: ['%s']\n")
    path.write_text(rule % ("frobnicate", "frobnicate", "never frobnicate"), encoding="utf-8")
    text = "We frobnicate and we zorgle; we never frobnicate twice, never zorgle twice."

    def flagged() -> list[str]:
        gates.forget()  # a new process: gates only from the cache folder
        return [text[f.span[0]:f.span[1]] for f in lint_text(Toolkit(data_dirs=[tmp_path / "data"]), text, "en")
                if f.rule == "team.Frob"]
    assert flagged() == ["frobnicate"]
    assert flagged() == ["frobnicate"]  # everything from the cache folder now
    path.write_text(rule % ("zorgle", "zorgle", "never zorgle"), encoding="utf-8")
    assert flagged() == ["zorgle"]
    path.write_text(rule % ("zorgle", "zorgle", "never zorglex"), encoding="utf-8")
    assert flagged() == ["zorgle", "zorgle"]


def test_one_shot_commands_are_told_apart():
    from xborder.cli.main import _one_shot

    assert _one_shot(["suggest", "hola"]) and _one_shot(["--data-dir", "x", "--strict", "lint", "-"])
    assert _one_shot(["--data-dir=x", "reply", "order_delayed"])
    assert not _one_shot(["triage", "--jsonl", "in.jsonl"]) and not _one_shot(["detect", "--jsonl=-"])
    assert not _one_shot(["serve"]) and not _one_shot(["batch", "x.csv"]) and not _one_shot(["--help"])
    assert not _one_shot([])
