"""Triage on the project's corpus: per-reason F1, no decoy escalated, the words the issue names."""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from xborder.policy.triage_lexicon import REASONS

CORPUS = Path(__file__).parent / "data" / "triage"
# The newest unseen set is measured, not asserted, until the fixes for its misses land
# (its first score: bench/results/triage_<set>_first_score.txt). fresh10 and fresh11 joined on 2026-12-06.
# dev8b (issue 18's precision round: jokes, news, roles; 73 messages, too few for a floor of its own) is
# measured here and asserted by tests/test_triage_guards.py's cases.
# dev9b (issue 18's precision round 9: settled threats, news, jokes with a re-order, the customer's firm;
# 154 messages, too few for a floor of its own) likewise, by tests/test_triage_guards.py's round-9 cases.
# dev10b (issue 18's precision round 10: look-alikes told by structure: another's act, another shop, the
# customer's employer, laughter; 75 messages) likewise, by tests/test_triage_guards.py's round-10 cases.
# dev10a (issue 18's recall round 10: safety, privacy and a judge told across neighbouring sentences; 64
# messages, first score micro-F1 0.677: bench/results/triage_dev10a_first_score.txt) likewise, by
# tests/test_triage_window.py's cases; older vocabulary still escalates some of its look-alikes.
# dev11b (issue 18's precision round 11: praise and laughter frames, an institution as employer, buyer or
# asker of a document, settled threats, approved bank checks, disclaimed disputes; 81 messages) likewise, by
# tests/test_triage_guards.py's round-11 cases.
# dev11c (issue 18's recall round 11: privacy, legal threats and scorching read as slots; 85 messages, first
# score micro-F1 0.791: bench/results/triage_dev11c_first_score.txt) likewise, by tests/test_triage_reading.py's
# cases; older vocabulary still escalates three of its look-alikes ('da denuncia', 'mouth on fire').
# dev12a (issue 18's precision round 12: another order's settled complaint, a relative's court job after the body,
# a neighbour's fire before a question, a spouse's threat at the customer, spicy food, a theft's invoice; 73
# messages, first score micro-F1 0.640: bench/results/triage_dev12a_first_score.txt) likewise, by
# tests/test_triage_guards.py's round-12 cases.
# dev12c (issue 18's recall round 12: public exposure, chargebacks, lawyers and bodies by role; 78 messages,
# first score micro-F1 0.846: bench/results/triage_dev12c_first_score.txt) likewise, by tests/test_triage_reading.py's
# round-12 cases.
# dev12b (issue 18's privacy recall round 12: a caller who knows the order, other customers' data shown, a courier
# contacting the customer privately, marketing after deletion, a story told then asked about; 74 messages, first
# score micro-F1 0.829: bench/results/triage_dev12b_first_score.txt) likewise, by tests/test_triage_reading.py's
# round-12 cases.
# dev13a (issue 18's precision round 13: a relative's joke threat with laughter, anger told as fire or smoke, a
# conciliation body's settled case, an intern at a court, a law firm ordering, a bank's check approved, a school
# project, a body or programme cited as a source, a neighbour's fire; 85 messages, first score micro-F1 0.790:
# bench/results/triage_dev13a_first_score.txt) likewise, by tests/test_triage_guards.py's round-13 cases.
# dev13b (issue 18's recall round 13: legal threats in polite, conditional or future-intent form and a union's,
# insurer's or legal aid's lawyer who has the papers; bodies named by acronym or gone to 'tomorrow'; injuries and
# hazards told only by what happened: a part broke and a child fell, an appliance that shocked or sparked, a
# button cell within a child's reach; 87 messages, 41 look-alikes, first score micro-F1 0.854:
# bench/results/triage_dev13b_first_score.txt) likewise, by tests/test_triage_reading.py's and
# tests/test_triage_window.py's round-13 cases; older vocabulary and the model still escalate some of its
# look-alikes (a hypothetical court question, a playground fall, smoke from the customer's cooking).
# dev13c (issue 18's recall round 13: a scam caller who knew the order, a deleted account still mailed or charged,
# another customer's receipt sent to me, a courier at night, a named programme, a wallet claim; 91 messages, first
# score micro-F1 0.822: bench/results/triage_dev13c_first_score.txt) likewise, by tests/test_triage_reading.py's
# round-13 cases.
# dev14b (issue 18's round 14: requests that are no incident, jokes, someone else's accident, names, labels, praise;
# police and cyber-crime reports, payment orders, children hurt; 97 messages, 47 look-alikes, first score micro-F1
# 0.772: bench/results/triage_dev14b_first_score.txt) likewise, by tests/test_triage_tb.py's cases.
# dev15c and dev15d (issue 18's round-15 paraphrase sets, 703 messages each, written without the code; first
# scores micro-F1 0.834 and 0.890: bench/results/triage_dev15c_first_score.txt, ..._dev15d_...) and dev15e (688,
# privacy and public exposure in other situations, 0.676) likewise: they
# teach the model and are measured, not asserted. So do dev16a and dev16b (736 and 700 messages, first scored with
# the meaning reader: micro-F1 0.857 and 0.868, bench/results/triage_dev16a_first_score.txt, ..._dev16b_...).
# So do dev17a (683 messages, legal threats and authorities told many ways; first score micro-F1 0.892:
# bench/results/triage_dev17a_first_score.txt), dev17b (696, privacy, safety and chargebacks told by what happened;
# 0.816: ..._dev17b_...) and dev17c (660 messages, two thirds look-alikes: everyday traffic in
# the words of escalations; first score micro-F1 0.879, P 0.841: bench/results/triage_dev17c_first_score.txt).
# fresh26 (764 messages written independently during round 17, scored once on the merged code: micro-F1 0.902,
# bench/results/triage_fresh26_first_score.txt) is measured, not asserted, like every unseen set since fresh12.
# dev15a (issue 18's round 15, ta3: privacy told by what happened, public exposure named the way each country
# does; 181 messages in two parts, first scores micro-F1 0.913 and 0.809: bench/results/triage_dev15a_first_score.txt,
# triage_dev15a_part2_first_score.txt) likewise, by tests/test_triage_ta3.py's cases.
MEASURED_ONLY: set[str] = {"fresh12.jsonl", "fresh13.jsonl", "fresh14.jsonl", "fresh15.jsonl", "fresh16.jsonl",
                           "dev8b.jsonl", "fresh17.jsonl", "dev9b.jsonl", "fresh18.jsonl",
                           "dev10b.jsonl", "dev10a.jsonl", "fresh19.jsonl", "dev11b.jsonl",
                           "dev11c.jsonl", "fresh20.jsonl", "dev12a.jsonl",
                           "dev12c.jsonl", "dev12b.jsonl", "fresh21.jsonl", "dev13a.jsonl", "dev13b.jsonl",
                           "dev13c.jsonl", "fresh22.jsonl", "dev14a.jsonl", "dev14b.jsonl",
                           "fresh23.jsonl", "dev15b.jsonl", "dev15c.jsonl", "dev15d.jsonl",
                           "dev15e.jsonl", "dev15a.jsonl", "fresh24.jsonl", "dev16a.jsonl", "dev16b.jsonl",
                           "fresh25.jsonl", "dev17a.jsonl", "dev17b.jsonl", "dev17c.jsonl",
                           "fresh26.jsonl"}
