"""Triage's statistical check (xborder/policy/triage_model.py): a reason's term without its cue,
confirmed by the model; never a term alone, in a question, or without a model."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from xborder.errors import DataError
from xborder.policy import triage as T
from xborder.policy import triage_meaning, triage_model, triage_train

DATA = Path(__file__).parent / "data" / "triage"


@pytest.mark.parametrize("text, reason", [
    ("Next stop is the FTC, you billed me twice for a plan I cancelled", "consumer_authority"),
    ("Prochaine étape pour moi : la DGCCRF, trois semaines sans réponse", "consumer_authority"),
    ("Let a judge decide whether that sofa counts as final sale then", "legal_threat"),
    ("this whole saga is going on TikTok tonight", "public_exposure"),
])
def test_a_term_without_its_cue_is_confirmed_by_the_model(toolkit, text, reason):
    result = toolkit.triage(text)
    assert reason in result.reasons, (text, result.reasons)
    hit = next(h for h in result.hits if h.reason == reason)
    if hit.kind == "term+model":      # (the rules may have learnt the phrase since)
        data = result.to_dict()
        (evidence,) = data["reason_evidence"][reason]
        assert evidence["model"]["probability"] >= triage_model.THRESHOLD
        assert evidence["model"]["features"]
        assert any("the model's" in line for line in data["evidence"])


@pytest.mark.parametrize("text", [
    "lawyer", "TikTok", "bank", "the FTC",                       # a term alone, or nearly
    "Is the Procon open on Saturdays?",                          # a question about a body
    "Does your bank transfer option take long?",
    "My lawyer friend recommended your shop, lovely bags",
    "Loved it, posted a photo on TikTok 😍",
    "The bank says the payment is still pending, please don't cancel the order",
])
def test_look_alikes_are_not_confirmed(toolkit, text):
    assert not toolkit.triage(text).escalate, (text, toolkit.triage(text).reasons)


def test_without_a_model_the_rules_decide(toolkit):
    text = "A judge can weigh in on whether that sofa counts as final sale then"   # no act of deciding: a lone term
    hits, lone = T.read(toolkit.resources, text, ("en",))
    assert "legal_threat" in lone and "legal_threat" not in hits
    assert T.confirm(hits, lone, text, None) == hits
    assert "legal_threat" in T.confirm(hits, lone, text, triage_model.model(toolkit.resources))


def test_features_fold_accents_and_read_unspaced_scripts():
    feats = triage_model.features("Je vais à la DGCCRF")
    assert {"w:vais", "w:a", "b:la dgccrf", "c: dgc"} <= feats
    cjk = triage_model.features("我要投诉")
    assert {"c:投诉", "c:要投诉"} <= cjk


def test_features_keep_words_whole_in_scripts_with_combining_marks():
    # vowel signs and viramas are marks, not \w: a word must not be cut at each one
    hindi = triage_model.features("मेरा डेटा लीक हो गया")
    assert {"w:मेरा", "w:डेटा", "b:डेटा लीक"} <= hindi and "w:म" not in hindi
    assert "w:তথ্য" in triage_model.features("আমার তথ্য ফাঁস হয়েছে")
    assert "c:รั่" in triage_model.features("ข้อมูลรั่วไหล")


def test_training_is_deterministic_and_learns(tmp_path):
    items = [{"text": f"I will report you to the regulator {i}", "reasons": {"consumer_authority"}} for i in range(20)]
    items += [{"text": f"where is my parcel number {i}", "reasons": set()} for i in range(20)]
    a, b = triage_train.train(items), triage_train.train(items)
    assert a.to_dict() == b.to_dict()
    high, grams = a.probability("report you to the regulator", "consumer_authority")
    low, _ = a.probability("where is my parcel", "consumer_authority")
    assert high > 0.8 > low and "regulator" in " ".join(grams)


def test_rebuild_command_writes_a_loadable_model(tmp_path):
    data = tmp_path / "sets"
    data.mkdir()
    lines = [{"id": f"x{i}", "language": "en", "text": t, "reasons": r} for i, (t, r) in enumerate(
        [("I will sue you", ["legal_threat"]), ("where is my order", [])] * 5)]
    (data / "a.jsonl").write_text("\n".join(json.dumps(x) for x in lines), encoding="utf-8")
    out = tmp_path / "model.msgpack"
    shipped = triage_meaning.SHIPPED.read_bytes() if triage_meaning.SHIPPED.exists() else None
    proc = subprocess.run([sys.executable, "-m", "xborder.policy.triage_train", "--data", str(data), "--out", str(out)],
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert triage_model.load(out).reasons == triage_model.load().reasons
    # the meaning reader's network goes beside --out, never over the shipped one
    if triage_meaning.available():
        assert triage_meaning.load(tmp_path / triage_meaning.SHIPPED.name).reasons == triage_model.load().reasons
    assert (triage_meaning.SHIPPED.read_bytes() if triage_meaning.SHIPPED.exists() else None) == shipped


def test_rebuild_bad_input_is_one_line_and_status_2(tmp_path):
    (tmp_path / "bad.jsonl").write_text('{"text": "ok", "reasons": []}\n{"text": oops}\n', encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "xborder.policy.triage_train", "--data", str(tmp_path),
                           "--out", str(tmp_path / "m.msgpack")], capture_output=True, text=True)
    assert proc.returncode == 2
    assert proc.stderr.strip().count("\n") == 0 and "bad.jsonl:2" in proc.stderr
    empty = tmp_path / "empty"
    empty.mkdir()
    proc = subprocess.run([sys.executable, "-m", "xborder.policy.triage_train", "--data", str(empty)],
                          capture_output=True, text=True)
    assert proc.returncode == 2 and "no *.jsonl" in proc.stderr


def test_a_missing_or_broken_model_file(tmp_path):
    assert triage_model.load(tmp_path / "none.msgpack") is None
    broken = tmp_path / "broken.msgpack"
    broken.write_bytes(b"\x93not a model")
    with pytest.raises(DataError, match="not a triage model"):
        triage_model.load(broken)
    with pytest.raises(ValueError):
        triage_model.Model.from_dict({"reasons": ["weather"], "bias": [0], "weights": {}})


@pytest.mark.parametrize("text, reason", [
    # a body or a lawyer with the next step, whatever the verb
    ("Mein nächster Schritt ist dann die Verbraucherzentrale", "consumer_authority"),
    ("la prossima mossa è Altroconsumo, non rispondete da settimane", "consumer_authority"),
    ("next step: my solicitor", "legal_threat"),
    ("Mi próximo paso es la OMIC, ya está bien", "consumer_authority"),
    # the customer erased, without the word "data"
    ("Please erase everything you've got stored about me, I'm done with this shop", "privacy"),
    ("Take me off your mailing lists and out of your CRM, now", "privacy"),
    ("Löscht bitte sämtliche meiner Angaben, ich kaufe hier nie wieder", "privacy"),
    ("Quiero que me quiten de sus listas de una vez", "privacy"),
    ("Toglietemi subito dalle vostre liste, non ne posso più", "privacy"),
    ("Supprimez-moi de tous vos fichiers, je ne veux plus rien recevoir", "privacy"),
    ("de onde vocês tiraram meu número?", "privacy"),
    ("Verwijder mij uit jullie klantenbestand", "privacy"),
    ("Откуда вы взяли мой номер?", "privacy"),
    ("Usuńcie mnie z waszej bazy", "privacy"),
    ("Numaramı nereden aldınız?", "privacy"),
    # foreign bodies, named hazards, a doctor's visit after use
    ("There were bits of glass in the pouch of puree, my son nearly ate it", "safety"),
    ("those magnets are a choking hazard, my toddler got one in his mouth", "safety"),
    ("Nach dem Eincremen hat mein Sohn Quaddeln am Arm bekommen", "safety"),
    # the bank made to act; the message itself going public
    ("fine, I'll just let my bank handle it from here", "chargeback"),
    ("Right, my bank will deal with you then", "chargeback"),
    ("your shop is going straight on my Instagram story, watch", "public_exposure"),
    ("Das kommt alles auf TikTok, versprochen", "public_exposure"),
    ("esto va directo a TikTok", "public_exposure"),
    ("ça va finir sur les réseaux sociaux, croyez-moi", "public_exposure"),
    ("isso vai pro TikTok hoje", "public_exposure"),
    # a community told
    ("Everyone in our school parents chat will hear about this tonight", "public_exposure"),
    ("Ik heb Radar al gemaild over jullie praktijken", "public_exposure"),
])
def test_paraphrase_families(toolkit, text, reason):
    assert reason in toolkit.triage(text).reasons, (text, toolkit.triage(text).reasons)


@pytest.mark.parametrize("text", [
    "¿Cómo tienen mis datos de envío? Me mudé",
    "Pouvez-vous supprimer mon ancienne adresse ? J'ai déménagé",
    "vou tirar da lista de desejos e comprar agora",
    "asked my bank why the payment is pending",
    "My bank will handle the transfer tomorrow",
    "Die Bank sagt, die Zahlung ist noch ausstehend, bitte nicht stornieren",
    "love it, going on my Instagram story 😍",
    "esto va a mi Instagram, me encanta",
    "isso vai direto pro meu insta, amei",
    "Bij de kassa zeiden ze dat het pakket nog onderweg is",
    "Is this toy a choking hazard for a 3 year old? Which age is it for?",
])
def test_paraphrase_family_look_alikes(toolkit, text):
    assert not toolkit.triage(text).escalate, (text, toolkit.triage(text).reasons)


def test_the_models_fast_feature_read_equals_features():
    """``Model._known`` (cached per word) is the weighted subset of :func:`features`, on every
    text of the triage sets and on texts made of their words in new orders."""
    model = triage_model.load()
    assert model is not None
    texts = [json.loads(line)["text"] for path in sorted(DATA.glob("*.jsonl"))
             for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    mixed = [" ".join(texts[i].split()[::-1] + texts[-i - 1].split()) for i in range(0, len(texts), 7)]
    for text in texts + mixed:
        want = {f: model.weights[f] for f in triage_model.features(text) if model.weights.get(f)}
        assert model._known(text) == want, text


def test_the_second_reader_escalates_stories_the_rules_miss(toolkit):
    """No term, no phrase: what happened to the data or to someone, told. The shipped model reads
    such messages alone. Which ones depends on the model's training, so fresh19 (spent, in its
    training) is read as a whole: stories reach it, each a reason the set labels, with its evidence."""
    found = 0
    for line in (DATA / "fresh19.jsonl").read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        result = toolkit.triage(item["text"])
        for hit in result.hits:
            if hit.kind != "model":
                continue
            found += 1
            assert hit.reason in item["reasons"], (item["id"], hit.reason)
            assert hit.reason in triage_model.ALONE
            (evidence,) = result.to_dict()["reason_evidence"][hit.reason]
            assert evidence["model"]["probability"] >= triage_model.ALONE[hit.reason]
            assert evidence["model"]["features"] == evidence["matched"]
            assert any("the model's" in line and "whole message" in line for line in result.to_dict()["evidence"])
    assert found >= 5


@pytest.mark.parametrize("text", [
    "My bank card was declined twice, can I pay by PayPal instead?",
    "The heater arrived with a dent in the side panel, can you send a replacement?",
    "Please update my phone number and address on my account, I moved last week.",
    "Thanks for the quick delivery, the heater works fine and keeps the room warm.",
])
def test_the_second_reader_leaves_look_alikes(toolkit, text):
    assert not toolkit.triage(text).escalate, (text, toolkit.triage(text).reasons)


def _toy_model() -> triage_model.Model:
    """A hand-made model: 'leaked' reads as privacy and as a legal threat, 'melted' as safety."""
    reasons = triage_model.REASONS
    row = lambda *pairs: [v for r, w in pairs for v in (reasons.index(r), w)]   # noqa: E731
    return triage_model.Model(reasons, (-6.0,) * len(reasons), {
        "w:leaked": row(("privacy", 12_000), ("legal_threat", 12_000)), "w:melted": row(("safety", 12_000))})


def test_second_reading_adds_only_its_reasons_above_their_probability():
    model = _toy_model()
    out = T.second_reading({}, "They leaked everything I gave them.", model)
    assert set(out) == {"privacy"}                 # legal threats are never the model's alone
    hit = out["privacy"]
    assert hit.kind == "model" and hit.matched == ("leaked",) and hit.model[0] >= triage_model.ALONE["privacy"]
    assert "the model's" in hit.describe()
    assert T.second_reading({}, "They leaked everything.", model, {"privacy": 0.999}) == {}
    assert T.second_reading({}, "They leaked everything.", None) == {}
    assert T.second_reading({}, "Nothing happened, all good.", model) == {}
    assert T.second_reading({}, "They leaked everything.", model, held={"privacy"}) == {}   # set aside by the rules


def test_second_reading_leaves_questions():
    model = _toy_model()
    assert T.second_reading({}, "Has the kettle ever melted? Is it safe?", model) == {}
    assert T.second_reading({}, "Has my address leaked?", model) == {}
    assert set(T.second_reading({}, "The kettle melted. Is it safe?", model)) == {"safety"}


def test_second_reading_keeps_the_rules_hits():
    hit = T.ReasonHit("safety", "phrase", ("caught fire",), (0, 10))
    out = T.second_reading({"safety": hit}, "It melted and caught fire", _toy_model())
    assert out == {"safety": hit}


def test_a_message_with_no_vocabulary_start_costs_no_model(toolkit):
    assert not T._may_hold(toolkit.resources, "ok thanks", ("en",), ())
