"""Issue 17: triage reads a sentence only with the vocabulary lists its words' starts may match
(the gate, ``_Plan.candidates``; cues, exceptions and pressure sites by ``_Plan.starts``), and
whose required literals it holds (the prefilter, ``_Plan.told``). The gate
is a shortcut, never a rule: reading every list of every vocabulary, for every sentence, must give
the same hits, on the project's triage sets and
on random text built from the vocabularies' own words, with their negations, in other cases
and without accents."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from xborder.policy import triage
from xborder.policy.triage_lexicon import language_file

DATA = Path(__file__).parent / "data" / "triage"
LANGUAGES = ("en", "de", "fr", "es", "pt", "ru", "uk", "tr", "ja", "zh", "hi-Latn", "ar-Latn", "vi-Latn")
PLANS = [(("en",), ()), (("de", "en"), ()), (("fr", "en"), ("vi-Latn", "hi-Latn")), (("es", "pt", "en"), ()),
         (("ru", "uk", "en"), ()), (("tr", "en"), ()), (("ja", "en"), ()), (("zh", "en"), ("ar-Latn",)),
         (("hi-Latn", "en"), ())]


def _every_item(plan, form: bool, text: str, chunks=None) -> list:
    """The gate's candidates as if every word could start every item: each vocabulary's every item,
    and the authority names."""
    out = []
    for language, i in plan.positions[form].items():
        index, _ = triage._gate_index(RESOURCES, language)
        out.append((i, tuple(item for items in index.values() for item in items)))
    if form in plan.named:
        out.append(triage._NAMED)
    return out


RESOURCES = None


@pytest.fixture(scope="module")
def resources(toolkit):
    global RESOURCES
    RESOURCES = toolkit.resources
    return toolkit.resources


def _both(resources, monkeypatch, text: str, languages, phrases_only):
    """``read`` gated, then reading everything."""
    gated = triage.read(resources, text, languages, phrases_only)
    with monkeypatch.context() as patched:
        patched.setattr(triage._Plan, "candidates", _every_item)
        patched.setattr(triage._Plan, "starts", lambda plan, form, text, chunks=None: None)   # every cue and exception too
        patched.setattr(triage._Plan, "told", lambda plan, i, items: tuple(     # and no literal prefilter
            (reason, tuple((k, j, None) for k, j in pairs)) for reason, pairs in plan.table.grouped(items)))
        full = triage.read(resources, text, languages, phrases_only)
    return gated, full


def test_the_gate_changes_no_hit_on_the_triage_sets(resources, monkeypatch):
    by_language: dict[str, list[str]] = {}
    for path in sorted(DATA.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                by_language.setdefault(row.get("language", "en"), []).append(row["text"])
    checked = hits = 0
    for languages, phrases_only in PLANS:
        for text in by_language.get(languages[0].removesuffix("-Latn"), [])[:120]:
            gated, full = _both(resources, monkeypatch, text, languages, phrases_only)
            assert gated == full, text
            checked += 1
            hits += bool(gated[0])
    assert checked > 500 and hits > 100


def _fragments() -> list[str]:
    """Words of the vocabularies' patterns (the literal runs of their sources) and of the sets."""
    words: set[str] = set()
    from xborder import Toolkit

    resources = Toolkit(data_dirs=[]).resources
    for language in LANGUAGES:
        loaded = language_file(resources, language)
        sources = [p for lists in loaded.reasons.values() for items in lists.values() for p in items]
        sources += [*loaded.negation, *loaded.breaks, *loaded.negation_after]
        for source in sources:
            words.update(re.findall(r"(?<!\\)[^\W\d_]{2,}", source))
    return sorted(words)


FRAGMENTS = _fragments()
PUNCTUATION = [".", ",", "!", "?", "!!", " - ", "'", '"', "\n", ":", "(", ")", "12", "#4411", "Art. 15", "😡"]
WORD = st.one_of(st.sampled_from(FRAGMENTS), st.sampled_from(FRAGMENTS).map(str.upper),
                 st.sampled_from(FRAGMENTS).map(str.capitalize), st.sampled_from(PUNCTUATION),
                 st.sampled_from(FRAGMENTS).map(lambda w: w[: max(2, len(w) - 2)]))   # a word's start alone
TEXT = st.lists(WORD, min_size=1, max_size=30).map(" ".join)


@settings(max_examples=150, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(text=TEXT, plan=st.sampled_from(PLANS))
def test_the_gate_changes_no_hit_on_text_made_of_vocabulary(resources, monkeypatch, text, plan):
    gated, full = _both(resources, monkeypatch, text, *plan)
    assert gated == full


@settings(max_examples=300, deadline=None, derandomize=True, database=None)
@given(chunk=st.text(alphabet="abcxyzABCXYZ0'-ßé", min_size=1, max_size=5))
def test_a_word_starts_shortcut_gives_its_starts(chunk):
    """``_chunk_starts`` reads a word of ASCII letters without the full analysis: the same starts."""
    if chunk.strip():
        assert triage._chunk_starts(chunk) == frozenset(triage._word_starts(chunk))