# dev5a (issue 18: privacy and public exposure as a concept with its act) is held to the common bar: its
# first 367 messages scored micro-F1 0.864 before any change (bench/results/triage_dev5a_first_score.txt);
# 256 more, written in four rounds while the concept pairs were built, each scored before its fixes.
# Sets held to their own floor: micro-F1 at least, look-alikes escalated at most. dev4b: its first 393
# messages were scored once before any change (micro-F1 0.716: bench/results/triage_dev4b_first_score.txt);
# 343 more (look-alikes aimed at the new patterns, paraphrases written while developing) came after. It
# keeps one slot for Tagalog read as English or Spanish ("Nakita ko yung post niyo sa FB", "Abogado po
# ang kuya ko"), whose look-alikes those vocabularies' terms and the model may escalate.
# dev5b (four reasons: legal_threat, consumer_authority, chargeback, safety): its first 663 messages were
# scored once before any change (micro-F1 0.932: bench/results/triage_dev5b_first_score.txt); 498 more
# came after, in three batches each scored before the changes made for it (micro-F1 0.58, 0.67 and 0.91
# on the code of their day): falls, collapses and cuts told with the product's failure, bank reversals told as
# "the bank will recover it from you" or a fraud report, authority forms, and their look-alikes (an
# unrelated fracture, a payment the bank blocked and the customer approved). Its one slot: "Esse carregador esquenta muito? Quero comprar um",
# a question before buying split from its question by the sentence break.
# dev6a (bodies by shape: complaints to sectoral, regional and unknown-acronym bodies): its first 523
# messages were scored once before any change (micro-F1 0.554: bench/results/triage_dev6a_first_score.txt);
# 42 look-alikes aimed at the body step came after it (13 escalated at first). Its four slots: older
# vocabulary's look-alikes (a rash "not from your top", praise sent to a paper's editor, a past
# complaint to "the regulator", a question about the CNIL's rules read as privacy).
# dev7b (privacy told by what happened to the data, 'let the court decide', safety told by its consequence,
# bodies named by role): its first 368 messages were scored once before any change (micro-F1 0.745:
# bench/results/triage_dev7b_first_score.txt); 62 more were written after the first changes and scored once
# before their fixes (12 of 24 look-alikes escalated: bench/results/triage_dev7b_part2_first_score.txt). Its
# two slots: look-alikes that older vocabulary reads ('tribunal de commerce', an ambulance toy).
# dev7a (issue 18's guards: look-alikes of five kinds and the escalations that resemble them) is held to the
# common bar: its 305 messages scored micro-F1 0.829 before the guards (38 look-alikes escalated:
# bench/results/triage_dev7a_first_score.txt).
# dev8a (issue 18's recall round: contact data misused, safety by its consequence, the bank asked to reverse,
# 'the court can deal with it', posts on TikTok/Douyin/Weibo, with look-alikes) is held to the common bar: its
# first 81 messages scored micro-F1 0.857 before the round (bench/results/triage_dev8a_first_score.txt); 7 more
# (6 look-alikes found while probing the new phrases) were added after.
# dev9a (issue 18's privacy recall round: personal data printed, photographed, read out or given away, with
# look-alikes: address changes, password resets, a number given to the driver, Turkish 'açılmış') is held to the
# common bar: its 84 messages scored micro-F1 0.657 before the round (bench/results/triage_dev9a_first_score.txt).
OWN_FLOOR: dict[str, tuple[float, int]] = {"dev4b.jsonl": (0.97, 1), "dev5b.jsonl": (0.98, 1),
                                           "dev6a.jsonl": (0.94, 4), "dev7b.jsonl": (0.97, 2)}


