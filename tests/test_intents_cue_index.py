"""Issue 17: the cue index reads a cue's later words with precomputed checks, and a weekday's
next word only after a first word of a two-word name. Both are shortcuts: on random text built
from the cues' own words, they find what the definition does (every spelling of every word of
every cue, every pair of neighbouring words)."""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from xborder.intents.classify import compiled
from xborder.intents.lexicon import TOKEN, normalize


def _word_ok(token: str, spellings: tuple[str, ...]) -> bool:
    return any(token.startswith(s[:-1]) if s.endswith("*") else token == s for s in spellings)


def reference_find(index, text: str) -> list[tuple[str, str, str]]:
    """``CueIndex.find`` as defined: each later word of a candidate cue checked spelling by spelling."""
    found = {}
    matches = list(TOKEN.finditer(text))
    tokens = [m.group(0) for m in matches]
    for i, token in enumerate(tokens):
        for cue in index.candidates(token):
            words = cue.words
            if id(cue) in found or i + len(words) > len(tokens):
                continue
            if all(_word_ok(tokens[i + k], words[k]) for k in range(1, len(words))):
                found[id(cue)] = (cue, matches[i].start(), matches[i + len(words) - 1].end())
    hits = list(found.values())
    best = {}
    for hit in hits:
        key = (hit[0].intent, hit[1], hit[2])
        if key not in best or hit[0].weight > best[key][0].weight:
            best[key] = hit
    hits = list(best.values())
    hits = [h for h in hits if not any(o is not h and o[1] <= h[1] and h[2] <= o[2] and o[2] - o[1] > h[2] - h[1]
                                       for o in hits)]
    return [(cue.language, cue.text, text[start:end]) for cue, start, end in sorted(hits, key=lambda h: h[1])]


def reference_weekdays(index, text: str) -> list[str]:
    found: dict[int, str] = {}
    tokens = TOKEN.findall(text)
    for i, token in enumerate(tokens):
        for name in (token, f"{token} {tokens[i + 1]}" if i + 1 < len(tokens) else None):
            day = index.spaced_days.get(name) if name else None
            if day is not None:
                found.setdefault(day, name)
    return list(found.values())


@pytest.fixture(scope="module")
def index(toolkit):
    return compiled(toolkit.resources)[0]


def _vocabulary() -> tuple[list[str], list[tuple[tuple[str, ...], ...]]]:
    """Every word of the cues and weekday names, and every multi-word cue's words (spellings)."""
    from xborder import Toolkit

    index = compiled(Toolkit(data_dirs=[]).resources)[0]
    cues = {c.words for lst in (*index.exact.values(), *index.prefix.values()) for c in lst}
    words = {s.rstrip("*") for c in cues for w in c for s in w}
    words.update(w for name in index.spaced_days for w in name.split(" "))
    return sorted(words), sorted(c for c in cues if len(c) > 1)


WORDS, PHRASES = _vocabulary()


@st.composite
def _cue_text(draw) -> str:
    """A multi-word cue as a customer may write it: a spelling of each word, a prefix's ending,
    now and then a word swapped for another."""
    out = []
    for spellings in draw(st.sampled_from(PHRASES)):
        spelling = draw(st.sampled_from(spellings))
        word = spelling[:-1] + draw(st.sampled_from(["", "s", "o", "ado", "en"])) if spelling.endswith("*") else spelling
        out.append(draw(st.sampled_from(WORDS)) if draw(st.integers(0, 5)) == 0 else word)
    return " ".join(out)


TEXT = st.lists(st.one_of(_cue_text(), _cue_text(), _cue_text(), st.sampled_from(WORDS), st.sampled_from(WORDS).map(lambda w: w + "s"),
                          st.sampled_from([",", ".", "?", "12", "#4411"])), min_size=1, max_size=12).map(" ".join)


@settings(max_examples=400, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(text=TEXT)
def test_cue_index_finds_what_every_spelling_read_in_turn_finds(index, text):
    text = normalize(text)
    assert [(c.language, c.text, surface) for c, surface in index.find(text)] == reference_find(index, text)
    assert index.weekdays(text) == reference_weekdays(index, text)


def test_every_multi_word_cue_is_found_as_defined(index):
    """Each multi-word cue written out (each word's last spelling, a prefix with an ending), alone
    and after another cue's words: the index finds what the definition does."""
    texts, before = [], ""
    for words in PHRASES:
        plain = " ".join(w[-1][:-1] + "os" if w[-1].endswith("*") else w[-1] for w in words)
        texts += [plain, f"{before} {plain} ?"]
        before = plain
    for text in texts:
        text = normalize(text)
        assert [(c.language, c.text, surface) for c, surface in index.find(text)] == reference_find(index, text), text
    assert len(texts) > 5000
