"""What a long `xborder batch` run remembers stays bounded, and what it forgets changes no answer."""
from __future__ import annotations

import pytest

pa = pytest.importorskip("pyarrow")

from xborder.batch import annotate  # noqa: E402
from xborder.batch.annotate import Annotator, Settings, annotate_arrow  # noqa: E402
from xborder.batch.columns import resolve  # noqa: E402
from xborder.lru import LRU  # noqa: E402
from xborder.policy import triage  # noqa: E402

# Real customers repeat themselves ("thanks!", resent complaints) and write in many languages.
TEXTS = [
    "hi where is my order?? its been 2 weeks", "thanks!", "Hallo, wo bleibt meine Bestellung?",
    "i will take you to court if i dont get my refund", "thanks!", "ma commande n'est jamais arrivee :(",
    "Voy a reclamar a mi banco el cargo si no me responden", "注文した商品がまだ届きません",
    "hi where is my order?? its been 2 weeks", "Ik wil mijn geld terug, anders stap ik naar de ACM",
    "borra todos mis datos personales por favor 🙏", "Hallo, wo bleibt meine Bestellung?",
    "the charger caught fire and burned my desk", "Здравствуйте, где мой заказ?", "thanks!",
]


def _batch(texts: list[str]):
    countries = ["US", "", "DE", "GB", "", "FR", "MX", "JP", "US", "NL", "ES", "DE", "", "RU", "US"]
    return pa.RecordBatch.from_pydict({
        "id": [f"T{i}" for i in range(len(texts))], "text": texts,
        "country": [countries[i % len(countries)] for i in range(len(texts))],
        "created_at": [f"2026-03-{1 + i % 27:02d}T10:00:00Z" for i in range(len(texts))],
    })


def test_readings_and_intents_are_bounded_and_forgetting_changes_nothing(toolkit, monkeypatch):
    batch = _batch(TEXTS)
    settings = Settings(resolve(batch.schema.names))
    reference = annotate_arrow(batch, Annotator(settings, toolkit=toolkit))
    monkeypatch.setattr(annotate, "READS_KEPT", 3)
    monkeypatch.setattr(annotate, "INTENTS_KEPT", 2)
    small = Annotator(settings, toolkit=toolkit)
    for _ in range(2):   # the second pass meets both remembered and forgotten texts
        assert annotate_arrow(batch, small).equals(reference)
        assert len(small._reads) <= 3 and len(small._intents) <= 2


def test_long_texts_are_not_kept(toolkit, monkeypatch):
    monkeypatch.setattr(annotate, "KEPT_TEXT", 20)
    batch = _batch(["a very long message about my order that never arrived " * 3, "thanks!"])
    annotator = Annotator(Settings(resolve(batch.schema.names)), toolkit=toolkit)
    annotate_arrow(batch, annotator)
    assert [key[0] for key in annotator._reads] == ["thanks!"]


def test_triage_plans_are_bounded_and_rebuilt_alike(toolkit, monkeypatch):
    expected = [toolkit.triage(text, country=country) for text, country in zip(TEXTS, ["US", "DE", "FR", "MX", "JP"] * 3)]
    plans = toolkit.resources.cached("policy:triage_plans", lambda: LRU(triage._PLANS))
    monkeypatch.setattr(plans, "limit", 2)
    monkeypatch.setattr(triage, "_MEMO_SIZE", 3)
    plans.clear()
    for _ in range(2):
        again = [toolkit.triage(text, country=country) for text, country in zip(TEXTS, ["US", "DE", "FR", "MX", "JP"] * 3)]
        assert [(r.escalate, r.reasons, r.severity, r.hits) for r in again] == \
            [(r.escalate, r.reasons, r.severity, r.hits) for r in expected]
        assert len(plans) <= 2
        assert all(len(memo) <= 3 for plan in plans.values() for memo in plan.memo.values())
    assert any(r.escalate for r in expected) and not all(r.escalate for r in expected)


def test_preloaded_tables_change_no_answer_and_are_loaded_once():
    """Before forking, the main process loads what no row's content decides (every language's
    word-frequency table, the triage model, regional working hours), so that workers share one
    copy; the answers are those of an annotator that loads them on demand."""
    from xborder.detect.ensemble import wordfreq_of
    from xborder.detect.languages import SUPPORTED
    from xborder.toolkit import Toolkit

    batch = _batch(TEXTS)
    settings = Settings(resolve(batch.schema.names))
    reference = annotate_arrow(batch, Annotator(settings, toolkit=Toolkit(data_dirs=[])))
    preloaded = Annotator(settings, toolkit=Toolkit(data_dirs=[]))
    preloaded.preload()
    lists = wordfreq_of(preloaded.toolkit.resources)._lists
    assert set(SUPPORTED) <= set(lists) and all(isinstance(table, dict) for table in lists.values())
    assert preloaded.toolkit.resources.cached("policy:triage_model", lambda: None) is not None
    subsets = preloaded.toolkit.resources.cached("policy:triage_subsets", dict)
    compiled = len(subsets)
    assert compiled > 100      # every list's pieces, compiled before the fork
    assert annotate_arrow(batch, preloaded).equals(reference)
    assert len(subsets) == compiled   # the rows compiled no list of their own