def _load(names: set[str] | None = None) -> list[dict]:
    items = []
    for path in sorted(CORPUS.glob("*.jsonl")):
        if path.name in MEASURED_ONLY or (path.name in OWN_FLOOR) != (names is not None) or (
                names is not None and path.name not in names):
            continue
        with open(path, encoding="utf-8") as fh:
            items.extend(json.loads(line) for line in fh if line.strip())
    return items


ITEMS = _load()


@pytest.mark.parametrize("name", sorted(OWN_FLOOR))
def test_sets_with_their_own_floor(toolkit, name):
    floor, decoys_allowed = OWN_FLOOR[name]
    items = _load({name})
    tp = fp = fn = decoys = 0
    for item in items:
        gold, got = set(item["reasons"]), set(toolkit.triage(item["text"]).reasons)
        tp, fp, fn = tp + len(gold & got), fp + len(got - gold), fn + len(gold - got)
        decoys += not gold and bool(got)
    assert len(items) >= 250 and sum(1 for i in items if not i["reasons"]) * 5 >= len(items) * 2
    assert 2 * tp / (2 * tp + fp + fn) >= floor, (tp, fp, fn)
    assert decoys <= decoys_allowed


def test_corpus_shape():
    assert len(ITEMS) >= 300
    assert len({i["language"] for i in ITEMS}) >= 20
    assert sum(1 for i in ITEMS if not i["reasons"]) * 5 >= len(ITEMS) * 2   # at least 40% decoys
    assert len({i["id"] for i in ITEMS}) == len(ITEMS)
    assert all(set(i["reasons"]) <= set(REASONS) for i in ITEMS)


@pytest.fixture(scope="module")
def predictions(toolkit):
    return {i["id"]: set(toolkit.triage(i["text"]).reasons) for i in ITEMS}


