"""Triage on romanized text, negations, quotations and the vocabulary gate (issues 18 and 19)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from xborder import Toolkit
from xborder.errors import DataError
from xborder.policy import triage as T

CORPUS = Path(__file__).parent / "data" / "triage"


@pytest.mark.parametrize("text, reason", [
    ("lawyer ko bolunga", "legal_threat"),                                       # Hinglish
    ("agar paisa wapas nahi kiya to main court jaunga", "legal_threat"),
    ("consumer forum me complaint dal di hai maine", "legal_threat"),            # the consumer forum decides: a court
    ("consumer helpline pe complaint dal di hai maine", "consumer_authority"),
    ("ha3mel shakwa f gehaz 7emayet el mostahlek", "consumer_authority"),        # Arabizi
    ("el mo7amy bta3y hayeb3atlkom enzar", "legal_threat"),
    ("podam v sud", "legal_threat"),                                             # Russian
    ("budu osparivat platezh cherez bank", "chargeback"),
    ("pauerbank vybukhnuv", "safety"),                                           # Ukrainian
    ("toi se kien cong ty ra toa", "legal_threat"),                              # Vietnamese, no marks
    ("az shoma shekayat mikonam, miram dadgah", "legal_threat"),                 # Finglish
    ("saiban wo okoshimasu", "legal_threat"),                                    # romaji
    ("wo yao fa weibo baoguang nimen", "public_exposure"),                       # pinyin
    ("tha sas paw sta dikastiria", "legal_threat"),                              # Greeklish
    ("ja post pra-jan nai facebook", "public_exposure"),                         # Thai
])
def test_romanized_escalations(toolkit, text, reason):
    assert reason in toolkit.triage(text).reasons, (text, toolkit.triage(text).detection.language)


@pytest.mark.parametrize("text", [
    "mera dost lawyer hai, usne aapka shop recommend kiya",
    "main case nahi karunga, bas parcel ka status batao",
    "msh ha3mel shakwa wala 7aga, bas 3ayez el order",
    "ne budu pisat zhalobu, prosto skazhite kogda dostavka",
    "toi khong kien dau, chi hoi don hang",
    "mai dai ja fong na ka, kae tam ruang pad",
    "uttaeru tsumori wa arimasen, haisou jokyou wo oshiete kudasai",
    "I work at the police station, can you deliver there during office hours?",
])
def test_romanized_look_alikes_do_not_escalate(toolkit, text):
    assert not toolkit.triage(text).escalate, (text, toolkit.triage(text).reasons)


def test_a_misread_host_lends_no_negation(toolkit):
    # Thai "fai mai" (it caught fire) read as Italian: Italian "mai" (never) is no negation here
    assert "safety" in toolkit.triage("tee charge fai mai").reasons


@pytest.mark.parametrize("text", [
    "I'm not going to sue anyone lol, just want to know where my parcel is",
    "Not filing any chargeback, the bank already sorted the double charge",
    "Keine Sorge, ich gehe nicht zur Verbraucherzentrale, will nur wissen wann es kommt",
    "Ich habe keine Rückbuchung veranlasst, das Geld ist noch nicht da",
    "No pienso denunciar a nadie, solo quiero saber del envio",
    "Je ne vais pas faire opposition, je voulais juste savoir si le paiement est passé",
    "Non vi farò causa, tranquilli, voglio solo sapere la data di consegna",
    "我不会曝光你们的，放心",
    "訴えるつもりはありません、配送状況を教えてください",
    "소송할 생각 없어요, 배송 조회만 해주세요",
    "do you sell the 'see you in court' mug? it's for my sister, she's a judge",
])
def test_negated_and_quoted_threats_do_not_escalate(toolkit, text):
    assert not toolkit.triage(text).escalate, (text, toolkit.triage(text).reasons)


@pytest.mark.parametrize("text, reason", [
    ("If you don't refund me by Friday I will sue you", "legal_threat"),        # a condition, not a negation
    ("I won't hesitate to take you to court", "legal_threat"),
    ("Je n'hésiterai pas à engager une procédure judiciaire", "legal_threat"),
    ("إذا لم تردوا المبلغ سأرفع دعوى قضائية ضدكم", "legal_threat"),
    ("refund do nahi to lawyer ko bolunga", "legal_threat"),
    ("no autorice que compartan mi telefono con nadie, quiero saber quien lo tiene", "privacy"),
    ("Ich warte nicht mehr und schalte meinen Anwalt ein", "legal_threat"),
])
def test_conditions_and_double_negatives_still_escalate(toolkit, text, reason):
    assert reason in toolkit.triage(text).reasons, text


def test_sibling_languages_are_read_with_their_own_exceptions(toolkit):
    assert "chargeback" in toolkit.triage("Я оспорю платёж через банк").reasons   # read as Ukrainian
    assert not toolkit.triage("Лампочка на зарядке загорелась зеленым, это нормально?").escalate


def test_negation_must_be_a_list(tmp_path):
    folder = tmp_path / "culture_rules" / "triage"
    folder.mkdir(parents=True)
    (folder / "en.yaml").write_text("language: en\nnegation: not\nreasons:\n  legal_threat:\n"
                                    "    phrases: ['sue']\n", encoding="utf-8")
    with pytest.raises(DataError, match=r"en\.yaml:2:\d+: 'negation' must be a list"):
        T.assess(Toolkit(data_dirs=[tmp_path]), "I will sue")


def test_negation_words_come_from_user_folders(tmp_path):
    folder = tmp_path / "culture_rules" / "triage"
    folder.mkdir(parents=True)
    (folder / "xx.yaml").write_text("language: xx\nnegation: ['nope']\nreasons:\n  legal_threat:\n"
                                    "    phrases: ['sue you']\n", encoding="utf-8")
    tk = Toolkit(data_dirs=[tmp_path])
    assert T.assess(tk, "I will sue you", ("xx",))[0] == ("legal_threat",)
    assert T.assess(tk, "nope sue you", ("xx",))[0] == ()


def test_pattern_starts():
    from xborder.policy.triage_lexicon import _merge

    assert T._starts(_merge(["podam v sud|obrashchus v sud"])) == {"podam", "obras"}
    assert T._starts(_merge([r"my \d[\d,.]*\s?k? followers"])) == {"follo"}
    assert T._starts(_merge(["a+b"])) == {"a"}                  # "aab" matches too: no "ab"
    assert T._starts(_merge([r"\w+ sue"])) is None
    assert "pod" in T._word_starts("(podam v sud")


def test_the_gate_changes_no_result(toolkit, monkeypatch):
    """Reading a sentence only with the vocabularies whose pattern starts it holds gives the
    same reasons as reading it with all of them, on every corpus message. The ungated reading
    uses a toolkit of its own: its cached plans must not outlive the patch (they read every
    vocabulary whole, which tests run later, e.g. of the model's gate, would inherit)."""
    texts = [json.loads(line)["text"] for path in sorted(CORPUS.glob("*.jsonl"))
             for line in path.read_text(encoding="utf-8").splitlines() if line.strip()][::3]
    gated = [T.assess(toolkit, text)[0] for text in texts]
    original = T._gate

    def ungated(tk, lang):   # every item's starts untold: every vocabulary reads every sentence whole
        gate = original(tk, lang)
        return T.Gate(gate.folded, gate.named, {r: {k: (None,) * len(items) for k, items in lists.items()}
                                                for r, lists in gate.reasons.items()})

    monkeypatch.setattr(T, "_gate", ungated)
    own = Toolkit(data_dirs=[])
    assert [T.assess(own, text)[0] for text in texts] == gated