def test_f1_per_reason_at_least_0_90(predictions):
    tp, fp, fn = Counter(), Counter(), Counter()
    for item in ITEMS:
        gold, got = set(item["reasons"]), predictions[item["id"]]
        for reason in REASONS:
            tp[reason] += reason in gold and reason in got
            fp[reason] += reason in got and reason not in gold
            fn[reason] += reason in gold and reason not in got
    for reason in REASONS:
        precision = tp[reason] / ((tp[reason] + fp[reason]) or 1)
        recall = tp[reason] / ((tp[reason] + fn[reason]) or 1)
        f1 = 2 * precision * recall / ((precision + recall) or 1)
        assert f1 >= 0.90, (reason, precision, recall)


def test_no_decoy_escalates(predictions):
    escalated = [i["text"] for i in ITEMS if not i["reasons"] and predictions[i["id"]]]
    assert escalated == []


@pytest.mark.parametrize("text, reason", [
    ("Voy a consultar con mi abogado y los voy a demandar.", "legal_threat"),
    ("Wenn das nicht geklärt wird, schalte ich meinen Anwalt ein.", "legal_threat"),
    ("Mon avocat va vous contacter, je vais porter plainte.", "legal_threat"),
    ("再不处理我就找律师起诉你们。", "legal_threat"),
    ("Vou registrar uma reclamação no PROCON.", "consumer_authority"),
    ("Vou abrir uma reclamação no Reclame Aqui.", "public_exposure"),
    ("我要打12315投诉你们。", "consumer_authority"),
    ("Ich habe mich an die Verbraucherzentrale gewandt.", "consumer_authority"),
    ("Voy a poner una queja en la OCU.", "consumer_authority"),
    ("J'ai saisi l'UFC-Que Choisir.", "consumer_authority"),
    ("I will file a complaint with the BBB.", "consumer_authority"),
    ("I'm reporting this to the ACCC.", "consumer_authority"),
    ("I have contacted Trading Standards.", "consumer_authority"),
    ("I'll file a chargeback with my bank.", "chargeback"),
    ("Voy a pedir un contracargo a mi banco.", "chargeback"),
    ("Ich veranlasse eine Rückbuchung über meine Bank.", "chargeback"),
    ("我要向银行申请拒付。", "chargeback"),
    ("Was there a data breach? I got phishing mails quoting my order.", "privacy"),
    ("Ich verlange die Löschung meiner Daten gemäß DSGVO.", "privacy"),
    ("请删除我的个人信息。", "privacy"),
    ("My son suffered an injury from the toy's broken blade, cut his finger.", "safety"),
    ("The charger burned my hand.", "safety"),
    ("充电宝突然起火了！", "safety"),
    ("I'm going to the press with this.", "public_exposure"),
    # safety by concept: a product hazard and a physical event, or harm after use
    ("the e-bike battery started hissing in the hallway", "safety"),
    ("Die Powerbank hat sich aufgebläht und wird brutal heiß", "safety"),
    ("充电宝鼓包了还发烫", "safety"),
    ("크림 바르고 얼굴에 두드러기가 올라와서 피부과 갔어요", "safety"),
    ("Kremi sürdükten sonra yüzümde kızarıklık ve kaşıntı oldu", "safety"),
    # public exposure: a named platform or medium with the customer's publishing act
    ("Ich mach jetzt einen Post auf LinkedIn und tagge euren CEO", "public_exposure"),
    ("맘카페랑 블라인드에 사진이랑 같이 다 올릴 거예요", "public_exposure"),
    ("Vou postar um vídeo no TikTok mostrando o descaso de vocês", "public_exposure"),
    # privacy in plain words
    ("woher habt ihr eigentlich meine handynummer?", "privacy"),
    ("Como vocês conseguiram meu número? Nunca passei pra vocês", "privacy"),
    ("take my details off every list you have", "privacy"),
])
def test_named_bodies_and_words_escalate(toolkit, text, reason):
    result = toolkit.triage(text)
    assert result.escalate and reason in result.reasons, (text, result.reasons)


@pytest.mark.parametrize("text", [
    "My friend is a lawyer and loves your shop",
    "safety pin missing",
    "lawyer", "Anwalt", "abogado", "律师", "PROCON", "BBB", "12315", "Verbraucherzentrale",
    "fire", "burn", "hospital", "police", "review", "TikTok", "bank", "privacy", "Rückbuchung",
    "What's your chargeback policy?",
    "Wann erfolgt die Rückbuchung auf meine Kreditkarte?",
    "Aguardo o estorno no meu cartão.",
    "Does the power bank overheat?", "what happens if the battery swells?",
    "¿La batería se puede llevar en el avión?", "The smoke grey hoodie, does it come in XL?",
    "I saw your ad on TikTok, do you ship to Ireland?", "Found your shop through a Reddit thread",
    "Loved the jacket! I'll post a review on Instagram and tag you 😍",
    "너무 좋아서 인스타에 후기 올릴게요 ㅎㅎ", "Amei o produto!! Vou postar no meu Instagram e marcar vocês",
    "Can I delete my saved card from my account?", "how do I unsubscribe from the newsletter",
])
def test_single_words_and_decoys_do_not_escalate(toolkit, text):
    result = toolkit.triage(text)
    assert not result.escalate, (text, result.reasons)


def test_a_review_announced_alone_is_read_by_no_rule(toolkit):
    """"I will post a review": no rule reads a threat in it. The word model's confirmation of the term
    "review" in five words changes with each rebuild (0.73, then 0.83, against 0.8), so the whole triage
    of this sentence is measured with the model, not asserted here."""
    hits = toolkit.triage("I will post a review").hits
    assert not [h for h in hits if h.kind not in ("model", "meaning", "term+model")]


def test_severity_tiers(toolkit):
    assert toolkit.triage("The heater caught fire.").severity == "critical"
    assert toolkit.triage("I'll tell all my 50k followers, going viral.").severity == "critical"
    assert toolkit.triage("I will sue you.").severity == "high"
    assert toolkit.triage("Please delete all my personal data.").severity == "medium"
    assert toolkit.triage("There was a data breach, my details were leaked.").severity == "high"
    assert toolkit.triage("Where is my parcel?").severity == "none"


def test_result_contract(toolkit):
    data = toolkit.triage("I will sue you and report you to the BBB.", country="US").to_dict()
    detection = toolkit.detect("I will sue you and report you to the BBB.", country="US").to_dict()
    for key, value in detection.items():
        if key != "evidence":
            assert data[key] == value
    assert data["evidence"][:len(detection["evidence"])] == detection["evidence"]
    assert data["escalate"] is True
    assert data["reasons"] == ["legal_threat", "consumer_authority"]
    assert data["severity"] == "high"
    assert set(data["reason_evidence"]) == {"legal_threat", "consumer_authority"}
    assert any(e.startswith("legal_threat:") for e in data["evidence"])


def test_results_are_frozen_and_deterministic(toolkit):
    first = toolkit.triage("Das Ladegerät hat Feuer gefangen!")
    with pytest.raises(Exception):
        first.escalate = False                        # type: ignore[misc]
    assert toolkit.triage("Das Ladegerät hat Feuer gefangen!").to_dict() == first.to_dict()


def test_long_and_empty_messages(toolkit):
    assert not toolkit.triage("").escalate
    assert not toolkit.triage("   ").escalate
    long_text = ("Where is my order? " * 20000) + " I will sue you."
    assert not toolkit.triage(long_text).escalate      # only the first 20,000 characters are read
    assert toolkit.triage("I will sue you. " + "ok " * 30000).escalate


@pytest.mark.parametrize("text, reason", [
    ("Ich schalte die Verbraucherzentrale ein", "consumer_authority"),            # separable verb
    ("Dann gehe ich eben zur Verbraucherzentrale", "consumer_authority"),         # directional phrase
    ("Ich reiche morgen eine Beschwerde bei der Schlichtungsstelle ein", "consumer_authority"),
    ("Şikayetvar'a yazacağım", "public_exposure"),
    ("Sizi Şikayetvar'da paylaşacağım", "public_exposure"),
    ("Va dau in judecata daca nu primesc banii", "legal_threat"),                 # written without diacritics
    ("Vă dau în judecată dacă nu primesc banii", "legal_threat"),
    # hand-over and recovery told with other verbs, in another order (issue 18: paraphrases)
    ("Die Verbraucherschützer bekommen von mir den ganzen Chatverlauf", "consumer_authority"),
    ("Three weeks of excuses. Which is why the whole thread went to the Better Business Bureau", "consumer_authority"),
    ("Банк вернул мне деньги и сам взыщет их с вас", "chargeback"),
    ("Het dossier ligt nu bij mijn advocaat", "legal_threat"),
    ("Stigen knakk og mannen min falt og brakk armen", "safety"),
])
def test_issue_18_paraphrases(toolkit, text, reason):
    assert reason in toolkit.triage(text).reasons, text


@pytest.mark.parametrize("text", [
    "shipped with CMA CGM, when will it arrive?",                                 # a carrier, not the UK's CMA
    "Shipped with CMA CGM last week, any idea when the container reaches Felixstowe?",
    "Meu filho quebrou o braço no futebol, podem entregar na casa da vizinha?",   # an injury, no product
    "Ya se resolvió el reclamo con el banco del mes pasado, gracias",             # a settled dispute
    "המטען של כרטיס האשראי הגיע",                                                 # "אש" (fire) inside "האשראי" (credit)
    "Ich arbeite bei der Verbraucherzentrale und möchte privat zwei Lampen bestellen",
    "Mijn advocaat heeft dezelfde tas bij jullie gekocht en is er blij mee",
])
def test_issue_18_look_alikes(toolkit, text):
    result = toolkit.triage(text)
    assert not result.escalate, (text, result.reasons)


@pytest.mark.parametrize("text", [
    "shipped with CMA CGM, when will it arrive?",
    "My order was shipped with CMA CGM and is stuck, I will contact them",
    "Container went out with CMA CGM from Ningbo, can you share the bill of lading?",
    "Şikayetvar'daki yorumlara baktım, sorun yok gibi. Kargo ne zaman?",
])
def test_company_names_and_site_names_alone_do_not_escalate(toolkit, text):
    assert not toolkit.triage(text).escalate, text


def test_the_uk_cma_as_an_authority_still_escalates(toolkit):
    assert "consumer_authority" in toolkit.triage("I'm reporting you to the CMA.").reasons


@pytest.mark.parametrize("text, site", [
    ("Vou abrir reclamação no Reclame Aqui hoje mesmo", "Reclame Aqui"),
    ("Şikayetvar'a yazacağım, herkes görsün", "Şikayetvar"),
])
def test_complaint_sites_are_public_exposure_with_authority_pressure(toolkit, text, site):
    result = toolkit.triage(text)
    assert result.reasons == ("public_exposure",), result.reasons
    data = result.to_dict()
    (hit,) = data["reason_evidence"]["public_exposure"]
    assert hit["authority_pressure"].lower().replace("ş", "s") == site.lower().replace("ş", "s")
    assert any("authority pressure" in e for e in data["evidence"])


def test_praise_voids_only_a_lone_public_exposure(toolkit):
    from xborder.policy.triage_praise import praised, without_praised_posts
    assert praised(toolkit, "Loved the jacket!", ("en",))
    assert not praised(toolkit, "Watchdog would love this story", ("en",))
    assert not praised(toolkit, "I didn't love waiting three weeks", ("en",))
    assert not praised(toolkit, "Hab der Lokalzeitung schon geschrieben", ("de",))   # 'schon' is no 'schön'
    hits = {"public_exposure": object(), "legal_threat": object()}
    assert without_praised_posts(toolkit, hits, "Loved it. Posting on TikTok and suing you", ("en",)) is hits
    assert without_praised_posts(toolkit, {"public_exposure": object()}, "Loved it!", ("en",)) == {}


@pytest.mark.parametrize("text, escalates", [
    ("I opened a PayPal dispute for the missing parcel.", True),
    ("The PayPal dispute from March was sorted ages ago, just placing a new order", False),
    ("Le litige PayPal de l'an dernier est réglé, je recommande chez vous", False),
    ("Ik heb een geschil geopend bij PayPal", True),
    ("Het geschil bij PayPal is opgelost, ik bestel graag weer", False),
])
def test_void_settles_a_phrase_too(toolkit, text, escalates):
    """A reason's ``void`` patterns void its phrases as well as its terms (a dispute told as settled)."""
    assert ("chargeback" in toolkit.triage(text).reasons) is escalates, text
